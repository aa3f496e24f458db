"""The desk's lists in the database: people, the rule book's word lists and the whitelist.

A newsroom on PostgreSQL shares them.  The word lists are seeded from the files shipped in
``resources/rulebook/`` the first time they are read (each entry keeps its source); from then on
the desk's version is the one the checks use.  A list the desk emptied stays empty (its check flags
nothing from it) until 恢复默认 (``restore_default``) seeds it again: an empty list is kept as one
marker row with an empty term, so "emptied" and "never read yet" differ without a schema change.
Every list imports and exports as CSV (UTF-8 or GBK as Excel writes it; exported with a BOM so Excel
reads it as UTF-8).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from desktop.proofing.desk_lists import DeskLists, ListedTerm, Person
from storage.db import Database
from storage.errors import StorageError
from storage.models import DeskPerson, RulebookTerm, WhitelistTerm, utc_now
from storage.text_files import read_text_file

# The word lists by the name the CLI and the preferences use, and the file each is seeded from.
WORD_LISTS = {
    "variant-forms": "variant_forms.tsv",
    "confusions": "confusions.tsv",
    "banned-words": "banned_wording.tsv",
}
KINDS = ("people", *WORD_LISTS, "whitelist")
PEOPLE_HEADER = ("姓名", "职务", "排序", "备注")
TERMS_HEADER = ("词语", "改为", "说明", "来源")
WHITELIST_HEADER = ("词语", "检查项")
_HEADER_WORDS = {"姓名", "name", "词语", "term"}


@dataclass(slots=True)
class ListImport:
    added: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ListState:
    """Which version of a list the checks use, for the editor: the shipped one, the desk's own, or none."""

    kind: str
    entries: int
    shipped: int  # entries of the file shipped with the app (0: people and the whitelist have none)
    state: str  # SHIPPED, EDITED or EMPTY


SHIPPED, EDITED, EMPTY = "shipped", "edited", "empty"
_EMPTIED = ""  # the term of the marker row of a list the desk emptied


@dataclass(frozen=True, slots=True)
class TermRow:
    term: str
    right: str = ""  # several joined by |
    why: str = ""
    source: str = ""


class DeskListStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    # ---- everything the checks read ---------------------------------------------------------------

    def lists(self) -> DeskLists:
        terms = tuple(
            (file, tuple(ListedTerm(row.term, _rights(row.right), row.why) for row in self.terms(kind)))
            for kind, file in WORD_LISTS.items()
        )
        return DeskLists(people=tuple(self.people()), whitelist=frozenset(self.whitelist()), terms=terms)

    # ---- people -------------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        with self.database.reading() as session:
            rows = session.scalars(select(DeskPerson).order_by(DeskPerson.rank, DeskPerson.name))
            return [Person(row.name, row.title, row.rank) for row in rows]

    def replace_people(self, people: Sequence[Person]) -> None:
        now = utc_now()
        unique = {(p.name.strip(), p.title.strip()): p for p in people if p.name.strip()}
        with self.database.transaction() as session:
            session.execute(delete(DeskPerson))
            session.add_all(
                DeskPerson(name=name, title=title, rank=max(0, person.rank), updated_at=now)
                for (name, title), person in unique.items()
            )

    def import_people_csv(self, path: Path | str) -> ListImport:
        """Add or update people from ``姓名,职务[,排序[,备注]]`` rows (a header row is skipped)."""
        result = ListImport()
        wanted: dict[str, tuple[str, int, str]] = {}
        for number, cells in _rows(path):
            name, title = cells[0], cells[1] if len(cells) > 1 else ""
            rank_text = cells[2] if len(cells) > 2 else ""
            if not rank_text.isdigit() and rank_text:
                result.problems.append(f"第 {number} 行：排序“{rank_text}”不是数字 (line {number}: rank)")
                rank_text = ""
            if len(name) > 100 or len(title) > 200:
                result.problems.append(f"第 {number} 行：过长 (line {number}: too long)")
                continue
            wanted[name] = (title, int(rank_text or 0), cells[3] if len(cells) > 3 else "")
        now = utc_now()
        with self.database.transaction() as session:
            existing = {row.name: row for row in session.scalars(select(DeskPerson))}
            for name, (title, rank, note) in wanted.items():
                row = existing.get(name)
                if row is None:
                    session.add(DeskPerson(name=name, title=title, rank=rank, note=note, updated_at=now))
                    result.added += 1
                elif (row.title, row.rank, row.note) != (title, rank, note):
                    row.title, row.rank, row.note, row.updated_at = title, rank, note, now
                    result.updated += 1
        return result

    def export_people_csv(self, path: Path | str) -> int:
        people = self.people()
        _write_csv(path, PEOPLE_HEADER[:3], [(p.name, p.title, str(p.rank) if p.rank else "") for p in people])
        return len(people)

    # ---- the rule book's word lists --------------------------------------------------------------

    def terms(self, kind: str) -> list[TermRow]:
        """The desk's version of a word list, seeded from the shipped file on first use; [] once emptied."""
        list_file = _list_file(kind)
        rows = self._stored_terms(kind)
        if not rows:
            self._seed(kind, list_file)
            rows = self._stored_terms(kind)
        return [row for row in rows if row.term != _EMPTIED]

    def _stored_terms(self, kind: str) -> list[TermRow]:
        statement = select(RulebookTerm).where(RulebookTerm.list_name == kind).order_by(RulebookTerm.id)
        with self.database.reading() as session:
            return [TermRow(row.term, row.right, row.why, row.source) for row in session.scalars(statement)]

    def restore_default(self, kind: str) -> int:
        """恢复默认: list ``kind`` becomes the shipped file's entries again; their count.

        People and the whitelist ship no entries: restoring them empties them.
        """
        if kind == "people":
            self.replace_people([])
            return 0
        if kind == "whitelist":
            self.replace_whitelist([])
            return 0
        list_file = _list_file(kind)
        with self.database.transaction() as session:
            session.execute(delete(RulebookTerm).where(RulebookTerm.list_name == kind))
        self._seed(kind, list_file)
        return len(self.terms(kind))

    def state(self, kind: str) -> ListState:
        """Which version of list ``kind`` the checks use and how many entries it has."""
        return state_of(kind, self.table(kind))

    def _seed(self, kind: str, list_file: str) -> None:
        rows = [TermRow(*cells) for cells in shipped_rows(kind)]
        try:
            self.replace_terms(kind, rows, only_if_empty=True)
        except StorageError as failure:
            if not isinstance(failure.__cause__, IntegrityError):
                raise  # (another editor seeding the same list at the same moment is fine)

    def replace_terms(self, kind: str, rows: Sequence[TermRow], *, only_if_empty: bool = False) -> None:
        _list_file(kind)
        now = utc_now()
        unique = {row.term.strip(): row for row in rows if row.term.strip()}
        if not unique:
            unique = {_EMPTIED: TermRow(_EMPTIED)}  # emptied on purpose: not to be seeded again
        with self.database.transaction() as session:
            if only_if_empty:
                if session.scalar(select(RulebookTerm.id).where(RulebookTerm.list_name == kind).limit(1)):
                    return
            else:
                session.execute(delete(RulebookTerm).where(RulebookTerm.list_name == kind))
            session.add_all(
                RulebookTerm(list_name=kind, term=term, right=row.right, why=row.why, source=row.source, updated_at=now)
                for term, row in unique.items()
            )

    def import_terms_csv(self, kind: str, path: Path | str) -> ListImport:
        """Add or update entries from ``词语,改为[,说明[,来源]]`` rows (改为: several joined by |)."""
        result = ListImport()
        current = {row.term: row for row in self.terms(kind)}
        for number, cells in _rows(path):
            cells += [""] * (4 - len(cells))
            row = TermRow(cells[0], cells[1], cells[2], cells[3] or "本社")
            if len(row.term) > 100:
                result.problems.append(f"第 {number} 行：词语过长 (line {number}: term too long)")
                continue
            if row.term not in current:
                result.added += 1
            elif current[row.term] != row:
                result.updated += 1
            current[row.term] = row
        self.replace_terms(kind, list(current.values()))
        return result

    def export_terms_csv(self, kind: str, path: Path | str) -> int:
        rows = self.terms(kind)
        _write_csv(path, TERMS_HEADER, [(r.term, r.right, r.why, r.source) for r in rows])
        return len(rows)

    # ---- the whitelist -----------------------------------------------------------------------------

    def whitelist(self) -> list[str]:
        with self.database.reading() as session:
            return list(session.scalars(select(WhitelistTerm.term).order_by(WhitelistTerm.term)))

    def add_to_whitelist(self, term: str, check: str = "", author: str = "") -> bool:
        """Silence ``term`` for the desk; False when it was whitelisted already."""
        term = term.strip()
        if not term:
            raise StorageError("词语不能为空 (an empty term)")
        try:
            with self.database.transaction() as session:
                if session.scalar(select(WhitelistTerm.id).where(WhitelistTerm.term == term)) is not None:
                    return False
                session.add(WhitelistTerm(term=term, check_name=check, author=author, added_at=utc_now()))
        except StorageError as failure:
            if isinstance(failure.__cause__, IntegrityError):
                return False  # someone else added it meanwhile
            raise
        return True

    def remove_from_whitelist(self, term: str) -> bool:
        with self.database.transaction() as session:
            return bool(session.execute(delete(WhitelistTerm).where(WhitelistTerm.term == term.strip())).rowcount)

    def replace_whitelist(self, terms: Sequence[tuple[str, str]]) -> None:
        """The whitelist becomes ``(term, check)`` pairs (the preferences' table)."""
        with self.database.transaction() as session:
            session.execute(delete(WhitelistTerm))
            now = utc_now()
            unique = {term.strip(): check.strip() for term, check in terms if term.strip()}
            session.add_all(WhitelistTerm(term=t, check_name=c, added_at=now) for t, c in unique.items())

    def whitelist_rows(self) -> list[tuple[str, str]]:
        with self.database.reading() as session:
            found = session.scalars(select(WhitelistTerm).order_by(WhitelistTerm.term))
            return [(row.term, row.check_name) for row in found]

    def import_whitelist_csv(self, path: Path | str) -> ListImport:
        result = ListImport()
        for _number, cells in _rows(path):
            if self.add_to_whitelist(cells[0], cells[1] if len(cells) > 1 else ""):
                result.added += 1
        return result

    def export_whitelist_csv(self, path: Path | str) -> int:
        with self.database.reading() as session:
            rows = [
                (row.term, row.check_name)
                for row in session.scalars(select(WhitelistTerm).order_by(WhitelistTerm.term))
            ]
        _write_csv(path, WHITELIST_HEADER, rows)
        return len(rows)

    # ---- by kind (CLI and preferences) ---------------------------------------------------------------

    def import_csv(self, kind: str, path: Path | str) -> ListImport:
        if kind == "people":
            return self.import_people_csv(path)
        if kind == "whitelist":
            return self.import_whitelist_csv(path)
        return self.import_terms_csv(kind, path)

    def table(self, kind: str) -> list[list[str]]:
        """List ``kind`` as rows of cells, in the columns of its CSV header (the preferences' table)."""
        if kind == "people":
            return [[p.name, p.title, str(p.rank) if p.rank else ""] for p in self.people()]
        if kind == "whitelist":
            return [list(row) for row in self.whitelist_rows()]
        return [[r.term, r.right, r.why, r.source] for r in self.terms(kind)]

    def replace_table(self, kind: str, rows: Sequence[Sequence[str]]) -> None:
        """List ``kind`` becomes ``rows`` (cells in the columns of its CSV header)."""
        cells = [[*row, "", "", "", ""] for row in rows]
        if kind == "people":
            people = [Person(c[0].strip(), c[1].strip(), int(c[2]) if c[2].strip().isdigit() else 0) for c in cells]
            self.replace_people(people)
        elif kind == "whitelist":
            self.replace_whitelist([(c[0], c[1]) for c in cells])
        else:
            self.replace_terms(kind, [TermRow(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()) for c in cells])

    def export_csv(self, kind: str, path: Path | str) -> int:
        if kind == "people":
            return self.export_people_csv(path)
        if kind == "whitelist":
            return self.export_whitelist_csv(path)
        return self.export_terms_csv(kind, path)


