"""Entry point of the desktop application (``proofsheet`` with no subcommand)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def create_main_window(files: Sequence[Path] = (), services: Any = None, *, install_hooks: bool = True) -> Any:
    """Build the styled, translated main window and schedule the first page (shared by tests and benchmarks)."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.ui import engine_gateway
    from desktop.ui.adapters import build_services
    from desktop.ui.article_list_model import install_tooltip_font
    from desktop.ui.errors import install_excepthook, setup_logging, show_error_dialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session_start import start_session
    from desktop.ui.settings import load_preferences, open_settings
    from desktop.ui.style import apply_application_style
    from desktop.ui.translations import install_translator
    from desktop.ui.workers import run_in_background, set_default_failure_handler

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    setup_logging()
    if install_hooks:  # tests keep pytest-qt's own hook, which turns errors into failures
        install_excepthook()
    set_default_failure_handler(lambda failure: show_error_dialog(str(failure.error), failure.details))
    settings = open_settings()
    preferences = load_preferences(settings)
    translator = install_translator(app, preferences.language)
    apply_application_style(app, preferences.ui_font_size)
    install_tooltip_font(app)
    window = MainWindow(services or build_services(), settings)
    window.translator = translator
    window.show()
    QTimer.singleShot(0, lambda: start_session(window, list(files)))
    run_in_background(engine_gateway.warm_up, on_success=lambda _result: None, on_failure=lambda _failure: None)
    roster = window.services.roster
    if hasattr(roster, "refresh"):
        from desktop.ui.workers import database_pool

        def load_roster_once() -> None:  # after the first findings: the database waits for the analysis
            if not window.controller.analysed_once:
                return
            window.controller.findings_changed.disconnect(load_roster_once)
            run_in_background(roster.refresh, on_failure=lambda _failure: None, pool=database_pool())

        window.controller.findings_changed.connect(load_roster_once)
    return window


def run_app(argv: Sequence[str]) -> int:
    """Start the GUI; ``argv`` may name files to open and Qt options."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    files = [Path(arg) for arg in argv if not arg.startswith("-")]
    window = create_main_window(files)
    code = int(app.exec())
    del window
    return code
