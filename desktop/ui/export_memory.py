"""What the export dialog remembers between exports, and where 出版日期 and 版次 come from.

Each page file's date and page number are kept once it was exported (the same page exported
again gets them back); a page not exported before takes them from its file name, or the date
of the last export (the desk works through one edition's pages).  Nothing is ever filled in
from today's date, and the dialog says where each value came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.export.byline_style import BylinePlace, BylineStyle
from desktop.export.options import date_from_source_name

BYLINE_PLACES = tuple(place.value for place in BylinePlace)

_DATE_IN_NAME = re.compile(r"(?<!\d)\d{4}[-_.]?\d{2}[-_.]?\d{2}(?!\d)")
_PAGE_IN_NAME = re.compile(
    r"第\s*0*(\d{1,2})\s*版|(?:^|[-_ .])(?:[A-Za-z]|p|page|版)?0*(\d{1,2})(?:版)?$", re.IGNORECASE
)


class Origin:
    FILE_NAME = "file"
    SAME_PAGE = "same-page"
    LAST_EXPORT = "last-export"
    TYPED = "typed"  # set in the dialog
    NONE = ""


@dataclass(frozen=True, slots=True)
class EditionChoice:
    date: dt.date | None
    date_origin: str
    page: int | None
    page_origin: str


def page_from_source_name(name: str) -> int | None:
    """The page number written in a file name (``…第06版…``, ``…-2020-09-16-06.txt``), if any."""
    stem = _DATE_IN_NAME.sub(" ", Path(name).stem).strip(" -_.")
    match = _PAGE_IN_NAME.search(stem)
    if not match:
        return None
    number = int(match.group(1) or match.group(2))
    return number if 1 <= number <= 99 else None


def _page_key(source_name: str) -> str:
    return "export/pages/" + hashlib.sha1(source_name.encode("utf-8")).hexdigest()[:16]


def _date(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def edition_choice(settings: QSettings | None, source_name: str, other_pages: bool = True) -> EditionChoice:
    """``settings`` None: from the file name only.  ``other_pages`` False: never the date of another page's
    export (a guess the export dialog offers, labelled; a proof's header states this page's date or none)."""
    remembered = str(settings.value(_page_key(source_name), "") or "") if source_name and settings else ""
    if "|" in remembered:
        day, _, page = remembered.partition("|")
        date = _date(day)
        if date is not None and page.isdigit():
            return EditionChoice(date, Origin.SAME_PAGE, int(page), Origin.SAME_PAGE)
    date = date_from_source_name(source_name) if source_name else None
    date_origin = Origin.FILE_NAME if date is not None else Origin.NONE
    if date is None and settings is not None and other_pages:
        date = _date(settings.value("export/last_date", ""))
        date_origin = Origin.LAST_EXPORT if date is not None else Origin.NONE
    page = page_from_source_name(source_name) if source_name else None
    return EditionChoice(date, date_origin, page, Origin.FILE_NAME if page is not None else Origin.NONE)


def remember_edition(settings: QSettings, source_name: str, date: dt.date, page: int) -> None:
    if source_name:
        settings.setValue(_page_key(source_name), f"{date.isoformat()}|{page}")
    settings.setValue("export/last_date", date.isoformat())


@dataclass(frozen=True, slots=True)
class ExportChoices:
    scope: str = "current"  # "current", "per_article" or "whole_page"
    comments: bool = True
    track_changes: bool = False
    byline_place: str = "as_page"  # the house byline style: as_page, right, end_bracket, own_line
    byline_brackets: bool = False


def load_export_choices(settings: QSettings) -> ExportChoices:
    def flag(name: str, default: bool) -> bool:
        value = settings.value(f"export/{name}", default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    scope = str(settings.value("export/scope", "current"))
    place = str(settings.value("export/byline_place", "as_page"))
    return ExportChoices(
        scope if scope in ("current", "per_article", "whole_page") else "current",
        flag("comments", True),
        flag("track_changes", False),
        place if place in BYLINE_PLACES else "as_page",
        flag("byline_brackets", False),
    )


def save_export_choices(settings: QSettings, choices: ExportChoices) -> None:
    settings.setValue("export/scope", choices.scope)
    settings.setValue("export/comments", choices.comments)
    settings.setValue("export/track_changes", choices.track_changes)
    settings.setValue("export/byline_place", choices.byline_place)
    settings.setValue("export/byline_brackets", choices.byline_brackets)


def house_byline_style(settings: QSettings) -> BylineStyle:
    """The house byline style the last export used: what the proof print and 显示修改 show too."""
    choices = load_export_choices(settings)
    return BylineStyle(BylinePlace(choices.byline_place), choices.byline_brackets)
