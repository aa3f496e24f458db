"""Binding the window's service interfaces to ``storage`` (and, when it lands, ``desktop.export``).

Everything here runs on the database thread (see ``workers.database_pool``) or
the analysis thread; the database is opened lazily the first time it is needed,
so the window appears before SQLAlchemy is even imported.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop.editor_identity import editor_identity
from desktop.proofing.edits import AnyEdit
from desktop.proofing.model import Document
from desktop.ui.autosave_queue import AutosaveState, Operation, SaveQueue
from desktop.ui.services import HistoryEntry, PageHistory, RecoverableSession

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

    def may_exist(self) -> bool:
        """Whether there may be a database already (one is open, configured, or the default file exists)."""
        from storage.db_location import default_database_exists

        return self._database is not None or self.url is not None or default_database_exists()

    def is_encrypted(self) -> bool:
        """Whether the connection to the database server uses TLS; a local SQLite file is never opened for this."""
        from storage.db_location import configured_url

        url = self.url or configured_url()
        if url is None or url.startswith("sqlite"):
            return False
        from storage.db import connection_is_encrypted

        return connection_is_encrypted(self.database())

    def page_store(self) -> Any:
        from storage.pages import PageStore

        return PageStore(self.database())


def _is_retryable(error: BaseException) -> bool:
    """A conflict (another session saved the page) does not go away by trying again."""
    from storage.errors import ConflictError

    return not isinstance(error, ConflictError)


class StorageAutosave:
    """Every applied edit becomes a revision of the page in the database (see ``storage.pages``).

    Saves go through a ``SaveQueue``: when the database refuses one (read-only, disk
    full, server stopped) it and every later save wait in memory, in order, and are
    written by the next ``flush`` that succeeds.  Each method returns the queue's
    ``AutosaveState`` for the status bar.
    """

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._session: Any = None
        self._page_queued = False  # a page is open (or its import is queued): edits have somewhere to go
        self._editor = ""  # the name from Preferences ("": the operating-system user)
        self.queue = SaveQueue(is_retryable=_is_retryable)

    @property
    def backend(self) -> StorageBackend:
        return self._backend

    def set_editor(self, name: str) -> None:
        self._editor = name

    def editor(self) -> str:
        """Who the saves are recorded for: the name from Preferences, else the operating-system user."""
        return editor_identity(self._editor)

    def page_history(self) -> PageHistory | None:
        session = self._session
        if session is None:
            return None
        store = session.store
        summary = store.summary(session.page_id)
        entries = tuple(
            HistoryEntry(record.seq, record.kind, record.label, record.author, record.created_at)
            for record in store.history(session.page_id)
        )
        return PageHistory(summary.source_name, entries, summary.exported_by, summary.exported_at)

    # --- what the window reports (database thread) ---------------------------------------

    def page_opened(self, document: Document, path: Path | None) -> AutosaveState:
        self.page_closed(True)
        raw_text = "\n".join(block.text for block in document.blocks)
        raw = raw_text.encode("utf-8")
        if path is not None and path.is_file():
            from desktop.proofing.load import LoadError, load_text

            try:
                raw = path.read_bytes()
                raw_text = load_text(path).text
            except (OSError, LoadError) as error:  # the file went away after it was read: store what was shown
                log.warning("autosave: %s could not be read again (%s); storing the page as shown", path, error)
        self._page_queued = True
        self.queue.put(Operation("open", lambda: self._import(raw, document, raw_text)))
        return self.queue.flush()

    def edit_applied(self, edit: AnyEdit, document: Document) -> AutosaveState:
        if self._page_queued:
            self.queue.put(Operation("edit", lambda: self._save_edit(edit, document)))
            if self.queue.due():
                return self.queue.flush()
        return self.queue.state()

    def page_closed(self, clean: bool) -> AutosaveState:
        if self._page_queued:
            self._page_queued = False
            self.queue.put(Operation("close", lambda: self._close(clean)))
        return self.queue.flush()

    def resume(self, session: RecoverableSession) -> AutosaveState:
        self.page_closed(True)
        self._page_queued = True
        page_id = int(session.session_id)
        self.queue.put(Operation("resume", lambda: self._resume(page_id)))
        return self.queue.flush()

    def findings_decided(self, decisions: Sequence[tuple[str, str]], state: str) -> AutosaveState:
        chosen = tuple(decisions)
        return self._put_for_session("edit", lambda session: session.record_decisions(chosen, state))

    def statuses_changed(self, statuses: Mapping[int, str], exported: Mapping[int, str]) -> AutosaveState:
        chosen, digests = dict(statuses), dict(exported)
        return self._put_for_session("edit", lambda session: _save_statuses(session, chosen, digests))

    def page_exported(
        self, edition_date: dt.date | None = None, page_label: str = "", source_sha256: str | None = None
    ) -> AutosaveState:
        from storage.pages import EditionRef

        edition = EditionRef(edition_date) if edition_date is not None else None
        return self._put_for_session(
            "edit", lambda session: session.mark_exported(edition, page_label or None, source_sha256)
        )

    def _put_for_session(self, kind: str, save: Callable[[Any], None]) -> AutosaveState:
        """Queue a save on the open page (in order after its edits); nothing without a page."""
        if not self._page_queued:
            return self.queue.state()

        def run() -> None:
            if self._session is not None:
                self._session.author = self.editor()  # (the name may have been given since the page opened)
                save(self._session)

        self.queue.put(Operation(kind, run))
        return self.queue.flush() if self.queue.due() else self.queue.state()

    def finish(self) -> AutosaveState:
        """The window closes: save what waits and, when all is saved, end the page's session cleanly.

        While saves still wait nothing more is queued (the window stays open if the editor wants to keep
        trying).  If only the clean end cannot be written, every edit is saved all the same: the page is
        then offered for recovery on the next start, with all of them.
        """
        state = self.queue.flush()
        if not state.saved:
            return state
        from storage.errors import StorageError

        try:
            self._close(True)
        except StorageError as error:
            log.warning("autosave: the page's session could not be closed cleanly (%s)", error)
            self._session = None
        self._page_queued = False
        return state

    def flush(self) -> AutosaveState:
        """Try the waiting saves again (the window's back-off timer calls this)."""
        return self.queue.flush()

    def state(self) -> AutosaveState:
        return self.queue.state()

    def discard_pending(self) -> int:
        """Forget the saves still waiting (the editor chose to); the database keeps the acknowledged ones."""
        return self.queue.discard()

    # --- the saves themselves (run by the queue, in order) --------------------------------

    def _import(self, raw: bytes, document: Document, raw_text: str) -> None:
        self._session = self._backend.page_store().import_page(raw, document, raw_text=raw_text, author=self.editor())

    def _resume(self, page_id: int) -> None:
        self._session = self._backend.page_store().recover(page_id, self.editor())

    def _save_edit(self, edit: AnyEdit, document: Document) -> None:
        session = self._session
        if session is None:
            return
        session.author = self.editor()
        from storage.errors import PageConflict

        try:
            session.record_edit(edit)
        except PageConflict:
            # The server may have committed the save and then lost the connection before saying so:
            # if the stored page already is the page this edit produces, the edit is saved.
            if session.store.current_document(session.page_id) != document:
                raise
            session.reload()
            log.warning("autosave: %s was already saved (the connection broke after the commit)", edit.label)
        if session.document != document:
            log.error("autosave: the stored page differs from the window's page after %s", edit.label)

    def _close(self, clean: bool) -> None:
        if self._session is not None and clean:
            self._session.close()
        self._session = None

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
            ignored=store.ignored_keys(summary.page_id),
            statuses=store.article_statuses(summary.page_id),
            exported=store.export_digests(summary.page_id),
        )

    def saved_session_for(self, path: Path) -> RecoverableSession | None:
        """The stored page of this file (same path, same bytes) with edits, to offer continuing it."""
        from desktop.ui.page_file import matching_session

        if not self.may_have_sessions():
            return None
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        summary = matching_session(self._backend.page_store().pages_with_raw(raw), path)
        if summary is None or summary.revisions == 0:
            return None
        return self._recoverable([summary])

    def may_have_sessions(self) -> bool:
        return self._backend.may_exist()

    def last_session(self) -> RecoverableSession | None:
        if not self.may_have_sessions():
            return None
        return self._recoverable(self._backend.page_store().pages(self.editor()))

    def crashed_session(self) -> RecoverableSession | None:
        if not self.may_have_sessions():
            return None
        return self._recoverable(self._backend.page_store().unclean_pages(self.editor()))


