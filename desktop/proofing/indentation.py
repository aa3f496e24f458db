"""What a page's indentation says: which lines are body text, and whether an indent opens a paragraph.

Pages that indent every line, or none, tell nothing.  When most text lines are
indented and some are not, the page sets its paragraphs indented and its headlines
flush (or set apart by an indent of their own, as centred headings are): a line with
the page's paragraph indent is body text, never a headline.  Unless the headlines
carry the paragraph indent too (more heading-like lines are indented than flush).  When, moreover, the lines
that carry on an unfinished body line stand flush, the indent marks where a
paragraph *starts*: an indented line opens a new paragraph and a flush line after
body text carries on the paragraph above it.

The convention is read once, at load (``indentation_convention``; see
``conventions``), and applied to the lines as they stand (``indentation_by``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.proofing import credits
from desktop.proofing.chars import display_width, ends_sentence, has_internal_sentence_end, pause_count

INDENTED_SHARE = 0.6
PARAGRAPH_MARK_SHARE = 0.7
_BODY_LENGTH = 40  # an unfinished line this long, with this many pauses or a full stop inside is body text
_BODY_PAUSES = 3
_NARROW_BODY_LENGTH = 18
_HEADING_LENGTH = 30


@dataclass(frozen=True, slots=True)
class Indentation:
    body: frozenset[int] = frozenset()  # text lines with the paragraph indent, on a page that indents body text only
    marks_paragraphs: bool = False  # an indent opens a paragraph; wrapped lines stand flush
    flush: frozenset[int] = frozenset()  # text lines with no indent at all
    indented: frozenset[int] = frozenset()  # text lines with the paragraph indent (headlines too, on some pages)

    def opens_paragraph(self, index: int) -> bool:
        return self.marks_paragraphs and index in self.indented

    def carries_on(self, index: int) -> bool:
        """A flush line where flush lines after body text are the rest of a paragraph."""
        return self.marks_paragraphs and index in self.flush


NO_EVIDENCE = Indentation()


def is_indented(indent: str) -> bool:
    return bool(indent.strip(" ")) or len(indent) >= 2


IndentConvention = tuple[str, bool, bool]  # (paragraph indent or "", only body text has it, it opens paragraphs)
NO_CONVENTION: IndentConvention = ("", False, False)


def indentation_of(indents: Sequence[str], texts: Sequence[str], text_lines: Sequence[int]) -> Indentation:
    """The page's indentation convention, from the indents of its text lines (``text_lines`` indices)."""
    return indentation_by(indentation_convention(indents, texts, text_lines), indents, text_lines)


def indentation_convention(
    indents: Sequence[str], texts: Sequence[str], text_lines: Sequence[int], wrap_width: int | None = None
) -> IndentConvention:
    """Read the convention from the page: its paragraph indent, whether headlines stand flush, what an indent opens.

    ``wrap_width``: the column width of a hard-wrapped page (indent included), where an
    indented line that fills the column is a paragraph's first line however narrow it is.
    """
    if not any(indents):
        return NO_CONVENTION
    indented = [i for i in text_lines if is_indented(indents[i])]
    if not indented or len(indented) == len(text_lines):
        return NO_CONVENTION
    # The paragraph indent is the commonest one; headings centred by spaces have others.
    paragraph_indent, _ = Counter(indents[i] for i in indented).most_common(1)[0]
    body = frozenset(i for i in indented if indents[i] == paragraph_indent)
    text_set = frozenset(text_lines)
    flush = carried = 0
    for index in sorted(body):
        text = texts[index]
        unfinished_body = not ends_sentence(text) and (
            len(text) >= _BODY_LENGTH
            or pause_count(text) >= _BODY_PAUSES
            or has_internal_sentence_end(text)
            # a narrow column: a line cut off after a clause of running text
            or (pause_count(text) >= 1 and len(text) >= _NARROW_BODY_LENGTH)
            or (wrap_width is not None and display_width(indents[index] + text) >= wrap_width - 1)
        )
        if unfinished_body and index + 1 in text_set:
            carried += 1
            flush += not is_indented(indents[index + 1])
    marks = flush >= 2 and flush >= PARAGRAPH_MARK_SHARE * carried
    if not marks and len(body) < INDENTED_SHARE * len(text_lines):
        return NO_CONVENTION
    flush_lines = frozenset(i for i in text_lines if not is_indented(indents[i]))
    return paragraph_indent, _headings_flush(texts, text_lines, flush_lines, body), marks


def _headings_flush(
    texts: Sequence[str], text_lines: Sequence[int], flush_lines: frozenset[int], body: frozenset[int]
) -> bool:
    """Whether the page sets its headlines flush (not with the paragraph indent).

    Told by the page's sure headlines first: a short unfinished line with a credit line or a
    dateline under it.  Only where they do not tell, by which lines could be headlines at all
    (on column text, a wrapped line after a sentence that ended at the line's end looks like one).
    """
    sure = [i for i in text_lines if _sure_heading(texts, i)]
    flush_sure = sum(i in flush_lines for i in sure)
    indented_sure = sum(i in body for i in sure)
    if flush_sure + indented_sure >= 2 and flush_sure != indented_sure:
        return flush_sure > indented_sure
    text_set = frozenset(text_lines)
    return _heading_like_starts(flush_lines, texts, text_set) >= _heading_like_starts(body, texts, text_set)


def _sure_heading(texts: Sequence[str], index: int) -> bool:
    """A short unfinished line over a credit line or a dateline: a headline, however it is indented."""
    text = texts[index]
    if index + 1 >= len(texts) or len(text) > _HEADING_LENGTH or ends_sentence(text):
        return False
    if has_internal_sentence_end(text):
        return False
    under = texts[index + 1]
    return credits.dateline(under) is not None or credits.line(under) is not None


def indentation_by(convention: IndentConvention, indents: Sequence[str], text_lines: Sequence[int]) -> Indentation:
    """What the page's convention says about its text lines as they are now (lines joined keep the first's indent)."""
    paragraph_indent, headings_flush, marks = convention
    if not paragraph_indent:
        return NO_EVIDENCE
    body = frozenset(i for i in text_lines if indents[i] == paragraph_indent)
    flush_lines = frozenset(i for i in text_lines if not is_indented(indents[i]))
    # Where headlines carry the paragraph indent too, the indent tells paragraph starts, not body text.
    return Indentation(
        body=body if headings_flush else frozenset(), marks_paragraphs=marks, flush=flush_lines, indented=body
    )


def _heading_like_starts(lines: frozenset[int], texts: Sequence[str], text_set: frozenset[int]) -> int:
    """How many of ``lines`` could be headlines: short and unfinished, after a finished line (or none)."""
    count = 0
    for index in lines:
        text = texts[index]
        if len(text) > _HEADING_LENGTH or ends_sentence(text) or has_internal_sentence_end(text):
            continue
        if index - 1 not in text_set or _finished(texts[index - 1]):
            count += 1
    return count


def _finished(text: str) -> bool:
    return ends_sentence(text) or credits.trailing(text) is not None
