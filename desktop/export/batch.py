"""Exporting a page: one file per article and/or one file for the whole page.

``plan_export`` tells which files an export would write (the GUI asks before
overwriting the ones that exist); ``export_document`` writes them one by one,
each atomically, reporting progress and honouring a cancel request between
files.  Nothing is written when a target must not be replaced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.export.atomic import check_target, write_atomically
from desktop.export.errors import ExportCancelled, ExportError
from desktop.export.naming import article_file_name, make_unique, page_file_name
from desktop.export.options import ExportOptions
from desktop.export.writer import FileContent, build_file
from desktop.proofing.findings import Finding
from desktop.proofing.model import Article, Document, Role

Progress = Callable[[int, int, Path], None]

UNTITLED = "无标题稿件"


@dataclass(frozen=True, slots=True)
class PlannedFile:
    path: Path
    content: FileContent
    article: int | None  # None for the whole page

    @property
    def exists(self) -> bool:
        return self.path.exists()


def plan_export(
    document: Document,
    folder: Path | str,
    options: ExportOptions,
    *,
    per_article: bool = True,
    whole_page: bool = True,
    raw: Document | None = None,
) -> list[PlannedFile]:
    folder = Path(folder)
    date = options.date_for_names
    articles = document.articles()
    owners = _raw_owners(raw, document) if raw is not None else None
    names: list[str] = []
    contents: list[tuple[FileContent, int | None]] = []
    if whole_page:
        names.append(page_file_name(date, options.page_number, options.page_name))
        raw_all = tuple(range(len(raw.blocks))) if raw is not None else None
        contents.append((FileContent(_page_title(options), _page_author(articles), _all(document), raw_all), None))
    if per_article:
        for article in articles:
            title = article_title(article)
            names.append(article_file_name(date, options.page_number, article.index + 1, title))
            raw_indices = (
                tuple(i for i, owner in enumerate(owners) if owner == article.index) if owners is not None else None
            )
            content = FileContent(title, _byline(article), article.block_indices, raw_indices)
            contents.append((content, article.index))
    unique = make_unique(names)
    return [
        PlannedFile(folder / name, content, article) for name, (content, article) in zip(unique, contents, strict=True)
    ]


def export_document(
    document: Document,
    folder: Path | str,
    options: ExportOptions,
    *,
    per_article: bool = True,
    whole_page: bool = True,
    raw: Document | None = None,
    findings: Sequence[Finding] = (),
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | threading.Event | None = None,
) -> list[Path]:
    """Write the planned files; returns their paths.

    ``raw`` is the page as loaded, needed for ``options.track_changes``;
    ``findings`` are the open findings (block indices into ``document``), written
    as comments when ``options.comments`` is on.  ``progress(done, total, path)``
    is called after each file; ``should_cancel`` (a callable or a
    ``threading.Event`` set by the GUI) is consulted before each file.  Raises
    ``ExportError`` (nothing more is written; files already written are complete)
    or ``ExportCancelled``.
    """
    if options.track_changes and raw is None:
        raise ValueError("tracked changes need the page as it was loaded (raw)")
    plan = plan_export(document, folder, options, per_article=per_article, whole_page=whole_page, raw=raw)
    return write_plan(
        plan, document, options, raw=raw, findings=findings, progress=progress, should_cancel=should_cancel
    )


def write_plan(
    plan: Sequence[PlannedFile],
    document: Document,
    options: ExportOptions,
    *,
    raw: Document | None = None,
    findings: Sequence[Finding] = (),
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | threading.Event | None = None,
) -> list[Path]:
    """Write planned files (all of ``plan_export``'s plan, or the part the editor chose), as ``export_document``."""
    for folder in dict.fromkeys(planned.path.parent for planned in plan):
        if not folder.is_dir():
            raise ExportError(folder, "目标文件夹不存在。")
    for planned in plan:
        check_target(planned.path, overwrite=options.overwrite)
    owners = document.article_of_block()
    written: list[Path] = []
    for done, planned in enumerate(plan):
        if _cancelled(should_cancel):
            raise ExportCancelled(tuple(written))
        built = build_file(planned.content, document, options, raw=raw, findings=findings, article_of_block=owners)
        write_atomically(planned.path, built.data, overwrite=options.overwrite)
        written.append(planned.path)
        if progress is not None:
            progress(done + 1, len(plan), planned.path)
    return written


def _cancelled(should_cancel: Callable[[], bool] | threading.Event | None) -> bool:
    if should_cancel is None:
        return False
    if isinstance(should_cancel, threading.Event):
        return should_cancel.is_set()
    return bool(should_cancel())


def article_title(article: Article) -> str:
    if article.headline.strip():
        return article.headline.strip()
    for text in article.paragraphs:
        if text.strip():
            return text.strip()[:24]
    return UNTITLED


def _byline(article: Article) -> str | None:
    from desktop.proofing.pipeline import byline_of

    return byline_of(article)


def _page_title(options: ExportOptions) -> str:
    return f"{options.paper_name} {options.edition_label}".strip()


def _page_author(articles: Sequence[Article]) -> str | None:
    names: list[str] = []
    for article in articles:
        byline = _byline(article)
        if byline and byline not in names:
            names.append(byline)
    return "；".join(names) or None


def _all(document: Document) -> tuple[int, ...]:
    return tuple(range(len(document.blocks)))


def _raw_owners(raw: Document, edited: Document) -> list[int | None]:
    """For each raw block, the edited article its text went to.

    A raw block the editor deleted goes with the article of the nearest raw block
    before it that survived (or after it, at the top of the page), so its deletion
    shows as a revision in that article's file; page chrome goes nowhere.
    """
    owners: list[int | None] = [None] * len(raw.blocks)
    claimed = [False] * len(raw.blocks)
    owner_of_edited = edited.article_of_block()
    # An article's claim beats page chrome's on a raw block both took text from (a split line).
    for index, block in enumerate(edited.blocks):
        for origin in block.origin:
            if 0 <= origin < len(raw.blocks) and (not claimed[origin] or owners[origin] is None):
                claimed[origin] = True
                owners[origin] = owners[origin] if owner_of_edited[index] is None else owner_of_edited[index]
    previous: int | None = None
    pending: list[int] = []
    for index in range(len(raw.blocks)):
        if claimed[index]:
            if owners[index] is not None:
                previous = owners[index]
                for waiting in pending:
                    owners[waiting] = previous
                pending = []
            continue
        if raw.blocks[index].role is Role.CHROME:
            continue
        if previous is not None:
            owners[index] = previous
        else:
            pending.append(index)
    return owners
