"""The only place the UI calls into the engine's pipeline (imported lazily: it pulls in jieba)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.proofing.findings import Finding
from desktop.proofing.model import Article, Document


def open_document(path: Path) -> Document:
    from desktop.proofing import pipeline

    return pipeline.open_document(path)


def document_from_text(text: str, source_name: str = "", encoding: str = "utf-8") -> Document:
    from desktop.proofing import pipeline

    return pipeline.document_from_text(text, source_name, encoding)


def analyse(document: Document, archive: Any = None) -> tuple[Finding, ...]:
    from desktop.proofing import pipeline

    return tuple(pipeline.analyse(document, archive=archive))


def byline_of(article: Article) -> str:
    try:
        from desktop.proofing import pipeline
    except ImportError:
        return article.byline_block_text or ""
    return pipeline.byline_of(article) or ""


def check_names() -> tuple[str, ...]:
    from desktop.proofing import pipeline

    return tuple(pipeline.CHECK_NAMES)


def warm_up() -> None:
    """Load jieba's dictionary and the checks ahead of the first analysis."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    from desktop.proofing import pipeline  # noqa: F401


def break_pieces(first_text: str, second_text: str) -> tuple[str, str]:
    """The word a broken line break cuts in two, as (end of the first line, start of the second).

    Uses the engine's junction segmentation (memoised during analysis); ("", "") when no word spans the break.
    """
    from desktop.proofing import lexicon

    word = lexicon.junction(first_text, second_text).spanning_word
    for cut in range(1, len(word)):
        if first_text.endswith(word[:cut]) and second_text.startswith(word[cut:]):
            return word[:cut], word[cut:]
    return "", ""
