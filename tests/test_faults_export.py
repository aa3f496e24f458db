"""The export folder disappears during a batch export, in the real export dialog with real files: the dialog
says which files were written and which not and why (naming the folder), the written files stay intact,
the page is untouched, and a retry into another folder writes the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from test_faults_autosave import database_url, open_window

__all__ = ["database_url"]


def headline_of(path: Path) -> str:
    return docx.Document(str(path)).paragraphs[0].text


def test_export_folder_that_disappears_mid_batch_is_reported_and_the_rest_can_go_elsewhere(
    qtbot, database_url, tmp_path
):
    window = open_window(qtbot, database_url)
    controller = window.controller
    document, undo_steps = controller.document, controller.undo_stack.count()
    headlines = [article.headline for article in controller.articles()]
    share = tmp_path / "网络共享" / "第6版"
    share.mkdir(parents=True)

    dialog = window.show_export_dialog()
    dialog.page_spin.setValue(6)  # (版次 is asked, never assumed)
    dialog.per_article_radio.setChecked(True)
    dialog.folder_field.setText(str(share))

    def unplug(done: int, _total: int) -> None:  # in the export thread, between the first and second file
        if done == 1 and share.exists():
            kept = tmp_path / "first.docx"
            shutil.copy(next(share.glob("*.docx")), kept)
            shutil.rmtree(share.parent)

    dialog.progress_reported.connect(unplug, Qt.ConnectionType.DirectConnection)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)

    status = dialog.status_label.text()
    assert "导出中断" in status and "不存在" in status and str(share) in status
    assert len(dialog.written) == 1 and "已写出 1 个文件" in status and dialog.written[0].name in status
    missing = len(headlines) - 1
    assert f"未写出 {missing} 个文件" in status
    assert dialog.retry_button.isVisible()
    assert controller.document is document and controller.undo_stack.count() == undo_steps, "the page is untouched"
    assert headline_of(tmp_path / "first.docx") == headlines[0], "the file written before the fault is complete"

    elsewhere = tmp_path / "本地"
    dialog.folder_field.setText(str(elsewhere))
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    rest = sorted(elsewhere.glob("*.docx"))
    assert len(rest) == missing and dialog.written[0].name not in {p.name for p in rest}
    assert [headline_of(p) for p in rest] == headlines[1:]
    assert f"已导出 {len(headlines)} 个文件" in dialog.status_label.text()
    assert not dialog.retry_button.isVisible()
    dialog.close()
