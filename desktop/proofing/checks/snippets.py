"""Short quotations of block text for messages."""

from __future__ import annotations


def head(text: str, length: int = 8) -> str:
    return text if len(text) <= length else text[:length] + "…"


def tail(text: str, length: int = 8) -> str:
    return text if len(text) <= length else "…" + text[-length:]
