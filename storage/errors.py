"""Errors the storage layer raises; every message is one sentence an editor can act on."""

from __future__ import annotations


class StorageError(Exception):
    """The database could not do what was asked; nothing of the failed operation was kept."""


class ConflictError(StorageError):
    """Someone else changed the record since it was read: reload instead of overwriting their work."""


class PageConflict(ConflictError):
    """A page was saved by another session after this one last read it; ``other_editor`` made that save
    ("" when nobody is known)."""

    def __init__(self, message: str, other_editor: str = "") -> None:
        super().__init__(message)
        self.other_editor = other_editor


class RosterConflict(ConflictError):
    """A roster entry was changed by someone else after it was read; ``other_editor`` made that change
    ("" when nobody is known)."""

    def __init__(self, message: str, other_editor: str = "") -> None:
        super().__init__(message)
        self.other_editor = other_editor


class NotFound(StorageError):
    """The page, reporter or edition asked for does not exist."""


class RosterEntryRemoved(RosterConflict, NotFound):
    """The roster entry to change was removed after it was read; ``other_editor`` removed it ("" when nobody
    is known).  A conflict, and the entry is gone (``NotFound``)."""


class SchemaMismatch(StorageError):
    """The database's schema is not the one this program was built for; nothing was changed.

    ``stored`` is the database's migration (None: no tables yet), ``expected`` this program's newest;
    ``newer`` says which side is behind, and so who must act (the administrator, or whoever installs the app).
    """

    def __init__(self, message: str, stored: str | None, expected: str, newer: bool) -> None:
        super().__init__(message)
        self.stored = stored
        self.expected = expected
        self.newer = newer
