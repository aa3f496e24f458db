"""A roster conflict names the editor who changed the entry (as a page conflict does), or who removed it, on a
SQLite file and on PostgreSQL; migrations 0008 and 0009 add what records them and ``proofsheet db upgrade``
applies them."""

from __future__ import annotations

import json

import pytest
import storage_fixtures
from sqlalchemy import text

from desktop.cli import main
from storage import migrate
from storage.db import Database, open_database
from storage.errors import NotFound, RosterConflict, RosterEntryRemoved
from storage.roster import Roster

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
empty_database_url = storage_fixtures.empty_database_url
database = storage_fixtures.database


def test_a_roster_conflict_names_the_editor_who_changed_the_entry(database_url):
    with open_database(database_url) as first_db, open_database(database_url) as second_db:
        mine = Roster(first_db, "林可舟")
        theirs = Roster(second_db, "苏望舒")
        entry = mine.add("王刚", "要闻部")
        assert entry.updated_by == "林可舟"
        changed = theirs.update(entry.id, expected_version=entry.version, desk="经济部")
        assert changed.updated_by == "苏望舒"

        with pytest.raises(RosterConflict) as raised:
            mine.update(entry.id, expected_version=entry.version, desk="文体部")
        assert raised.value.other_editor == "苏望舒"
        assert "记者名册中“王刚”这一条已被“苏望舒”修改" in str(raised.value) and "没有保存" in str(raised.value)
        with pytest.raises(RosterConflict) as raised:
            mine.remove(entry.id, expected_version=entry.version)
        assert raised.value.other_editor == "苏望舒"
        assert [(e.name, e.desk, e.updated_by) for e in theirs.entries()] == [("王刚", "经济部", "苏望舒")]

        # 林可舟 reloads and changes it: now 苏望舒's stale change names 林可舟
        renamed = mine.update(entry.id, expected_version=changed.version, name="王钢")
        with pytest.raises(RosterConflict) as raised:
            theirs.update(entry.id, expected_version=changed.version, active=False)
        assert raised.value.other_editor == "林可舟" and "“王钢”这一条已被“林可舟”修改" in str(raised.value)
        mine.remove(renamed.id, expected_version=renamed.version)
        with pytest.raises(NotFound):
            theirs.update(entry.id, expected_version=renamed.version, desk="评论部")


def test_a_change_to_an_entry_someone_removed_names_who_removed_it(database_url):
    with open_database(database_url) as first_db, open_database(database_url) as second_db:
        mine = Roster(first_db, "林可舟")
        theirs = Roster(second_db, "苏望舒")
        entry = mine.add("王刚", "要闻部")
        kept = mine.add("沈青禾", "评论部")
        theirs.remove(entry.id, expected_version=entry.version)

        with pytest.raises(RosterEntryRemoved) as raised:
            mine.update(entry.id, expected_version=entry.version, desk="文体部")
        assert raised.value.other_editor == "苏望舒"
        assert isinstance(raised.value, NotFound) and isinstance(raised.value, RosterConflict)
        assert "记者名册中“王刚”这一条已被“苏望舒”删除" in str(raised.value) and "没有保存" in str(raised.value)
        with pytest.raises(RosterEntryRemoved) as raised:
            mine.remove(entry.id, expected_version=entry.version)
        assert raised.value.other_editor == "苏望舒"
        assert [e.name for e in mine.entries()] == ["沈青禾"]

        # removed by a session signed with the same name, and by one that named nobody
        Roster(first_db, "林可舟").remove(kept.id, expected_version=kept.version)
        with pytest.raises(RosterEntryRemoved) as raised:
            mine.update(kept.id, expected_version=kept.version, active=False)
        assert "另一个以“林可舟”署名的会话" in str(raised.value)
        unsigned = mine.add("周远")
        Roster(second_db).remove(unsigned.id, expected_version=unsigned.version)
        with pytest.raises(RosterEntryRemoved) as raised:
            theirs.update(unsigned.id, expected_version=unsigned.version, desk="摄影部")
        assert raised.value.other_editor == "" and "已被别人删除" in str(raised.value)

        with pytest.raises(NotFound) as raised:  # an entry that never was: nobody to name
            mine.update(10_000, expected_version=1, desk="体育部")
        assert not isinstance(raised.value, RosterConflict)


def test_an_id_sqlite_hands_out_again_is_named_by_its_latest_removal(tmp_path):
    with open_database(f"sqlite:///{tmp_path / 'roster.sqlite3'}") as database:
        mine, theirs = Roster(database, "林可舟"), Roster(database, "苏望舒")
        first = mine.add("王刚")
        mine.remove(first.id, expected_version=first.version)
        again = theirs.add("李娜")
        assert again.id == first.id  # (SQLite reuses the highest rowid once its row is gone)
        theirs.remove(again.id, expected_version=again.version)
        with pytest.raises(RosterEntryRemoved) as raised:
            mine.update(again.id, expected_version=again.version, desk="摄影部")
        assert raised.value.other_editor == "苏望舒" and "“李娜”这一条已被“苏望舒”删除" in str(raised.value)


