"""Word (.docx) export of proofed pages.

Public entry points (imported lazily so that importing ``desktop.export`` stays
cheap): ``ExportOptions``, ``ExportError``, ``ExportCancelled``, ``plan_export``,
``export_document``.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "ExportOptions": "desktop.export.options",
    "ExportError": "desktop.export.errors",
    "ExportCancelled": "desktop.export.errors",
    "plan_export": "desktop.export.batch",
    "export_document": "desktop.export.batch",
    "PlannedFile": "desktop.export.batch",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'desktop.export' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_EXPORTS[name]), name)
