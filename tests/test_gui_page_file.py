"""A page's proofing state belongs to its file: reopening it offers the saved edits, 保存 writes the page.

Real windows (offscreen) on a real database: a SQLite file, and PostgreSQL too when
``PROOFSHEET_TEST_PG`` is set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import storage_fixtures
from gui_helpers import open_window, settle, type_text
from PySide6.QtWidgets import QMessageBox

from desktop.proofing.pipeline import open_document
from desktop.proofing.render import render_text

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url

ARTICLES = [
    ("青禾县举办秋季农产品展销会", "林可舟", "展销会在县城广场开幕，来自全县的合作社带来了三百多种农产品。"),
    ("白石镇新建文化广场投入使用", "周晚晴", "文化广场占地二十亩，可容纳两千人同时活动。"),
    ("溪口村修通进山公路", "柳青", "进山公路全长八公里，今年九月通车。"),
]


def _write_page(path: Path, extra: str = "") -> Path:
    lines = []
    for headline, reporter, body in ARTICLES:
        lines += [headline, f"本报讯（记者 {reporter}）{body}{extra}", "当地群众纷纷前来参观。"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def page_file(database_url, monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    return _write_page(tmp_path / "page.txt")


def _type_in_body(qtbot, window, text: str) -> None:
    editor = window.editor
    editor.show_article(0)
    editor.body.setFocus()
    editor.body.place_cursor(0, 0)
    type_text(editor.body, text)
    settle(qtbot, window)


def _dialog(qtbot, window, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=20000)
    return window.findChild(QMessageBox, name)


def _click(box: QMessageBox, text: str) -> None:
    (button,) = [button for button in box.buttons() if button.text() == text]
    button.click()


def _texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def test_reopening_the_file_offers_to_continue_its_edits(qtbot, page_file):
    from desktop.app import create_main_window

    window = open_window(qtbot, files=[page_file])
    assert window.windowTitle() == "校样 Proofsheet — page.txt"
    _type_in_body(qtbot, window, "甲")
    assert window.windowTitle() == "校样 Proofsheet — page.txt*", "unsaved work shows in the title"
    edited = window.controller.document
    window.close()

    # the app started with the file again, as a double-click does
    again = create_main_window([page_file], install_hooks=False)
    qtbot.addWidget(again)
    box = _dialog(qtbot, again, "continueDialog")
    _click(box, "继续上次校对（1 处修改）")
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert _texts(again.controller.document) == _texts(edited)
    assert again.windowTitle() == "校样 Proofsheet — page.txt*"

    # Open (or 最近打开) the same file while its edits are on screen: asked first, then offered the edits again
    again.open_path(page_file)
    _click(_dialog(qtbot, again, "replacePageDialog"), "不保存")
    _click(_dialog(qtbot, again, "continueDialog"), "从原文重新开始")
    qtbot.waitUntil(lambda: _texts(again.controller.document) == _texts(open_document(page_file)), timeout=20000)
    assert again.windowTitle() == "校样 Proofsheet — page.txt"
    settle(qtbot, again)

    # started over: the next opening has nothing to offer
    again.open_path(page_file)
    qtbot.waitUntil(lambda: "已打开" in again.statusBar().currentMessage(), timeout=20000)
    assert again.findChild(QMessageBox, "continueDialog") is None
    again.close()


def test_opening_another_page_and_coming_back_through_recent_files_keeps_every_edit(qtbot, page_file, tmp_path):
    """Every kind of edit (typing, a fix-all, a split and a merge of articles) comes back, block for block."""
    from desktop.proofing.checks import HALFWIDTH_PUNCTUATION

    other = _write_page(tmp_path / "other.txt", extra="另一版,")
    window = open_window(qtbot, files=[page_file])
    controller = window.controller
    _type_in_body(qtbot, window, "甲乙")
    window.editor.show_article(1)
    window.editor.body.setFocus()
    window.editor.body.place_cursor(1, 0)
    window.split_article()
    settle(qtbot, window)
    assert controller.merge_article_with_next(2)
    controller.set_article_field(1, "headline", "新拆出的稿件")
    settle(qtbot, window)
    edited = controller.document
    steps = controller.undo_stack.count()
    assert steps >= 4 and len(edited.articles()) == len(ARTICLES)

    window.open_path(other)  # another page: its edits stay with the first one's file
    _click(_dialog(qtbot, window, "replacePageDialog"), "不保存")
    qtbot.waitUntil(lambda: controller.path == other and controller.analysed_once, timeout=30000)
    settle(qtbot, window)
    assert controller.fix_all(HALFWIDTH_PUNCTUATION, 0.0) == len(ARTICLES)
    other_edited = controller.document

    # back to the first page through 最近打开 (its second entry: the other page is the first)
    window._rebuild_recent_menu()
    recent = window.recent_menu.actions()[1]
    assert recent.text().split("\t")[0].endswith("page.txt")
    recent.trigger()
    _click(_dialog(qtbot, window, "replacePageDialog"), "不保存")
    box = _dialog(qtbot, window, "continueDialog")
    (resume,) = [button for button in box.buttons() if button.text().startswith("继续上次校对")]
    assert int(resume.text().split("（")[1].split(" ")[0]) >= steps  # (each keystroke is a revision)
    resume.click()
    qtbot.waitUntil(lambda: controller.path == page_file and controller.analysed_once, timeout=30000)
    assert controller.document.blocks == edited.blocks, "every edit, block for block (uids, roles, articles)"
    settle(qtbot, window)

    # and the other page's fix-all is still there when it is opened again
    window.open_path(other)
    _click(_dialog(qtbot, window, "replacePageDialog"), "不保存")
    (resume,) = [b for b in _dialog(qtbot, window, "continueDialog").buttons() if b.text().startswith("继续上次校对")]
    resume.click()
    qtbot.waitUntil(lambda: controller.path == other and controller.analysed_once, timeout=30000)
    assert controller.document.blocks == other_edited.blocks
    window.close()


def test_save_writes_the_cleaned_page_and_replacing_it_asks_first(qtbot, page_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    other = _write_page(tmp_path / "other.txt", extra="另一版。")
    window = open_window(qtbot, files=[page_file])
    controller = window.controller
    _type_in_body(qtbot, window, "乙")
    window.actions["save"].trigger()
    assert page_file.read_text(encoding="utf-8") == render_text(controller.document)
    assert window.windowTitle() == "校样 Proofsheet — page.txt"
    assert not list(tmp_path.glob(".~proofsheet-*")), "written atomically: no temporary file left"

    copy = tmp_path / "copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(copy), "")))
    _type_in_body(qtbot, window, "丙")
    window.actions["save_as"].trigger()
    assert copy.read_text(encoding="utf-8") == render_text(controller.document)
    assert controller.path == copy and window.windowTitle() == "校样 Proofsheet — copy.txt"

    # opening another page over unsaved work asks; 取消 keeps the page, 保存 writes it and then opens the other
    _type_in_body(qtbot, window, "丁")
    shown = controller.document
    window.open_path(other)
    _click(_dialog(qtbot, window, "replacePageDialog"), "取消")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "replacePageDialog") is None, timeout=20000)
    assert controller.document is shown and controller.path == copy
    window.open_path(other)
    _click(_dialog(qtbot, window, "replacePageDialog"), "保存")
    qtbot.waitUntil(lambda: controller.path == other, timeout=20000)
    assert copy.read_text(encoding="utf-8") == render_text(shown)
    assert window.windowTitle() == "校样 Proofsheet — other.txt"
    window.close()


def test_save_from_the_keyboard_keeps_what_is_typed_in_a_title_field(qtbot, tmp_path):
    """Ctrl+S while the cursor is still in the headline field saved the page without the words just typed there:
    the field commits on leaving it, and a shortcut leaves the focus where it is."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    page = _write_page(tmp_path / "page.txt")
    window = open_window(qtbot, files=[page])
    window.editor.show_article(1)
    field = window.editor.headline_field
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_End)
    for char in "（二）":
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    assert field.isModified()
    window.actions["save"].trigger()  # what Ctrl+S does, the field keeping the focus
    headline = ARTICLES[1][0] + "（二）"
    assert headline in page.read_text(encoding="utf-8").splitlines()
    assert window.controller.articles()[1].headline == headline
    assert window.windowTitle() == "校样 Proofsheet — page.txt", "saved: nothing left unsaved"
    window.controller.undo_stack.undo()
    assert window.controller.articles()[1].headline == ARTICLES[1][0]
    window.close()
