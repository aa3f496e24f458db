"""The reporter roster: names with pinyin (full and initials) for search and sorting.

Typing ``zj`` finds 张静 and 赵静 (initials), ``zhangj`` finds 张静 (full pinyin),
``静`` finds both (characters).  Changing an entry names the version that was read;
if someone else changed it meanwhile, ``RosterConflict`` is raised instead of
overwriting their change, naming the editor who made it (each entry keeps ``updated_by``); if someone
removed it meanwhile, ``RosterEntryRemoved`` names who did (a removal leaves a ``RemovedReporter`` note).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import lazy_pinyin
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from storage.db import Database
from storage.errors import NotFound, RosterConflict, RosterEntryRemoved, StorageError
from storage.models import RemovedReporter, Reporter, utc_now
from storage.text_files import read_text_file

# Surnames whose usual reading differs from the character's most common one.
_SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "乐": "yue",
    "覃": "qin",
    "盖": "ge",
    "缪": "miao",
    "翟": "zhai",
    "召": "shao",
    "尉": "yu",
    "员": "yun",
    "种": "chong",
    "秘": "bi",
    "繁": "po",
    "长": "chang",
    "薄": "bo",
    "宁": "ning",
    "重": "chong",
}
_HEADER_NAMES = {"name", "姓名", "名字", "记者", "reporter"}
_TRUE = {"1", "true", "yes", "y", "是", "在职", "active"}
_FALSE = {"0", "false", "no", "n", "否", "离职", "inactive"}


def name_pinyin(name: str) -> tuple[str, str]:
    """The full pinyin (syllables separated by spaces) and the initials of a name."""
    name = name.strip()
    syllables = lazy_pinyin(name, errors=lambda chars: list(chars))
    if name and name[0] in _SURNAME_READINGS and syllables:
        syllables[0] = _SURNAME_READINGS[name[0]]
    syllables = [s.lower() for s in syllables if s.strip() and s not in "·•"]
    initials = "".join(s[0] for s in syllables)
    return " ".join(syllables), initials


@dataclass(frozen=True, slots=True)
class RosterEntry:
    id: int
    name: str
    pinyin: str
    initials: str
    desk: str
    active: bool
    version: int
    updated_by: str = ""  # who added or last changed it ("": not recorded)

    @property
    def compact_pinyin(self) -> str:
        return self.pinyin.replace(" ", "")


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def _entry(row: Reporter) -> RosterEntry:
    return RosterEntry(
        row.id, row.name, row.pinyin, row.initials, row.desk, row.active, row.version, row.updated_by or ""
    )


def matches(entry: RosterEntry, text: str) -> bool:
    """Whether typing ``text`` should offer ``entry``: characters, initials or full pinyin."""
    text = text.strip().lower().replace(" ", "")
    if not text:
        return True
    return text in entry.name or entry.initials.startswith(text) or entry.compact_pinyin.startswith(text)


class Roster:
    """The roster stored in one database; ``editor`` is who the changes are recorded for ("": nobody named)."""

    def __init__(self, database: Database, editor: str = "") -> None:
        self.database = database
        self.editor = editor.strip()[:200]

    def add(self, name: str, desk: str = "", *, active: bool = True) -> RosterEntry:
        """Add a reporter; a name already on the roster raises ``StorageError``."""
        name = name.strip()
        if not name:
            raise StorageError("姓名不能为空 (a reporter needs a name)")
        full, initials = name_pinyin(name)
        now = utc_now()
        row = Reporter(
            name=name,
            pinyin=full,
            initials=initials,
            desk=desk.strip(),
            active=active,
            updated_by=self.editor,
            created_at=now,
            updated_at=now,
        )
        try:
            with self.database.transaction() as session:
                if session.scalar(select(Reporter.id).where(Reporter.name == name)) is not None:
                    raise StorageError(f"“{name}”已在记者名册中 ({name} is already on the roster)")
                session.add(row)
                session.flush()
                return _entry(row)
        except StorageError as failure:
            if isinstance(failure.__cause__, IntegrityError):
                raise StorageError(f"“{name}”已在记者名册中 ({name} is already on the roster)") from failure
            raise

    def entries(self, *, active_only: bool = False) -> list[RosterEntry]:
        """Every reporter, sorted by pinyin then name."""
        statement = select(Reporter).order_by(Reporter.pinyin, Reporter.name)
        if active_only:
            statement = statement.where(Reporter.active.is_(True))
        with self.database.reading() as session:
            return [_entry(row) for row in session.scalars(statement)]

    def get(self, name: str) -> RosterEntry | None:
        with self.database.reading() as session:
            row = session.scalar(select(Reporter).where(Reporter.name == name.strip()))
            return _entry(row) if row else None

    def search(self, text: str, limit: int = 10, *, active_only: bool = True) -> list[RosterEntry]:
        """Entries matching ``text`` by characters, pinyin initials or full pinyin; exact names first."""
        text = text.strip()
        found = [entry for entry in self.entries(active_only=active_only) if matches(entry, text)]
        found.sort(key=lambda entry: (entry.name != text, not entry.name.startswith(text), entry.pinyin))
        return found[:limit]

    def update(
        self,
        entry_id: int,
        *,
        expected_version: int,
        name: str | None = None,
        desk: str | None = None,
        active: bool | None = None,
    ) -> RosterEntry:
        """Change an entry read at ``expected_version``; ``RosterConflict`` if it changed since."""
        try:
            with self.database.transaction() as session:
                row = _row_at_version(session, entry_id, expected_version, self.editor)
                if name is not None and name.strip() != row.name:
                    row.name = name.strip()
                    row.pinyin, row.initials = name_pinyin(row.name)
                if desk is not None:
                    row.desk = desk.strip()
                if active is not None:
                    row.active = active
                row.updated_by = self.editor
                row.updated_at = utc_now()
                session.flush()
                return _entry(row)
        except StorageError as failure:
            if isinstance(failure.__cause__, StaleDataError):
                raise self._conflict_after_race(entry_id) from failure
            if isinstance(failure.__cause__, IntegrityError):
                raise StorageError(f"“{name}”已在记者名册中 ({name} is already on the roster)") from failure
            raise

    def remove(self, entry_id: int, *, expected_version: int) -> None:
        """Delete an entry read at ``expected_version`` (prefer ``update(active=False)`` to keep history)."""
        try:
            with self.database.transaction() as session:
                row = _row_at_version(session, entry_id, expected_version, self.editor)
                note = session.get(RemovedReporter, entry_id)  # (an id handed out again: its older note goes)
                if note is not None:
                    session.delete(note)
                    session.flush()
                session.add(RemovedReporter(id=entry_id, name=row.name, removed_by=self.editor, removed_at=utc_now()))
                session.delete(row)
        except StorageError as failure:
            if isinstance(failure.__cause__, StaleDataError):
                raise self._conflict_after_race(entry_id) from failure
            raise

    def _conflict_after_race(self, entry_id: int) -> StorageError:
        """Someone changed the entry between our read and our write: name them as the row now does."""
        with self.database.reading() as session:
            row = session.get(Reporter, entry_id)
            if row is None:
                return _gone(session, entry_id, self.editor)
            return _conflict(row, self.editor)

    def unknown_names(self, names: Iterable[str]) -> list[str]:
        """The names (in first-seen order) that are not on the roster: bylines to offer for adding."""
        known = {entry.name for entry in self.entries()}
        seen: list[str] = []
        for name in names:
            name = name.strip()
            if name and name not in known and name not in seen:
                seen.append(name)
        return seen

    def import_csv(self, path: Path | str) -> ImportResult:
        """Add or update reporters from a CSV file: ``name[,desk[,active]]``, optional header row.

        The file may be UTF-8 or GBK/GB18030 (as Excel saves it on Chinese Windows).
        All rows are saved in one transaction: a failure keeps none of them.
        """
        text = read_text_file(Path(path))
        result = ImportResult()
        wanted: dict[str, tuple[str | None, bool | None]] = {}
        for line_number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
            cells = [cell.strip() for cell in cells]
            if not cells or not any(cells):
                continue
            if line_number == 1 and cells[0].lower() in _HEADER_NAMES:
                continue
            name = cells[0]
            desk = cells[1] if len(cells) > 1 else None
            active: bool | None = None
            if len(cells) > 2 and cells[2]:
                flag = cells[2].lower()
                if flag in _TRUE:
                    active = True
                elif flag in _FALSE:
                    active = False
                else:
                    result.problems.append(f"第 {line_number} 行：无法识别在职状态“{cells[2]}” (line {line_number})")
            if len(name) > 100:
                result.problems.append(f"第 {line_number} 行：姓名过长 (line {line_number}: name too long)")
                continue
            wanted[name] = (desk, active)
        now = utc_now()
        with self.database.transaction() as session:
            existing = {row.name: row for row in session.scalars(select(Reporter))}
            for name, (desk, active) in wanted.items():
                row = existing.get(name)
                if row is None:
                    full, initials = name_pinyin(name)
                    session.add(
                        Reporter(
                            name=name,
                            pinyin=full,
                            initials=initials,
                            desk=desk or "",
                            active=True if active is None else active,
                            updated_by=self.editor,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                    result.added += 1
                    continue
                changed = False
                if desk is not None and desk != row.desk:
                    row.desk, changed = desk, True
                if active is not None and active != row.active:
                    row.active, changed = active, True
                if changed:
                    row.updated_by = self.editor
                    row.updated_at = now
                    result.updated += 1
                else:
                    result.unchanged += 1
        return result


def _row_at_version(session: Session, entry_id: int, expected_version: int, editor: str) -> Reporter:
    """The roster row as read at ``expected_version``; ``RosterConflict`` if someone changed it since."""
    row = session.get(Reporter, entry_id)
    if row is None:
        raise _gone(session, entry_id, editor)
    if row.version != expected_version:
        raise _conflict(row, editor)
    return row


def _gone(session: Session, entry_id: int, editor: str) -> NotFound:
    """No entry ``entry_id``: ``RosterEntryRemoved`` naming who removed it, if a removal left a note."""
    note = session.get(RemovedReporter, entry_id)
    if note is None:  # never there, or removed before migration 0009
        return NotFound(f"名册中没有编号为 {entry_id} 的记者 (no reporter {entry_id})")
    who, english = _who(note.removed_by, editor)
    return RosterEntryRemoved(
        f"记者名册中“{note.name}”这一条已被{who}删除；你的修改没有保存 "
        f"(roster entry “{note.name}” removed by {english})",
        note.removed_by,
    )


def _conflict(row: Reporter, editor: str) -> RosterConflict:
    """A conflict on ``row`` naming whoever made its current version (``editor``: who is asking)."""
    other = row.updated_by or ""  # ("": an entry last changed before migration 0008, or by a session named nobody)
    who, english = _who(other, editor)
    return RosterConflict(
        f"记者名册中“{row.name}”这一条已被{who}修改，请刷新后再改；你的修改没有保存 "
        f"(roster entry “{row.name}” changed by {english})",
        other,
    )


def _who(other: str, editor: str) -> tuple[str, str]:
    """How a conflict names the editor ``other`` to ``editor`` (who is asking), in Chinese and English."""
    if not other:
        return "别人", "someone else"
    if other == editor:
        return f"另一个以“{other}”署名的会话", f"another session also signed “{other}”"
    return f"“{other}”", f"“{other}”"


def open_roster(url: str | None = None, editor: str = "") -> Roster:
    """The roster of the database at ``url`` (default: the configured one), created if needed; changes are
    recorded for ``editor``."""
    from storage.db import open_database

    return Roster(open_database(url), editor)
