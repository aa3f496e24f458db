"""Segmentation: give every block its role and mark where articles start.

Runs once when a page is loaded.  First the line breaks that cut a sentence are
found (so a fragment such as ``随着家庭医生签约服务`` is known to be body text),
then runs of short, unfinished, title-like paragraphs that are followed by body
text become heading groups (kicker / headline / deck), and the first block of
each heading group opens an article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desktop.proofing import bylines
from desktop.proofing.blocks import RawBlock
from desktop.proofing.chars import has_internal_sentence_end
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.continuation import BreakAssessment, PageStats, assess_break, looks_like_title
from desktop.proofing.model import Block, Role

REPEAT_PREFIX = 4
KICKER_RATIO = 0.6
ASKING_TITLE_MAX = 30
MAX_HEADING_PIECES = 2
INDENTED_SHARE = 0.6
_SUBHEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[■◆●▲★☆◇▶])"
)
PARAGRAPH_MEMORY = 400  # characters of a paragraph kept while following its broken lines
_FOLLOWS_HEADING = (LineKind.TEXT, LineKind.DATELINE_ONLY, LineKind.BYLINE, LineKind.CAPTION)


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A run of blocks that together make one logical paragraph (broken lines joined virtually)."""

    indices: tuple[int, ...]
    text: str
    kind: LineKind


def line_breaks(
    texts: Sequence[str],
    kinds: Sequence[LineKind],
    stats: PageStats,
    known_body: Collection[int] = (),
) -> list[BreakAssessment | None]:
    """For each block, the assessment of the break after it (None when it cannot be a broken break).

    ``known_body`` are blocks known to be body text (indented on a page that indents only body
    text, or placed right under a heading by segmentation).
    """
    result: list[BreakAssessment | None] = [None] * len(texts)
    so_far = ""  # the end of the paragraph that the current block continues, if it continues one
    for index in range(len(texts) - 1):
        previous = result[index - 1] if index > 0 else None
        so_far = so_far[-PARAGRAPH_MEMORY:] if previous is not None and previous.joins else ""
        if kinds[index] is LineKind.TEXT and kinds[index + 1] is LineKind.TEXT:
            paragraph = so_far + texts[index] if so_far else None
            result[index] = assess_break(texts[index], texts[index + 1], stats, paragraph, index in known_body)
        so_far += texts[index]
    for index in range(len(texts) - 2):
        current = result[index]
        if current is None or not current.joins or current.strong or index in known_body:
            continue
        # Weak evidence (a long unfinished line) yields to a title-like next line followed by new body text.
        following = result[index + 1]
        title_next = looks_like_title(texts[index + 1], stats) and not (following and following.joins)
        if title_next and kinds[index + 2] in _FOLLOWS_HEADING:
            result[index] = None
    return result


def indented_body_lines(indents: Sequence[str], kinds: Sequence[LineKind]) -> frozenset[int]:
    """Lines that are body text because of their indentation, on pages that indent body text only.

    When most text lines are indented and some are not, the page sets its
    paragraphs indented and its headlines flush: an indented line is no headline.
    Pages that indent every line, or none, tell nothing.
    """
    text_lines = [i for i, kind in enumerate(kinds) if kind is LineKind.TEXT]
    indented = [i for i in text_lines if indents[i].strip(" ") or len(indents[i]) >= 2]
    if not text_lines or len(indented) == len(text_lines) or len(indented) < INDENTED_SHARE * len(text_lines):
        return frozenset()
    return frozenset(indented)


def _paragraphs(
    texts: Sequence[str], kinds: Sequence[LineKind], breaks: Sequence[BreakAssessment | None]
) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current: list[int] = []
    for index in range(len(texts)):
        current.append(index)
        assessment = breaks[index]
        if assessment is None or not assessment.joins:
            paragraphs.append(_Paragraph(tuple(current), "".join(texts[i] for i in current), kinds[current[0]]))
            current = []
    return paragraphs


def _heading_roles(lines: Sequence[str]) -> list[Role]:
    """Kicker / headline / deck.  A deck starts with a dash; a kicker is a short lead-in above a longer headline."""
    if len(lines) == 1:
        return [Role.HEADLINE]
    if len(lines) == 2:
        first, second = lines
        deck_below = second.startswith(("—", "－", "-"))
        kicker_above = first.endswith(("：", ":")) or len(first) <= KICKER_RATIO * len(second)
        if kicker_above and not deck_below:
            return [Role.SUBTITLE, Role.HEADLINE]
        return [Role.HEADLINE, Role.SUBTITLE]
    return [Role.BODY] * (len(lines) - 3) + [Role.SUBTITLE, Role.HEADLINE, Role.SUBTITLE]


