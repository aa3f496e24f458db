"""What the editor chose in the export dialog (or on the command line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop.export.byline_style import AS_PAGE, BylineStyle
from desktop.proofing.edition import date_from_source_name  # noqa: F401 (the export's name for it)

PAPER_AUTHOR = "校样 Proofsheet"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings for one export.

    ``edition_date`` and ``page_number`` go into file names, properties and the
    running header; ``editor`` is the author of tracked changes; ``timestamp`` is
    the creation time written everywhere (fixed in tests, "now" otherwise).
    """

    edition_date: dt.date | None = None
    page_number: int = 1
    page_name: str = ""
    paper_name: str = ""
    comments: bool = True
    track_changes: bool = False
    overwrite: bool = False
    editor: str = PAPER_AUTHOR
    timestamp: dt.datetime = field(default_factory=_now)
    template: Path | None = None
    byline_style: BylineStyle = AS_PAGE  # the house byline style (``byline_style``): as the page has it by default
    language: str = "zh"  # of the Word comments: the editor's (``desktop.proofing.wording``)

    @property
    def date_for_names(self) -> dt.date:
        return self.edition_date or self.timestamp.date()

    @property
    def edition_label(self) -> str:
        """``2020年9月16日 第03版 要闻`` for the header and the description."""
        date = self.date_for_names
        parts = [f"{date.year}年{date.month}月{date.day}日", f"第{self.page_number:02d}版"]
        if self.page_name:
            parts.append(self.page_name)
        return " ".join(parts)
