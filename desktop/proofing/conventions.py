"""A page's conventions: read once from the whole page, then applied to its lines as they stand.

Line lengths (the typical paragraph line, the column width of a hard-wrapped
page), the indentation and the blank lines are evidence only as the page sets
them as a whole.  Read again from a partly fixed page they fade: every join an
editor makes consumes a wrap, a full-width line or a flush continuation line they
were read from, until the last broken lines no longer look broken.  So the
conventions are read at load (``pipeline.document_from_text`` records them on the
``Document``) and the checks apply the recorded ones to the lines as they are now;
a document without a record (saved before they were recorded, or built by hand)
has them read from its current lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from desktop.proofing import lexicon
from desktop.proofing.blank_lines import Newline, newline_convention, newline_verdicts
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.continuation import PageStats
from desktop.proofing.indentation import Indentation, indentation_by, indentation_convention
from desktop.proofing.model import PageConventions

__all__ = ["PageConventions", "indentation_under", "layout_part", "measure_layout", "newlines_under", "stats_under"]


def measure_layout(texts: tuple[str, ...], indents: tuple[str, ...], blank_before: tuple[bool, ...]) -> PageConventions:
    """The layout conventions of the page ``texts`` as it stands (``breaks_lines`` is the checks' to tell)."""
    return _measure_layout(texts, indents, blank_before, lexicon.current_key())


@lru_cache(maxsize=4)
def _measure_layout(
    texts: tuple[str, ...], indents: tuple[str, ...], blank_before: tuple[bool, ...], dictionaries: str
) -> PageConventions:
    kinds = [line_kind(text) for text in texts]
    # (the page's chrome lines are set apart from its columns: their lengths say nothing about them)
    content = [i for i, kind in enumerate(kinds) if kind is not LineKind.CHROME]
    stats = PageStats.of([texts[i] for i in content], [indents[i] for i in content])
    text_lines = [i for i, kind in enumerate(kinds) if kind is LineKind.TEXT]
    paragraph_indent, indent_marks_body, indent_opens = indentation_convention(
        indents, texts, text_lines, stats.wrap_width
    )
    newlines = newline_convention(texts, kinds, blank_before, stats)
    return PageConventions(
        typical_length=stats.typical_length,
        wrap_width=stats.wrap_width or 0,
        paragraph_indent=paragraph_indent,
        indent_marks_body=indent_marks_body,
        indent_opens_paragraphs=indent_opens,
        blank_lines_mark_paragraphs=newlines is not None,
        blank_line_ends_paragraph=newlines is not None and newlines[0],
        headings_apart=newlines is not None and newlines[1],
    )


def layout_part(conventions: PageConventions) -> PageConventions:
    """The conventions segmentation uses (all but ``breaks_lines``, which only the checks use)."""
    return replace(conventions, breaks_lines=False) if conventions.breaks_lines else conventions


def stats_under(conventions: PageConventions) -> PageStats:
    return PageStats(typical_length=conventions.typical_length, wrap_width=conventions.wrap_width or None)


def indentation_under(conventions: PageConventions, indents: Sequence[str], kinds: Sequence[LineKind]) -> Indentation:
    text_lines = [i for i, kind in enumerate(kinds) if kind is LineKind.TEXT]
    convention = (conventions.paragraph_indent, conventions.indent_marks_body, conventions.indent_opens_paragraphs)
    return indentation_by(convention, indents, text_lines)


def newlines_under(
    conventions: PageConventions, texts: Sequence[str], blank_before: Sequence[bool], stats: PageStats
) -> tuple[Newline, ...] | None:
    if not conventions.blank_lines_mark_paragraphs:
        return None
    convention = (conventions.blank_line_ends_paragraph, conventions.headings_apart)
    return newline_verdicts(convention, texts, blank_before, stats)
