"""Faults during autosave, in the real window offscreen on a real SQLite file: the database turns read-only,
the disk fills, the window is closed while saves still wait.

The faults are real SQLite errors raised inside the app's own engine: every new connection of the
window's engine gets ``PRAGMA query_only`` (SQLITE_READONLY, "attempt to write a readonly database",
what a file without write permission gives) or ``PRAGMA max_page_count`` capped at the file's size
(SQLITE_FULL, "database or disk is full", what a full disk gives).  chmod cannot make the file read-only
here: the tests run as root, which writes through any permission bits.

An edit is *acknowledged* when the transaction recording it committed; the tests check that the
database always holds exactly the acknowledged edits, in order, and in the end every edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from gui_helpers import recover_in_new_window, settle, type_text
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import event

from desktop.paths import sample_page
from desktop.ui.workers import wait_for_background_work

SAMPLE_PAGE = sample_page()


def open_window(qtbot, database_url: str):
    from desktop.app import create_main_window
    from desktop.ui.adapters import build_services

    window = create_main_window([SAMPLE_PAGE], build_services(database_url), install_hooks=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: window.is_built and window.controller.analysed_once and window.controller.path is not None,
        timeout=30000,
    )
    window.controller.autosave_retry_ms = (50, 100, 200)  # the app waits 1 s, 2 s, 5 s…: same code, shorter
    window.controller.autosave.queue.retry_on_edit_after_s = 0.0  # every new edit tries at once too
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=20000)
    return window


def count_edits(window) -> list[int]:
    """How many edits the window applied (each becomes one revision), counted as they happen."""
    counter = [0]
    window.controller.document_changed.connect(lambda _edit: counter.__setitem__(0, counter[0] + 1))
    return counter


@contextmanager
def sqlite_fault(window, pragma: Callable[[object], None]) -> Iterator[None]:
    """Every connection the window's engine opens meanwhile gets ``pragma`` (the pool is emptied first)."""
    engine = window.services.autosave.backend.database().engine

    def on_connect(connection, _record) -> None:
        pragma(connection)

    assert wait_for_background_work(20000)
    event.listen(engine, "connect", on_connect)
    engine.dispose()
    try:
        yield
    finally:
        assert wait_for_background_work(20000)
        event.remove(engine, "connect", on_connect)
        engine.dispose()


def read_only(connection) -> None:
    connection.execute("PRAGMA query_only=ON")


def disk_full(connection) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count={pages}")


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'faults.sqlite3'}"


@pytest.fixture
def reader(database_url: str):
    """The database as another program sees it: a connection of its own."""
    from storage.db import open_database
    from storage.pages import PageStore

    database = open_database(database_url)
    yield PageStore(database)
    database.close()


def stored(reader) -> tuple[object, int]:
    """The page as the database holds it, and how many revisions it has."""
    (summary,) = reader.pages()
    return reader.current_document(summary.page_id), len(reader.history(summary.page_id))


def text_of(document) -> str:
    return "\n".join(block.text for block in document.blocks)


def type_at(window, qtbot, paragraph: int, text: str) -> None:
    body = window.editor.body
    body.setFocus()
    body.place_cursor(paragraph, 0)
    type_text(body, text)


def notices(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "autosaveNotice") if box.isVisible()]


def test_read_only_database_keeps_edits_in_memory_and_saves_them_in_order_later(qtbot, database_url, reader):
    window = open_window(qtbot, database_url)
    edits = count_edits(window)
    type_at(window, qtbot, 0, "甲")
    qtbot.waitUntil(lambda: stored(reader)[1] == 1, timeout=10000)
    acknowledged = window.controller.document
    assert window.autosave_label.text() == "已保存"

    with sqlite_fault(window, read_only):
        type_at(window, qtbot, 1, "乙丙")
        assert window.controller.split_paragraph(2, 3)
        window.actions["undo"].trigger()  # the split, undone: one more edit to save
        qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 4 处修改："), timeout=10000)
        assert "数据库是只读的" in window.autosave_label.text()
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=5000)
        (notice,) = notices(window)
        assert "只读" in notice.informativeText() and "不会丢失" in notice.text()
        assert not notice.isModal()
        type_at(window, qtbot, 3, "丁")  # failing on: the editor is told once, the indicator counts on
        qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 5 处修改："), timeout=10000)
        assert len(window.findChildren(QMessageBox, "autosaveNotice")) == 1
        edited = window.controller.document
        assert "乙丙" in text_of(edited) and "丁" in text_of(edited) and "乙丙" not in text_of(acknowledged)
        assert stored(reader) == (acknowledged, 1), "the database holds exactly the acknowledged edit"
        settle(qtbot, window)
        assert window.controller.document == edited, "the edits stay in the window"

    # Writable again: the back-off timer saves the queue, in order, with no new edit needed.
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=10000)
    assert edits[0] == 6
    assert stored(reader) == (window.controller.document, 6)
    labels = [record.label for record in reader.history(reader.pages()[0].page_id)]
    assert labels == ["修改文字", "修改文字", "修改文字", "拆分段落", "拆分段落", "修改文字"]
    type_at(window, qtbot, 4, "戊")
    qtbot.waitUntil(lambda: stored(reader)[1] == 7, timeout=10000)
    assert stored(reader)[0] == window.controller.document