def _save_statuses(session: Any, statuses: dict[int, str], exported: dict[int, str]) -> None:
    from storage.errors import PageConflict

    try:
        session.set_article_statuses(statuses, exported)
    except PageConflict as conflict:
        # The server may have committed the save and then lost the connection before saying so: if the page
        # is as this session left it, last saved under this editor's name, with these statuses, it is saved.
        store = session.store
        wanted = {uid: status for uid, status in statuses.items() if status != "draft"}
        if (
            conflict.other_editor != session.author
            or store.current_document(session.page_id) != session.document
            or store.article_statuses(session.page_id) != wanted
        ):
            raise
        session.reload()
        log.warning("autosave: the article statuses were already saved (the connection broke after the commit)")


class StorageRoster:
    """The roster in the database, cached in memory so completion and the checks never wait on it."""

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._names: list[str] = []
        self._entries: tuple[Any, ...] = ()
        self._listeners: list[Callable[[], None]] = []
        self._editor = ""  # the name from Preferences ("": the operating-system user)

    def names(self) -> list[str]:
        return list(self._names)

    def entries(self) -> tuple[Any, ...]:
        return self._entries

    def subscribe(self, callback: Callable[[], None]) -> None:
        """``callback`` runs (on the database thread) after every refresh."""
        self._listeners.append(callback)

    def set_editor(self, name: str) -> None:
        self._editor = name

    def _roster(self) -> Any:
        from storage.roster import Roster

        return Roster(self._backend.database(), editor_identity(self._editor))

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


