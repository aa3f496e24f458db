"""What every check needs to know about the page, computed once per analysis."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.continuation import BreakAssessment, PageStats, looks_like_title
from desktop.proofing.model import Article, Document, Role
from desktop.proofing.segment import line_breaks, page_layout

KNOWN_BROKEN_JOINS = 3
_JOINABLE = (Role.BODY, Role.DATELINE)
_HEADING = (Role.HEADLINE, Role.SUBTITLE)
_CREDIT = (Role.BYLINE, Role.DATELINE, Role.CAPTION)


class CheckContext:
    def __init__(self, document: Document, archive: HeadlineArchive | None = None) -> None:
        self.document = document
        self.archive = archive
        self.memo: dict[str, Any] = {}  # what one check computed and another reuses

    @cached_property
    def texts(self) -> list[str]:
        return [block.text for block in self.document.blocks]

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
    def stats(self) -> PageStats:
        return PageStats.of(self.texts)

    @cached_property
    def breaks(self) -> list[BreakAssessment | None]:
        """Assessment of the break after each block, for body blocks of the same article only."""
        blocks = self.document.blocks
        line_kinds = [line_kind(block.text) for block in blocks]
        kinds = [
            kind if block.role in _JOINABLE and not block.starts_article else LineKind.CHROME
            for kind, block in zip(line_kinds, blocks, strict=True)
        ]
        for index in range(len(blocks) - 1):
            # A heading broken over two lines: both pieces carry the heading's role.
            first, second = blocks[index], blocks[index + 1]
            if first.role is second.role and first.role in _HEADING and not second.starts_article:
                kinds[index] = kinds[index + 1] = LineKind.TEXT
        layout = page_layout(
            tuple(self.texts), tuple(block.indent for block in blocks), tuple(block.blank_before for block in blocks)
        )
        known_body = layout.known_body | frozenset(self._first_body_lines())
        # several lines joined already: the page breaks lines (one join may be the editor merging paragraphs)
        joined = sum(len(block.origin) - 1 for block in blocks if len(block.origin) > 1) >= KNOWN_BROKEN_JOINS
        breaks = line_breaks(self.texts, kinds, self.stats, known_body, layout.indentation, layout.newlines, joined)
        for index, assessment in enumerate(breaks):
            if assessment is None:
                continue
            first_role, second_role = blocks[index].role, blocks[index + 1].role
            if (first_role in _HEADING or second_role in _HEADING) and first_role is not second_role:
                breaks[index] = None  # never join a heading with body text, nor a headline with its deck
        return breaks

    def _first_body_lines(self) -> list[int]:
        """Title-like body lines right under a heading (and its credit lines), or with a comma in them.

        Segmentation found they are no headings, so they are body text, and an unfinished end means a broken line.
        """
        blocks = self.document.blocks
        stats = self.stats
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

    def joins_next(self, index: int) -> bool:
        assessment = self.breaks[index]
        return assessment is not None and assessment.joins
