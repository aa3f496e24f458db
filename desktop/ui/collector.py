"""Python's cycle collector, run on the GUI thread only.

Left to itself the collector runs in whichever thread allocates past its threshold: a worker
analysing a page or SQLAlchemy on the database thread.  A collection frees every unreachable
cycle, and a cycle may hold the last reference to a Qt object (a closed dialog whose lambdas
capture it, a window a test dropped); PySide then destroys the C++ object in that worker, where
Qt may not touch a widget or the GUI thread's objects.  That is a rare, load-dependent segfault.

So, once the app has a GUI thread and workers, automatic collection is off in the whole process
and a timer on the GUI thread does what it would have done: collect a generation when its count
passes the threshold (``gc.get_count`` still counts allocations in every thread).  Code on other
threads that wants a collection asks for one (``heap.settle_heap_where_safe``).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from desktop.ui import heap

TICK_MS = 250  # how often the GUI thread looks at the collector's counts (cheap: one gc.get_count())

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)  # lives (and ticks) on the GUI thread, as long as the application
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()
        heap.collections_on_thread(threading.get_ident())

    def collect_if_due(self) -> int | None:
        """The collection the interpreter would have run by now, if any; returns its generation."""
        if gc.isenabled():  # someone turned automatic collection back on (a library's disable/enable pair)
            gc.disable()
        if heap.take_settle_request():
            heap.settle_heap()
            return 2
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = None
        for number in range(3):
            if thresholds[number] and counts[number] > thresholds[number]:
                generation = number
        if generation is not None:
            gc.collect(generation)
        return generation


def install() -> GuiThreadCollector | None:
    """Move automatic collection onto the GUI thread (idempotent); None where there is no GUI thread here."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    import shiboken6

    if _collector is None or not shiboken6.isValid(_collector):
        _collector = GuiThreadCollector(app)
    gc.disable()
    return _collector


def installed() -> GuiThreadCollector | None:
    import shiboken6

    return _collector if _collector is not None and shiboken6.isValid(_collector) else None
