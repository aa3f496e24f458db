"""Least privilege on the newsroom's server: the app, connected as an editor role, reads and writes rows and never
changes the schema; ``proofsheet db upgrade`` as the owner role does; ``proofsheet db init-roles`` makes both roles.

The shared test server (``PROOFSHEET_TEST_PG``: the editor ``proofsheet_ci_editor``, ``PROOFSHEET_TEST_PG_OWNER``:
``proofsheet_owner``, both made by ``init-roles`` in ``.ci/scratch.bash``) holds each test's throwaway schema;
``init-roles`` itself runs on a server of its own (``tests/tls_cluster.py``) set up as desks did before it.
"""

from __future__ import annotations

import pytest
import storage_fixtures
from gui_helpers import open_window
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import ProgrammingError
from storage_fixtures import PgSchema, postgres_base_url, postgres_owner_url
from tls_cluster import CERTIFIED_HOST, EDITOR, EDITOR_PASSWORD, TlsCluster, tls_cluster

from desktop.cli import main
from desktop.ui.workers import wait_for_background_work
from storage import credentials, migrate, roles
from storage.db import Database, open_database, sqlite_url
from storage.db_location import DATABASE_URL_ENV, SCHEMA_HEAD
from storage.errors import SchemaMismatch
from storage.roster import Roster

__all__ = ["tls_cluster"]

OLDER = "0005"
NEWER = "9001"  # a migration only a newer version of the app knows


@pytest.fixture
def empty_schema():
    """A schema with the editor's rights but no tables yet: a desk whose administrator has not upgraded."""
    schema = PgSchema(postgres_base_url(), _owner_url(), migrated=False)
    try:
        yield schema
    finally:
        schema.drop()


def _owner_url() -> str:
    owner = postgres_owner_url()
    if owner == postgres_base_url():
        storage_fixtures.missing_outside_ci("unreachable", f"{storage_fixtures.PG_OWNER_ENV} not set (outside CI)")
    return owner


def _state(url: str) -> tuple[set[str], str | None]:
    """The tables and the stored migration, as the owner sees them."""
    with Database(url) as database, database.engine.connect() as connection:
        return set(inspect(connection).get_table_names()), migrate.current_revision_of(connection)


@pytest.mark.postgres
def test_the_app_runs_as_an_editor_role_that_may_write_rows_but_not_change_the_schema(empty_schema):
    editor = create_engine(empty_schema.url())
    try:
        with editor.connect() as connection:
            role, superuser = connection.execute(
                text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
            ).one()
            assert not superuser and role != "postgres"
            assert not connection.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar()
            assert not connection.execute(text("SELECT has_database_privilege(current_database(), 'CREATE')")).scalar()
            with pytest.raises(ProgrammingError, match="permission denied"):
                connection.execute(text("CREATE TABLE intruder (id integer)"))
    finally:
        editor.dispose()
    with pytest.raises(ProgrammingError, match="permission denied"):
        migrate.upgrade(empty_schema.url())
    assert _state(empty_schema.owner_url()) == (set(), None)


@pytest.mark.postgres
def test_migrations_are_refused_for_the_editor_and_applied_by_db_upgrade_as_the_owner(
    empty_schema, monkeypatch, capsys
):
    editor_url, owner_url = empty_schema.url(), empty_schema.owner_url()

    assert main(["db", "upgrade", "--url", editor_url]) == 2
    refused = capsys.readouterr().err
    assert "没有修改表结构的权限" in refused and "owner" in refused and "permission denied" in refused
    with pytest.raises(SchemaMismatch, match="数据库还没有建表，请管理员运行 proofsheet db upgrade"):
        open_database(editor_url)
    monkeypatch.setenv(DATABASE_URL_ENV, editor_url)
    assert main(["roster", "list"]) == 2
    assert "请管理员运行 proofsheet db upgrade" in capsys.readouterr().err
    assert _state(owner_url) == (set(), None), "the editor's attempts changed nothing"

    assert main(["db", "upgrade", "--url", owner_url]) == 0
    assert f"数据库结构已升级：空库 → {SCHEMA_HEAD}" in capsys.readouterr().out
    assert _state(owner_url)[1] == SCHEMA_HEAD

    assert main(["db", "status"]) == 0  # the configured database: the editor's
    status = capsys.readouterr().out
    assert "只能读写数据，不能修改表结构" in status and f"数据库结构版本 {SCHEMA_HEAD}，与本程序一致" in status
    assert main(["roster", "add", "林可舟"]) == 0
    with open_database(editor_url) as database:
        assert [entry.name for entry in Roster(database).entries()] == ["林可舟"]
    assert main(["db", "upgrade", "--url", owner_url]) == 0
    assert "已是最新" in capsys.readouterr().out


