"""bench/soak.py runs end to end: one page proofed in the real window, figures printed, samples written."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_a_short_soak_proofs_a_page_and_prints_its_figures(tmp_path):
    samples = tmp_path / "samples.csv"
    command = [sys.executable, str(REPO / "bench" / "soak.py"), "--minutes", "0.02", "--sample-seconds", "1"]
    command += ["--big-every", "0", "--csv", str(samples)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    output = run.stdout
    assert run.returncode in (0, 1), run.stderr[-2000:]  # 1: a run this short has no settled baseline
    assert "ERROR" not in output, output
    operations = re.search(r"(\d+) operations: (.*)", output)
    assert operations and int(operations.group(1)) > 0
    for done in ("open 1", "apply_fix", "fix_all_kind", "split_article", "merge_article", "keystroke", "export 1"):
        assert done in operations.group(2), f"{done} missing in: {operations.group(2)}"
    assert "undo restored 1/1 pages" in output
    assert re.search(r"exported [1-9]\d* \.docx files", output)
    assert re.search(r"RSS \(MB\) +[\d.]+ +[\d.]+ +[\d.]+ .*(PASS|FAIL)", output)
    assert re.search(r"^soak (PASS|FAIL)$", output, re.MULTILINE)
    with samples.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 2
    assert float(rows[-1]["rss_mb"]) > 50 and int(rows[-1]["pages"]) == 1


def test_counting_the_windows_qt_objects_leaves_no_wrappers_behind(qapp):
    import gc
    import importlib.util

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    spec = importlib.util.spec_from_file_location("soak_script", REPO / "bench" / "soak.py")
    assert spec is not None and spec.loader is not None
    soak = importlib.util.module_from_spec(spec)
    sys.modules["soak_script"] = soak  # (its dataclasses look their module up)
    spec.loader.exec_module(soak)
    window = QMainWindow()
    counts = []
    for _ in range(5):  # a question box (its labels made by Qt) comes and goes between two samples
        box = QMessageBox(
            QMessageBox.Icon.Question, "保存修改", "要先保存吗？", QMessageBox.StandardButton.Save, window
        )
        counts.append(soak.qt_object_count(window))
        box.deleteLater()
        del box
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    dead = [o for o in gc.get_objects() if type(o).__name__ in ("QLabel", "QMessageBox", "QDialogButtonBox")]
    assert not dead, f"the count left {len(dead)} wrappers of deleted Qt objects under the window"
    assert len(set(counts)) == 1 and counts[0] > 3
    assert soak.qt_object_count(window) < counts[0]
    window.deleteLater()
