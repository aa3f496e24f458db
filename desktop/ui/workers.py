"""Background work: QThreadPool tasks that report back on the GUI thread.

Like Anki's ``QueryOp``/``CollectionOp``: the caller hands over a plain function
and success/failure callbacks; the function runs on a pool thread, the callbacks
run on the GUI thread (delivery goes through a QObject living there, so the
signal connection is queued).  Nothing here blocks the event loop.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """An exception raised inside a task, with its formatted traceback."""

    error: BaseException
    details: str


SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[TaskFailure], None]

_pending: set[_Relay] = set()
_default_failure_handler: FailureCallback | None = None
_database_pool: QThreadPool | None = None


def set_default_failure_handler(handler: FailureCallback | None) -> None:
    """Where failures go when the caller gave no ``on_failure`` (the app's error dialog)."""
    global _default_failure_handler
    _default_failure_handler = handler


def report_failure(failure: TaskFailure) -> None:
    """Hand ``failure`` to the default handler (the app's error dialog), as a task without ``on_failure`` would."""
    if _default_failure_handler is not None:
        _default_failure_handler(failure)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_success: SuccessCallback | None, on_failure: FailureCallback | None, owner: QObject | None = None
    ) -> None:
        super().__init__()  # no parent: the relay must outlive a deleted owner while a thread may emit on it
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        _pending.discard(self)
        if self._owner_gone():
            return
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, failure: object) -> None:
        _pending.discard(self)
        assert isinstance(failure, TaskFailure)
        log.error("background task failed:\n%s", failure.details)
        if self._owner_gone():
            return
        handler = self._on_failure or _default_failure_handler
        if handler is not None:
            handler(failure)


def _task(function: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    """The pool's work: run ``function``, hand its result (or failure) to ``relay`` on the GUI thread.

    A plain callable, not a ``QRunnable`` subclass: PySide6 hands a Python runnable's ownership to the pool
    after ``QThreadPool.start`` returns, and when the task has already finished and been auto-deleted by
    then (a short one on an idle pool: about 1 in 100), the pool's wrapper keeps the dead runnable, with
    its function and everything the function holds (an autosave's pages, an export's request), for the
    whole session.  The callable form is released by the pool once it has run.
    """

    def run() -> None:
        try:
            result = function()
        except BaseException as error:
            outcome, payload = relay.failed, TaskFailure(error, traceback.format_exc())
        else:
            outcome, payload = relay.succeeded, result
        try:
            outcome.emit(payload)
        except RuntimeError:  # "Signal source has been deleted": the app quit while this task ran
            log.debug("a background task finished after the app quit; its result is not delivered")

    return run


def run_in_background(
    function: Callable[[], Any],
    on_success: SuccessCallback | None = None,
    on_failure: FailureCallback | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``function`` on a pool thread; the callbacks run later on the GUI thread.

    With an ``owner``, the callbacks are skipped if the owner was deleted meanwhile.
    """
    relay = _Relay(on_success, on_failure, owner)
    _pending.add(relay)
    (pool or QThreadPool.globalInstance()).start(_task(function, relay))


def database_pool() -> QThreadPool:
    """One thread for everything that touches the database, so writes keep their order."""
    global _database_pool
    if _database_pool is None:
        _database_pool = QThreadPool()
        _database_pool.setMaxThreadCount(1)
    return _database_pool


def pending_tasks() -> int:
    return len(_pending)


def wait_for_background_work(timeout_ms: int = 30000) -> bool:
    """Block until the pools are idle (used at shutdown so no write is lost)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _database_pool is not None:
        done = _database_pool.waitForDone(timeout_ms) and done
    return done


class Debouncer(QObject):
    """Calls ``callback`` once, ``delay_ms`` after the last ``trigger()``."""

    def __init__(self, delay_ms: int, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(callback)

    def trigger(self) -> None:
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()
