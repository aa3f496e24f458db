"""The check registry is the one source of truth: every check has a title and help, and every reader knows it."""

from __future__ import annotations

import ast
import importlib
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop.proofing import checks, fixes
from desktop.proofing.archive_protocol import ArchivedHeadline
from desktop.proofing.checks import CHECK_NAMES, CHECKS, TRANSLATION_CONTEXT, Scope, check_named
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.proofing.roster_protocol import ReporterRoster, RosterMatch

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "proofsheet_en.ts"

# Made-up page: a broken line, half-width commas, an unclosed quote, a page-chrome line, a duplicated
# headline, a byline that is not on the roster and an article without one; a wrong character, a variant form, a
# doubled 的, a number written against the standard and a banned word.
PAGE = """青禾县举办秋季农产品展销会
本报讯（记者 林可舟）十月五日，青禾县秋季农产品展销会在县城广场开幕,来自全县十二个乡镇的
合作社带来了三百多种农产品。
展销会自二0二0年起每年举办，持续三天，合作社的的小米画面很精采，大家将再接再励，不再叫他聋子。
“我们的小米今年收成很好，主办方说。
白石镇新建文化广场投入使用
白石镇文化广场占地二十亩，可容纳两千人同时活动。
（记者 周晚晴）
青禾县举办秋季农产品展销会
这是同一篇稿件的第二次出现。
上一版  下一版  版权所有 青禾日报社
"""


class _Archive:
    """An archive of one published headline (storage implements the same protocol on the database)."""

    def find_similar(self, headline: str, limit: int = 5) -> list[ArchivedHeadline]:
        if headline.startswith("白石镇新建文化广场"):
            return [ArchivedHeadline("白石镇新建文化广场投入使用", "2026-03-02", "4", 1.0)]
        return []


class _Roster:
    """A roster that knows 林可舟 only (storage's ``RosterNames`` implements the same protocol)."""

    names = ("林可舟",)

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def nearest(self, name: str, limit: int = 3) -> list[RosterMatch]:
        return [RosterMatch("林可舟", "lin ke zhou", 0.6)][:limit]


def test_every_check_has_a_name_title_help_and_a_module_that_agrees():
    assert len(set(CHECK_NAMES)) == len(CHECKS)
    assert len({check.title for check in CHECKS}) == len(CHECKS), "two checks with one title"
    resolvers = set(re.findall(r"def _resolve_(\w+)\(", Path(fixes.__file__).read_text(encoding="utf-8")))
    for check in CHECKS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", check.name)
        assert re.search(r"[\u4e00-\u9fff]", check.title) and len(check.title) <= 10
        assert re.search(r"[\u4e00-\u9fff]", check.help) and check.help.endswith("。")
        assert isinstance(check.severity, Severity) and isinstance(check.scope, Scope)
        module = importlib.import_module(f"desktop.proofing.checks.{check.module}")
        assert check.name == module.NAME, "the module reports under the registered name"
        assert check.run is module.run
        assert check.fix_kind is None or check.fix_kind in resolvers
        assert check_named(check.name) is check
    assert check_named("archive") is None


def test_every_finding_belongs_to_a_registered_check_and_matches_its_entry():
    document = document_from_text(PAGE)
    findings = analyse(document, archive=_Archive(), roster=_Roster())
    assert isinstance(_Roster(), ReporterRoster)
    found = {finding.check for finding in findings}
    assert found <= set(CHECK_NAMES)
    assert len(found) >= len(CHECK_NAMES) - 2, f"the page exercises (almost) every check, not only {found}"
    for finding in findings:
        check = check_named(finding.check)
        assert check is not None
        assert finding.severity.rank >= check.severity.rank, f"{check.name} reports worse than it is registered"
        assert (finding.fix.kind if finding.fix else None) in (None, check.fix_kind)
        assert finding.anchors == tuple(document.blocks[index].uid for index in checks.anchor_blocks(finding))


def test_checks_needing_a_source_find_nothing_without_it():
    document = document_from_text(PAGE)
    needing = [check.name for check in CHECKS if check.needs is not checks.Needs.PAGE]
    assert sorted(needing) == ["archive-duplicate", "unknown-reporter"]
    assert analyse(document, needing) == ()


