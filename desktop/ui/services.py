"""What the window needs from storage, export and the engine, as small interfaces.

The window talks to these protocols only; ``adapters`` binds them to the real
``storage`` and ``desktop.export`` packages (and falls back to in-memory
versions where a package is not available), so each integration stays thin.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop.proofing.edits import AnyEdit
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document
from desktop.ui.autosave_queue import AutosaveState


class RosterSource(Protocol):
    """The reporter roster: names the byline field completes from, entries the unknown-reporter check uses.

    ``names`` and ``entries`` answer from memory (any thread); the changing methods
    run on the database thread and then call the ``subscribe``d callbacks there.
    """

    def names(self) -> list[str]: ...

    def entries(self) -> tuple[Any, ...]:
        """Every reporter (inactive ones too) as ``storage.roster.RosterEntry``; empty without storage."""
        ...

    def replace_names(self, names: Sequence[str]) -> None: ...

    def add_names(self, names: Sequence[str]) -> None: ...

    def set_editor(self, name: str) -> None:
        """Who the roster's changes are recorded for (the name from Preferences; "": the system user)."""
        ...

    def subscribe(self, callback: Callable[[], None]) -> None: ...


class InMemoryRoster:
    """Completion names only (storage is not installed): no pinyin entries, so no unknown-reporter check."""

    def __init__(self, names: Sequence[str] = ()) -> None:
        self._names = list(dict.fromkeys(names))
        self._listeners: list[Callable[[], None]] = []

    def names(self) -> list[str]:
        return list(self._names)

    def entries(self) -> tuple[Any, ...]:
        return ()

    def replace_names(self, names: Sequence[str]) -> None:
        self._names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        self._changed()

    def add_names(self, names: Sequence[str]) -> None:
        self.replace_names([*self._names, *names])

    def set_editor(self, name: str) -> None:
        """(Nobody is recorded without storage.)"""

    def subscribe(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()


class DeskListSource(Protocol):
    """The desk's lists (people, word lists, whitelist) the checks read, installed into the engine.

    ``refresh`` and ``set_whitelisted`` run on the database thread and then call the ``subscribe``d
    callbacks there; ``store`` is the database's list store (None without storage).
    """

    def refresh(self) -> None: ...

    def set_whitelisted(self, term: str, check: str, whitelisted: bool) -> None: ...

    def subscribe(self, callback: Callable[[], None]) -> None: ...

    def store(self) -> Any: ...


class InMemoryDeskLists:
    """No database: the whitelist lives as long as the window; the word lists are the shipped ones."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []

    def refresh(self) -> None:
        self._changed()

    def set_whitelisted(self, term: str, check: str, whitelisted: bool) -> None:
        from dataclasses import replace

        from desktop.proofing import desk_lists

        lists = desk_lists.current()
        terms = lists.whitelist | {term} if whitelisted else lists.whitelist - {term}
        desk_lists.install(replace(lists, whitelist=frozenset(terms)))
        self._changed()

    def subscribe(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def store(self) -> Any:
        return None

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()


@dataclass(frozen=True, slots=True)
class RecoverableSession:
    """An earlier session that was not closed cleanly (or simply the last one)."""

    session_id: str
    source_path: Path | None
    document: Document
    edit_count: int
    saved_at: str = ""
    original: Document | None = None
    ignored: frozenset[str] = frozenset()  # keys of the findings the editor ignored (``Finding.key``)
    statuses: Mapping[int, str] = field(default_factory=dict)  # article statuses by first block uid (no drafts)
    # by the first block's uid, what each exported article was when exported (``export_state.content_digest``)
    exported: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One saved change of the page: its number, kind (edit/undo/redo), what it did, who and when."""

    seq: int
    kind: str
    label: str
    editor: str  # "" when nobody was recorded
    saved_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PageHistory:
    """The open page's history as stored: every revision with its editor, and who last exported it."""

    source_name: str
    entries: tuple[HistoryEntry, ...]
    exported_by: str | None = None  # None: not exported, or nobody recorded who
    exported_at: dt.datetime | None = None


class Autosave(Protocol):
    """Called on the database thread; every applied edit is recorded, undo included.

    Each call returns the state of the saves still waiting (see ``autosave_queue``): a save the
    database refuses stays queued, in order, until ``flush`` gets it through.
    """

    def page_opened(self, document: Document, path: Path | None) -> AutosaveState: ...

    def edit_applied(self, edit: AnyEdit, document: Document) -> AutosaveState: ...

    def page_closed(self, clean: bool) -> AutosaveState: ...

    def resume(self, session: RecoverableSession) -> AutosaveState: ...

    def findings_decided(self, decisions: Sequence[tuple[str, str]], state: str) -> AutosaveState:
        """The editor ignored findings (``state`` "ignored") or took ignores back ("open"): (key, check) pairs."""
        ...

    def statuses_changed(self, statuses: Mapping[int, str], exported: Mapping[int, str]) -> AutosaveState:
        """The articles' statuses now, by the uid of each one's first block (drafts may be left out); ``exported``:
        the digest of each exported article's content as it was exported, by the same uid."""
        ...

    def page_exported(
        self, edition_date: dt.date | None = None, page_label: str = "", source_sha256: str | None = None
    ) -> AutosaveState:
        """The whole page was exported as it now stands: its headlines go into the archive of published pages,
        filed under the export's 出版日期 and 版次 (None / "": the page's stored edition, else the day of export)
        as coming from the page's file with bytes ``source_sha256`` (None: the bytes it was opened from)."""
        ...

    def flush(self) -> AutosaveState:
        """Try the waiting saves again."""
        ...

    def finish(self) -> AutosaveState:
        """The window closes: save what waits and end the page's session cleanly when all is saved."""
        ...

    def state(self) -> AutosaveState: ...

    def discard_pending(self) -> int:
        """Forget the waiting saves (the editor chose to); returns how many edits that was."""
        ...

    def last_session(self) -> RecoverableSession | None: ...

    def crashed_session(self) -> RecoverableSession | None: ...

    def saved_session_for(self, path: Path) -> RecoverableSession | None:
        """(Database thread) the stored page of this file (path and bytes) if it has edits."""
        ...

    def may_have_sessions(self) -> bool:
        """Cheap check (GUI thread, no database access): could there be a session to restore?"""
        ...

    def set_editor(self, name: str) -> None:
        """(GUI thread) the editor's name from Preferences ("" : the operating-system user) for the saves to come."""
        ...

    def page_history(self) -> PageHistory | None:
        """(Database thread) the open page's stored history; None while no page is stored."""
        ...


class NoAutosave:
    """No database: nothing is saved and nothing ever waits."""

    def page_opened(self, document: Document, path: Path | None) -> AutosaveState:
        return AutosaveState()

    def edit_applied(self, edit: AnyEdit, document: Document) -> AutosaveState:
        return AutosaveState()

    def page_closed(self, clean: bool) -> AutosaveState:
        return AutosaveState()

    def resume(self, session: RecoverableSession) -> AutosaveState:
        return AutosaveState()

    def findings_decided(self, decisions: Sequence[tuple[str, str]], state: str) -> AutosaveState:
        return AutosaveState()

    def statuses_changed(self, statuses: Mapping[int, str], exported: Mapping[int, str]) -> AutosaveState:
        return AutosaveState()

    def page_exported(
        self, edition_date: dt.date | None = None, page_label: str = "", source_sha256: str | None = None
    ) -> AutosaveState:
        return AutosaveState()

    def flush(self) -> AutosaveState:
        return AutosaveState()

    def finish(self) -> AutosaveState:
        return AutosaveState()

    def state(self) -> AutosaveState:
        return AutosaveState()

    def discard_pending(self) -> int:
        return 0

    def last_session(self) -> RecoverableSession | None:
        return None

    def crashed_session(self) -> RecoverableSession | None:
        return None

    def saved_session_for(self, path: Path) -> RecoverableSession | None:
        return None

    def may_have_sessions(self) -> bool:
        return False

    def set_editor(self, name: str) -> None:
        return None

    def page_history(self) -> PageHistory | None:
        return None


@dataclass(frozen=True, slots=True)
class ExportRequest:
    document: Document
    findings: tuple[Finding, ...]
    article_indices: tuple[int, ...]  # which articles; all of them for the whole page
    one_file_per_article: bool
    folder: Path
    with_comments: bool
    track_changes: bool
    original: Document | None = None  # the page as loaded, for tracked changes
    overwrite: bool = False
    source_name: str = ""
    edition_date: dt.date | None = None  # 出版日期 (None: from the file name, as the command line does)
    page_number: int = 1  # 版次
    editor: str = ""  # the author of tracked changes (empty: the app's name)
    byline_place: str = "as_page"  # the house byline style (``desktop.export.byline_style.BylinePlace``)
    byline_brackets: bool = False


@dataclass(slots=True)
class ExportProgress:
    """Progress reporting and cancellation shared between the dialog and the worker."""

    report: Callable[[int, int], None]
    cancel_event: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class Exporter(Protocol):
    def planned_paths(self, request: ExportRequest) -> list[Path]: ...

    def export(self, request: ExportRequest, progress: ExportProgress) -> list[Path]: ...


@dataclass(slots=True)
class Services:
    """What the window is wired to; ``desktop.ui.adapters.build_services`` builds the real set."""

    roster: RosterSource = field(default_factory=InMemoryRoster)
    desk_lists: DeskListSource = field(default_factory=InMemoryDeskLists)
    autosave: Autosave | None = None
    exporter: Exporter | None = None
    archive: object | None = None
    # Run on the database thread: whether the connection to the database server travels over TLS.
    connection_encrypted: Callable[[], bool] | None = None
