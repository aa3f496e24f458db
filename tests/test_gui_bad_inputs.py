"""Every bad input opened in the real main window (offscreen): a warning dialog naming the file and
the problem, no exception, and the page already open stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_inputs import CORPUS, PAGE, utf8_cut_in_middle, write_corpus
from gui_helpers import open_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desktop.paths import sample_page


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def _open_error_dialog(window) -> QMessageBox | None:
    for box in window.findChildren(QMessageBox, "openErrorDialog"):
        if box.isVisible():
            return box
    return None


def _refusal_shown(qtbot, window, open_it) -> str:
    """Open a bad input the way ``open_it`` does; return the dialog's text after checking nothing changed."""
    controller = window.controller
    before = (window.windowTitle(), controller.document, controller.path, controller.undo_stack.count())
    messages: list[str] = []
    window.open_failed.connect(messages.append)
    try:
        open_it()
        qtbot.waitUntil(lambda: _open_error_dialog(window) is not None, timeout=30000)
    finally:
        window.open_failed.disconnect(messages.append)
    box = _open_error_dialog(window)
    text = box.text()
    assert box.icon() == QMessageBox.Icon.Warning and box.windowTitle() == "无法打开"
    assert messages == [text]
    box.close()
    qtbot.waitUntil(lambda: _open_error_dialog(window) is None, timeout=5000)
    after = (window.windowTitle(), controller.document, controller.path, controller.undo_stack.count())
    assert after[0] == before[0] and after[1] is before[1] and after[2:] == before[2:]
    assert "正在打开" not in window.statusBar().currentMessage()
    return text


def test_every_bad_input_gets_a_dialog_and_the_open_page_stays(window, qtbot, tmp_path):
    write_corpus(tmp_path, include_big=True, include_special=True)
    assert window.controller.path == sample_page()
    for item in CORPUS:
        if item.name == "no-permission.txt":
            continue  # the GUI runs as root here, which reads it; the CLI test meets EACCES
        path = tmp_path / item.name
        text = _refusal_shown(qtbot, window, lambda p=path: window.open_path(p))
        assert text.startswith(f"无法打开“{item.name}”："), text
        for fragment in item.expect:
            assert fragment in text, (item.name, text)
        assert "Traceback" not in text and "\n" not in text

    # the big files were refused in the helper process; it still opens a big good page afterwards
    big = tmp_path / "big-page.txt"
    big.write_bytes(PAGE.encode("utf-8") * 1000)
    window.open_path(big)
    qtbot.waitUntil(lambda: window.controller.path == big and window.controller.analysed_once, timeout=60000)
    assert window.windowTitle() == "校样 Proofsheet — big-page.txt"


def test_dropped_and_recent_bad_files_get_the_same_dialog(window, qtbot, tmp_path):
    from desktop.ui.settings import recent_files

    write_corpus(tmp_path, include_special=False)
    dropped = tmp_path / "mixed-utf8-gbk.txt"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    assert "第 5、7 行是 GBK" in _refusal_shown(qtbot, window, lambda: window.dropEvent(drop))

    # a page from the recent-files menu that was damaged or removed since it was last opened
    page = tmp_path / "昨天 的版面.txt"
    page.write_text(PAGE, encoding="utf-8")
    window.open_path(page)
    qtbot.waitUntil(lambda: window.controller.path == page and window.controller.analysed_once, timeout=30000)
    window.open_path(sample_page())
    qtbot.waitUntil(lambda: window.controller.path == sample_page(), timeout=30000)
    assert recent_files(window.settings)[1] == page.resolve()
    page.write_bytes(utf8_cut_in_middle())
    action = window.recent_menu.actions()[1]
    text = _refusal_shown(qtbot, window, action.trigger)
    assert text.startswith("无法打开“昨天 的版面.txt”：") and "第 3 行" in text
    Path(page).unlink()
    assert "找不到" in _refusal_shown(qtbot, window, action.trigger)


WINDOW_IN_A_CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop.app import create_main_window

app = QApplication([])
window = create_main_window(install_hooks=False)

def wait(condition):
    deadline = time.monotonic() + 60
    while not condition():
        app.processEvents()
        time.sleep(0.005)
        assert time.monotonic() < deadline, "no answer"

wait(lambda: window.is_built and window.controller.analysed_once)
title = window.windowTitle()
window.open_path(Path(sys.argv[1]))
dialogs = lambda: [b for b in window.findChildren(QMessageBox, "openErrorDialog") if b.isVisible()]
wait(lambda: dialogs())
print(dialogs()[0].text())
print(window.windowTitle() == title and window.controller.path.name == "liaocheng-2020-09-16.txt")
"""


def test_a_page_without_read_permission_gets_the_dialog(tmp_path):
    """Root reads a file of mode 000, so a real window runs in a child without capabilities (EACCES)."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from bad_inputs import BY_NAME, NO_CAPABILITIES

    folder = Path(tempfile.mkdtemp(prefix="proofsheet-perm-"))
    try:
        path = BY_NAME["no-permission.txt"].make(folder)
        result = subprocess.run(
            [*NO_CAPABILITIES, sys.executable, "-c", WINDOW_IN_A_CHILD, str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    message, unchanged = result.stdout.splitlines()
    assert message.startswith("无法打开“no-permission.txt”：没有读取这个文件的权限")
    assert unchanged == "True"