@pytest.mark.postgres
@pytest.mark.parametrize("age", ["older", "newer"])
def test_an_older_or_newer_schema_is_named_with_who_must_act_and_left_unchanged(age, empty_schema, monkeypatch, capsys):
    editor_url, owner_url = empty_schema.url(), empty_schema.owner_url()
    if age == "older":
        migrate.upgrade(owner_url, OLDER)
        sentence = f"数据库结构是旧版本（数据库 {OLDER}，本程序 {SCHEMA_HEAD}），请管理员运行 proofsheet db upgrade"
    else:
        migrate.upgrade(owner_url)
        with Database(owner_url) as owner, owner.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
        sentence = f"数据库结构比本程序新（数据库 {NEWER}，本程序 {SCHEMA_HEAD}），请为本机安装新版本的校样 Proofsheet"
    before = _state(owner_url)

    with pytest.raises(SchemaMismatch) as mismatch:
        open_database(editor_url)
    assert str(mismatch.value).startswith(sentence) and mismatch.value.newer == (age == "newer")
    monkeypatch.setenv(DATABASE_URL_ENV, editor_url)
    assert main(["db", "status"]) == 1
    assert sentence in capsys.readouterr().out
    if age == "newer":  # not even the owner may "upgrade" a schema this program does not know
        assert main(["db", "upgrade", "--url", owner_url]) == 2
        assert sentence in capsys.readouterr().err
    assert _state(owner_url) == before


@pytest.mark.postgres
def test_the_window_says_who_must_act_on_an_older_schema_and_saves_once_it_is_upgraded(
    qtbot, empty_schema, monkeypatch
):
    owner_url = empty_schema.owner_url()
    migrate.upgrade(owner_url, OLDER)
    monkeypatch.setenv(DATABASE_URL_ENV, empty_schema.url())
    window = open_window(qtbot, [storage_fixtures.SAMPLE_PAGE])
    qtbot.waitUntil(lambda: "proofsheet db upgrade" in window.connection_label.text(), timeout=30000)
    assert window.connection_label.text() == (
        f"数据库结构是旧版本（数据库 {OLDER}，本程序 {SCHEMA_HEAD}），请管理员运行 proofsheet db upgrade"
    )
    qtbot.waitUntil(lambda: "proofsheet db upgrade" in window.autosave_label.text(), timeout=30000)
    with Database(owner_url) as owner, owner.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pages")).scalar() == 0
        assert migrate.current_revision_of(connection) == OLDER

    assert main(["db", "upgrade", "--url", owner_url]) == 0  # the administrator acts: the waiting page is saved
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=90000)
    with Database(owner_url) as owner, owner.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pages")).scalar() == 1
    qtbot.waitUntil(lambda: "proofsheet db upgrade" not in window.connection_label.text(), timeout=30000)
    window.close()
    # (no retry of this window may outlive the test and open a later test's database; two migrations at once in
    # one process, which once failed here with KeyError: 'script', now take turns: see storage/migrate.py)
    assert wait_for_background_work(20000)


def test_the_embedded_sqlite_file_still_migrates_itself_but_refuses_a_newer_schema(tmp_path):
    url = sqlite_url(tmp_path / "proofsheet.sqlite3")
    migrate.upgrade(url, OLDER)
    with open_database(url):
        pass
    assert migrate.current_revision(url) == SCHEMA_HEAD
    with Database(url) as database, database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
    with pytest.raises(SchemaMismatch, match=r"数据库结构比本程序新.*请为本机安装新版本"):
        open_database(url)
    assert migrate.current_revision(url) == NEWER


def _tls_url(cluster: TlsCluster, user: str) -> str:
    server = credentials.ServerSettings(
        host=CERTIFIED_HOST, port=cluster.port, user=user, tls="verify-full", ca_file=str(cluster.ca_file),
        extra=(("hostaddr", "127.0.0.1"),),
    )  # fmt: skip
    return server.url()


def _editor_rights(connection) -> tuple[dict[str, set[str]], set[tuple[str, bool, bool]]]:
    tables = {
        row.table_name: set(row.rights.split(","))
        for row in connection.execute(
            text(
                "SELECT table_name, string_agg(privilege_type, ',') AS rights FROM information_schema.role_table_grants"
                " WHERE grantee = :editor AND table_schema = 'public' GROUP BY table_name"
            ),
            {"editor": roles.DEFAULT_EDITOR},
        )
    }
    sequences = {
        (row[0], row[1], row[2])
        for row in connection.execute(
            text(
                "SELECT sequencename, has_sequence_privilege(:editor, 'public.' || sequencename, 'USAGE'),"
                " has_sequence_privilege(:editor, 'public.' || sequencename, 'UPDATE') FROM pg_sequences"
                " WHERE schemaname = 'public'"
            ),
            {"editor": roles.DEFAULT_EDITOR},
        )
    }
    return tables, sequences