def segment(raw_blocks: Sequence[RawBlock]) -> tuple[Block, ...]:
    texts = [raw.text for raw in raw_blocks]
    kinds = [line_kind(text) for text in texts]
    stats = PageStats.of(texts)
    indented_body = indented_body_lines([raw.indent for raw in raw_blocks], kinds)
    paragraphs = _paragraphs(texts, kinds, line_breaks(texts, kinds, stats, indented_body))
    titles = [_title_like(p, stats) and p.indices[0] not in indented_body for p in paragraphs]
    for position in range(len(paragraphs) - 1):
        if not titles[position] and _asking_title(paragraphs[position], paragraphs[position + 1]):
            titles[position] = True

    roles: list[Role] = [Role.BODY] * len(texts)
    starts = [False] * len(texts)
    heading_end = -1  # index in ``paragraphs`` of the last heading line of the current article
    previous_signed = True  # whether the article before the current one names its author
    article_start = 0
    position = 0
    while position < len(paragraphs):
        if not titles[position]:
            paragraph = paragraphs[position]
            right_after_heading = position == heading_end + 1 and heading_end >= 0
            role = _role_of(paragraph, right_after_heading, previous_signed)
            for index in paragraph.indices:
                roles[index] = role
            position += 1
            continue
        run_end = position + 1
        while (
            run_end < len(paragraphs) and titles[run_end] and not _repeats(paragraphs[run_end - 1], paragraphs[run_end])
        ):
            run_end += 1
        followed_by_body = run_end < len(paragraphs) and paragraphs[run_end].kind in _FOLLOWS_HEADING
        if not followed_by_body:
            position = run_end  # trailing short lines: body text of the article they are in
            continue
        previous_signed = _signed([p.text for p in paragraphs[article_start:position] if p.kind is not LineKind.CHROME])
        article_start = position
        heading_roles = _heading_roles([p.text for p in paragraphs[position:run_end]])
        first_heading = next(i for i, role in enumerate(heading_roles) if role is not Role.BODY)
        for offset, role in enumerate(heading_roles):
            first_index, *rest = paragraphs[position + offset].indices
            roles[first_index] = role
            starts[first_index] = offset == first_heading
            for index in rest:  # a heading broken over lines: the pieces keep its role until joined
                roles[index] = role
        heading_end = run_end - 1
        position = run_end
    return tuple(
        Block(
            uid=raw.index,
            text=raw.text,
            role=roles[i],
            starts_article=starts[i],
            indent=raw.indent,
            origin=(raw.index,),
        )
        for i, raw in enumerate(raw_blocks)
    )


def _title_like(paragraph: _Paragraph, stats: PageStats) -> bool:
    """Could stand as a heading: one title-like line, or a title-like text broken over short lines."""
    if paragraph.kind is not LineKind.TEXT or not looks_like_title(paragraph.text, stats):
        return False
    if _SUBHEAD_RE.match(paragraph.text):
        return False  # a numbered or bulleted sub-heading inside an article, not a new story
    return len(paragraph.indices) == 1 or len(paragraph.indices) <= MAX_HEADING_PIECES


def _asking_title(paragraph: _Paragraph, following: _Paragraph) -> bool:
    """A short question or exclamation standing over a dateline or a top byline is a headline too."""
    text = paragraph.text.rstrip("”’」』")
    return (
        paragraph.kind is LineKind.TEXT
        and len(paragraph.indices) == 1
        and len(text) <= ASKING_TITLE_MAX
        and text[-1:] in ("？", "！", "?", "!")
        and not has_internal_sentence_end(text)
        and (
            following.kind in (LineKind.DATELINE_ONLY, LineKind.BYLINE)
            or bylines.parse_dateline(following.text) is not None
        )
    )


def _repeats(heading: _Paragraph, candidate: _Paragraph) -> bool:
    """A line that starts with the same words as the heading above it is the story's first line, not a deck."""
    return len(heading.text) >= REPEAT_PREFIX and heading.text[:REPEAT_PREFIX] == candidate.text[:REPEAT_PREFIX]


def _signed(texts: Sequence[str]) -> bool:
    """Whether an article (its paragraphs' texts) names its author anywhere."""
    if not texts:
        return True
    if any(bylines.byline_line_names(text) for text in texts):
        return True
    if any((d := bylines.parse_dateline(text)) is not None and d.names for text in texts[:4]):
        return True
    return bylines.trailing_byline(texts[-1]) is not None


def _role_of(paragraph: _Paragraph, right_after_heading: bool, previous_signed: bool) -> Role:
    if paragraph.kind is LineKind.CHROME:
        return Role.CHROME
    if paragraph.kind is LineKind.CAPTION:
        return Role.CAPTION
    if paragraph.kind is LineKind.DATELINE_ONLY:
        return Role.DATELINE
    # ``记者 张三`` under the headline is the paper's style; a parenthesised name there while the
    # article above is unsigned is that article's byline gone astray (detached-byline moves it).
    stray = bylines.is_parenthesised(paragraph.text) and not previous_signed
    if paragraph.kind is LineKind.BYLINE and right_after_heading and not stray:
        return Role.BYLINE
    return Role.BODY
