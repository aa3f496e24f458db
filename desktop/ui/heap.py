"""Keeping a long session's memory in check (no Qt): the cycle collector and the C heap."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading

_collecting_thread: int | None = None  # the GUI thread, once collector.py runs every collection there
_settle_requested = threading.Event()


def settle_heap(*, everything: bool = False) -> None:
    """Move the page's (long-lived) objects out of the cycle collector's way.

    A 1 MB page is hundreds of thousands of small immutable objects; without this a
    full collection scans them all and pauses the event loop for 50-100 ms.  The
    model is acyclic, so reference counting still frees what an edit discards.

    Collect first: what is frozen is never collected, so unreachable cycles lying
    about at this moment (SQLAlchemy leaves some behind every statement on the
    database thread) would stay for the rest of the session.  The collection only
    looks at what was made since the last freeze (~40 ms after loading a 1 MB page).
    ``everything`` (when a page is opened) looks at the frozen objects too, for the
    cycles that were still in use when they were frozen: so nothing outlives its page.
    """
    if everything:
        gc.unfreeze()
    gc.collect()
    gc.freeze()
    if everything:
        return_free_memory()


def collections_on_thread(ident: int) -> None:
    """From now on collections belong to thread ``ident`` (the GUI thread; see ``desktop.ui.collector``)."""
    global _collecting_thread
    _collecting_thread = ident


def settle_heap_where_safe() -> None:
    """``settle_heap`` now, or on the GUI thread's next collector tick when called from another thread.

    A collection frees whatever cycles hold the last reference to a Qt object, so it must not run
    in a worker (the C++ object would be destroyed off the GUI thread).
    """
    if _collecting_thread is None or _collecting_thread == threading.get_ident():
        settle_heap()
    else:
        _settle_requested.set()


def take_settle_request() -> bool:
    """(The collector, on the GUI thread) whether another thread asked for ``settle_heap``; clears the request."""
    if not _settle_requested.is_set():
        return False
    _settle_requested.clear()
    return True


def heap_settled_before() -> bool:
    """Whether ``settle_heap`` ran in this process (it leaves the objects it saw frozen)."""
    return gc.get_freeze_count() > 0


def return_free_memory() -> None:
    """Give the memory the last page (or its export) freed back to the system.

    glibc keeps freed memory in its per-thread arenas for reuse: after a big page or
    a big export the process stayed 100+ MB larger for good, page after page (seen
    by bench/soak.py).  Elsewhere (Windows) the heap returns it by itself.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
