"""The export dialog's 出版日期 field: a date the editor can type, or pick from a calendar that opens on this month.

Qt's QDateEdit, while it shows its "not chosen yet" text (请选择日期), takes no typed date at all (the digits
land after that text and the field stays empty), and typed with separators it fills the sections wrongly
(2026-11-05 becomes 2026-06-11, over a date already there too). Here a typed date replaces the field's
date: the keys are collected and read as a whole date when the editor leaves the field, presses Enter or
exports (what is not a date leaves the field as it was); the arrow keys and the calendar still step and
pick. The calendar of an empty field opens on today's month, not on the field's "unset" date in January 2000.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

UNSET_DATE = QDate(2000, 1, 1)  # the field's "not chosen yet" (shown as its special value text)

_TYPED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TYPING_KEYS = set("0123456789-/. 年月日")


def parse_typed_date(text: str) -> dt.date | None:
    """A date typed as 2026-11-05, 2026-11-5, 2026/11/5, 2026.11.05, 20261105 or 2026年11月5日; else None."""
    text = text.strip()
    match = _TYPED.fullmatch(text) or _DIGITS.fullmatch(text)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class EditionDateEdit(QDateEdit):
    """A QDateEdit that takes a whole typed date, also while empty (its minimum date, shown as 请选择日期)."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._typed: str | None = None  # the keys typed since the date was last read, None when not typing
        self._before = UNSET_DATE  # the date when the typing began, kept when what was typed is not a date
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(UNSET_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_unset(self) -> bool:
        return self.date() <= self.minimumDate()

    def commit_typing(self) -> None:
        """Read what was typed as the date (the field keeps the date it had when it is not a date)."""
        typed, self._typed = self._typed, None
        if typed is None:
            return
        date = parse_typed_date(typed)
        chosen = QDate(date.year, date.month, date.day) if date is not None else self._before
        if not chosen > self.minimumDate():
            chosen = self.minimumDate()
        self.setDate(chosen)
        # (setDate repaints nothing when the date is unchanged: put back what the date reads as)
        self.lineEdit().setText(self.specialValueText() if self.is_unset() else chosen.toString(self.displayFormat()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        typing = self._typed is not None
        if text and text in _TYPING_KEYS and (typing or text.isdigit()):
            if not typing:
                self._before = self.date()
            self._typed = (self._typed or "") + text
            self.lineEdit().setText(self._typed)
            return
        if typing and event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1] if self._typed else ""
            self.lineEdit().setText(self._typed)
            return
        if typing and event.key() == Qt.Key.Key_Escape:
            self._typed = ""
            self.commit_typing()
            return
        if typing:
            self.commit_typing()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        """Tab leaves the field for 版次, as in any form: QDateEdit steps through its year, month and day on
        Tab, depending on where the cursor stands, and the page number typed next was read as a date."""
        self.commit_typing()
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.commit_typing()
        super().focusOutEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_unset():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def interface_locale(language: str) -> QLocale:
    """The locale of the interface's language (``zh`` / ``en``): the calendar's month and day names."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
