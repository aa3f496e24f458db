"""Qt objects die on the GUI thread: no collection, and no task's last reference, ends one in a worker.

A cycle holding a Qt object (a closed dialog whose lambdas capture it) is freed by whichever thread's
allocations trigger a collection; a task's function or result is let go by whoever holds it last.  Either
used to happen in a pool thread now and then, where destroying a Qt object may crash the app.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt, QThreadPool

from desktop.ui import engine_gateway
from desktop.ui.workers import run_in_background


def _garbage_cycle_of_a_qobject(died_on: list[int]) -> None:
    """An unreachable cycle holding a Qt object (its wrapper refers to itself), as a closed dialog's lambdas do."""
    holder = QObject()
    holder.destroyed.connect(lambda *_: died_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    holder.itself = holder


def _cycle_collected_while(work, qtbot) -> list[int]:
    """Where the cycle made while ``work`` waits on a pool thread is destroyed (thread ids)."""
    died_on: list[int] = []
    pool = QThreadPool()
    go = threading.Event()

    def task() -> None:
        assert go.wait(10)
        work()

    gc.collect()
    run_in_background(task, pool=pool)
    _garbage_cycle_of_a_qobject(died_on)
    go.set()
    assert pool.waitForDone(10000)
    assert died_on in ([], [threading.get_ident()]), "the cycle was collected in the pool thread"
    qtbot.waitUntil(lambda: died_on != [], timeout=5000)  # the GUI thread's collector gets to it
    return died_on


def test_a_worker_allocating_past_the_threshold_does_not_collect_there(qtbot):
    kept: list[object] = []
    died_on = _cycle_collected_while(lambda: kept.append([[] for _ in range(20 * gc.get_threshold()[0])]), qtbot)
    assert died_on == [threading.get_ident()]


def test_a_big_page_unpickled_in_a_worker_is_settled_on_the_gui_thread(qtbot):
    chunks = engine_gateway._pickled_chunks([("青禾县", n) for n in range(3 * engine_gateway.CHUNK)])
    frozen_before = gc.get_freeze_count()
    died_on = _cycle_collected_while(lambda: engine_gateway._unpickled_chunks(chunks), qtbot)
    assert died_on == [threading.get_ident()]
    assert gc.get_freeze_count() > frozen_before, "the page's objects are frozen out of later collections"


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot):
    died_on: list[int] = []
    holder = QObject()
    holder.destroyed.connect(lambda *_: died_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    pool = QThreadPool()
    run_in_background(lambda holder=holder: "林可舟", pool=pool)  # the task's function holds the last reference
    del holder
    assert pool.waitForDone(10000)
    assert died_on == [], "the pool thread let go of the task's function"
    qtbot.waitUntil(lambda: died_on != [], timeout=5000)
    assert died_on == [threading.get_ident()]


def test_the_collector_takes_collection_back_when_something_turned_it_on_again(qtbot):
    from desktop.ui import collector

    installed = collector.install()
    assert installed is not None and not gc.isenabled()
    try:
        gc.enable()  # (as a library's gc.disable()/gc.enable() pair around its work would)
        installed.collect_if_due()
        assert not gc.isenabled()
    finally:
        gc.disable()
