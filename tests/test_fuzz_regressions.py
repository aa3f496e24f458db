"""Minimal inputs found by ``tools/fuzz.py`` (see docs/fuzzing.md), each pinned after its fix."""

from __future__ import annotations

import pytest

from desktop.commands.fix import apply_selected_fixes
from desktop.proofing.checks.halfwidth_punctuation import halfwidth_offsets
from desktop.proofing.pipeline import document_from_text
from desktop.proofing.render import render_text


def _fixed_page(text: str) -> str:
    fixed, _batches = apply_selected_fixes(document_from_text(text), None, 0.0)
    return render_text(fixed)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # fuzz engine finding 1: each pass made one more colon full-width (the one next to the last fixed)
        (":::::::3", "：：：：：：：3"),
        # the same cascade on real text: the comma is fixed first, then the gloss's parentheses stand before it
        ("采用GPS(Global Positioning System),该系统", "采用GPS（Global Positioning System），该系统"),
        ("见WTO(World Trade Organization):它", "见WTO（World Trade Organization）：它"),
    ],
)
def test_halfwidth_fix_reaches_its_fixpoint_in_one_pass(line, expected):
    offsets = halfwidth_offsets(line)
    assert len(offsets) == sum(a != b for a, b in zip(line, expected, strict=True))
    cleaned = _fixed_page(line)
    assert cleaned == expected + "\n"
    assert _fixed_page(cleaned) == cleaned
