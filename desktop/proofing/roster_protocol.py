"""What the engine needs from the reporter roster (implemented by storage: ``storage.roster_check``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class RosterMatch:
    """A roster name close to a byline name, with its pinyin and a 0..1 closeness."""

    name: str
    pinyin: str
    closeness: float


@runtime_checkable
class ReporterRoster(Protocol):
    def __len__(self) -> int: ...

    def __contains__(self, name: object) -> bool: ...

    def nearest(self, name: str, limit: int = 3) -> list[RosterMatch]: ...
