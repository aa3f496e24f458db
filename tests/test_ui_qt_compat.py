"""The binding's None-refcount defect must not be able to abort the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

import desktop.ui  # noqa: F401  (applies the work-around)


def test_many_empty_variants_do_not_exhaust_none(qapp):
    model = QStandardItemModel()
    item = QStandardItem("x")
    model.appendRow(item)
    for _ in range(20000):  # each call drops a reference to None on PySide6 6.12 / CPython 3.11
        item.setData("k", Qt.ItemDataRole.UserRole + 1)
        assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2) is None
    # Whatever the installed binding does with the count (6.11 keeps it, 6.12 eats one per call), None keeps
    # a headroom no session can use up.
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)


def test_the_feature_scan_reads_files_and_answers_as_pyside_does(tmp_path):
    import importlib.util

    feature = sys.modules["shibokensupport.feature"]
    scan = feature._mod_uses_pyside
    assert getattr(scan, "reads_the_file", False), "desktop.ui installs the quick scan"
    answers = {}
    for name, text in (("uses_qt", "from PySide6.QtCore import QObject\n"), ("plain", "import json\n")):
        path = tmp_path / f"{name}.py"
        path.write_text(f'"""林可舟的模块。"""\n{text}', encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        answers[name] = scan(module)
    assert answers == {"uses_qt": True, "plain": False}
    import json

    assert scan(json) is False and scan(sys) is False  # a built-in module has no file: PySide6's own check
