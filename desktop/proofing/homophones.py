"""Whether two characters can sound the same (any reading, tones ignored), from pypinyin's character table.

The table takes a moment to load, so it is read only when a check first has two characters to compare.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache


@cache
def _table() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@lru_cache(maxsize=4096)
def readings(char: str) -> frozenset[str]:
    """The toneless readings of ``char`` (``长`` → zhang, chang); empty for a character the table lacks."""
    found = _table().get(ord(char), "")
    return frozenset(_toneless(reading) for reading in found.split(",") if reading)


def _toneless(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def same_sound(first: str, second: str) -> bool:
    return first != second and bool(readings(first) & readings(second))


def reading(char: str) -> str:
    """One reading of ``char`` for evidence text (the table's first)."""
    found = _table().get(ord(char), "")
    return found.split(",")[0] if found else ""


def main_reading(char: str) -> str:
    """The toneless reading a pinyin keyboard offers ``char`` under first (宁 → ning, not its rare zhu)."""
    first = reading(char)
    return _toneless(first) if first else ""