def shipped_rows(kind: str) -> list[list[str]]:
    """The entries list ``kind`` ships with, as table rows (词语, 改为, 说明, 来源); none for people and whitelist."""
    if kind not in WORD_LISTS:
        return []
    from desktop.proofing.checks.term_match import list_source, read_list

    source = list_source(WORD_LISTS[kind])
    return [[e.term, "|".join(e.right), e.why, source] for e in read_list(WORD_LISTS[kind])]


def state_of(kind: str, rows: Sequence[Sequence[str]]) -> ListState:
    """Which version of list ``kind`` ``rows`` (table rows, as ``table`` gives them) are."""
    kept = [row for row in rows if row and row[0].strip()]
    shipped = shipped_rows(kind)
    if not kept:
        return ListState(kind, 0, len(shipped), EMPTY)
    same = bool(shipped) and {tuple(row[:3]) for row in shipped} == {tuple([*row, "", ""][:3]) for row in kept}
    return ListState(kind, len(kept), len(shipped), SHIPPED if same else EDITED)


def _list_file(kind: str) -> str:
    if kind not in WORD_LISTS:
        raise StorageError(f"没有名为“{kind}”的词表 (no list {kind}); 可用：{'、'.join(KINDS)}")
    return WORD_LISTS[kind]


def _rights(joined: str) -> tuple[str, ...]:
    return tuple(piece.strip() for piece in joined.split("|") if piece.strip())


