"""What the editor types into the byline field is the article's byline, in any usual form."""

from __future__ import annotations

import pytest

from desktop.proofing import edits
from desktop.proofing.pipeline import analyse, byline_of, document_from_text

PAGE = "县里召开秋收工作会议\n\n县里昨天召开会议，部署秋收工作。会议要求各乡镇抓紧抢收。\n"


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("赵静 王刚", "赵静 王刚"),
        ("赵静", "赵静"),
        ("赵静、王刚", "赵静 王刚"),
        ("（赵静 王刚）", "赵静 王刚"),
        ("记者 王刚 柳青", "王刚 柳青"),
        ("欧阳·娜娜", "欧阳·娜娜"),
    ],
)
def test_typed_byline_is_read_and_clears_missing_byline(typed, names):
    page = document_from_text(PAGE, "p.txt")
    assert [f.check for f in analyse(page, checks=["missing-byline"])] == ["missing-byline"]
    signed = edits.set_byline(page, 0, typed).apply(page)
    assert byline_of(signed.articles()[0]) == names
    assert analyse(signed, checks=["missing-byline"]) == ()


def test_sentence_in_the_byline_slot_is_not_taken_for_names():
    page = document_from_text(PAGE, "p.txt")
    signed = edits.set_byline(page, 0, "会议要求各乡镇抓紧抢收。").apply(page)
    assert byline_of(signed.articles()[0]) is None
