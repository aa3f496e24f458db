"""Test set-up: every test gets its own user folders, and Qt runs offscreen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"
SAMPLE_PAGE = SAMPLES / "liaocheng-2020-09-16.txt"
SAMPLE_TRUTH = SAMPLES / "liaocheng-2020-09-16.truth.json"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config, cache and logs at a fresh folder so no test touches the real profile."""
    home = tmp_path_factory.mktemp("proofsheet-home")
    monkeypatch.setenv("PROOFSHEET_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_truth() -> dict:
    return json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))
