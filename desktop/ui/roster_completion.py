"""Byline completion from the reporter roster, by characters or pinyin initials.

Typing ``zj`` offers 张静 and 赵静; typing ``zhang`` or ``张`` offers 张静 too.
Only the last name in the field is completed, so ``赵静 wg`` completes 王刚.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt, Signal
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


NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the name a row inserts (its text also shows desk and pinyin)


class NameListModel(QStringListModel):
    """Names, shown as ``张静 · 要闻部 · zhang jing`` in the pop-up; the name alone is what is inserted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.details: dict[str, str] = {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[override]
        name = super().data(index, Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.DisplayRole and name:
            detail = self.details.get(str(name), "")
            return f"{name}  ·  {detail}" if detail else name
        if role == NAME_ROLE:
            return name
        return super().data(index, role)


class RosterCompleter(QObject):
    """Attaches a pop-up of roster names to a byline field; choosing one (Enter, click) commits it."""

    accepted = Signal()  # a name was chosen from the pop-up: the field's text is ready to be committed

    def __init__(self, field: QLineEdit, roster: RosterSource) -> None:
        super().__init__(field)
        self._field = field
        self.roster = roster
        self.model = NameListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setWidget(field)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert)  # (the completion role is the bare name)
        field.textEdited.connect(self._update)

    def suggestions(self) -> list[str]:
        return self.model.stringList()

    def _update(self, text: str) -> None:
        _, typed = last_token(text[: self._field.cursorPosition()])
        matches = match_names(self.roster.names(), typed)
        if matches:
            self.model.details = self._details(matches)
        self.model.setStringList(matches)
        if matches:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _details(self, names: list[str]) -> dict[str, str]:
        """Desk and pinyin of each name, from the roster's entries (pinyin worked out when it has none)."""
        from pypinyin import lazy_pinyin

        entries = {entry.name: entry for entry in self.roster.entries()}
        details = {}
        for name in names:
            entry = entries.get(name)
            desk = getattr(entry, "desk", "") or ""
            pinyin = getattr(entry, "pinyin", "") or " ".join(lazy_pinyin(name, errors="ignore"))
            details[name] = " · ".join(part for part in (desk, pinyin) if part)
        return details

    def _insert(self, name: str) -> None:
        text = self._field.text()
        cursor = self._field.cursorPosition()
        start, _ = last_token(text[:cursor])
        self._field.setText(text[:start] + name + text[cursor:])
        self._field.setModified(True)  # setText clears it; the field must still be committed
        self._field.setCursorPosition(start + len(name))
        self.completer.popup().hide()
        self.accepted.emit()
