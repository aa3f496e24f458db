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
