"""Ending the app from outside the same way as 退出 (Ctrl+Q).

At logout the session manager sends SIGTERM, ``kill`` does the same, and closing the terminal
the app was started from sends SIGHUP.  By default each ends the process on the spot: the
page's session stays open in the database and the next start offers a crash recovery (for
“0 处修改” when nothing was edited).  Here they close the main window through its
``closeEvent``, which saves what waits and ends the session cleanly.

Python runs a signal handler only between bytecodes, and an idle Qt event loop runs no Python:
the C-level handler writes the signal number into a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches, so the window closes at once without a polling timer.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

CLOSING_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class CloseOnTermination(QObject):
    """Closes ``window`` (as 退出 does) when the process receives SIGTERM or SIGHUP; main thread only."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        signal.set_wakeup_fd(self._writer.fileno())
        for number in CLOSING_SIGNALS:
            signal.signal(number, _noted)

    def _woken(self) -> None:
        received = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            received = self._reader.recv(256)
        if any(number in received for number in CLOSING_SIGNALS):
            QTimer.singleShot(0, self._window.close)


def _noted(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler only replaces the default (end the process); the notifier does the closing."""


def close_on_termination(window: QWidget) -> CloseOnTermination:
    return CloseOnTermination(window)
