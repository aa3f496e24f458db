"""The headline archive the analysis asks: on a first start (no database yet) it answers without creating one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.ui.adapters import LazyArchive, StorageBackend
from storage.db_location import DATABASE_URL_ENV, default_sqlite_path


@pytest.fixture
def fresh_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOFSHEET_HOME", str(tmp_path / "profile"))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return tmp_path / "profile"


def test_no_database_yet_no_archived_headlines_and_none_created(fresh_profile: Path):
    backend = StorageBackend()
    archive = LazyArchive(backend)
    assert archive.find_similar("青禾县举办秋季农产品展销会") == []
    assert not default_sqlite_path().exists(), "asking the archive created no database"
    assert default_sqlite_path().parent.is_relative_to(fresh_profile)

    # once the database exists (the autosave created it), the archive is read
    from storage.headline_index import SqlHeadlineArchive

    database = backend.database()
    SqlHeadlineArchive(database).add(["青禾县举办秋季农产品展销会"], dt.date(2024, 3, 5), "02")
    found = archive.find_similar("青禾县举办秋季农产品展销会")
    assert [match.headline for match in found] == ["青禾县举办秋季农产品展销会"]
    database.close()
