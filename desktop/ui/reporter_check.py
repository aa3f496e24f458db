"""The unknown-reporter findings of the page shown, kept cheap across edits.

The engine's ``unknown-reporter`` check (the one ``proofsheet check`` runs) gives them;
the names it looks up depend on one article's blocks only, so each article is checked
on its own and remembered by its blocks: after an edit only the touched articles
are looked at again, and the result is the whole page's, re-indexed.  Runs on the
analysis thread, after the engine (whose incremental re-analysis knows nothing of
the roster).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.proofing.checks import UNKNOWN_REPORTER
from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Article, Block, Document
from desktop.ui.services import RosterSource

CHECK_NAME = UNKNOWN_REPORTER


class ReporterCheck:
    """Byline names missing from the roster, as ``info`` findings with the nearest roster names as evidence."""

    def __init__(self, roster: RosterSource) -> None:
        self._roster = roster
        self._checked_with: tuple[object, ...] | None = None  # the roster the remembered findings were made with
        self._by_article: dict[tuple[Block, ...], tuple[Finding, ...]] = {}

    def findings(self, document: Document) -> tuple[Finding, ...]:
        entries = self._roster.entries()
        if not entries:
            return ()  # an empty roster reports nothing (the newsroom does not keep one)
        from desktop.proofing.checks import run_checks
        from storage.roster_check import roster_for_checks

        roster = roster_for_checks(entries)
        remembered = self._by_article if entries is self._checked_with else {}
        kept: dict[tuple[Block, ...], tuple[Finding, ...]] = {}
        found: list[Finding] = []
        for article in document.articles():
            key = article.blocks
            local = remembered.get(key)
            if local is None:
                local = kept.get(key)
            if local is None:
                local = tuple(run_checks(document.with_blocks(key), [CHECK_NAME], None, roster))
            kept[key] = local
            found.extend(_placed(finding, article) for finding in local)
        self._checked_with, self._by_article = entries, kept
        return tuple(found)


def _placed(finding: Finding, article: Article) -> Finding:
    """A finding made on the article alone, with the block and article numbers it has on the page."""
    indices = article.block_indices
    return replace(
        finding,
        blocks=tuple(indices[b] for b in finding.blocks),
        article=article.index,
        spans=tuple(Span(indices[s.block], s.start, s.end) for s in finding.spans),
    )


def reporter_name(finding: Finding) -> str:
    """The byline name an unknown-reporter finding is about (the finding carries it as its subject)."""
    return finding.subject
