"""Entry point of the desktop application (``proofsheet`` with no subcommand)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_app(argv: Sequence[str]) -> int:
    """Start the GUI; ``argv`` may name files to open and Qt options."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from desktop import APP_TITLE

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle(APP_TITLE)
    window.setCentralWidget(QLabel("校样 Proofsheet"))
    window.resize(1200, 800)
    window.show()
    return int(app.exec())