def read_csv_rows(path: Path | str) -> list[list[str]]:
    """The rows of a list's CSV file (header left out), as the preferences import them into their table."""
    return [cells for _number, cells in _rows(path)]


def write_csv(path: Path | str, kind: str, rows: Sequence[Sequence[str]]) -> None:
    """Write ``rows`` of list ``kind`` as CSV with its header (UTF-8 with BOM, for Excel)."""
    _write_csv(path, header_of(kind), rows)


def header_of(kind: str) -> tuple[str, ...]:
    if kind == "people":
        return PEOPLE_HEADER[:3]
    if kind == "whitelist":
        return WHITELIST_HEADER
    _list_file(kind)
    return TERMS_HEADER


def _rows(path: Path | str) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a CSV file, a first header row left out, cells stripped."""
    text = read_text_file(Path(path))
    found = []
    for number, cells in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        cells = [cell.strip() for cell in cells]
        if not cells or not cells[0]:
            continue
        if number == 1 and cells[0].lower() in _HEADER_WORDS:
            continue
        found.append((number, cells))
    return found


def _write_csv(path: Path | str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    try:
        Path(path).write_text("\ufeff" + buffer.getvalue(), encoding="utf-8", newline="")
    except OSError as error:
        raise StorageError(f"无法写入“{Path(path).name}”：{error.strerror or error}") from error


def open_default_lists() -> DeskLists | None:
    """The configured database's lists, or None at once when no database exists yet (for the CLI)."""
    from storage.db import open_database
    from storage.db_location import default_database_exists

    if not default_database_exists():
        return None
    return DeskListStore(open_database()).lists()
