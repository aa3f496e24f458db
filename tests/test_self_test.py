"""``proofsheet --self-test`` from source, in a subprocess: passes on the checkout, names what is missing otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.self_test import CHECKS, required_resources

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"


def _proofsheet() -> list[str]:
    """The installed ``proofsheet`` script next to this interpreter (``python -m desktop`` if there is none)."""
    script = shutil.which("proofsheet", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "desktop"]


def _self_test(home: Path, *extra: str, resources: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself when there is no display
    env.pop("PROOFSHEET_RESOURCES", None)
    env["PROOFSHEET_HOME"] = str(home)
    env["PYTHONIOENCODING"] = "utf-8"
    if resources is not None:
        env["PROOFSHEET_RESOURCES"] = str(resources)
    return subprocess.run(
        [*_proofsheet(), "--self-test", *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=home,
        timeout=180,
    )


def _lines_by_check(stdout: str) -> dict[str, tuple[str, str]]:
    names = {name for name, _ in CHECKS}
    found: dict[str, tuple[str, str]] = {}
    for line in stdout.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[1] in names:
            found[parts[1]] = (parts[0], parts[2])
    return found


def test_self_test_passes_from_source_and_reports_every_check(tmp_path):
    report = tmp_path / "report.txt"
    home = tmp_path / "home"
    home.mkdir()
    result = _self_test(home, "--report", str(report))

    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines_by_check(result.stdout)
    assert set(lines) == {name for name, _ in CHECKS}
    assert {status for status, _ in lines.values()} == {"ok"}
    assert "liaocheng-2020-09-16.txt" in lines["engine"][1]
    assert "jieba/dict.txt" in lines["jieba"][1]
    assert ".docx" in lines["export"][1] and "read back" in lines["export"][1]
    if sys.platform.startswith("linux"):  # no display here: the self-test chose the offscreen platform itself
        assert "offscreen" in lines["window"][1]
    assert result.stdout.splitlines()[-1].startswith("self-test passed")
    assert report.read_text(encoding="utf-8") == result.stdout
    # throwaway user folders: nothing was written to the profile the app was started with
    assert list(home.iterdir()) == []


def test_missing_resource_fails_the_self_test_and_names_the_file(tmp_path):
    incomplete = tmp_path / "resources"
    shutil.copytree(RESOURCES, incomplete)
    removed = "templates/proofsheet.docx"
    assert removed in required_resources()
    (incomplete / removed).unlink()
    home = tmp_path / "home"
    home.mkdir()

    result = _self_test(home, resources=incomplete)

    assert result.returncode == 1, result.stdout + result.stderr
    lines = _lines_by_check(result.stdout)
    assert lines["resources"][0] == "MISSING"
    assert removed in lines["resources"][1]
    assert lines["export"][0] in ("MISSING", "FAILED")
    assert "proofsheet.docx" in lines["export"][1]
    assert lines["engine"][0] == "ok", "the other checks still run and pass"
    assert result.stdout.splitlines()[-1].startswith("self-test FAILED")
