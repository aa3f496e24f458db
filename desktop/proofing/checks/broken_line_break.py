"""``broken-line-break``: a paragraph cut in two where the column wrapped."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.proofing import calibration
from desktop.proofing.chars import ends_sentence
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head, tail
from desktop.proofing.continuation import BreakAssessment
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Block, Role
from desktop.proofing.wording import say

NAME = "broken-line-break"
_LABEL = say("合并断行")  # (made once: a page may have thousands of these)
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING  # (bound once, as in ``model``)


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    cuts = _page_cuts(blocks, context.breaks)
    for index, assessment in enumerate(context.breaks):
        if assessment is None or not assessment.joins or assessment.stands_apart:
            continue
        first, second = blocks[index], blocks[index + 1]
        uids = (first.uid, second.uid)
        features = assessment.features + _page_features(blocks, index, context.has_chrome) + cuts
        confidence = calibration.confidence(NAME, features, assessment.confidence)
        findings.append(
            Finding(
                check=NAME,
                severity=_ERROR if confidence >= 0.85 else _WARNING,
                blocks=(index, index + 1),
                article=context.owner[index],
                message=say(
                    "“{tail}”与“{head}”是同一句话，被错误地断成了两段", tail=tail(first.text), head=head(second.text)
                ),
                evidence=assessment.evidence,
                confidence=confidence,
                fix=Fix(kind="join", label=_LABEL, uids=uids),
                features=features,
                anchors=uids,  # (what ``checks.anchor_blocks`` gives: the two lines)
            )
        )
    return findings


def _page_features(blocks: tuple[Block, ...], index: int, has_chrome: bool) -> tuple[str, ...]:
    """Page chrome right above or below the two lines (chrome read as text is joined wrongly)."""
    if not has_chrome:
        return ()
    near = (index > 0 and blocks[index - 1].role is Role.CHROME) or (
        index + 2 < len(blocks) and blocks[index + 2].role is Role.CHROME
    )
    return ("next_to_chrome",) if near else ()


SURE_CUTS_FEW, SURE_CUTS_MOST = 1 / 3, 2 / 3


def _page_cuts(blocks: tuple[Block, ...], breaks: Sequence[BreakAssessment | None]) -> tuple[str, ...]:
    """How the page ends its unfinished lines: mostly where the junction shows a cut, or mostly on lines of their own.

    Of the lines of text that end without a sentence end, the share whose break is
    certain (a word or clause cut at the junction): a page that prints many such lines
    on their own (headings, labels, items) makes a weak join less likely, one whose
    unfinished lines are nearly all cuts makes it more likely.
    """
    unfinished = sure = 0
    for index in range(len(blocks) - 1):
        block = blocks[index]
        if block.role is Role.CHROME or not block.text or ends_sentence(block.text):
            continue
        unfinished += 1
        assessment = breaks[index]
        sure += assessment is not None and assessment.joins and assessment.strong and not assessment.stands_apart
    if unfinished < 3:
        return ()
    share = sure / unfinished
    return ("page_cuts_few",) if share < SURE_CUTS_FEW else ("page_cuts_most",) if share >= SURE_CUTS_MOST else ()
