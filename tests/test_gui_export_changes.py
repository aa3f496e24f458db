"""已导出 becomes 已导出·有改动 when an exported article is edited later, back to 已导出 when undone, and stays so
across a restart (stored with the page: a real SQLite file in the test profile); on the real window offscreen."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import open_window, type_text
from PySide6.QtCore import QDate

from desktop.ui.article_list_model import EXPORTED_CHANGED, STATUS_ROLE

ARTICLES = [
    ("青禾县举办秋季农产品展销会", "林可舟"),
    ("白石镇新建文化广场投入使用", "周晚晴"),
    ("溪口村修通进山公路", "柳青"),
]


def _page(tmp_path: Path) -> Path:
    lines = []
    for number, (headline, reporter) in enumerate(ARTICLES):
        lines += [
            headline,
            f"本报讯（记者 {reporter}）第{number + 1}篇稿件的第一段，写的是当地的新变化。",
            f"第{number + 1}篇稿件的最后一段。",
        ]
    path = tmp_path / "qinghe-2024-03-05.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _statuses(window) -> list[str]:
    model = window.article_model
    return [model.index(row).data(STATUS_ROLE) for row in range(model.rowCount())]


def test_an_exported_article_edited_later_says_so(qtbot, tmp_path):
    from desktop.app import create_main_window

    window = open_window(qtbot, files=[_page(tmp_path)])
    window.editor.show_article(1)
    dialog = window.show_export_dialog()
    dialog.current_article_radio.setChecked(True)
    dialog.date_edit.setDate(QDate(2024, 3, 5))
    dialog.page_spin.setValue(2)
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    dialog.close()
    assert _statuses(window) == ["draft", "exported", "draft"]

    # an edit elsewhere leaves it 已导出; an edit in it makes it 已导出·有改动
    body = window.editor.body
    window.editor.show_article(0)
    body.setFocus()
    body.place_cursor(0, 0)
    type_text(body, "甲")
    assert _statuses(window) == ["draft", "exported", "draft"]
    window.editor.show_article(1)
    body.setFocus()
    body.place_cursor(0, 0)
    type_text(body, "乙")
    assert _statuses(window) == ["draft", EXPORTED_CHANGED, "draft"]
    assert window.article_model.status_label(EXPORTED_CHANGED) == "已导出·有改动"
    window.actions["undo"].trigger()
    assert _statuses(window) == ["draft", "exported", "draft"], "back to the exported text: 已导出 again"
    window.actions["redo"].trigger()
    assert _statuses(window) == ["draft", EXPORTED_CHANGED, "draft"]
    edited = window.controller.document
    window.close()

    # the next start restores the page: the article is still 已导出·有改动
    again = create_main_window(install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert again.controller.document == edited
    assert _statuses(again) == ["draft", EXPORTED_CHANGED, "draft"]
    again.close()
