"""Work-arounds for defects of the Qt binding that the app would otherwise trip over.

PySide6 6.12 on CPython 3.11 drops a reference to ``None`` too many on some calls
that pass or return an empty ``QVariant`` (``QModelIndex.data()`` of an unset role,
``QStandardItem.setData()``).  Each call takes one reference away; after a few
thousand (a findings panel of a long page) the interpreter aborts with "Fatal Python
error: none_dealloc".  CPython 3.12 made ``None`` immortal (PEP 683), which is also
the cure here: on older interpreters we give ``None`` a reference count no program
can exhaust.  ``None`` is never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
