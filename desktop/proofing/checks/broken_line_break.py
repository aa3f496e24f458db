"""``broken-line-break``: a paragraph cut in two where the column wrapped."""

from __future__ import annotations

from functools import lru_cache

from desktop.proofing import calibration
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head, tail
from desktop.proofing.continuation import PageStats, crosses_into, heads_story, restated_below
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Block, Role
from desktop.proofing.wording import say

NAME = "broken-line-break"
_LABEL = say("合并断行")  # (made once: a page may have thousands of these)
_HEADS_STORY = "second_heads_story"
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING  # (bound once, as in ``model``)


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    stats, has_chrome, owner = context.stats, context.has_chrome, context.owner  # (read once, not per finding)
    unwrapped = stats.wrap_width is None
    evidence: dict[tuple[str, ...], str] = {}  # (the reasons joined once: a page repeats a few dozen of them)
    for index, assessment in enumerate(context.breaks):
        if assessment is None or not assessment.joins or assessment.stands_apart:
            continue
        reasons = assessment.reasons
        if reasons not in evidence:
            evidence[reasons] = assessment.evidence
        first, second = blocks[index], blocks[index + 1]
        uids = (first.uid, second.uid)
        features = assessment.features + _page_features(blocks, index, has_chrome, stats)
        if (
            unwrapped
            and (_HEADS_STORY in features or restated_below(first.text, second.text))
            and not crosses_into(assessment, second.text)
        ):
            # a story that stops short over the next story's heading: an unfinished line ends anywhere (after a
            # comma, an open quotation, half a word that the heading's first characters happen to complete),
            # and the line below reads as a heading with its story under it; only its own start can say it goes
            # on (not on column text, whose short wrapped pieces look so too).  So is a heading whose lede below
            # restates it.
            continue
        confidence = calibration.confidence(NAME, features, assessment.confidence)
        # (positional: a page typed from PDF column text has thousands of these; Finding's fields are check,
        # severity, blocks, article, message, evidence, confidence, fix, spans, anchors, subject, features)
        findings.append(
            Finding(
                NAME,
                _ERROR if confidence >= 0.85 else _WARNING,
                (index, index + 1),
                owner[index],
                _message(first.text, second.text),
                evidence[reasons],
                confidence,
                Fix("join", _LABEL, uids),
                (),
                uids,  # anchors: what ``checks.anchor_blocks`` gives, the two lines
                "",
                features,
            )
        )
    return findings


@lru_cache(maxsize=CACHE_SIZE)
def _message(first: str, second: str) -> str:
    """What the finding says about the break between ``first`` and ``second`` (made once a pair of lines: every
    analysis of a page, a re-analysis after each edit too, reports its breaks again)."""
    return say("“{tail}”与“{head}”是同一句话，被错误地断成了两段", tail=tail(first), head=head(second))


def _page_features(blocks: tuple[Block, ...], index: int, has_chrome: bool, stats: PageStats) -> tuple[str, ...]:
    """What the lines around the two say: page chrome right above or below them (chrome read as text is
    joined wrongly), a story opening under the second (then the second may be its heading)."""
    third = blocks[index + 2].text if index + 2 < len(blocks) else None
    heads = (_HEADS_STORY,) if third is not None and heads_story(blocks[index + 1].text, third, stats) else ()
    if not has_chrome:
        return heads
    near = (index > 0 and blocks[index - 1].role is Role.CHROME) or (
        index + 2 < len(blocks) and blocks[index + 2].role is Role.CHROME
    )
    return ("next_to_chrome", *heads) if near else heads