def test_init_roles_takes_a_desk_from_one_all_powerful_role_to_an_owner_and_editors(tls_cluster, capsys):
    """The desk's role ``linkezhou`` owned the database and made the tables (as the app used to); after init-roles
    it keeps its rows but may no longer change the schema, and the owner upgrades over TLS with a scram password."""
    editor_url, owner_url = _tls_url(tls_cluster, EDITOR), _tls_url(tls_cluster, roles.DEFAULT_OWNER)
    editor_server, _ = credentials.split_url(editor_url)
    owner_server, _ = credentials.split_url(owner_url)
    assert credentials.save_password(editor_server, EDITOR_PASSWORD)
    assert credentials.save_password(owner_server, "Qh-owner-青禾-7")  # invented
    migrate.downgrade(tls_cluster.socket_url(EDITOR, "proofsheet"), OLDER)  # an older desk, to upgrade below
    with Database(tls_cluster.socket_url(EDITOR, "proofsheet")) as legacy, legacy.engine.begin() as connection:
        # (as that older app wrote it: today's models have columns its schema lacks)
        connection.execute(
            text(
                "INSERT INTO reporters (name, pinyin, initials, desk, active, version, created_at, updated_at)"
                " VALUES ('林可舟', 'lin ke zhou', 'lkz', '青禾县', true, 1, now(), now())"
            )
        )

    admin = ["--url", tls_cluster.socket_url("postgres", "proofsheet")]
    assert main(["db", "init-roles", *admin, "--grant-to", EDITOR]) == 0
    assert f"已建立角色：{roles.DEFAULT_OWNER}" in capsys.readouterr().out
    assert main(["db", "init-roles", *admin, "--grant-to", EDITOR]) == 0  # again: nothing breaks
    capsys.readouterr()
    with Database(tls_cluster.socket_url("postgres", "proofsheet")) as superuser, superuser.engine.begin() as c:
        c.execute(text(f"ALTER ROLE {roles.DEFAULT_OWNER} PASSWORD 'Qh-owner-青禾-7'"))

    # the editor: rows yes, schema no; its older schema is named, and its upgrade refused
    with pytest.raises(SchemaMismatch, match="请管理员运行 proofsheet db upgrade"):
        open_database(editor_url)
    assert main(["db", "upgrade", "--url", editor_url]) == 2
    assert "没有修改表结构的权限" in capsys.readouterr().err
    with Database(editor_url) as database, database.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM reporters")).scalars().all() == ["林可舟"]
        with pytest.raises(ProgrammingError, match="permission denied"):
            connection.execute(text("CREATE TABLE intruder (id integer)"))

    # the owner upgrades over TLS; the tables it adds are the editor's to write, through default privileges
    assert main(["db", "upgrade", "--url", owner_url]) == 0
    assert f"数据库结构已升级：{OLDER} → {SCHEMA_HEAD}" in capsys.readouterr().out
    with open_database(editor_url) as database:
        Roster(database).add("沈青禾")
        assert sorted(entry.name for entry in Roster(database).entries()) == ["林可舟", "沈青禾"]
        with database.engine.connect() as connection:
            tables, sequences = _editor_rights(connection)
            assert not connection.execute(
                text("SELECT has_schema_privilege(:e, 'public', 'CREATE') OR has_database_privilege(:e, 'proofsheet',"
                     " 'CREATE') OR has_database_privilege(:e, 'proofsheet', 'TEMPORARY')"),
                {"e": roles.DEFAULT_EDITOR},
            ).scalar()  # fmt: skip
            owners = set(
                connection.execute(
                    text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
    app_tables = set(tables) - {"alembic_version"}
    assert {"reporters", "pages", "revisions", "desk_people"} <= app_tables
    assert all(rights == {"SELECT", "INSERT", "UPDATE", "DELETE"} for rights in tables.values()), tables
    assert sequences and all(usage and not update for _, usage, update in sequences), sequences
    assert owners == {roles.DEFAULT_OWNER}


def test_init_roles_prints_the_sql_it_runs_and_the_setup_guide_quotes_it(capsys):
    from pathlib import Path

    assert main(["db", "init-roles", "--print-sql"]) == 0
    printed = capsys.readouterr().out
    assert printed == roles.script(roles.role_statements("proofsheet"))
    assert (
        "CREATE ROLE proofsheet_editor NOLOGIN" in printed
        and "CREATE ON SCHEMA public TO proofsheet_editor" not in printed
    )
    guide = (Path(__file__).resolve().parent.parent / "docs" / "newsroom-setup.md").read_text(encoding="utf-8")
    assert printed in guide, "docs/newsroom-setup.md quotes `proofsheet db init-roles --print-sql` as it is"
    assert main(["db", "init-roles", "--print-sql", "--owner", "Robert'); DROP"]) == 2
    assert "不能用作角色" in capsys.readouterr().err


def test_no_db_command_takes_or_shows_a_password(capsys):
    for action in ("upgrade", "status", "init-roles"):
        with pytest.raises(SystemExit):
            main(["db", action, "--help"])
        shown = capsys.readouterr().out
        assert "--ask-password" in shown and "postgresql+psycopg://" in shown
        assert credentials.redact(shown) == shown, "no example URL carries a password"
