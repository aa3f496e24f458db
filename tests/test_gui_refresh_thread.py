"""The roster and the desk lists are refreshed on the database thread; the window hears of it on the GUI thread.

A real window offscreen on the app's own SQLite file (PROOFSHEET_HOME is per test): adding a name to the
roster and whitelisting a term each reach the controller in the GUI thread's event loop, like a background
task's callbacks, and a notification that arrives after the window is gone reaches nothing.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.proofing import desk_lists
from desktop.ui import workers
from desktop.ui.document_controller import DocumentController
from tests.gui_helpers import open_window

PAGE = (
    "青禾县召开秋收工作会议\n"
    "本报讯（记者 林可舟）合作社将再接再励，争取明年丰收。\n"
    "白石镇的农户说，今年的稻谷比去年多。\n"
)


def _threads_of(monkeypatch, name: str) -> list[QThread]:
    """Record the thread each call of DocumentController.<name> runs on (the real method still runs)."""
    seen: list[QThread] = []
    original = getattr(DocumentController, name)

    def recording(self: DocumentController) -> None:
        seen.append(QThread.currentThread())
        original(self)

    monkeypatch.setattr(DocumentController, name, recording)
    return seen


def test_roster_and_desk_list_refreshes_reach_the_controller_on_the_gui_thread(qtbot, tmp_path, monkeypatch):
    roster_calls = _threads_of(monkeypatch, "supplement_changed")
    list_calls = _threads_of(monkeypatch, "rules_changed")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    gui = QApplication.instance().thread()
    try:
        database_threads: list[QThread] = []
        roster = window.services.roster

        def enrol() -> None:
            database_threads.append(QThread.currentThread())
            roster.add_names(["林可舟"])

        before = len(roster_calls)
        workers.run_in_background(enrol, pool=workers.database_pool())
        qtbot.waitUntil(lambda: len(roster_calls) > before, timeout=20000)
        assert database_threads and database_threads[0] is not gui, "the refresh itself ran on the database thread"
        assert all(thread is gui for thread in roster_calls), "the controller heard of it on the GUI thread"
        assert "林可舟" in roster.names()

        before = len(list_calls)
        lists = window.services.desk_lists
        workers.run_in_background(
            lambda: lists.set_whitelisted("再接再励", "wrong-character", True), pool=workers.database_pool()
        )
        qtbot.waitUntil(lambda: len(list_calls) > before, timeout=20000)
        assert all(thread is gui for thread in list_calls)
        qtbot.waitUntil(
            lambda: (
                not window.controller.analysis_running
                and not [f for f in window.controller.findings() if f.check == "wrong-character"]
            ),
            timeout=30000,
        )
    finally:
        desk_lists.install(desk_lists.DeskLists())
        window.close()


def test_a_notification_from_a_pool_thread_runs_on_the_gui_thread_and_not_after_its_owner_is_gone(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    ran: list[QThread] = []
    notify = workers.on_gui_thread(lambda: ran.append(QThread.currentThread()), owner=owner)
    pool = QThreadPool()
    called = threading.Event()

    def from_the_pool() -> None:
        notify()
        called.set()

    pool.start(from_the_pool)
    assert called.wait(10) and pool.waitForDone(10000)
    assert ran == [], "the call only queued it"
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran == [QApplication.instance().thread()]

    shiboken6.delete(owner)
    pool.start(notify)
    assert pool.waitForDone(10000)
    assert workers.settle_before_exit(5000)
    assert ran == [QApplication.instance().thread()], "nothing runs for a deleted owner"
    assert not workers._outcomes
