"""Who did what, in real windows offscreen on one shared database (a SQLite file, and PostgreSQL): the page
history names each revision's editor, an export records who exported, and two editors on one page get a
conflict naming the other instead of overwriting each other."""

from __future__ import annotations

from pathlib import Path

import storage_fixtures
import who_did_what_page
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop.editor_identity import os_user
from desktop.ui.workers import wait_for_background_work
from storage.db import open_database
from storage.pages import PageStore

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
page_file = who_did_what_page.page_file


def _set_editor_name(name: str) -> None:
    """What Preferences keeps (the next window reads it when it starts)."""
    from desktop.ui.settings import load_preferences, open_settings, save_preferences

    settings = open_settings()
    preferences = load_preferences(settings)
    preferences.editor_name = name
    save_preferences(settings, preferences)


def _window(qtbot, url: str, path: Path, *, resume: bool = False):
    """A window on the shared database opening ``path``; ``resume``: continue the page stored for it."""
    from desktop.app import create_main_window
    from desktop.ui.adapters import build_services

    window = create_main_window([path], build_services(url), install_hooks=False)
    qtbot.addWidget(window)
    if resume:
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "continueDialog") is not None, timeout=30000)
        box = window.findChild(QMessageBox, "continueDialog")
        next(button for button in box.buttons() if button.text().startswith("继续上次校对")).click()
    qtbot.waitUntil(
        lambda: window.is_built and window.controller.analysed_once and window.controller.path is not None,
        timeout=30000,
    )
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=20000)
    return window


def _edit(qtbot, window, block: int, text: str) -> None:
    """Change a paragraph and wait until the database thread has tried to save it and the window heard back."""
    assert window.controller.set_block_text(block, text, typing=False)
    assert wait_for_background_work(20000)
    qtbot.wait(50)  # (the save's report reaches the window through its event loop)


def _history_rows(qtbot, window) -> list[tuple[str, ...]]:
    dialog = window.show_page_history()
    qtbot.waitUntil(lambda: "正在读取" not in dialog.summary.text(), timeout=20000)
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(5)) for row in range(table.rowCount())]


def test_two_editors_on_one_page_get_a_conflict_naming_the_other(qtbot, database_url, page_file):
    _set_editor_name("林可舟")
    first = _window(qtbot, database_url, page_file)
    _edit(qtbot, first, 0, "青禾县新建四座乡村图书馆")
    assert first.autosave_label.text() == "已保存"

    _set_editor_name("苏望舒")
    second = _window(qtbot, database_url, page_file, resume=True)
    assert second.controller.document.blocks[0].text == "青禾县新建四座乡村图书馆"

    _edit(qtbot, first, 2, "本报讯 青禾县今年在四个镇新建乡村图书馆，藏书共三万册。")
    assert first.autosave_label.text() == "已保存"
    _edit(qtbot, second, 0, "苏望舒改的标题")  # made on the page as it was before 林可舟's second edit

    qtbot.waitUntil(lambda: second.autosave_label.notice is not None, timeout=20000)
    assert "林可舟" in second.autosave_label.text()
    notice = second.autosave_label.notice
    assert notice.windowTitle() == "版面已被他人修改"
    assert "“林可舟”也在修改这个版面" in notice.text() and "没有存入数据库" in notice.text()

    with open_database(database_url) as database:
        store = PageStore(database)
        (summary,) = store.pages()
        saved = store.current_document(summary.page_id)
        history = store.history(summary.page_id)
    assert saved.blocks[0].text == "青禾县新建四座乡村图书馆", "the second editor's edit did not overwrite"
    assert [record.author for record in history] == ["林可舟", "林可舟"]

    rows = _history_rows(qtbot, first)
    assert [(row[0], row[2], row[3]) for row in rows] == [("1", "林可舟", "修改"), ("2", "林可舟", "修改")]
    first.history_dialog.close()
    second.controller.discard_unsaved()
    for window in (first, second):
        window.close()


def test_the_page_history_shows_each_editor_and_the_exporter(qtbot, database_url, page_file, tmp_path):
    _set_editor_name("")  # nobody named in Preferences: the operating-system user
    window = _window(qtbot, database_url, page_file)
    _edit(qtbot, window, 0, "青禾县新建四座乡村图书馆")
    preferences = window.show_preferences()
    assert preferences.editor_name.text() == "" and os_user() in preferences.editor_name.placeholderText()
    preferences.editor_name.setText("周远")
    preferences.accept()
    assert window.preferences.editor_name == "周远"
    _edit(qtbot, window, 4, "白石镇举办秋收农具展销会")

    dialog = window.show_export_dialog()
    dialog.whole_page_radio.setChecked(True)
    dialog.date_edit.setDate(QDate(2026, 3, 2))
    dialog.page_spin.setValue(3)
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running() and bool(dialog.written), timeout=60000)
    dialog.close()
    assert wait_for_background_work(20000)

    rows = _history_rows(qtbot, window)
    assert [(row[0], row[2], row[4]) for row in rows] == [
        ("1", os_user() or "未记录", rows[0][4]),
        ("2", "周远", rows[1][4]),
    ]
    summary = window.history_dialog.summary.text()
    assert "最近一次整版导出：周远" in summary
    window.history_dialog.close()
    with open_database(database_url) as database:
        store = PageStore(database)
        (page,) = store.pages()
        assert page.exported_by == "周远"
        assert {article.exported_by for article in store.articles(page.page_id)} == {"周远"}
        from storage.headline_index import SqlHeadlineArchive

        hit = SqlHeadlineArchive(database).search("青禾县新建四座乡村图书馆", limit=1)[0]
        assert hit.archived_by == "周远"
    window.close()


def test_another_editors_open_page_is_not_offered_as_a_crash_on_start(qtbot, database_url, page_file):
    from desktop.app import create_main_window
    from desktop.ui.adapters import build_services

    _set_editor_name("林可舟")
    first = _window(qtbot, database_url, page_file)
    _edit(qtbot, first, 0, "青禾县新建四座乡村图书馆")  # 林可舟's page stays open, with an edit

    _set_editor_name("苏望舒")
    second = create_main_window((), build_services(database_url), install_hooks=False)
    qtbot.addWidget(second)
    # 苏望舒's app opens the last file (its stored edits offered, asked) instead of 林可舟's page as a crash
    qtbot.waitUntil(lambda: second.findChild(QMessageBox, "continueDialog") is not None, timeout=30000)
    assert second.findChild(QMessageBox, "recoveryDialog") is None
    with open_database(database_url) as database:
        store = PageStore(database)
        assert [page.session_author for page in store.unclean_pages()] == ["林可舟"]
        assert store.unclean_pages("苏望舒") == [] and store.pages("苏望舒") == []
        assert [page.updated_by for page in store.unclean_pages("林可舟")] == ["林可舟"]
    second.findChild(QMessageBox, "continueDialog").reject()
    for window in (first, second):
        window.close()
