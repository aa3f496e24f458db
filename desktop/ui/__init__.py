"""All Qt code of the desktop app."""

from desktop.ui.qt_compat import make_none_immortal

make_none_immortal()
