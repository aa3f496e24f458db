"""Test set-up: the whole session runs in a throwaway profile, every test gets its own user folders, Qt runs offscreen.

The profile is moved before pytest imports a single test module: module- and session-scoped
fixtures run before any function-scoped one, so a per-test fixture alone let them build the
jieba cache and the desk dictionary in the real ``~/.cache`` and ``~/.local/share``.
``tests/test_isolation.py`` runs a small session with a fresh HOME and fails if it is touched.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import checkout_guard
import pytest


def _isolate_the_session() -> Path:
    """HOME, the XDG folders (Linux), APPDATA/LOCALAPPDATA (Windows) and PROOFSHEET_HOME under one temporary root."""
    root = Path(tempfile.mkdtemp(prefix="proofsheet-test-profile-"))
    home = root / "home"
    folders = {
        "HOME": home,
        "USERPROFILE": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "APPDATA": home / "AppData" / "Roaming",
        "LOCALAPPDATA": home / "AppData" / "Local",
        "PROOFSHEET_HOME": root / "proofsheet",
    }
    for variable, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    # keyring (the database password's store) reads its choice of backend from the isolated config folder:
    # every process of the session uses tests/file_keyring.py, never the real user's credential store.
    keyring_config = folders["XDG_CONFIG_HOME"] / "python_keyring"
    keyring_config.mkdir(parents=True, exist_ok=True)
    (keyring_config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring=file_keyring.FileKeyring\nkeyring-path={Path(__file__).resolve().parent}\n",
        encoding="utf-8",
    )
    os.environ["PROOFSHEET_TEST_KEYRING"] = str(root / "keyring.json")
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


SESSION_PROFILE = _isolate_the_session()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
_CHECKOUT_AT_START = checkout_guard.listing(REPO)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The run fails if it wrote into the checkout (see ``checkout_guard``): tests write under temporary folders."""
    written = checkout_guard.changes(_CHECKOUT_AT_START, checkout_guard.listing(REPO))
    if written:
        print("\nthe test run wrote into the checkout (tests must write under their temporary folders):")
        for line in written[:20]:
            print(f"  {line}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


SAMPLES = REPO / "resources" / "samples"
SAMPLE_PAGE = SAMPLES / "liaocheng-2020-09-16.txt"
SAMPLE_TRUTH = SAMPLES / "liaocheng-2020-09-16.truth.json"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own data, config, cache and logs (the session's profile is already a temporary one)."""
    home = tmp_path_factory.mktemp("proofsheet-home")
    monkeypatch.setenv("PROOFSHEET_HOME", str(home))
    monkeypatch.setenv("PROOFSHEET_TEST_KEYRING", str(tmp_path_factory.mktemp("keyring") / "keyring.json"))
    return home


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_truth() -> dict:
    return json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))


# --- hypothesis profiles (property tests): CI runs a fixed, derandomised sample, reproducible run to run;
# HYPOTHESIS_PROFILE=long explores many more random examples (and keeps failures in .hypothesis/).
from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

_RELAXED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
hypothesis_settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True, suppress_health_check=_RELAXED
)
hypothesis_settings.register_profile(
    "long",
    max_examples=int(os.environ.get("HYPOTHESIS_LONG_EXAMPLES", "3000")),
    deadline=None,
    suppress_health_check=_RELAXED,
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def hypothesis_examples(ci: int) -> int:
    """``ci`` examples under the CI profile; the loaded profile's count otherwise (HYPOTHESIS_PROFILE=long)."""
    return ci if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci" else hypothesis_settings().max_examples


@pytest.fixture(autouse=True)
def collections_between_tests():
    """Once a GUI test moved cycle collection onto the GUI thread's timer (``desktop.ui.collector``),
    tests that run no event loop would never collect: each test's end is a tick of that timer."""
    yield
    collector = sys.modules.get("desktop.ui.collector")
    installed = collector.installed() if collector is not None else None
    if installed is not None:
        installed.collect_if_due()
