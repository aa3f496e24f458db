"""The page on screen and its file (Qt-free): the title, whether there is unsaved work, saving as text.

A page's proofing state belongs to its file (its path and the SHA-256 of its bytes,
which storage records when the page is imported); ``matching_session`` picks the stored
page of a file among storage's candidates.  "Unsaved" means: the page differs from what
its file holds, i.e. from the page as opened or as last saved with 保存 / 另存为.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.proofing.model import Block, Document
from desktop.proofing.render import render_text

APP_TITLE_SEPARATOR = " — "


def window_title(app_title: str, name: str, modified: bool) -> str:
    """``校样 Proofsheet — page.txt*`` while the page has work its file does not hold."""
    if not name:
        return app_title
    return f"{app_title}{APP_TITLE_SEPARATOR}{name}{'*' if modified else ''}"


def differs(blocks: tuple[Block, ...], saved: tuple[Block, ...]) -> bool:
    """Whether the page's blocks differ from those its file holds (untouched blocks are the very objects)."""
    return blocks is not saved and blocks != saved


def save_text(document: Document, target: Path) -> None:
    """Write the cleaned page (as ``proofsheet fix`` writes it) to ``target``, atomically, as UTF-8."""
    from desktop.export.atomic import write_atomically

    write_atomically(target, render_text(document).encode("utf-8"), overwrite=True)


def save_target(path: Path | None) -> Path | None:
    """Where 保存 writes without asking: the page's own text file; None (ask, as 另存为) for a .docx or no file."""
    if path is None or path.suffix.lower() != ".txt":
        return None
    return path


def suggested_name(path: Path | None, source_name: str) -> str:
    stem = path.stem if path is not None else Path(source_name or "版面").stem
    return f"{stem}-校对.txt"


def same_file(source_name: str, path: Path) -> bool:
    if not source_name:
        return False
    try:
        return Path(source_name).resolve() == path.resolve()
    except OSError:
        return False


def matching_session(summaries: Iterable[Any], path: Path) -> Any | None:
    """The most recently saved of the stored pages (already those of the file's bytes) opened from ``path``."""
    for summary in summaries:  # (storage lists them newest first)
        if same_file(summary.source_name, path):
            return summary
    return None
