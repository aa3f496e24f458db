"""Background work: QThreadPool tasks that report back on the GUI thread.

Like Anki's ``QueryOp``/``CollectionOp``: the caller hands over a plain function
and success/failure callbacks; the function runs on a pool thread, the callbacks
run on the GUI thread (delivery goes through a QObject living there, so the
signal connection is queued).  Nothing here blocks the event loop.  A pool thread never holds the last
reference to anything once its task is done: Qt objects must die on the GUI thread (``collector``).
"""

from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from desktop.ui import collector

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """An exception raised inside a task, with its formatted traceback."""

    error: BaseException
    details: str


SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[TaskFailure], None]


@dataclass(slots=True)
class _Waiting:
    """(GUI side) what a task's outcome goes to."""

    on_success: SuccessCallback | None
    on_failure: FailureCallback | None
    owner: QObject | None


_pending: dict[int, _Waiting] = {}
_tickets = itertools.count()
# Finished tasks' (ticket, succeeded, result or failure, function), handed from the pool threads to the GUI
# thread.  The worker keeps no reference once its outcome is in here: whatever the function, its closure or
# its result holds (a widget, a window a test dropped) is let go on the GUI thread, never in a worker.
_outcomes: deque[tuple[int, bool, object, object]] = deque()
_default_failure_handler: FailureCallback | None = None
_database_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None


def set_default_failure_handler(handler: FailureCallback | None) -> None:
    """Where failures go when the caller gave no ``on_failure`` (the app's error dialog)."""
    global _default_failure_handler
    _default_failure_handler = handler


def report_failure(failure: TaskFailure) -> None:
    """Hand ``failure`` to the default handler (the app's error dialog), as a task without ``on_failure`` would."""
    if _default_failure_handler is not None:
        _default_failure_handler(failure)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole session: a pool thread's ``arrived`` is delivered there (queued)."""

    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @Slot()
    def _deliver(self) -> None:
        while _outcomes:
            ticket, succeeded, payload, _function = _outcomes.popleft()  # (let go of here, on the GUI thread)
            waiting = _pending.pop(ticket, None)
            if waiting is None:
                continue
            try:
                _hand_over(waiting, succeeded, payload)
            except BaseException:
                if _outcomes:  # a callback raised: the other outcomes still go to theirs
                    QTimer.singleShot(0, self, self._deliver)
                raise


def _hand_over(waiting: _Waiting, succeeded: bool, payload: object) -> None:
    if not succeeded:
        assert isinstance(payload, TaskFailure)
        log.error("background task failed:\n%s", payload.details)
    if waiting.owner is not None and not shiboken6.isValid(waiting.owner):
        return
    if succeeded:
        if waiting.on_success is not None:
            waiting.on_success(payload)
        return
    handler = waiting.on_failure or _default_failure_handler
    if handler is not None:
        assert isinstance(payload, TaskFailure)
        handler(payload)


def _gui_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()
    return _dispatcher


def _task(function: Callable[[], Any], ticket: int, dispatcher: _Dispatcher) -> Callable[[], None]:
    """The pool's work: run ``function``, hand its outcome (and the function) to the GUI thread.

    A plain callable, not a ``QRunnable`` subclass: PySide6 hands a Python runnable's ownership to the pool
    after ``QThreadPool.start`` returns, and when the task has already finished and been auto-deleted by
    then (a short one on an idle pool: about 1 in 100), the pool's wrapper keeps the dead runnable, with
    its function and everything the function holds (an autosave's pages, an export's request), for the
    whole session.  The callable form is released by the pool once it has run, holding nothing by then.
    """
    held = [function]
    del function

    def run() -> None:
        work = held.pop()
        try:
            outcome: tuple[int, bool, object, object] = (ticket, True, work(), work)
        except BaseException as error:
            outcome = (ticket, False, TaskFailure(error, traceback.format_exc()), work)
            del error
        del work
        _outcomes.append(outcome)
        del outcome  # (the GUI thread holds the only reference now)
        try:
            dispatcher.arrived.emit()
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

    With an ``owner``, the callbacks are skipped if the owner was deleted meanwhile.  (Call from the
    GUI thread.  The first call moves the cycle collector there: ``collector``.)
    """
    collector.install()
    ticket = next(_tickets)
    _pending[ticket] = _Waiting(on_success, on_failure, owner)
    (pool or QThreadPool.globalInstance()).start(_task(function, ticket, _gui_dispatcher()))


def on_gui_thread(callback: Callable[[], None], owner: QObject | None = None) -> Callable[[], None]:
    """A callable any thread may call: each call runs ``callback`` later on the GUI thread, as a task's outcome is.

    For notifications raised on a pool thread (the roster's and the desk lists' refresh call their
    subscribers on the database thread): the call itself only queues, the callback runs in the GUI
    thread's event loop, and not at all once ``owner`` was deleted.  (Wrap on the GUI thread.)
    """
    collector.install()
    dispatcher = _gui_dispatcher()

    def deliver(_result: object) -> None:
        callback()

    def call() -> None:
        ticket = next(_tickets)
        _pending[ticket] = _Waiting(deliver, None, owner)
        _outcomes.append((ticket, True, None, None))
        try:
            dispatcher.arrived.emit()
        except RuntimeError:  # the app quit meanwhile
            _pending.pop(ticket, None)

    return call


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


def settle_before_exit(timeout_ms: int = 10000) -> bool:
    """(GUI thread, the last thing before the process exits) no task left running, none about to start.

    Handing a finished task's outcome over may start another (a save's callback refreshes the roster
    on the database thread); a task still running while the interpreter tears the dispatcher down
    crashes the process in its ``emit``.  So: wait, deliver, and again, until a round starts nothing.
    """
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        idle = wait_for_background_work(max(0, int((deadline - time.monotonic()) * 1000)))
        QCoreApplication.processEvents()
        if (
            idle
            and not _outcomes
            and QThreadPool.globalInstance().activeThreadCount() == 0
            and (_database_pool is None or _database_pool.activeThreadCount() == 0)
        ):
            return True
        if time.monotonic() >= deadline:
            return False


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
