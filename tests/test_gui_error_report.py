"""校对报告 in the real window: the rate of the page as opened and after the editor's fix, saved as text."""

from __future__ import annotations

from tests.gui_helpers import open_window, settle

PAGE = "合作社再接再励迎丰收\n本报讯（记者 林可舟）昨天，合作社表示将再接再励，争取明年丰收。\n"


def test_the_report_counts_before_and_after_a_fix_and_saves(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    controller = window.controller
    body = next(f for f in controller.findings() if f.check == "wrong-character" and f.blocks[0] > 0)
    window.findings_panel.select_finding(body)
    window.actions["apply_fix"].trigger()
    settle(qtbot, window)
    dialog = window.show_error_report()
    text = dialog.view.toPlainText()
    assert "校对报告：page.txt" in text
    assert "原稿：" in text and "差错 3 个" in text  # the headline's counts twice, the body's once
    assert "修改后：" in text and "差错 2 个" in text  # the headline's is left
    saved = tmp_path / "page-校对报告.txt"
    assert dialog.suggested == saved
    assert dialog.save_to(saved)
    assert saved.read_text(encoding="utf-8") == text
    dialog.close()
