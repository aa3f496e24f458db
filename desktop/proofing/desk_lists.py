"""The desk's own lists the checks read: its people (names, titles, protocol order), its whitelist and
its versions of the rule book's word lists.

They live in the database (``storage.desk_lists``) and are installed here by whoever opened it
(the app, ``proofsheet check``), so the engine stays free of storage.  Without an install the
people check works without a list, and nothing is whitelisted.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str = ""  # the current title; several separated by 、 (市委副书记、市长)
    rank: int = 0  # protocol order: 1 before 2; 0 when the list gives none

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(piece.strip() for piece in self.title.replace("|", "、").split("、") if piece.strip())


@dataclass(frozen=True, slots=True)
class ListedTerm:
    """An entry of a rule-book word list: the term, what to write instead (none, one or several), why."""

    term: str
    right: tuple[str, ...] = ()
    why: str = ""


@dataclass(frozen=True, slots=True)
class DeskLists:
    people: tuple[Person, ...] = ()
    whitelist: frozenset[str] = field(default_factory=frozenset)
    # the desk's own versions of the rule book's word lists, by file name (variant_forms.tsv …);
    # a list not given here is read from the file shipped in resources/rulebook/
    terms: tuple[tuple[str, tuple[ListedTerm, ...]], ...] = ()

    def whitelisted(self, term: str) -> bool:
        return term in self.whitelist

    def term_entries(self, list_file: str) -> tuple[ListedTerm, ...] | None:
        for name, entries in self.terms:
            if name == list_file:
                return entries
        return None


_lock = threading.Lock()
_current = DeskLists()


def install(lists: DeskLists) -> None:
    """Make ``lists`` the ones every later analysis reads."""
    global _current
    with _lock:
        _current = lists


def current() -> DeskLists:
    return _current


def finding_term(text: str, start: int, end: int) -> str:
    """The term a finding about characters ``start``..``end`` names (what 加入白名单 records)."""
    return text[start:end]
