"""Background tasks: a task that outlives its dispatcher (the app quit while it ran) ends quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool

from desktop.ui import workers


def test_a_task_finishing_after_its_dispatcher_was_deleted_raises_nothing(qapp, capfd):
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def slow() -> str:
        started.set()
        release.wait(10)
        return "done"

    pool = QThreadPool()
    earlier = set(workers._pending)
    workers.run_in_background(slow, on_success=results.append, pool=pool)
    assert started.wait(10)
    (ticket,) = set(workers._pending) - earlier
    shiboken6.delete(workers._dispatcher)  # what the interpreter's shutdown does to the dispatcher a task holds
    del workers._pending[ticket]
    release.set()
    assert pool.waitForDone(10000)
    qapp.processEvents()
    assert results == []
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_settling_before_exit_waits_for_the_tasks_that_finished_tasks_start(qapp):
    """A save's callback starts a refresh on the database thread: at exit that one must be done too."""
    release = threading.Event()
    ran: list[str] = []

    def refresh() -> None:
        release.wait(0.3)
        ran.append("refresh")

    def save() -> str:
        ran.append("save")
        return "saved"

    workers.run_in_background(
        save, on_success=lambda _: workers.run_in_background(refresh, pool=workers.database_pool())
    )
    assert workers.settle_before_exit(10000)
    assert ran == ["save", "refresh"]
    assert workers.database_pool().activeThreadCount() == 0 and not workers._outcomes
