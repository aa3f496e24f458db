"""The roster behind the engine's ``unknown-reporter`` check (``desktop.proofing.checks.unknown_reporter``).

The engine cannot import storage; it reads the roster through
``desktop.proofing.roster_protocol.ReporterRoster``, which ``RosterNames`` implements::

    roster = open_default_roster()          # None (and nothing imported) without a database
    findings = analyse(document, archive=..., roster=roster_for_checks(roster) if roster else None)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from desktop.proofing.checks.unknown_reporter import NAME as CHECK_NAME
from desktop.proofing.checks.unknown_reporter import NEAREST_LIMIT
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document
from desktop.proofing.roster_protocol import RosterMatch

if TYPE_CHECKING:
    from storage.roster import Roster, RosterEntry

_MIN_CLOSENESS = 0.5


def nearest_names(
    name: str, entries: Sequence[RosterEntry], limit: int = NEAREST_LIMIT
) -> list[tuple[RosterEntry, float]]:
    """Roster entries closest to ``name`` by characters or by sound, best first, with 0..1 scores.

    Sound compares syllable by syllable (张同建 sounds exactly like 张同健), so names
    that merely share a final (wang/zhang) do not look alike.
    """
    from storage.roster import name_pinyin

    syllables = name_pinyin(name)[0].split()
    scored = []
    for entry in entries:
        by_characters = fuzz.ratio(name, entry.name) / 100.0
        theirs = entry.pinyin.split()
        by_sound = 0.0
        if syllables and len(theirs) == len(syllables):
            by_sound = sum(a == b for a, b in zip(syllables, theirs, strict=True)) / len(syllables)
        score = max(by_characters, 0.95 * by_sound)
        if score >= _MIN_CLOSENESS:
            scored.append((entry, round(score, 4)))
    scored.sort(key=lambda item: (-item[1], item[0].pinyin))
    return scored[:limit]


class RosterNames:
    """The engine's ``ReporterRoster`` over roster entries: who is known, and who is nearest."""

    def __init__(self, entries: Sequence[RosterEntry]) -> None:
        self.entries = tuple(entries)
        self._names = frozenset(entry.name for entry in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def nearest(self, name: str, limit: int = NEAREST_LIMIT) -> list[RosterMatch]:
        found = nearest_names(name, self.entries, limit)
        return [RosterMatch(entry.name, entry.pinyin, score) for entry, score in found]


def roster_for_checks(roster: Roster | Sequence[RosterEntry]) -> RosterNames:
    """What the ``unknown-reporter`` check reads, from a roster or its entries (read once)."""
    return RosterNames(list(roster) if isinstance(roster, Sequence) else roster.entries())


def unknown_reporter_findings(document: Document, roster: Roster | Sequence[RosterEntry]) -> list[Finding]:
    """The ``unknown-reporter`` findings of a whole page (the engine's check, with this roster)."""
    from desktop.proofing.pipeline import analyse

    return list(analyse(document, [CHECK_NAME], roster=roster_for_checks(roster)))


def open_default_roster() -> Roster | None:
    """The configured database's roster, or None at once when no database exists yet (for the CLI)."""
    from storage.db_location import default_database_exists

    if not default_database_exists():
        return None
    from storage.roster import open_roster

    return open_roster()


def byline_names_of(document: Document) -> list[str]:
    """Every reporter name found in the page's bylines, in page order: candidates for the roster."""
    from desktop.proofing.credits import page_names

    return list(dict.fromkeys(name for names in page_names(document.articles()) for name in names))
