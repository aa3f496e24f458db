"""The engine's front door: text or file → segmented ``Document`` → findings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.proofing import bylines, lexicon
from desktop.proofing.archive_protocol import ArchivedHeadline, HeadlineArchive
from desktop.proofing.blocks import split_blocks
from desktop.proofing.checks import CHECK_NAMES, run_checks
from desktop.proofing.findings import Finding
from desktop.proofing.load import load_text, normalise_newlines
from desktop.proofing.model import Article, Document, Role
from desktop.proofing.segment import segment

__all__ = [
    "CHECK_NAMES",
    "ArchivedHeadline",
    "HeadlineArchive",
    "analyse",
    "byline_of",
    "document_from_text",
    "open_document",
]


def document_from_text(text: str, source_name: str = "", encoding: str = "utf-8") -> Document:
    """Split ``text`` into blocks (one per non-blank line) and segment them into articles."""
    raw_blocks = split_blocks(normalise_newlines(text))
    document = Document(blocks=segment(raw_blocks), source_name=source_name, encoding=encoding)
    lexicon.save_memo()
    return document


def open_document(path: Path | str) -> Document:
    """Load a page from disk; raises ``load.LoadError`` with a sentence for the editor."""
    loaded = load_text(path)
    return document_from_text(loaded.text, source_name=str(loaded.path), encoding=loaded.encoding)


def analyse(
    document: Document, checks: Iterable[str] | None = None, archive: HeadlineArchive | None = None
) -> tuple[Finding, ...]:
    """Run the checks (all of them by default) and return their findings in page order."""
    wanted = tuple(CHECK_NAMES if checks is None else checks)
    unknown = [name for name in wanted if name not in CHECK_NAMES]
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(CHECK_NAMES)}")
    findings = run_checks(document, wanted, archive)
    lexicon.save_memo()
    order = {name: rank for rank, name in enumerate(CHECK_NAMES)}
    return tuple(sorted(findings, key=lambda f: (min(f.blocks, default=-1), max(f.blocks, default=-1), order[f.check])))


def byline_of(article: Article) -> str | None:
    """The names of the article's reporters (``"赵静 王刚"``), or None when it carries no byline."""
    names = byline_names(article)
    return " ".join(names) if names else None


def byline_names(article: Article) -> tuple[str, ...] | None:
    blocks = dict(zip(article.block_indices, article.blocks, strict=True))
    if article.byline_index is not None:
        names = bylines.byline_line_names(blocks[article.byline_index].text)
        if names:
            return names
    text_blocks = [blocks[i] for i in article.block_indices if blocks[i].role in (Role.BODY, Role.DATELINE)]
    for block in text_blocks[:2]:
        dateline = bylines.parse_dateline(block.text)
        if dateline is not None and dateline.names:
            return dateline.names
    for block in (blocks[i] for i in article.block_indices):
        if block.role is Role.CAPTION and block.text.lstrip().startswith(("□", "■")):
            names = bylines.byline_line_names(block.text)
            if names:
                return names
    if text_blocks:
        last = text_blocks[-1].text
        names = bylines.byline_line_names(last)
        if names:
            return names
        trailing = bylines.trailing_byline(last)
        if trailing is not None:
            return trailing[1]
    return None
