"""The rule book's injector plants errors the checks find, in made-up text (tools/rulebook_accuracy.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.rulebook_accuracy import CHECKS, PLANTERS, corpus_people, made_up_texts, recall, row_check  # noqa: E402


def test_every_kind_is_planted_and_found_in_made_up_text():
    assert {row_check(row) for row in PLANTERS} == set(CHECKS)
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


def test_the_corpus_desk_list_holds_every_titled_name_with_its_titles():
    corpora = {
        "made up": [("a", ["市长林可舟主持会议。", "局长苗若溪说，要抓好秋收。"]), ("b", ["市委书记林可舟讲话。"])]
    }
    people = {person.name: person.titles for person in corpus_people(corpora)}
    assert people == {"林可舟": ("市长", "书记"), "苗若溪": ("局长",)}


def test_made_up_officials_are_different_people_and_rarely_flagged():
    from tools.rulebook_accuracy import officials

    characters, people, flagged = officials(20, seed=7)
    assert people == 20 * 8 * 3 and characters > 10_000
    assert flagged == []
