"""The headline archive for the engine and the CLI (cheap to import: SQLAlchemy loads on use).

``open_default_archive()`` is what ``proofsheet check`` calls: it returns None at once
when no database exists yet (nothing was ever archived), else a ``HeadlineArchive``
to pass to ``pipeline.analyse(document, archive=...)``.  When a page is marked
exported (``PageSession.mark_exported``) its headlines enter the archive; the CLI's
``proofsheet archive add`` does the same for a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.headline_index import SqlHeadlineArchive


def open_archive(url: str | None = None) -> SqlHeadlineArchive:
    """The archive in the database at ``url`` (default: the configured one), created if needed."""
    from storage.db import open_database
    from storage.headline_index import SqlHeadlineArchive

    return SqlHeadlineArchive(open_database(url))


def open_default_archive() -> SqlHeadlineArchive | None:
    """The configured database's archive, or None when no database exists yet (no import of SQLAlchemy then).

    Raises ``StorageError`` when a configured database cannot be opened.
    """
    from storage.db_location import default_database_exists

    if not default_database_exists():
        return None
    return open_archive()
