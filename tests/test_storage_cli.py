"""``proofsheet archive`` and ``proofsheet roster`` against SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import storage_fixtures

from desktop.cli import main

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url


@pytest.fixture
def configured(database_url, monkeypatch) -> str:
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    return database_url


def test_archive_add_then_search(configured, capsys):
    page = str(storage_fixtures.SAMPLE_PAGE)
    assert main(["archive", "add", page, "--edition", "2020-09-16", "--page", "6"]) == 0
    assert "加入标题库（2020-09-16 第 6 版）" in capsys.readouterr().out
    assert main(["archive", "add", page, "--edition", "2020-09-16", "--page", "6"]) == 0  # replaces, no copies
    capsys.readouterr()

    assert main(["archive", "search", "聊城高新区顾官屯镇志愿精神温暖扶贫", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["headline"] == "聊城高新区顾官屯镇:志愿精神温暖扶贫路"
    assert (hits[0]["edition_date"], hits[0]["page"]) == ("2020-09-16", "6")
    assert len({hit["headline"] for hit in hits}) == len(hits)

    assert main(["archive", "search", "国际油价连续三日下跌"]) == 0
    assert "没有相似的标题" in capsys.readouterr().out


def test_archive_add_refuses_bad_input(configured, tmp_path: Path, capsys):
    binary = tmp_path / "page.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["archive", "add", str(binary), "--edition", "2020-09-16", "--page", "1"]) == 2
    assert "page.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["archive", "add", str(storage_fixtures.SAMPLE_PAGE), "--edition", "16/9/2020", "--page", "1"])
    assert "2020-09-16 的形式" in capsys.readouterr().err


def test_roster_add_list_import(configured, tmp_path: Path, capsys):
    assert main(["roster", "add", "张静", "--desk", "要闻部"]) == 0
    assert "已添加：张静（zhang jing，要闻部）" in capsys.readouterr().out
    assert main(["roster", "add", "张静"]) == 2
    assert "已在记者名册中" in capsys.readouterr().err

    csv_file = tmp_path / "roster.csv"
    csv_file.write_bytes("name,desk\n赵静,社会新闻部\n张静,评论部\n".encode("gb18030"))
    assert main(["roster", "import", str(csv_file)]) == 0
    assert "新增 1 人，更新 1 人" in capsys.readouterr().out

    assert main(["roster", "list", "--search", "zj", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["name"], row["desk"]) for row in rows] == [("张静", "评论部"), ("赵静", "社会新闻部")]
    assert main(["roster", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("张静\tzhang jing\tzj")


def test_check_consults_the_archive_and_the_roster(configured, tmp_path: Path, capsys):
    page = storage_fixtures.SAMPLE_PAGE
    assert main(["archive", "add", str(page), "--edition", "2020-09-15", "--page", "3"]) == 0
    assert main(["roster", "add", "张同建"]) == 0
    capsys.readouterr()

    # The archived page itself does not report its own headlines as re-runs.
    main(["check", "--json", str(page)])
    own = json.loads(capsys.readouterr().out)
    assert not [f for f in own["findings"] if f["check"] == "archive-duplicate"]

    later = tmp_path / "later.txt"
    later.write_text(
        "聊城高新区许营镇贫困人员慢病筛查全覆盖\n\n本报讯（记者 李新）许营镇组织专家深入村居开展筛查。\n",
        encoding="utf-8",
    )
    main(["check", "--json", str(later)])
    report = json.loads(capsys.readouterr().out)
    rerun = [f for f in report["findings"] if f["check"] == "archive-duplicate"]
    assert rerun and "2020-09-15 第 3 版" in rerun[0]["message"]
    unknown = [f for f in report["findings"] if f["check"] == "unknown-reporter"]
    assert [f["severity"] for f in unknown] == ["info"]
    assert "李新" in unknown[0]["message"]

    assert main(["check", "--json", "--no-archive", str(later)]) in (0, 1)
    plain = json.loads(capsys.readouterr().out)
    assert not [f for f in plain["findings"] if f["check"] in ("unknown-reporter", "archive-duplicate")]


def test_roster_offer_lists_and_adds_the_page_bylines(configured, capsys):
    page = str(storage_fixtures.SAMPLE_PAGE)
    assert main(["roster", "add", "宋瑜"]) == 0
    capsys.readouterr()
    assert main(["roster", "offer", page]) == 0
    out = capsys.readouterr().out
    assert "张同建" in out and "赵静" in out and "王刚" in out
    assert "宋瑜" not in out
    assert main(["roster", "offer", page, "--add", "--desk", "地方新闻部"]) == 0
    assert "已添加：张同建（zhang tong jian）" in capsys.readouterr().out
    assert main(["roster", "list", "--search", "zj", "--json"]) == 0
    assert {row["name"] for row in json.loads(capsys.readouterr().out)} >= {"张静", "赵静"}
    assert main(["roster", "offer", page]) == 0
    assert "都已在名册中" in capsys.readouterr().out


def test_lists_import_people_then_check_uses_them_and_the_whitelist(configured, capsys, tmp_path):
    from desktop.proofing import desk_lists

    people = tmp_path / "people.csv"
    people.write_text("姓名,职务,排序\n林可舟,市委书记,1\n", encoding="utf-8")
    assert main(["lists", "import", "people", str(people)]) == 0
    assert "新增 1" in capsys.readouterr().out
    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋收工作会议\n昨天，市长林可舟主持会议，合作社将再接再励。\n", encoding="utf-8")
    try:
        main(["check", "--json", "--checks", "people-names,wrong-character", str(page)])
        found = [f["check"] for f in json.loads(capsys.readouterr().out)["findings"]]
        assert sorted(found) == ["people-names", "wrong-character"]
        assert main(["lists", "whitelist", "再接再励"]) == 0
        assert "已加入白名单" in capsys.readouterr().out
        main(["check", "--json", "--checks", "people-names,wrong-character", str(page)])
        assert [f["check"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["people-names"]
    finally:
        desk_lists.install(desk_lists.DeskLists())
    exported = tmp_path / "whitelist.csv"
    assert main(["lists", "export", "whitelist", str(exported)]) == 0
    assert "再接再励" in exported.read_text(encoding="utf-8-sig")
    assert main(["lists", "whitelist", "--remove", "再接再励"]) == 0
    assert "已移出白名单" in capsys.readouterr().out.splitlines()[-1]
    assert main(["lists", "show", "confusions"]) == 0
    assert "再接再励\t再接再厉" in capsys.readouterr().out


def test_lists_status_says_which_list_is_used_and_restore_brings_back_the_shipped_one(configured, capsys, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("词语,改为,说明,来源\n", encoding="utf-8")
    assert main(["lists", "status"]) == 0
    status = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(status) == {"people", "variant-forms", "confusions", "banned-words", "whitelist"}
    assert "随软件提供的默认词表" in status["confusions"] and "人名表为空" in status["people"]
    from desktop.proofing.desk_lists import DeskLists
    from storage.db import open_database
    from storage.desk_lists import DeskListStore

    DeskListStore(open_database()).replace_table("confusions", [])
    assert main(["lists", "show", "confusions"]) == 0
    shown = capsys.readouterr()
    assert shown.out == "" and "别字表为空" in shown.err and "proofsheet lists restore confusions" in shown.err
    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋收工作会议\n合作社将再接再励。\n", encoding="utf-8")
    try:
        main(["check", "--json", "--checks", "wrong-character", str(page)])
        assert json.loads(capsys.readouterr().out)["findings"] == []
        assert main(["lists", "restore", "confusions"]) == 0
        assert "已恢复随软件提供的默认词表" in capsys.readouterr().out
        main(["check", "--json", "--checks", "wrong-character", str(page)])
        assert [f["check"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["wrong-character"]
    finally:
        from desktop.proofing import desk_lists

        desk_lists.install(DeskLists())
    assert main(["lists", "status"]) == 0
    status = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert "随软件提供的默认词表" in status["confusions"]
