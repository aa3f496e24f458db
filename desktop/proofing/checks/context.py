"""What every check needs to know about the page, computed once per analysis.

The page-level evidence (line statistics, indentation, blank lines, whether the
page breaks lines at all) comes from the conventions recorded at load
(``page_conventions``), so that fixing findings one at a time leaves the others
found: each join consumes some of the evidence those conventions were read from.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import Any

from desktop.proofing import lexicon
from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.continuation import BreakAssessment, PageStats, looks_like_title
from desktop.proofing.conventions import measure_layout, stats_under
from desktop.proofing.model import Article, Block, Document, PageConventions, Role
from desktop.proofing.roster_protocol import ReporterRoster
from desktop.proofing.segment import line_breaks, page_layout

KNOWN_BROKEN_JOINS = 3
_JOINABLE = (Role.BODY, Role.DATELINE)
_HEADING = (Role.HEADLINE, Role.SUBTITLE)
_CREDIT = (Role.BYLINE, Role.DATELINE, Role.CAPTION)
# (bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_CHROME, _CAPTION = Role.CHROME, Role.CAPTION
_CHROME_LINE, _CAPTION_LINE = LineKind.CHROME, LineKind.CAPTION
_CAPTION_OR_TEXT = (LineKind.CAPTION, LineKind.TEXT)


class CheckContext:
    def __init__(
        self,
        document: Document,
        archive: HeadlineArchive | None = None,
        *,
        articles: tuple[Article, ...] | None = None,
        roster: ReporterRoster | None = None,
    ) -> None:
        self.document = document
        self.archive = archive
        self.roster = roster
        self.memo: dict[str, Any] = {}  # what one check computed and another reuses
        if articles is not None:
            self.__dict__["articles"] = articles  # already derived by the caller: seed the cached property

    def window(self, start: int, end: int) -> CheckContext:
        """A context for blocks ``start``..``end`` of this page that keeps what only the whole page can tell:
        its line statistics and the assessment of every break."""
        blocks = self.document.blocks[start:end]
        part = CheckContext(self.document.with_blocks(blocks), self.archive, roster=self.roster)
        part.__dict__["stats"] = self.stats
        part.__dict__["breaks"] = self.breaks[start:end]
        part.__dict__["has_chrome"] = self.has_chrome
        return part

    @cached_property
    def texts(self) -> list[str]:
        return [block.text for block in self.document.blocks]

    @cached_property
    def has_chrome(self) -> bool:
        """Some line of the page is page chrome (evidence for the confidence of findings near such lines)."""
        return any(block.role is _CHROME for block in self.document.blocks)

    @cached_property
    def articles(self) -> tuple[Article, ...]:
        return self.document.articles()

    @cached_property
    def owner(self) -> tuple[int | None, ...]:
        owner: list[int | None] = [None] * len(self.document.blocks)
        for article in self.articles:
            for index in article.block_indices:
                owner[index] = article.index
        return tuple(owner)

    @cached_property
    def conventions(self) -> PageConventions:
        return page_conventions(self.document)

    @cached_property
    def stats(self) -> PageStats:
        return stats_under(self.conventions)

    @cached_property
    def breaks(self) -> list[BreakAssessment | None]:
        """Assessment of the break after each block, for body blocks of the same article only."""
        blocks = self.document.blocks
        breaks = list(_assessed_breaks(self.document, self.conventions))
        for index, assessment in enumerate(breaks):
            if assessment is None:
                continue
            first_role, second_role = blocks[index].role, blocks[index + 1].role
            if (first_role in _HEADING or second_role in _HEADING) and first_role is not second_role:
                breaks[index] = None  # never join a heading with body text, nor a headline with its deck
        return breaks

    def joins_next(self, index: int) -> bool:
        assessment = self.breaks[index]
        return assessment is not None and assessment.joins


def page_conventions(document: Document) -> PageConventions:
    """The page's conventions as recorded at load; read from its lines as they stand when none were recorded."""
    if document.conventions is not None:
        return document.conventions
    return measure_conventions(document)


