"""What the engine needs from an archive of earlier pages (implemented by storage)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class ArchivedHeadline:
    headline: str
    edition_date: str
    page: str
    similarity: float
    archived_by: str | None = None  # the editor who archived it (None: not recorded)


@runtime_checkable
class HeadlineArchive(Protocol):
    def find_similar(self, headline: str, limit: int = 5) -> list[ArchivedHeadline]: ...