def test_the_incremental_analysis_knows_the_scope_of_every_check():
    from desktop.proofing import incremental

    page_wide = set(checks.names_in_scope(Scope.PAGE))
    assert page_wide == {"people-names"}  # a name and its other spelling may stand in two articles
    assert set(incremental.ARTICLE_LOCAL_CHECKS) | set(incremental.HEADLINE_CHECKS) | page_wide == set(CHECK_NAMES)
    assert not set(incremental.ARTICLE_LOCAL_CHECKS) & set(incremental.HEADLINE_CHECKS)
    assert not page_wide & (set(incremental.ARTICLE_LOCAL_CHECKS) | set(incremental.HEADLINE_CHECKS))


def test_no_check_name_is_spelled_out_outside_the_registry():
    """Code that treats one check specially imports its name: a renamed check cannot leave a stale string."""
    spelled = re.compile("|".join(re.escape(f'"{name}"') for name in CHECK_NAMES))
    offenders = []
    for folder in ("desktop", "storage"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.parent == ROOT / "desktop" / "proofing" / "checks":
                continue  # the registry and the check modules themselves
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if spelled.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_every_title_and_help_has_an_english_translation():
    tree = ElementTree.parse(TS_FILE)
    translated = {}
    for context in tree.iter("context"):
        if context.findtext("name") == TRANSLATION_CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and translation.text:
                    translated[message.findtext("source")] = translation.text
    for check in CHECKS:
        assert translated.get(check.title), check.title
        assert translated.get(check.help), check.help
    # lupdate finds them because the registry marks each one (a string not marked would not be translated)
    source = (ROOT / "desktop" / "proofing" / "checks" / "__init__.py").read_text(encoding="utf-8")
    marked = {
        node.args[1].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    assert {c.title for c in CHECKS} | {c.help for c in CHECKS} <= marked


def test_the_panel_titles_every_check_in_both_languages(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.ui.findings_panel import check_help, check_title

    assert {check_title(name) for name in CHECK_NAMES} == {check.title for check in CHECKS}
    assert all(check_help(name) for name in CHECK_NAMES)
    translator = QTranslator()
    assert translator.load(str(TS_FILE.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        english = [check_title(name) for name in CHECK_NAMES]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert all(re.fullmatch(r"[A-Za-z ,'-]+", title) for title in english), english


def test_the_cli_accepts_every_check_and_refuses_others(tmp_path, capsys):
    from desktop.cli import main

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    for name in CHECK_NAMES:
        assert main(["check", "--json", "--no-archive", "--checks", name, str(page)]) in (0, 1)
        capsys.readouterr()
    assert main(["check", "--checks", "archive", str(page)]) == 2
    error = capsys.readouterr().err
    assert all(name in error for name in CHECK_NAMES), "the error lists every check"
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    shown = "".join(capsys.readouterr().out.split())  # (argparse wraps the help text)
    assert all(f"{check.name}（{check.title}）" in shown for check in CHECKS), "--help names every check"


def test_the_export_titles_its_comments_from_the_registry():
    from desktop.export.comments import comment_text

    document = document_from_text(PAGE)
    for finding in analyse(document, archive=_Archive(), roster=_Roster()):
        assert f" · {check_named(finding.check).title} · " in comment_text(finding, document)


@pytest.mark.parametrize("name", CHECK_NAMES)
def test_finding_keys_name_the_check_and_the_block_uids_only(name):
    finding = Finding(name, Severity.INFO, (3, 4), None, "消息", "依据", 0.5, anchors=(17, 9), subject="柳青")
    moved = Finding(name, Severity.INFO, (7, 8), 2, "另一条消息", "", 0.9, anchors=(17, 9), subject="柳青")
    assert finding.key == moved.key, "neither the message nor the block indices are part of the identity"
    assert finding.key != Finding(name, Severity.INFO, (3, 4), None, "消息", "依据", 0.5, anchors=(17, 10)).key