def measure_conventions(document: Document) -> PageConventions:
    """The conventions of ``document`` read from its lines as they stand (what ``document_from_text`` records).

    The page breaks lines when one of its lines is certainly broken, or when
    several were joined already (one join may be the editor merging paragraphs).
    """
    blocks = document.blocks
    layout = measure_layout(
        tuple([block.text for block in blocks]),
        tuple([block.indent for block in blocks]),
        tuple([block.blank_before for block in blocks]),
    )
    breaks = _assessed_breaks(document, layout)
    joined = sum([len(block.origin) - 1 for block in blocks if len(block.origin) > 1]) >= KNOWN_BROKEN_JOINS
    certainly_broken = any(assessment is not None and assessment.strong for assessment in breaks)
    conventions = replace(layout, breaks_lines=joined or certainly_broken)
    if certainly_broken or not conventions.breaks_lines:
        # (the assessments under the conventions found are these: weak evidence counted where a break is strong)
        _last_breaks[:] = [(blocks, conventions, lexicon.current_key(), breaks)]
    return conventions


# The break assessments computed last, as (blocks, conventions, assessments): reading the conventions at
# load assesses every break under them, and the analysis of the loaded page asks for the same again.
_last_breaks: list[tuple[tuple[Block, ...], PageConventions, str, tuple[BreakAssessment | None, ...]]] = []


def _assessed_breaks(document: Document, conventions: PageConventions) -> tuple[BreakAssessment | None, ...]:
    """``segment.line_breaks`` over the page's body text under ``conventions`` (headings not yet ruled out)."""
    blocks = document.blocks
    if _last_breaks:
        last_blocks, last_conventions, dictionaries, breaks = _last_breaks[0]
        if last_blocks is blocks and last_conventions == conventions and dictionaries == lexicon.current_key():
            return breaks
    line_kinds = [line_kind(block.text) for block in blocks]
    # (a caption joins only the rest of itself that a column wrapped: ``segment._wrapped_caption``)
    kinds = [
        _CAPTION_LINE
        if block.role is _CAPTION and kind in _CAPTION_OR_TEXT
        else kind
        if block.role in _JOINABLE and not block.starts_article
        else _CHROME_LINE
        for kind, block in zip(line_kinds, blocks, strict=True)
    ]
    for index in range(len(blocks) - 1):
        # A heading broken over two lines: both pieces carry the heading's role.
        first, second = blocks[index], blocks[index + 1]
        if first.role is second.role and first.role in _HEADING and not second.starts_article:
            kinds[index] = kinds[index + 1] = LineKind.TEXT
    texts = [block.text for block in blocks]
    indents = tuple([block.indent for block in blocks])
    layout = page_layout(tuple(texts), indents, tuple([block.blank_before for block in blocks]), conventions)
    known_body = layout.known_body | frozenset(_first_body_lines(blocks, layout.stats))
    joined = frozenset([index for index, block in enumerate(blocks) if len(block.origin) > 1])
    newlines, indentation = layout.newlines, layout.indentation
    return tuple(
        line_breaks(
            texts, kinds, layout.stats, known_body, indentation, newlines, conventions.breaks_lines, joined, indents
        )
    )


def _first_body_lines(blocks: tuple[Block, ...], stats: PageStats) -> list[int]:
    """Title-like body lines right under a heading (and its credit lines), or with a comma in them.

    Segmentation found they are no headings, so they are body text, and an unfinished end means a broken line.
    """
    body = Role.BODY
    found: list[int] = []
    for index in range(1, len(blocks)):
        block = blocks[index]
        if block.role is not body:
            continue
        text = block.text
        # (segmentation found a comma line is no heading; a line with a comma is no sub-heading either)
        wanted = "，" in text or "," in text
        if not wanted:
            before = index - 1
            while before > 0 and blocks[before].role in _CREDIT:
                before -= 1
            wanted = blocks[before].role in _HEADING
        if wanted and looks_like_title(text, stats):
            found.append(index)
    return found
