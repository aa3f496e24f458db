"""All Qt code of the desktop app."""

from desktop.ui.qt_compat import fast_feature_scan, make_none_immortal

make_none_immortal()
fast_feature_scan()
