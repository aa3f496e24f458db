"""In the Chinese interface Qt's own strings are Chinese too: standard buttons and the file dialog (real window)."""

from __future__ import annotations

import re

import pytest
from gui_helpers import open_window
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def test_standard_buttons_and_the_file_dialog_speak_chinese(window):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "标题",
        "正文",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        window,
    )
    texts = {
        box.button(button).text().replace("&", "") for button in (box.StandardButton.Yes, box.StandardButton.Cancel)
    }
    assert {"是(Y)", "取消"} <= texts or {"是", "取消"} <= texts, texts
    box.deleteLater()

    dialog = QFileDialog(window, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    labels = {button.text().replace("&", "") for button in buttons}
    assert "取消" in labels, labels
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "文件名" in shown, shown  # "File name:" in Chinese
    # and no label left in English (Qt 6's "&Look in:" and "Files of &type:" are missing from qtbase_zh_CN)
    assert not re.search(r"[A-Za-z]{2,}", shown), shown
    assert window.actions["export"].text() == "导出 Word…", "the app's own strings stay as written"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
    assert QCoreApplication.translate("MainWindow", "稿件") == "稿件"
    dialog.deleteLater()