def test_db_upgrade_applies_0009_and_an_entry_removed_before_it_is_just_gone(empty_database_url, capsys):
    migrate.upgrade(empty_database_url, "0008")
    with Database(empty_database_url) as db, db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO reporters (id, name, pinyin, initials, desk, active, version, updated_by, created_at,"
                " updated_at) VALUES (7, '王刚', 'wang gang', 'wg', '', true, 2, '林可舟', '2026-01-01', '2026-01-01')"
            )
        )
        connection.execute(text("DELETE FROM reporters"))  # (removed by an app from before 0009: no note)
    assert main(["db", "upgrade", "--url", empty_database_url]) == 0
    assert "数据库结构已升级：0008 → 0009" in capsys.readouterr().out
    with open_database(empty_database_url) as database:
        with pytest.raises(NotFound) as raised:
            Roster(database, "苏望舒").update(7, expected_version=2, desk="经济部")
        assert not isinstance(raised.value, RosterConflict)
        again = Roster(database, "林可舟").add("李娜")
        Roster(database, "苏望舒").remove(again.id, expected_version=again.version)
        with pytest.raises(RosterEntryRemoved) as raised:
            Roster(database, "林可舟").update(again.id, expected_version=again.version, desk="经济部")
        assert raised.value.other_editor == "苏望舒"
    migrate.downgrade(empty_database_url, "0008")
    assert migrate.current_revision(empty_database_url) == "0008"


def test_the_same_name_in_two_sessions_and_an_unnamed_change(database):
    first, second = Roster(database, "林可舟"), Roster(database, "林可舟")
    entry = first.add("赵静")
    first.update(entry.id, expected_version=entry.version, desk="评论部")
    with pytest.raises(RosterConflict) as raised:
        second.update(entry.id, expected_version=entry.version, desk="体育部")
    assert "另一个以“林可舟”署名的会话" in str(raised.value)

    unnamed = Roster(database)  # a change nobody signed (as every change before migration 0008)
    now = unnamed.update(entry.id, expected_version=entry.version + 1, desk="体育部")
    with pytest.raises(RosterConflict) as raised:
        first.update(entry.id, expected_version=entry.version + 1, desk="要闻部")
    assert raised.value.other_editor == "" and "已被别人修改" in str(raised.value)
    assert now.updated_by == ""


def test_an_import_records_who_added_and_who_changed(database, tmp_path):
    Roster(database, "林可舟").add("张静", "要闻部")
    path = tmp_path / "名册.csv"
    path.write_text("姓名,部门\n张静,评论部\n李娜,摄影部\n", encoding="utf-8")
    Roster(database, "周远").import_csv(path)
    assert {e.name: e.updated_by for e in Roster(database).entries()} == {"张静": "周远", "李娜": "周远"}


def test_db_upgrade_applies_0008_and_an_old_entry_is_changed_by_someone_unrecorded(empty_database_url, capsys):
    migrate.upgrade(empty_database_url, "0007")
    with Database(empty_database_url) as db, db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO reporters (id, name, pinyin, initials, desk, active, version, created_at, updated_at)"
                " VALUES (1, '林可舟', 'lin ke zhou', 'lkz', '要闻部', true, 3, '2026-01-01', '2026-01-01')"
            )
        )
    assert main(["db", "upgrade", "--url", empty_database_url]) == 0
    assert "数据库结构已升级：0007 → 0009" in capsys.readouterr().out
    with open_database(empty_database_url) as database:
        (old,) = Roster(database).entries()
        assert (old.name, old.version, old.updated_by) == ("林可舟", 3, "")
        with pytest.raises(RosterConflict) as raised:
            Roster(database, "苏望舒").update(old.id, expected_version=2, desk="经济部")
        assert raised.value.other_editor == "" and "已被别人修改" in str(raised.value)
    migrate.downgrade(empty_database_url, "0007")
    assert migrate.current_revision(empty_database_url) == "0007"


def test_the_command_line_and_the_app_record_who_changed_the_roster(database_url, monkeypatch, capsys):
    from desktop.ui.adapters import StorageBackend, StorageRoster

    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    assert main(["roster", "add", "林可舟", "--editor", "苏望舒"]) == 0
    backend = StorageBackend(database_url)
    app_roster = StorageRoster(backend)
    app_roster.set_editor("周远")  # the name from the app's Preferences
    app_roster.add_names(["沈青禾"])
    capsys.readouterr()
    assert main(["roster", "list", "--json"]) == 0
    rows = {row["name"]: row["updated_by"] for row in json.loads(capsys.readouterr().out)}
    assert rows == {"林可舟": "苏望舒", "沈青禾": "周远"}
    backend.database().close()
