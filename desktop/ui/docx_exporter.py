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
        from desktop.export.batch import write_plan
        from desktop.export.errors import ExportCancelled

        options, plan = self._plan(request)
        progress.report(0, len(plan))
        try:
            return write_plan(
                plan,
                request.document,
                options,
                raw=request.original if request.track_changes else None,
                findings=request.findings,
                progress=lambda done, total, _path: progress.report(done, total),
                should_cancel=lambda: progress.cancelled,
            )
        except ExportCancelled as cancelled:
            return list(cancelled.written)