class StorageDeskLists:
    """The desk's lists in the database, installed into the engine after each read (database thread)."""

    def __init__(self, backend: StorageBackend) -> None:
        self._backend = backend
        self._listeners: list[Callable[[], None]] = []

    def store(self) -> Any:
        from storage.desk_lists import DeskListStore

        return DeskListStore(self._backend.database())

    def subscribe(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def refresh(self) -> None:
        """Read the lists and install them; the subscribers hear of it only when they changed."""
        from desktop.proofing import desk_lists

        lists = without_shipped(self.store().lists())
        if lists == desk_lists.current():
            return
        desk_lists.install(lists)
        for callback in list(self._listeners):
            callback()

    def set_whitelisted(self, term: str, check: str, whitelisted: bool) -> None:
        store = self.store()
        if whitelisted:
            store.add_to_whitelist(term, check)
        else:
            store.remove_from_whitelist(term)
        self.refresh()


def without_shipped(lists: Any) -> Any:
    """``lists`` without the word lists that are exactly as shipped (the engine reads those from the files)."""
    from dataclasses import replace

    from desktop.proofing.checks.term_match import read_list

    kept = tuple((name, entries) for name, entries in lists.terms if entries != read_list(name))
    return replace(lists, terms=kept)


class LazyArchive:
    """The headline archive, opened on the analysis thread the first time a check asks."""

    def __init__(self, backend: StorageBackend, exclude_digest: str | None = None) -> None:
        self._backend = backend
        self._archive: Any = None
        self._exclude_digest = exclude_digest

    def excluding_digest(self, digest: str) -> LazyArchive:
        """The same archive without the headlines archived from the page with these bytes (by SHA-256)."""
        return LazyArchive(self._backend, digest)

    def find_similar(self, headline: str, limit: int = 5) -> list[Any]:
        """Earlier headlines like this one; none while the database cannot be reached (the checks go on)."""
        from storage.errors import StorageError

        try:
            if self._archive is None:
                if not self._backend.may_exist():
                    # a first start: no database yet, so no headline was ever archived; the first findings
                    # need not wait for one to be created and migrated (bench/gui.py, first start)
                    return []
                from storage.headline_index import SqlHeadlineArchive

                database = self._backend.database()
                self._archive = SqlHeadlineArchive(database, exclude_source_sha256=self._exclude_digest)
            return self._archive.find_similar(headline, limit)
        except StorageError as error:
            log.warning("headline archive unavailable, not compared this time: %s", error)
            return []


def build_services(database_url: str | None = None) -> Any:
    """The services for the real application: storage-backed where storage is installed.

    The database is ``database_url`` or the one storage is configured for
    (``storage.db_location``; the preferences dialog writes that setting).
    """
    from desktop.ui.services import InMemoryRoster, Services

    backend = StorageBackend(database_url)
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
        desk_lists=StorageDeskLists(backend),
        autosave=StorageAutosave(backend),
        exporter=build_exporter(),
        archive=LazyArchive(backend),
        connection_encrypted=backend.is_encrypted,
    )


def build_exporter() -> Any:
    try:
        from desktop.ui.docx_exporter import DocxExporter
    except ImportError:
        return None
    return DocxExporter()
