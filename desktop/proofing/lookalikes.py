"""Whether two characters look alike (形近: 戊/戌/戍, 己/已/巳, 汩/汨), from the table shipped in
``resources/rulebook/lookalike_characters.tsv``.

The table is a hand-kept list of character groups that usage guides name again and again as mistaken
for one another; it is read only when a check first has two characters to compare.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop import paths

TABLE_FILE = "lookalike_characters.tsv"


def table_path() -> Path:
    return paths.resource("rulebook", TABLE_FILE)


@cache
def _table() -> dict[str, frozenset[str]]:
    """Each character of the table -> the characters it looks like."""
    alike: dict[str, set[str]] = {}
    for line in table_path().read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group = line.split("\t", 1)[0].split()
        for char in group:
            alike.setdefault(char, set()).update(other for other in group if other != char)
    return {char: frozenset(others) for char, others in alike.items()}


def look_alike(first: str, second: str) -> bool:
    return second in _table().get(first, ())


def look_alikes(char: str) -> frozenset[str]:
    """The characters ``char`` looks like (empty when the table does not list it)."""
    return _table().get(char, frozenset())
