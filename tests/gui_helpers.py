"""What the GUI tests do to a real window: wait for analysis to settle, type as key events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def settle(qtbot, window) -> None:
    """Wait until the debounced re-analysis after the last edit has landed."""
    controller = window.controller
    qtbot.waitUntil(
        lambda: not controller._analysis_debouncer.is_pending() and not controller.analysis_running, timeout=20000
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events (QTest only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_window(qtbot, files=None, services=None):
    """A real main window (the sample page unless ``files`` says otherwise), shown once its first analysis is in."""
    from desktop.app import create_main_window

    main = create_main_window(files or (), services, install_hooks=False)
    qtbot.addWidget(main)
    qtbot.waitUntil(
        lambda: main.is_built and main.controller.analysed_once and main.controller.path is not None, timeout=30000
    )
    return main


def recover_in_new_window(qtbot, services=None):
    """Start a new window, accept its offer to recover the last session; returns (window, the offer's text)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import create_main_window

    again = create_main_window((), services, install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "recoveryDialog") is not None, timeout=20000)
    box = again.findChild(QMessageBox, "recoveryDialog")
    offer = box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    return again, offer


def answer_when_asked(window, dialog_name: str, button_text: str, within_ms: int = 30000) -> None:
    """Click ``button_text`` on the window's question ``dialog_name`` as soon as it shows (if it shows in time).

    For scripts that replace the page on screen (the window asks before replacing unsaved work).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    timer = QTimer(window)
    left = [within_ms // 20]

    def look() -> None:
        left[0] -= 1
        box = window.findChild(QMessageBox, dialog_name)
        if box is not None and box.isVisible():
            timer.stop()
            timer.deleteLater()
            next(button for button in box.buttons() if button.text() == button_text).click()
        elif left[0] <= 0:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(look)
    timer.start(20)


def open_replacing(window, qtbot, path) -> None:
    """Open ``path`` over the page on screen; its unsaved edits stay in the database (不保存).

    Should the file have stored edits (it was proofed before), it opens from its text (从原文重新开始).
    """
    if window.controller.modified:
        answer_when_asked(window, "replacePageDialog", "不保存")
    answer_when_asked(window, "continueDialog", "从原文重新开始")
    window.open_path(path)
    qtbot.waitUntil(lambda: window.controller.path == path and window.controller.analysed_once, timeout=30000)
