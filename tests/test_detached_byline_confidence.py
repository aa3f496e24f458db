"""How sure ``detached-byline`` is, by where the credit line stands (made-up pages: 青禾县, 林可舟, 苗若溪).

A credit line closing its own story is what it looks like; a bracketed credit under the next headline
may be that story's own top credit; a line under a credit run on after the last sentence and cut by
the column is the rest of that credit.  Only the first may claim the 0.7–0.9 band or above.
"""

from __future__ import annotations

from desktop.proofing.checks.detached_byline import MOVED_CEILING
from desktop.proofing.findings import Finding
from desktop.proofing.pipeline import analyse, document_from_text

_OLD_STREET = (
    "青禾县柳湾镇老街修缮完工\n"
    "经过两年修缮，柳湾镇老街于近日完工并对外开放。工程按照修旧如旧的原则，保留了原有的建筑格局。\n"
)
_PAINTINGS = "青禾书画展再添新作\n"
_PAINTINGS_TEXT = "日前，青禾县举办书画作品展，共展出作品三百余幅，吸引了众多市民前来参观。\n展览将持续到本月底。\n"


def _detached(page: str) -> Finding:
    (finding,) = analyse(document_from_text(page), ["detached-byline"])
    return finding


def test_a_credit_line_closing_its_story_is_sure() -> None:
    page = _OLD_STREET + "镇上居民说：“这里是我们柳湾人的骄傲。”\n记者 林可舟\n" + _PAINTINGS + _PAINTINGS_TEXT
    finding = _detached(page)
    assert finding.article == 0 and "at_end" in finding.features
    assert finding.confidence >= 0.9


def test_a_bracketed_credit_under_the_next_headline_only_asks_to_look() -> None:
    # ``（林可舟）`` may have slipped below the next headline, or sign the story under it as its top credit
    page = _OLD_STREET + "镇上居民说：“这里是我们柳湾人的骄傲。”\n" + _PAINTINGS + "（林可舟）\n" + _PAINTINGS_TEXT
    finding = _detached(page)
    assert finding.article == 0 and "moved" in finding.features
    assert finding.confidence <= MOVED_CEILING < 0.7


def test_the_rest_of_a_run_on_credit_cut_by_the_column_is_unlikely() -> None:
    # ``……阶段。青禾`` over ``日报记者 林可舟``: one credit run on after the last sentence, cut by the column
    page = (
        _OLD_STREET
        + "镇上居民说，这里是我们柳湾人的骄傲，老街将进入运营阶段。青禾\n日报记者 林可舟\n"
        + _PAINTINGS
        + "本报讯（记者 苗若溪）"
        + _PAINTINGS_TEXT
    )
    finding = _detached(page)
    assert "above_tail_after_sentence" in finding.features
    assert finding.confidence < 0.5
