"""The reporter roster and the unknown-reporter finding — on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import storage_fixtures

from desktop.proofing.findings import Severity
from desktop.proofing.pipeline import document_from_text
from storage.db import open_database
from storage.errors import RosterConflict, StorageError
from storage.roster import Roster, name_pinyin
from storage.roster_check import byline_names_of, nearest_names, unknown_reporter_findings

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
database = storage_fixtures.database


@pytest.fixture
def roster(database) -> Roster:
    roster = Roster(database)
    for name, desk in [("张静", "要闻部"), ("赵静", "社会新闻部"), ("曾志伟", "体育部"), ("王刚", "")]:
        roster.add(name, desk)
    return roster


def test_pinyin_full_and_initials_with_surname_readings():
    assert name_pinyin("张静") == ("zhang jing", "zj")
    assert name_pinyin("曾志伟") == ("zeng zhi wei", "zzw")
    assert name_pinyin("单雄信") == ("shan xiong xin", "sxx")
    assert name_pinyin("欧阳娜娜") == ("ou yang na na", "oynn")


def test_search_by_initials_pinyin_and_characters_sorted_by_pinyin(roster):
    assert [e.name for e in roster.search("zj")] == ["张静", "赵静"]
    assert [e.name for e in roster.search("zhaoj")] == ["赵静"]
    assert [e.name for e in roster.search("静")] == ["张静", "赵静"]
    assert [e.name for e in roster.entries()] == ["王刚", "曾志伟", "张静", "赵静"]
    assert roster.get("赵静").desk == "社会新闻部"


def test_a_name_is_on_the_roster_once(roster):
    with pytest.raises(StorageError, match="已在记者名册中"):
        roster.add("张静")
    with pytest.raises(StorageError, match="姓名不能为空"):
        roster.add("  ")


def test_two_editors_changing_one_entry_get_a_conflict(roster, database_url):
    entry = roster.get("王刚")
    other = Roster(open_database(database_url))
    changed = other.update(entry.id, expected_version=entry.version, desk="经济部")
    assert changed.version == entry.version + 1
    with pytest.raises(RosterConflict, match="已被别人修改"):
        roster.update(entry.id, expected_version=entry.version, desk="文体部")
    with pytest.raises(RosterConflict):
        roster.remove(entry.id, expected_version=entry.version)
    assert roster.get("王刚").desk == "经济部"
    renamed = roster.update(entry.id, expected_version=changed.version, name="王钢", active=False)
    assert (renamed.name, renamed.pinyin, renamed.active) == ("王钢", "wang gang", False)
    assert [e.name for e in roster.entries(active_only=True)] == ["曾志伟", "张静", "赵静"]
    other.database.close()


def test_import_csv_in_gbk_adds_and_updates_in_one_go(roster, tmp_path: Path):
    path = tmp_path / "名册.csv"
    path.write_bytes("姓名,部门,在职\n张静,评论部,是\n李娜,摄影部,\n宋瑜,要闻部,否\n\n".encode("gbk"))
    result = roster.import_csv(path)
    assert (result.added, result.updated, result.unchanged, result.problems) == (2, 1, 0, [])
    assert roster.get("张静").desk == "评论部"
    assert roster.get("宋瑜").active is False
    assert roster.get("李娜").initials == "ln"

    bad = tmp_path / "bad.csv"
    bad.write_bytes("张静,评论部,也许\n".encode())
    assert roster.import_csv(bad).problems == ["第 1 行：无法识别在职状态“也许” (line 1)"]
    with pytest.raises(StorageError, match="无法读取"):
        roster.import_csv(tmp_path / "missing.csv")


PAGE = (
    "全国政务公开研讨会召开\n\n"
    "本报聊城9月16日讯(记者张同建) 9月16日，研讨会召开。\n\n"
    "志愿精神温暖扶贫路\n\n"
    "“感谢你们。”贫困户孙绪荣说。\n\n"
    "（赵静 王刚）\n"
)


def test_unknown_reporter_finding_names_the_nearest_roster_entries(roster):
    roster.add("张同健")
    document = document_from_text(PAGE)
    assert byline_names_of(document) == ["张同建", "赵静", "王刚"]
    findings = unknown_reporter_findings(document, roster)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.check == "unknown-reporter" and finding.severity is Severity.INFO
    assert finding.message == "署名“张同建”不在记者名册中"
    assert "张同健" in finding.evidence
    block = document.blocks[finding.blocks[0]].text
    span = finding.spans[0]
    assert block[span.start : span.end] == "张同建"
    assert roster.unknown_names(byline_names_of(document)) == ["张同建"]


def test_open_default_roster_without_and_with_a_database(database_url, monkeypatch):
    from storage.roster_check import open_default_roster

    monkeypatch.delenv("PROOFSHEET_DATABASE_URL", raising=False)
    assert open_default_roster() is None
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    roster = open_default_roster()
    roster.add("张同健")
    assert [f.message for f in unknown_reporter_findings(document_from_text(PAGE), roster)] == [
        f"署名“{name}”不在记者名册中" for name in ("张同建", "赵静", "王刚")
    ]
    roster.database.close()


def test_no_roster_no_unknown_reporter_findings(database):
    assert unknown_reporter_findings(document_from_text(PAGE), Roster(database)) == []


def test_nearest_names_prefer_same_sound_over_shared_finals(roster):
    entries = roster.entries()
    assert [e.name for e, _ in nearest_names("赵晶", entries)][:1] == ["赵静"]
    assert nearest_names("黄慧", entries) == []
