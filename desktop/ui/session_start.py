"""What the window shows first: a file from the command line, a crashed session, the last one, or the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.paths import sample_page
from desktop.ui import engine_gateway
from desktop.ui.main_window import MainWindow
from desktop.ui.services import RecoverableSession
from desktop.ui.workers import TaskFailure, database_pool, run_in_background

# Work that can wait (the roster, the desk's lists, jieba's words for later edits) starts this long
# after the first findings arrive, so that it does not take the interpreter from their first paint.
AFTER_FIRST_FINDINGS_MS = 300


def start_session(window: MainWindow, files: list[Path]) -> None:
    if files:
        window.open_path(files[0])
        return
    autosave = window.controller.autosave
    if not autosave.may_have_sessions():
        _open_last_file_or_sample(window)  # first start: no database yet, nothing to restore
        return

    _warm_up_after_first_findings(window)

    def look_up() -> tuple[RecoverableSession | None, RecoverableSession | None]:
        return autosave.crashed_session(), autosave.last_session()

    run_in_background(
        look_up,
        on_success=lambda found: _decide(window, *found),
        on_failure=lambda failure: _fallback(window, failure),
        pool=database_pool(),
        owner=window,
    )


def _warm_up_after_first_findings(window: MainWindow) -> None:
    """Load jieba's words for the edits to come once the first findings are on screen.

    A page re-opened from the database is re-checked from the memo of segmented windows and
    needs no dictionary: loading it alongside would only compete with that first analysis
    (bench/gui.py, later start).  A page that does need it loads it itself.
    """
    controller = window.controller

    def warm_up_once() -> None:
        if not controller.analysed_once:
            return
        controller.findings_changed.disconnect(warm_up_once)
        QTimer.singleShot(
            AFTER_FIRST_FINDINGS_MS,
            window,
            lambda: run_in_background(
                engine_gateway.warm_up, on_success=lambda _result: None, on_failure=lambda _failure: None
            ),
        )

    controller.findings_changed.connect(warm_up_once)


def _fallback(window: MainWindow, failure: TaskFailure) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("SessionStart", "无法读取上次的会话：{e}").format(e=failure.error), 8000
    )
    _open_last_file_or_sample(window)


def _decide(window: MainWindow, crashed: RecoverableSession | None, last: RecoverableSession | None) -> None:
    if crashed is not None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SessionStart", "恢复未保存的工作"),
            QCoreApplication.translate(
                "SessionStart", "上次校对“{name}”时程序意外退出。要恢复当时的版面（{n} 处修改）吗？"
            ).format(
                name=crashed.source_path.name if crashed.source_path else crashed.document.source_name,
                n=crashed.edit_count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            window,
        )
        box.setObjectName("recoveryDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                window.restore_session(crashed)
            else:
                _open_last_file_or_sample(window)

        box.finished.connect(answered)
        box.open()
        return
    if last is not None:
        window.restore_session(last)
        return
    _open_last_file_or_sample(window)


def _open_last_file_or_sample(window: MainWindow) -> None:
    last_file = window.settings.value("session/last_file", "")
    if last_file and Path(str(last_file)).is_file():
        window.open_path(Path(str(last_file)))
    else:
        window.open_path(sample_page())
