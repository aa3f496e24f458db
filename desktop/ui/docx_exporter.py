"""The export dialog's ``Exporter`` on top of ``desktop.export`` (runs in a worker thread)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.ui.services import ExportProgress, ExportRequest


class DocxExporter:
    def _options(self, request: ExportRequest) -> Any:
        from desktop.export.options import ExportOptions, date_from_source_name

        return ExportOptions(
            edition_date=date_from_source_name(request.source_name or request.document.source_name),
            comments=request.with_comments,
            track_changes=request.track_changes,
            overwrite=request.overwrite,
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
        from desktop.export.atomic import check_target, write_atomically
        from desktop.export.writer import build_file

        options, plan = self._plan(request)
        raw = request.original if request.track_changes else None
        for planned in plan:
            check_target(planned.path, overwrite=options.overwrite)
        written: list[Path] = []
        progress.report(0, len(plan))
        for done, planned in enumerate(plan, start=1):
            if progress.cancelled:
                break
            built = build_file(planned.content, request.document, options, raw=raw, findings=request.findings)
            write_atomically(planned.path, built.data, overwrite=options.overwrite)
            written.append(planned.path)
            progress.report(done, len(plan))
        return written
