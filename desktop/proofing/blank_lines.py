"""What a page's blank lines say about its line breaks.

Pages set blank lines in one of several ways: none at all; between every line
(the sample page: its broken lines too); between articles only (the output of
``proofsheet fix``: the paragraphs of an article on consecutive lines); or between
paragraphs, a column wrap leaving a single newline.  Only the last says anything
about breaks: there a single newline between two body lines is a column wrap —
even right after a full stop, when the line is as wide as the column — and a
blank line ends a paragraph.

The convention is read from the page itself: blank lines must stand between body
paragraphs (a finished line and a line of running text), nearly no paragraph end
may go without one, and lines cut off unfinished must not be followed by one
(the sample page has blank lines at its broken breaks: there they say nothing).
It is read once, at load (``newline_convention``; see ``conventions``), and applied
to the lines as they stand (``newline_verdicts``): joining the wraps one by one
must not make the last ones vanish.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from desktop.proofing.classify import LineKind
from desktop.proofing.continuation import (
    PageStats,
    at_wrap_width,
    ends_article_text,
    looks_like_title,
    opens_paragraph,
)

Newline = Literal["", "wrap", "wrap-body", "paragraph"]
# "wrap": a single newline that is a column wrap, even under a title-like line; "wrap-body": one if the line
# above is body text (headings may sit on consecutive lines); "paragraph": a blank line that ends a
# paragraph; "": no say.

MIN_PARAGRAPH_BLANKS = 3  # blank lines between body paragraphs that make the convention
PARAGRAPH_BLANK_SHARE = 0.7  # share of paragraph ends (a finished line, then running text) with a blank line
MIN_WRAPS = 1  # single newlines at a wrap (one is enough: the last one left after fixing the others)
CUT_BLANK_SHARE = 0.25  # blank lines after a cut-off body line, against single newlines there, to trust blank lines


NewlineConvention = tuple[bool, bool]  # (a blank line after an unfinished line ends it, headings stand apart)


def newline_evidence(
    texts: Sequence[str], kinds: Sequence[LineKind], blank_before: Sequence[bool], stats: PageStats
) -> tuple[Newline, ...] | None:
    """For each line, what the newline(s) after it say; None when the page's blank lines say nothing."""
    convention = newline_convention(texts, kinds, blank_before, stats)
    return None if convention is None else newline_verdicts(convention, texts, blank_before, stats)


def newline_convention(
    texts: Sequence[str], kinds: Sequence[LineKind], blank_before: Sequence[bool], stats: PageStats
) -> NewlineConvention | None:
    """Read from the page whether its blank lines mark paragraphs (None when they do not) and how."""
    count = len(texts)
    if len(blank_before) != count or count < 3:
        return None
    later = blank_before[1:]
    if all(later) or not any(later):
        return None  # every line or none set apart: no convention to read
    text = LineKind.TEXT
    paragraph_blank = paragraph_single = cut_blank = cut_single = full_stop_wraps = 0
    titles_apart = headings_over_body = 0
    for index in range(count - 1):
        if kinds[index] is not text or kinds[index + 1] is not text:
            continue
        first, second, blank = texts[index], texts[index + 1], blank_before[index + 1]
        body_next = not looks_like_title(second, stats) or at_wrap_width(second, stats)
        if ends_article_text(first):
            if body_next:
                if blank:
                    paragraph_blank += 1
                elif at_wrap_width(first, stats):
                    full_stop_wraps += 1  # a full line: a wrap that fell after a full stop
                else:
                    paragraph_single += 1
            continue
        title = looks_like_title(first, stats) and not at_wrap_width(first, stats)
        if not blank:
            cut_single += 1
        elif not title:
            cut_blank += 1  # (a heading over its body is no cut-off line)
        if title and blank_before[index] and body_next:
            if blank:
                titles_apart += 1
            elif opens_paragraph(second):
                headings_over_body += 1  # a headline right over its story's lead
    paragraph_ends = paragraph_blank + paragraph_single
    if paragraph_blank < MIN_PARAGRAPH_BLANKS or paragraph_blank < PARAGRAPH_BLANK_SHARE * paragraph_ends:
        return None  # blank lines do not mark paragraphs (none, or articles only)
    if cut_single + full_stop_wraps < MIN_WRAPS:
        return None
    headings_apart = titles_apart >= MIN_PARAGRAPH_BLANKS and not headings_over_body
    return cut_blank <= CUT_BLANK_SHARE * cut_single, headings_apart


def newline_verdicts(
    convention: NewlineConvention, texts: Sequence[str], blank_before: Sequence[bool], stats: PageStats
) -> tuple[Newline, ...] | None:
    """What the newline(s) after each line say, on a page whose blank lines mark paragraphs as ``convention`` says."""
    if len(blank_before) != len(texts) or not texts:
        return None
    blank_ends_paragraph, headings_apart = convention
    blank_says: Newline = "paragraph" if blank_ends_paragraph else ""
    verdicts: list[Newline] = [blank_says if blank else "wrap-body" for blank in blank_before[1:]]
    if headings_apart:
        for index, verdict in enumerate(verdicts[:-1]):
            if verdict == "wrap-body" and _wrap_piece_after_title(texts, blank_before, index, stats):
                verdicts[index] = "wrap"
    return (*verdicts, "")


def _wrap_piece_after_title(texts: Sequence[str], blank_before: Sequence[bool], index: int, stats: PageStats) -> bool:
    """On a page that sets its headings apart, the line after ``index`` goes on with it, title-like or not.

    Unless the page is hard-wrapped at a column width (there a wrapped line is as
    wide as the column, and a shorter title-like line is a heading whose blank line
    went missing), or the next line opens a paragraph, or is a title-like line
    followed by a blank line (a headline under its kicker, both over the blank line
    before the story).
    """
    second = texts[index + 1]
    if stats.wrap_width is not None or opens_paragraph(second):
        return False
    return not looks_like_title(second, stats) or (index + 2 < len(texts) and not blank_before[index + 2])
