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


def fast_feature_scan() -> None:
    """Make PySide6's check of every newly imported module read its file instead of parsing it.

    Once PySide6 is imported it looks at each module imported afterwards for the word
    "PySide6" (for its opt-in ``__feature__`` syntax) through ``inspect.getsource``, which
    splits the file into lines and tokenises it to find the module's extent: about 0.7 ms a
    module, 0.2 s of a start that imports SQLAlchemy and the engine after the window is up.
    Reading the file's bytes gives the same answer for a module with a ``.py`` file; any
    other module goes through PySide6's own check.  Nothing changes if PySide6 is laid out
    differently.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_the_file", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
