"""Saves waiting for the database, in the order they were made (no Qt here).

Every change the window makes to the page (the page opened, each edit, the page
closed) becomes an ``Operation`` put at the end of a ``SaveQueue``.  ``flush`` runs
the operations front to back on the database thread and stops at the first one the
database refuses (read-only, disk full, server gone): that one and everything after
it stay queued, in order, with the document they produce, until a later ``flush``
succeeds.  So what the database holds is always the page after the first *k* edits
(the acknowledged ones), never a page with a hole in its history.

An edit is *acknowledged* when the database transaction recording it has committed;
before that it lives only in this queue (and in the window).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from storage.errors import StorageError  # (plain exception classes: importing them loads no database code)

log = logging.getLogger(__name__)

# After a failed attempt, a new edit tries again only once this much time has passed (the back-off
# timer retries anyway): typing into a page whose server is unreachable must not queue one slow
# connection attempt per keystroke on the database thread.
RETRY_ON_EDIT_AFTER_S = 1.0


@dataclass(frozen=True, slots=True)
class AutosaveState:
    """What the status bar shows: how much is waiting, and why."""

    pending_edits: int = 0
    page_pending: bool = False  # the page itself (its import, a resume or its close) is waiting too
    problem: str = ""  # the storage error's sentence of the last failed attempt ("" when it worked)
    retryable: bool = True  # False after a conflict: another session saved the page, retrying cannot help
    other_editor: str = ""  # after a conflict: the editor whose save came first ("" when not known)

    @property
    def saved(self) -> bool:
        return self.pending_edits == 0 and not self.page_pending

    @property
    def failing(self) -> bool:
        return bool(self.problem) and not self.saved


@dataclass(frozen=True, slots=True)
class Operation:
    """One save for the database: ``run`` raises when the database refuses it (nothing kept then)."""

    kind: str  # "open", "resume", "edit", "close"
    run: Callable[[], None]


class SaveQueue:
    """The ordered queue of saves not yet acknowledged by the database (thread-safe)."""

    def __init__(self, is_retryable: Callable[[BaseException], bool] = lambda _error: True) -> None:
        self._operations: deque[Operation] = deque()
        self._lock = threading.Lock()
        self._flushing = threading.Lock()
        self._problem = ""
        self._retryable = True
        self._other_editor = ""
        self._failed_at: float | None = None
        self._is_retryable = is_retryable
        self.retry_on_edit_after_s = RETRY_ON_EDIT_AFTER_S

    def put(self, operation: Operation) -> None:
        with self._lock:
            self._operations.append(operation)

    def state(self) -> AutosaveState:
        with self._lock:
            edits = sum(1 for operation in self._operations if operation.kind == "edit")
            page = any(operation.kind != "edit" for operation in self._operations)
            if not self._operations:
                return AutosaveState(edits, page, "", self._retryable)
            return AutosaveState(edits, page, self._problem, self._retryable, self._other_editor)

    def due(self) -> bool:
        """Whether a new edit should try to save now (not right after a failure: the timer retries then)."""
        failed_at = self._failed_at
        return failed_at is None or time.monotonic() - failed_at >= self.retry_on_edit_after_s

    def flush(self) -> AutosaveState:
        """Run the queued saves in order; stop at the first refused one.  Returns the state after."""
        with self._flushing:
            while True:
                with self._lock:
                    if not self._operations:
                        self._problem, self._retryable, self._failed_at = "", True, None
                        self._other_editor = ""
                        break
                    operation = self._operations[0]
                try:
                    operation.run()
                except Exception as error:  # the storage layer's sentence; any other error keeps the save too
                    if not isinstance(error, StorageError):
                        log.exception("autosave: %s could not be saved", operation.kind)
                    with self._lock:
                        self._problem = str(error) or type(error).__name__
                        self._retryable = self._is_retryable(error)
                        self._other_editor = str(getattr(error, "other_editor", "") or "")
                        self._failed_at = time.monotonic()
                    break
                with self._lock:
                    self._operations.popleft()
        return self.state()

    def discard(self) -> int:
        """Drop every queued save (the editor chose so); returns how many edits were dropped."""
        with self._lock:
            dropped = sum(1 for operation in self._operations if operation.kind == "edit")
            self._operations.clear()
            self._problem, self._retryable, self._failed_at = "", True, None
            self._other_editor = ""
        return dropped
