"""Byline completion from the reporter roster, by characters or pinyin initials.

Typing ``zj`` offers 张静 and 赵静; typing ``zhang`` or ``张`` offers 张静 too.
Only the last name in the field is completed, so ``赵静 wg`` completes 王刚.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.ui.services import RosterSource

_SEPARATORS = re.compile(r"[\s、，,;；/]+")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    initials: str
    pinyin: str


@lru_cache(maxsize=4096)
def roster_entry(name: str) -> RosterEntry:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    return RosterEntry(name, "".join(s[0] for s in syllables if s).lower(), "".join(syllables).lower())


def match_names(names: Sequence[str], typed: str, limit: int = 12) -> list[str]:
    """Roster names matching ``typed``: by characters, pinyin initials or full pinyin."""
    typed = typed.strip().lower()
    if not typed:
        return []
    ascii_typed = typed.isascii()
    starts: list[str] = []
    contains: list[str] = []
    for name in names:
        if not ascii_typed:
            if name.startswith(typed):
                starts.append(name)
            elif typed in name:
                contains.append(name)
            continue
        entry = roster_entry(name)
        if entry.initials.startswith(typed) or entry.pinyin.startswith(typed):
            starts.append(name)
        elif typed in entry.pinyin:
            contains.append(name)
    return (starts + contains)[:limit]


def last_token(text: str) -> tuple[int, str]:
    """Where the name being typed starts, and the name so far."""
    pieces = list(_SEPARATORS.finditer(text))
    start = pieces[-1].end() if pieces else 0
    return start, text[start:]


class RosterCompleter(QObject):
    """Attaches a pop-up of roster names to a byline field."""

    def __init__(self, field: QLineEdit, roster: RosterSource) -> None:
        super().__init__(field)
        self._field = field
        self.roster = roster
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(field)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert)
        field.textEdited.connect(self._update)

    def suggestions(self) -> list[str]:
        return self.model.stringList()

    def _update(self, text: str) -> None:
        _, typed = last_token(text[: self._field.cursorPosition()])
        matches = match_names(self.roster.names(), typed)
        self.model.setStringList(matches)
        if matches:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert(self, name: str) -> None:
        text = self._field.text()
        cursor = self._field.cursorPosition()
        start, _ = last_token(text[:cursor])
        self._field.setText(text[:start] + name + text[cursor:])
        self._field.setModified(True)  # setText clears it; the field must still be committed
        self._field.setCursorPosition(start + len(name))
        self.completer.popup().hide()
