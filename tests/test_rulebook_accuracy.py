"""The rule book's injector plants errors the checks find, in made-up text (tools/rulebook_accuracy.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.rulebook_accuracy import CHECKS, PLANTERS, made_up_texts, recall  # noqa: E402


def test_every_kind_is_planted_and_found_in_made_up_text():
    assert set(PLANTERS) == set(CHECKS)
    result = recall(made_up_texts(40, seed=5), plants=25, rng=random.Random(5))
    for check, (hits, tried) in result.items():
        assert tried == 25, check
        assert hits / tried >= 0.95, (check, hits, tried)


def test_a_planted_error_changes_the_text_and_names_what_was_planted():
    rng = random.Random(7)
    text = made_up_texts(1, seed=7)[0]
    for planter in PLANTERS.values():
        planted = planter(text, rng)
        assert planted is not None
        changed, piece = planted
        assert changed != text and piece
