"""Migrations and engine set-up, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import storage_fixtures
from sqlalchemy import inspect

from storage import db as storage_db
from storage import migrate
from storage.db import DATABASE_URL_ENV, Database, default_sqlite_path, open_database, save_database_url_setting

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
empty_database_url = storage_fixtures.empty_database_url
database = storage_fixtures.database

APP_TABLES = {
    "editions",
    "pages",
    "articles",
    "finding_decisions",
    "revisions",
    "reporters",
    "archived_headlines",
    "headline_grams",
    "gram_frequencies",
    "desk_people",
    "rulebook_terms",
    "whitelist_terms",
}


def _tables(url: str) -> set[str]:
    with Database(url) as database, database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def _schema_differences(url: str) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from storage.models import Base

    with Database(url) as database, database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_the_schema_head_constant_names_the_newest_migration():
    from storage.db_location import SCHEMA_HEAD

    assert migrate.head_revision() == SCHEMA_HEAD


def test_upgrade_from_empty_to_head_matches_the_models(empty_database_url):
    assert _tables(empty_database_url) == set()
    migrate.upgrade(empty_database_url)
    assert migrate.current_revision(empty_database_url) == migrate.head_revision()
    assert _tables(empty_database_url) >= APP_TABLES
    assert _schema_differences(empty_database_url) == []


def test_upgrade_from_the_first_migration_then_downgrade_back(empty_database_url):
    migrate.upgrade(empty_database_url, migrate.FIRST_REVISION)
    assert migrate.current_revision(empty_database_url) == migrate.FIRST_REVISION
    first_tables = _tables(empty_database_url)
    assert {"editions", "pages", "revisions"} <= first_tables
    assert "reporters" not in first_tables and "archived_headlines" not in first_tables

    migrate.upgrade(empty_database_url)
    assert _tables(empty_database_url) >= APP_TABLES
    assert _schema_differences(empty_database_url) == []

    migrate.downgrade(empty_database_url, migrate.FIRST_REVISION)
    assert migrate.current_revision(empty_database_url) == migrate.FIRST_REVISION
    assert _tables(empty_database_url) - {"alembic_version"} == first_tables - {"alembic_version"}

    migrate.downgrade(empty_database_url, "base")
    assert migrate.current_revision(empty_database_url) is None
    assert _tables(empty_database_url) - {"alembic_version"} == set()


def test_one_head_and_the_export_digest_column_added_to_existing_articles(empty_database_url):
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    assert len(ScriptDirectory(str(migrate.MIGRATIONS_DIR)).get_heads()) == 1  # another branch's migration re-parented
    migrate.upgrade(empty_database_url, "0003")
    with Database(empty_database_url) as database, database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO pages (id, page_label, source_name, encoding, raw_sha256, raw_text,"
                " document_json, snapshot_seq, head_seq, version, session_open, session_author,"
                " created_at, updated_at) VALUES (1, '06', 'p.txt', 'utf-8', 'x', '', '{}', 0, 0, 1,"
                " false, '', '2026-01-01', '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO articles (page_id, position, headline, paragraphs_json, status)"
                " VALUES (1, 0, '青禾县', '[]', 'exported')"
            )
        )
    migrate.upgrade(empty_database_url)
    with Database(empty_database_url) as database, database.engine.connect() as connection:
        rows = connection.execute(text("SELECT headline, status, exported_sha256 FROM articles")).all()
    assert [tuple(row) for row in rows] == [("青禾县", "exported", None)]
    migrate.downgrade(empty_database_url, "0003")
    with Database(empty_database_url) as database:
        assert "exported_sha256" not in {c["name"] for c in inspect(database.engine).get_columns("articles")}


def test_open_database_migrates_once_and_keeps_data(database_url):
    from storage.roster import Roster

    with open_database(database_url) as database:
        Roster(database).add("张静")
    with open_database(database_url) as database:
        assert [entry.name for entry in Roster(database).entries()] == ["张静"]
    assert migrate.current_revision(database_url) == migrate.head_revision()


def test_first_start_creates_the_sqlite_file_in_the_user_data_folder(isolated_user_folders, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    path = default_sqlite_path()
    assert not path.exists()
    assert storage_db.database_url().endswith(str(path))
    with open_database() as database:
        assert database.dialect == "sqlite"
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()
    assert path.parent == isolated_user_folders / "data"
    assert migrate.current_revision(storage_db.database_url()) == migrate.head_revision()


def test_environment_and_setting_choose_the_database(monkeypatch, tmp_path: Path):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    chosen = f"sqlite+pysqlite:///{tmp_path / 'newsroom.sqlite3'}"
    save_database_url_setting(chosen)
    assert storage_db.database_url() == chosen
    from desktop import paths

    settings = json.loads((paths.user_config_dir() / "storage.json").read_text(encoding="utf-8"))
    assert settings == {"database_url": chosen}

    override = "postgresql+psycopg://editor@db.newsroom/proofsheet"
    monkeypatch.setenv(DATABASE_URL_ENV, override)
    assert storage_db.database_url() == override

    monkeypatch.delenv(DATABASE_URL_ENV)
    save_database_url_setting(None)
    assert storage_db.database_url().endswith(str(default_sqlite_path()))


def test_foreign_keys_are_enforced(database):
    from sqlalchemy import insert

    from storage.errors import StorageError
    from storage.models import Revision

    try:
        with database.transaction() as session:
            session.execute(
                insert(Revision).values(
                    page_id=999, seq=1, kind="edit", label="", edit_json="{}", inverse_json="{}", author=""
                )
            )
    except StorageError as error:
        assert "没有保存" in str(error) or "database" in str(error)
    else:
        raise AssertionError("a revision of a missing page was accepted")
