"""The export dialog's ``Exporter`` on top of ``desktop.export`` (runs in a worker thread)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.ui.services import ExportProgress, ExportRequest


class ExportInterrupted(Exception):
    """A batch stopped at a file that could not be written; the files before it are complete."""

    def __init__(
        self, written: list[Path], not_written: list[Path], articles_left: tuple[int, ...], cause: Exception
    ) -> None:
        self.written = written
        self.not_written = not_written
        self.articles_left = articles_left  # the articles of the files not written (empty: the whole page)
        self.cause = cause
        super().__init__(str(cause))


class DocxExporter:
    def _options(self, request: ExportRequest) -> Any:
        from desktop.export.byline_style import BylinePlace, BylineStyle
        from desktop.export.options import PAPER_AUTHOR, ExportOptions, date_from_source_name
        from desktop.ui.translations import engine_language

        return ExportOptions(
            edition_date=request.edition_date
            or date_from_source_name(request.source_name or request.document.source_name),
            page_number=request.page_number,
            editor=request.editor.strip() or PAPER_AUTHOR,
            comments=request.with_comments,
            track_changes=request.track_changes,
            overwrite=request.overwrite,
            language=engine_language(),  # the Word comments speak the editor's language
            byline_style=BylineStyle(BylinePlace(request.byline_place), request.byline_brackets),
        )

    def _plan(self, request: ExportRequest) -> tuple[Any, list[Any]]:
        from desktop.export.batch import plan_export

        options = self._options(request)
        per_article = request.one_file_per_article
        plan = plan_export(
            request.document,
            request.folder,
            options,
            per_article=per_article,
            whole_page=not per_article,
            raw=request.original if request.track_changes else None,
        )
        if per_article:
            wanted = set(request.article_indices)
            plan = [planned for planned in plan if planned.article in wanted]
        return options, plan

    def planned_paths(self, request: ExportRequest) -> list[Path]:
        return [planned.path for planned in self._plan(request)[1]]

    def export(self, request: ExportRequest, progress: ExportProgress) -> list[Path]:
        """Write the planned files one by one; stops between files when cancelled."""
        from desktop.export.batch import write_plan
        from desktop.export.errors import ExportCancelled, ExportError

        options, plan = self._plan(request)
        progress.report(0, len(plan))
        written: list[Path] = []

        def wrote(done: int, total: int, path: Path) -> None:
            written.append(path)
            progress.report(done, total)

        try:
            return write_plan(
                plan,
                request.document,
                options,
                raw=request.original if request.track_changes else None,
                findings=request.findings,
                progress=wrote,
                should_cancel=lambda: progress.cancelled,
            )
        except ExportCancelled as cancelled:
            return list(cancelled.written)
        except ExportError as error:
            left = [planned for planned in plan if planned.path not in written]
            articles = tuple(planned.article for planned in left if planned.article is not None)
            raise ExportInterrupted(written, [planned.path for planned in left], articles, error) from error
