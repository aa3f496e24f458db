"""The app and ``proofsheet check`` find the same on the same page, with the same archive and roster.

A real window (offscreen) on a real database (a SQLite file; PostgreSQL too when
``PROOFSHEET_TEST_PG`` is set), filled through the CLI as a desk would: the page's own
headlines archived (``archive add``), an earlier page with one of them, a roster.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import storage_fixtures
from gui_helpers import open_window, settle, type_text

from desktop.cli import main
from desktop.proofing.checks import ARCHIVE_DUPLICATE, UNKNOWN_REPORTER

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url

PAGE = """青禾县举办秋季农产品展销会
本报讯（记者 林可舟 柳青）十月五日，青禾县秋季农产品展销会在县城广场开幕,来自全县十二个乡镇的
合作社带来了三百多种农产品。
展销会持续三天。
白石镇新建文化广场投入使用
白石镇文化广场占地二十亩，可容纳两千人同时活动。
（记者 周晚晴）
溪口村修通进山公路
溪口村的进山公路全长八公里，今年九月通车。
（记者 林可舟）
"""
EARLIER = "白石镇新建文化广场投入使用\n白石镇文化广场去年开工建设。\n（记者 周晚晴）\n"


@pytest.fixture
def desk(database_url, monkeypatch, tmp_path: Path, capsys) -> Path:
    """The page, archived as published, an earlier page sharing one headline, and a roster, all via the CLI."""
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(EARLIER, encoding="utf-8")
    assert main(["archive", "add", str(page), "--edition", "2026-10-06", "--page", "3"]) == 0
    assert main(["archive", "add", str(earlier), "--edition", "2026-03-02", "--page", "4"]) == 0
    assert main(["roster", "add", "林可舟"]) == 0
    capsys.readouterr()
    return page


def _cli_findings(page: Path, capsys) -> set[tuple]:
    main(["check", "--json", str(page)])
    report = json.loads(capsys.readouterr().out)
    return {(f["check"], tuple(f["blocks"]), f["message"], f["severity"]) for f in report["findings"]}


def _gui_findings(window) -> set[tuple]:
    return {(f.check, f.blocks, f.message, f.severity.value) for f in window.controller.findings()}


def test_the_app_and_the_cli_give_the_same_findings(desk, qtbot, capsys):
    expected = _cli_findings(desk, capsys)
    archived = [f for f in expected if f[0] == ARCHIVE_DUPLICATE]
    assert len(archived) == 1 and "2026-03-02 第 4 版" in archived[0][2], "only the earlier page's headline"
    unknown = {f[2] for f in expected if f[0] == UNKNOWN_REPORTER}
    assert unknown == {"署名“柳青”不在记者名册中", "署名“周晚晴”不在记者名册中"}

    window = open_window(qtbot, files=[desk])
    # (the roster is read after the first findings; its findings follow without a new engine analysis)
    qtbot.waitUntil(lambda: _gui_findings(window) == expected, timeout=30000)

    # after an edit: what a full analysis through the CLI's code path finds on the edited page
    editor = window.editor
    editor.show_article(2)
    editor.body.setFocus()
    editor.body.place_cursor(0, 0)
    type_text(editor.body, "新")
    settle(qtbot, window)
    document = window.controller.document
    assert document.blocks[8].text.startswith("新溪口村的")
    qtbot.waitUntil(lambda: _gui_findings(window) == _full_analysis(document, desk), timeout=30000)
    window.close()


def _full_analysis(document, page: Path) -> set[tuple]:
    from desktop.proofing.page_sources import analyse_with_sources, source_digest
    from storage.archive import open_archive
    from storage.roster import open_roster
    from storage.roster_check import roster_for_checks

    roster = roster_for_checks(open_roster())
    findings = analyse_with_sources(document, source_digest(page.read_bytes()), open_archive(), roster)
    return {(f.check, f.blocks, f.message, f.severity.value) for f in findings}
