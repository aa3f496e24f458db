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