def test_full_disk_during_autosave_queues_the_edits_until_there_is_room(qtbot, database_url, reader):
    window = open_window(qtbot, database_url)
    controller = window.controller
    with sqlite_fault(window, disk_full):
        long_text = controller.document.blocks[5].text * 400  # needs new pages in the file: SQLITE_FULL
        assert controller.set_block_text(5, long_text, typing=False)
        type_at(window, qtbot, 0, "甲")  # small enough to fit, but it waits behind the one before it
        qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 2 处修改："), timeout=10000)
        assert "磁盘已满" in window.autosave_label.text()
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=5000)
        assert "磁盘已满" in notices(window)[0].informativeText()
        assert stored(reader)[1] == 0, "nothing out of order: the small edit did not jump the queue"
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=10000)
    assert stored(reader) == (controller.document, 2)
    assert stored(reader)[0].blocks[5].text == long_text


def test_closing_with_unsaved_edits_asks_and_the_next_start_recovers_the_acknowledged_ones(
    qtbot, database_url, reader, tmp_path, monkeypatch
):
    from desktop.ui.adapters import build_services
    from desktop.ui.autosave_status import page_text

    window = open_window(qtbot, database_url)
    type_at(window, qtbot, 0, "甲")
    qtbot.waitUntil(lambda: stored(reader)[1] == 1, timeout=10000)
    acknowledged = window.controller.document
    saved_to = tmp_path / "版面-未保存的修改.txt"
    with sqlite_fault(window, read_only):
        type_at(window, qtbot, 1, "乙")
        qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 1 处修改："), timeout=10000)
        edited = window.controller.document

        window.close()  # the database still refuses: the window asks instead of dropping the edit
        qtbot.waitUntil(lambda: window.unsaved_question is not None and window.unsaved_question.isVisible())
        question = window.unsaved_question
        assert "1 处修改" in question.text() and "只读" in question.informativeText()
        question.retry_button.click()  # keep trying: the window stays open, nothing is dropped
        assert window.isVisible() and window.controller.document == edited

        window.close()
        qtbot.waitUntil(lambda: window.unsaved_question is not question and window.unsaved_question.isVisible())
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(saved_to), "*.txt"))
        window.unsaved_question.save_button.click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert saved_to.read_text(encoding="utf-8") == page_text(edited)
        assert "乙" in saved_to.read_text(encoding="utf-8")

    # Nothing more reached the database: it holds the acknowledged edit with the session still open, exactly
    # what a killed process leaves behind.  The next start offers that page for recovery.
    assert stored(reader) == (acknowledged, 1) and reader.unclean_pages()
    again, offer = recover_in_new_window(qtbot, build_services(database_url))
    assert "1 处修改" in offer
    assert again.controller.document == acknowledged
    again.close()


def test_killed_while_edits_wait_the_database_holds_exactly_the_acknowledged_ones(database_url, reader, tmp_path):
    import json
    import os
    import signal
    import subprocess
    import sys

    from desktop.proofing.edits import document_from_dict

    acknowledged_json = tmp_path / "acknowledged.json"
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("fault_child.py")), database_url, str(acknowledged_json)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert "killing with 2 edits waiting" in child.stdout
    acknowledged = document_from_dict(json.loads(acknowledged_json.read_text(encoding="utf-8")))
    assert stored(reader) == (acknowledged, 1), "the saved edit is there, the two waiting ones are not"
    (crashed,) = reader.unclean_pages()  # offered for recovery on the next start (see the test above)
    assert reader.current_document(crashed.page_id) == acknowledged


def test_a_save_committed_before_the_connection_broke_is_not_saved_twice_and_a_real_conflict_is_not_retried(
    database_url, reader
):
    from storage_fixtures import sample_document

    from desktop.proofing import edits
    from desktop.ui.adapters import StorageAutosave, StorageBackend

    autosave = StorageAutosave(StorageBackend(database_url))
    document = sample_document()
    assert autosave.page_opened(document, None).saved
    page_id = reader.pages()[0].page_id
    first = edits.set_text(document, 0, "甲" + document.blocks[0].text)
    after_first = first.apply(document)
    # The server committed this save, but the app never heard back (the connection broke after the commit):
    reader.open_page(page_id).record_edit(first)
    state = autosave.edit_applied(first, after_first)
    assert state.saved, "recognised as already saved, not stuck and not written twice"
    assert stored(reader) == (after_first, 1)

    # Someone else really changed the page: retrying cannot help, so the queue says so and keeps the edit.
    reader.open_page(page_id).record_edit(edits.set_text(after_first, 1, "别人改的"))
    second = edits.set_text(after_first, 2, "我改的")
    state = autosave.edit_applied(second, second.apply(after_first))
    assert state.pending_edits == 1 and not state.retryable and "已被" in state.problem
    assert autosave.flush().pending_edits == 1
