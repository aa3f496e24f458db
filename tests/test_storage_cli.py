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
