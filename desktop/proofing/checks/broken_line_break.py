"""``broken-line-break``: a paragraph cut in two where the column wrapped."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.proofing import calibration
from desktop.proofing.chars import pause_count
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head, tail
from desktop.proofing.continuation import (
    BreakAssessment,
    PageStats,
    crosses_into,
    ends_article_text,
    heads_story,
    is_standalone_line,
    looks_like_title,
    restated_below,
)
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Block, Role
from desktop.proofing.wording import say

NAME = "broken-line-break"
_LABEL = say("合并断行")  # (made once: a page may have thousands of these)
_HEADS_STORY = "second_heads_story"
_FLUSH_NEXT = "weak:flush_next"
_WORD_ACROSS = "word_spans_break"
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING  # (bound once, as in ``model``)
_BODY = Role.BODY
_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]")  # a sub-heading's label: ``小镇：……``


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    stats, has_chrome, owner = context.stats, context.has_chrome, context.owner  # (read once, not per finding)
    unwrapped = stats.wrap_width is None
    evidence: dict[tuple[str, ...], str] = {}  # (the reasons joined once: a page repeats a few dozen of them)
    subheads: dict[int, set[int]] | None = None  # (read once a page, when first needed)
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
            and (
                _HEADS_STORY in features
                # (a word read across the junction still joins a line the text below repeats: a long name again)
                or (_WORD_ACROSS not in features and restated_below(first.text, second.text))
            )
            and not crosses_into(assessment, second.text)
        ):
            # a story that stops short over the next story's heading: an unfinished line ends anywhere (after a
            # comma, an open quotation, half a word that the heading's first characters happen to complete),
            # and the line below reads as a heading with its story under it; only its own start can say it goes
            # on (not on column text, whose short wrapped pieces look so too).  So is a heading whose lede below
            # restates it.
            continue
        if (
            unwrapped
            and not assessment.strong
            and _FLUSH_NEXT not in features  # (the page's indentation says the line below goes on)
            and _subhead_shaped(blocks, index, stats)
        ):
            if subheads is None:
                subheads = _subheads_by_story(blocks, context.breaks, owner, stats)
            indent = first.indent
            if any(other != index and blocks[other].indent == indent for other in subheads.get(owner[index], ())):
                # a line shaped like a sub-heading (short, no pause, no end, after a finished paragraph) in a story
                # that prints another such line, indented alike: the story sets its sub-headings so (a cut
                # piece's shape is chance), and nothing at the junction joins
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


def _subhead_shaped(blocks: tuple[Block, ...], index: int, stats: PageStats) -> bool:
    """A line standing as a sub-heading would: short, no pause, no end, under a finished paragraph."""
    block = blocks[index]
    text = block.text
    return (
        index > 0
        and block.role is _BODY
        and (not pause_count(text) or (pause_count(text) == 1 and _LABEL_RE.match(text) is not None))
        and not is_standalone_line(text)
        and looks_like_title(text, stats)
        and ends_article_text(blocks[index - 1].text)
    )


def _subheads_by_story(
    blocks: tuple[Block, ...], breaks: list[BreakAssessment | None], owner: tuple[int | None, ...], stats: PageStats
) -> dict[int, set[int]]:
    """Per story, its lines shaped like a sub-heading that nothing at their own junction joins to the line below
    (read once a page, when a join from such a line is found)."""
    found: dict[int, set[int]] = {}
    for index in range(1, len(blocks) - 1):
        article = owner[index]
        if article is None or owner[index + 1] != article:
            continue
        assessment = breaks[index]
        if (assessment is None or not assessment.strong) and _subhead_shaped(blocks, index, stats):
            found.setdefault(article, set()).add(index)
    return found
