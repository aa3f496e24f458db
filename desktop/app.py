"""Entry point of the desktop application (``proofsheet`` with no subcommand).

Start-up order: the window frame is shown first (only light modules imported),
then the views are built from the event loop, then the page is loaded and
analysed in workers, so the editor sees a window at once and findings shortly after.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def create_main_window(files: Sequence[Path] = (), services: Any = None, *, install_hooks: bool = True) -> Any:
    """Show the styled, translated main window; build it and load the first page from the event loop.

    Shared by ``run_app``, the tests and the benchmarks.  ``install_hooks`` installs the
    excepthook (tests keep pytest-qt's own hook, which turns errors into failures).
    """
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.ui import collector
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    collector.install()  # cycles are collected on this thread only: a worker must never destroy a Qt object
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    window = MainWindow(services, staged=True)
    window.show()
    QTimer.singleShot(0, lambda: _finish_start(app, window, list(files), install_hooks))
    return window


def _finish_start(app: Any, window: Any, files: list[Path], install_hooks: bool) -> None:
    """Everything after the first frame: logging, error hooks, language, style, views, the first page."""
    from PySide6.QtCore import QTimer

    from desktop.ui.errors import install_excepthook, setup_logging, show_error_dialog
    from desktop.ui.style import apply_application_style
    from desktop.ui.translations import install_translator
    from desktop.ui.workers import set_default_failure_handler

    setup_logging()
    if install_hooks:
        install_excepthook()
    set_default_failure_handler(lambda failure: show_error_dialog(str(failure.error), failure.details))
    window.translator = install_translator(app, window.preferences.language)
    apply_application_style(app, window.preferences.ui_font_size)
    QTimer.singleShot(0, lambda: _build_and_open(window, files))  # two steps: no long pause of the event loop


def _build_and_open(window: Any, files: list[Path]) -> None:
    from PySide6.QtCore import QTimer

    from desktop.ui.article_list_model import install_tooltip_font
    from desktop.ui.session_start import AFTER_FIRST_FINDINGS_MS, start_session
    from desktop.ui.workers import database_pool, run_in_background

    window.build()
    install_tooltip_font(window)
    start_session(window, files)
    roster = window.services.roster
    if hasattr(roster, "refresh"):

        def refresh_lists() -> None:
            run_in_background(roster.refresh, on_failure=lambda _failure: None, pool=database_pool())
            lists = window.services.desk_lists
            run_in_background(lists.refresh, on_failure=lambda _failure: None, pool=database_pool())

        def load_roster_once() -> None:  # after the first findings: the database waits for the analysis
            if not window.controller.analysed_once:
                return
            window.controller.findings_changed.disconnect(load_roster_once)
            QTimer.singleShot(AFTER_FIRST_FINDINGS_MS, window, refresh_lists)

        window.controller.findings_changed.connect(load_roster_once)


def run_app(argv: Sequence[str]) -> int:
    """Start the GUI; ``argv`` may name files to open and Qt options."""
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen Windows build re-enters here as the page-analysis helper process
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    files = [Path(arg) for arg in app.arguments()[1:] if not arg.startswith("-")]  # Qt took its own options
    window = create_main_window(files)
    from desktop.ui.termination import close_on_termination

    termination = close_on_termination(window)  # SIGTERM/SIGHUP: close the window as 退出 does
    code = int(app.exec())
    from desktop.ui.workers import settle_before_exit

    settle_before_exit(10000)  # no task may still run Python while the interpreter shuts down
    del termination, window
    return code
