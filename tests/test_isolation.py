"""No test run writes into the user's real profile (HOME, the XDG folders): a small session proves it.

The child session gets a fresh, empty HOME and its own temporary folder (TMPDIR) and no
PROOFSHEET_HOME or XDG variables, as on a developer's machine.  It runs tests whose
module-scoped fixtures build the jieba cache and read the desk dictionary before any
function-scoped fixture, and a real window that saves its settings and its SQLite file.
Afterwards HOME must still be empty: everything went under the temporary folder.  Every session also
ends by checking that it wrote nothing into the checkout (``checkout_guard``, from the conftest).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHILD_TESTS = (
    "tests/test_segment_wordcut.py",  # module-scoped fixture: the word cache and the desk dictionary
    "tests/test_gui_main_window.py::test_first_start_opens_the_sample_and_shows_findings",  # settings, SQLite
)
PROFILE_VARIABLES = ("PROOFSHEET_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def _everything_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_a_test_session_leaves_the_users_profile_untouched(tmp_path: Path):
    home = tmp_path / "home"
    temporary = tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    environment = {name: value for name, value in os.environ.items() if name not in PROFILE_VARIABLES}
    environment.update(HOME=str(home), TMPDIR=str(temporary), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *CHILD_TESTS],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout.splitlines()[-1]
    written = _everything_under(home)
    assert written == [], f"the test session wrote into the user's profile: {written}"


def test_the_checkout_guard_sees_a_file_made_changed_or_removed(tmp_path: Path):
    """The check every session ends with (conftest ``pytest_sessionfinish``): a run that writes into the checkout
    fails.  Here on a copy-sized tree of its own: made, changed and removed files are named, caches are not."""
    import checkout_guard

    (tmp_path / "desktop").mkdir()
    kept = tmp_path / "desktop" / "kept.py"
    kept.write_text("a = 1\n", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    gone.write_text("青禾县\n", encoding="utf-8")
    before = checkout_guard.listing(tmp_path)
    assert checkout_guard.changes(before, checkout_guard.listing(tmp_path)) == []

    (tmp_path / "desktop" / "__pycache__").mkdir()
    (tmp_path / "desktop" / "__pycache__" / "kept.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / ".hypothesis").mkdir()
    (tmp_path / ".hypothesis" / "examples").write_bytes(b"\0")
    assert checkout_guard.changes(before, checkout_guard.listing(tmp_path)) == []

    kept.write_text("a = 22\n", encoding="utf-8")
    gone.unlink()
    (tmp_path / "desk-dictionary.txt").write_text("林可舟\n", encoding="utf-8")
    assert checkout_guard.changes(before, checkout_guard.listing(tmp_path)) == [
        "made desk-dictionary.txt",
        "changed desktop/kept.py",
        "removed gone.txt",
    ]
