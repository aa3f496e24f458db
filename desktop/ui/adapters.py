"""Binding the window's service interfaces to ``storage`` (and, when it lands, ``desktop.export``).

Everything here runs on the database thread (see ``workers.database_pool``) or
the analysis thread; the database is opened lazily the first time it is needed,
so the window appears before SQLAlchemy is even imported.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.proofing.edits import AnyEdit
from desktop.proofing.model import Document
from desktop.ui.services import RecoverableSession

log = logging.getLogger(__name__)


class StorageBackend:
    """One database, opened on first use from whichever worker thread needs it."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or None
        self._database: Any = None
        self._lock = threading.Lock()

    def database(self) -> Any:
        with self._lock:
            if self._database is None:
                from storage.db import open_database

                self._database = open_database(self.url)
            return self._database

    def page_store(self) -> Any:
        from storage.pages import PageStore

        return PageStore(self.database())


def _author() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


class StorageAutosave:
    """Every applied edit becomes a revision of the page in the database (see ``storage.pages``)."""

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._session: Any = None

    def page_opened(self, document: Document, path: Path | None) -> None:
        self.page_closed(True)
        raw_text = "\n".join(block.text for block in document.blocks)
        raw = raw_text.encode("utf-8")
        if path is not None and path.is_file():
            from desktop.proofing.load import load_text

            raw = path.read_bytes()
            raw_text = load_text(path).text
        self._session = self._backend.page_store().import_page(raw, document, raw_text=raw_text, author=_author())

    def edit_applied(self, edit: AnyEdit, document: Document) -> None:
        if self._session is None:
            return
        self._session.record_edit(edit)
        if self._session.document != document:
            log.error("autosave: the stored page differs from the window's page after %s", edit.label)

    def page_closed(self, clean: bool) -> None:
        if self._session is not None and clean:
            self._session.close()
        self._session = None

    def resume(self, session: RecoverableSession) -> None:
        self.page_closed(True)
        self._session = self._backend.page_store().recover(int(session.session_id), _author())

    def _recoverable(self, summaries: list[Any]) -> RecoverableSession | None:
        if not summaries:
            return None
        summary = summaries[0]
        store = self._backend.page_store()
        source = Path(summary.source_name) if summary.source_name else None
        return RecoverableSession(
            session_id=str(summary.page_id),
            source_path=source,
            document=store.current_document(summary.page_id),
            edit_count=summary.revisions,
            saved_at=summary.updated_at.isoformat(timespec="seconds") if summary.updated_at else "",
            original=store.original_document(summary.page_id),
        )

    def may_have_sessions(self) -> bool:
        from storage.db_location import default_database_exists

        return self._backend.url is not None or default_database_exists()

    def last_session(self) -> RecoverableSession | None:
        if not self.may_have_sessions():
            return None
        return self._recoverable(self._backend.page_store().pages())

    def crashed_session(self) -> RecoverableSession | None:
        if not self.may_have_sessions():
            return None
        return self._recoverable(self._backend.page_store().unclean_pages())


class StorageRoster:
    """The roster in the database, cached in memory so completion and the checks never wait on it."""

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._names: list[str] = []
        self._entries: tuple[Any, ...] = ()
        self._listeners: list[Callable[[], None]] = []

    def names(self) -> list[str]:
        return list(self._names)

    def entries(self) -> tuple[Any, ...]:
        return self._entries

    def subscribe(self, callback: Callable[[], None]) -> None:
        """``callback`` runs (on the database thread) after every refresh."""
        self._listeners.append(callback)

    def _roster(self) -> Any:
        from storage.roster import Roster

        return Roster(self._backend.database())

    def refresh(self) -> None:
        """Load the roster (on the database thread)."""
        entries = tuple(self._roster().entries())
        self._names = [entry.name for entry in entries if entry.active]
        self._entries = entries  # a new tuple: the unknown-reporter check knows the roster changed
        for callback in list(self._listeners):
            callback()

    def replace_names(self, names: Sequence[str]) -> None:
        roster = self._roster()
        wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        existing = {entry.name: entry for entry in roster.entries()}
        for name in wanted:
            if name not in existing:
                roster.add(name)
        for name, entry in existing.items():
            if name not in wanted:
                roster.remove(entry.id, expected_version=entry.version)
        self.refresh()

    def add_names(self, names: Sequence[str]) -> None:
        """Enrol the names not on the roster yet (someone else may have added one meanwhile: that is fine)."""
        from storage.errors import StorageError

        roster = self._roster()
        try:
            for name in roster.unknown_names(names):
                try:
                    roster.add(name)
                except StorageError:
                    if roster.get(name) is None:
                        raise
        finally:
            self.refresh()


class LazyArchive:
    """The headline archive, opened on the analysis thread the first time a check asks."""

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._archive: Any = None

    def find_similar(self, headline: str, limit: int = 5) -> list[Any]:
        if self._archive is None:
            from storage.headline_index import SqlHeadlineArchive

            self._archive = SqlHeadlineArchive(self._backend.database())
        return self._archive.find_similar(headline, limit)


def build_services() -> Any:
    """The services for the real application: storage-backed where storage is installed.

    The database is the one storage is configured for (``storage.db_location``; the
    preferences dialog writes that setting).
    """
    from desktop.ui.services import InMemoryRoster, Services

    backend = StorageBackend(None)
    import importlib.util

    try:
        available = importlib.util.find_spec("storage.pages") is not None
    except ImportError:
        available = False
    if not available:
        log.warning("storage is not available; edits are not autosaved")
        return Services(roster=InMemoryRoster(), exporter=build_exporter())
    return Services(
        roster=StorageRoster(backend),
        autosave=StorageAutosave(backend),
        exporter=build_exporter(),
        archive=LazyArchive(backend),
    )


def build_exporter() -> Any:
    try:
        from desktop.ui.docx_exporter import DocxExporter
    except ImportError:
        return None
    return DocxExporter()
