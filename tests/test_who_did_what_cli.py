"""``proofsheet archive``: each archived headline records who archived it (``--editor``, else the name from
Preferences, else the operating-system user) and ``archive search`` shows it — SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import storage_fixtures

from desktop.cli import main
from desktop.editor_identity import os_user

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url


@pytest.fixture
def configured(database_url, monkeypatch) -> str:
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    return database_url


def _page(folder: Path, name: str, headline: str) -> str:
    path = folder / name
    path.write_text(f"{headline}\n本报记者 林可舟\n本报讯 青禾县日前举行活动，群众踊跃参加。\n", encoding="utf-8")
    return str(path)


def _archived_by(capsys, headline: str) -> str | None:
    capsys.readouterr()
    assert main(["archive", "search", headline, "--json", "--limit", "1"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["headline"] == headline
    return hit["archived_by"]


def test_archive_add_records_the_editor_given_or_from_preferences_or_the_system(configured, tmp_path, capsys):
    named = _page(tmp_path, "a.txt", "青禾县举办首届油菜花节")
    assert main(["archive", "add", named, "--edition", "2026-03-02", "--page", "3", "--editor", "苏望舒"]) == 0
    assert _archived_by(capsys, "青禾县举办首届油菜花节") == "苏望舒"
    assert main(["archive", "search", "青禾县举办首届油菜花节"]) == 0
    assert "青禾县举办首届油菜花节  （苏望舒 归档）" in capsys.readouterr().out

    unnamed = _page(tmp_path, "b.txt", "白石镇新修三条村道")
    assert main(["archive", "add", unnamed, "--edition", "2026-03-03", "--page", "2"]) == 0
    assert _archived_by(capsys, "白石镇新修三条村道") == (os_user() or None)

    from desktop.ui.settings import open_settings

    settings = open_settings()  # (the test profile's, see conftest.isolated_user_folders)
    settings.setValue("preferences/editor_name", "周远")
    settings.sync()
    again = _page(tmp_path, "c.txt", "青禾县召开冬季防火会议")
    assert main(["archive", "add", again, "--edition", "2026-03-04", "--page", "1"]) == 0
    assert _archived_by(capsys, "青禾县召开冬季防火会议") == "周远"
