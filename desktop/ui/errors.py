"""Unexpected exceptions: a rotating log file, and an error dialog that names it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop.paths import user_log_dir

LOG_FILE_NAME = "proofsheet.log"

log = logging.getLogger("desktop")


def log_file() -> Path:
    return user_log_dir() / LOG_FILE_NAME


def setup_logging() -> Path:
    path = log_file()
    root = logging.getLogger()
    for existing in [h for h in root.handlers if getattr(h, "proofsheet_log", False)]:
        if Path(existing.baseFilename) == path:  # type: ignore[attr-defined]
            return path
        root.removeHandler(existing)
        existing.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.proofsheet_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_error_dialog(summary: str, details: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "出错了"))
    box.setText(summary)
    box.setInformativeText(
        QCoreApplication.translate(
            "ErrorDialog",
            "你的修改仍在窗口中；除非状态栏显示“未保存”，它们也已存入数据库。详细信息已写入日志：\n{path}",
        ).format(path=log_file())
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()  # not exec(): a nested event loop inside an exception handler invites re-entrancy


def install_excepthook(before_dialog: Callable[[], None] | None = None) -> None:
    """Route uncaught exceptions (GUI thread and worker threads) to the log and an error dialog."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error:\n%s", details)
        if before_dialog is not None:
            try:
                before_dialog()
            except Exception:
                log.exception("saving state after an error failed")
        show_error_dialog(f"{kind.__name__}: {error}", details)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("unexpected error in thread %s:\n%s", args.thread.name if args.thread else "?", details)

    sys.excepthook = hook
    threading.excepthook = thread_hook
