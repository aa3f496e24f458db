"""``proofsheet check``: report the problems of one or more pages."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.commands.common import (
    add_language,
    check_names_help,
    chosen_language,
    error,
    parse_check_list,
    validate_check_names,
)
from desktop.proofing.wording import CHINESE, ENGLISH, render

SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_LABELS_EN = {"error": "Error", "warning": "Warning", "info": "Note"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="检查版面，列出问题", description="检查版面文件，列出问题。")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".txt 或 .docx 版面文件")
    parser.add_argument("--json", action="store_true", help="每个文件输出一行 JSON（JSON Lines）")
    parser.add_argument(
        "--checks",
        type=parse_check_list,
        default=None,
        metavar="A,B",
        help=f"只运行这些检查项（逗号分隔）：{check_names_help()}",
    )
    parser.add_argument("--no-archive", action="store_true", help="不与稿件库比对（已出版标题、记者名册）")
    add_language(parser)
    parser.add_argument(
        "--report",
        action="store_true",
        help="附校对报告：按《报纸期刊质量管理规定》计算差错率（原稿与一键修正后）；JSON 中为 report 字段",
    )
    parser.set_defaults(func=run)


def _open_storage(disabled: bool) -> tuple[Any, Any]:
    """The newsroom archive and roster when a database exists; a storage failure only warns."""
    if disabled:
        return None, None
    try:
        from storage.archive import open_default_archive
        from storage.roster_check import open_default_roster, roster_for_checks

        archive, roster = open_default_archive(), open_default_roster()
        return archive, roster_for_checks(roster) if roster is not None else None
    except ImportError:
        return None, None
    except Exception as failure:  # StorageError and driver errors: checking must go on without the archive
        error(f"无法打开稿件库，本次不与已出版标题和记者名册比对：{failure}")
        return None, None


def _install_desk_lists(disabled: bool) -> None:
    """The desk's lists (people, word lists, whitelist) from the database, when one exists."""
    if disabled:
        return
    try:
        from desktop.proofing import desk_lists
        from storage.desk_lists import open_default_lists

        lists = open_default_lists()
    except ImportError:
        return
    except Exception as failure:  # StorageError and driver errors: the shipped lists still check the page
        error(f"无法读取本社词表，本次使用随程序提供的词表：{failure}")
        return
    if lists is not None:
        desk_lists.install(lists)


def _findings(path: Path, document: Any, archive: Any, roster: Any, checks: list[str] | None) -> Any:
    """The page's findings, the engine's and those that need the database, as the app finds them."""
    from desktop.proofing.page_sources import analyse_with_sources, source_digest

    return analyse_with_sources(document, source_digest(path.read_bytes()), archive, roster, checks)


def run(args: argparse.Namespace) -> int:
    from desktop.proofing.load import LoadError
    from desktop.proofing.pipeline import byline_of, open_document

    problem = validate_check_names(args.checks)
    if problem:
        error(problem)
        return 2
    archive, roster = _open_storage(args.no_archive)
    language = chosen_language(args)
    _install_desk_lists(args.no_archive)
    exit_code = 0
    for path in args.files:
        try:
            document = open_document(path)
        except LoadError as failure:
            error(str(failure))
            exit_code = 2
            continue
        findings = _findings(path, document, archive, roster, args.checks)
        report = _error_report(document, findings, args.checks) if args.report else None
        if args.json:
            record = _as_json(path, document, findings, byline_of, language)
            if report is not None:
                from desktop.proofing.error_rate import report_json

                record["report"] = report_json(*report)
            print(json.dumps(record, ensure_ascii=False))
        else:
            _print_report(path, document, findings, language)
            if report is not None:
                from desktop.proofing.error_rate import AFTER_FIXES, report_text

                print()
                print(report_text(str(path), *report, after_label=AFTER_FIXES, language=language), end="")
        if exit_code == 0 and any(f.severity.value == "error" for f in findings):
            exit_code = 1
    sys.stdout.flush()
    return exit_code


def _error_report(document: Any, findings: Any, checks: list[str] | None) -> tuple[Any, Any]:
    """The error count of the page as given, and after every one-click fix of the rule-book checks."""
    from desktop.commands.fix import apply_selected_fixes
    from desktop.proofing.checks import WHITELISTABLE
    from desktop.proofing.error_rate import count_errors
    from desktop.proofing.pipeline import analyse

    wanted = sorted(WHITELISTABLE if checks is None else set(checks) & WHITELISTABLE)
    before = count_errors(document, findings)
    fixed, _batches = apply_selected_fixes(document, wanted, 0.0)
    return before, count_errors(fixed, analyse(fixed, wanted) if wanted else ())


def _credit_json(credit: Any) -> dict[str, Any]:
    """Who signs the article and where: the people with role and job, an agency or office, the block and span."""
    return {
        "people": [{"name": p.name, "role": p.role, "job": p.job} for p in credit.people],
        "agency": credit.agency,
        "office": credit.office,
        "photo": credit.photo,
        "position": str(credit.position),
        "block": credit.block,
        "span": [credit.start, credit.end],
    }


def _as_json(path: Path, document: Any, findings: Any, byline_of: Any, language: str = "zh") -> dict[str, Any]:
    from desktop.proofing.credits import signing_credits

    return {
        "schema": 1,
        "file": str(path),
        "encoding": document.encoding,
        "blocks": len(document.blocks),
        "articles": [
            {
                "headline": article.headline,
                "subtitle": article.subtitle,
                "byline": byline_of(article),
                "credits": [_credit_json(credit) for credit in signing_credits(article)],
                "blocks": list(article.block_indices),
            }
            for article in document.articles()
        ],
        "findings": [_finding_json(finding, language) for finding in findings],
    }


def _finding_json(finding: Any, language: str) -> dict[str, Any]:
    """The finding's JSON (same keys in every language), its message and evidence in ``language``."""
    data: dict[str, Any] = finding.to_json()
    data["message"] = render(finding.message, language)
    data["evidence"] = render(finding.evidence, language)
    return data


@dataclass(frozen=True)
class _ReportWords:
    """The words of the plain-text report in one language (quoted page text stays as it is)."""

    heading: str  # path, encoding, paragraphs, stories
    page: str
    story: str  # number, headline
    no_headline: str
    paragraph: str
    paragraphs: str
    fixable: str
    finding: str  # label, where, check, message, fixable
    evidence: str  # evidence, confidence
    severities: dict[str, str]
    list_separator: str
    total: str


_REPORT_WORDS = {
    ENGLISH: _ReportWords(
        heading="{path} ({encoding}, {blocks} paragraphs, {articles} stories)",
        page="  Page",
        story="  Story {number} “{headline}”",
        no_headline="no headline",
        paragraph="¶{first}",
        paragraphs="¶{first}-{last}",
        fixable="  [fixable]",
        finding="    {label} {where}  {check}: {message}{fixable}",
        evidence="        Evidence: {evidence} (confidence {confidence:.0%})",
        severities=SEVERITY_LABELS_EN,
        list_separator=", ",
        total="  Total: {summary}",
    ),
    CHINESE: _ReportWords(
        heading="{path}（{encoding}，{blocks} 段，{articles} 篇稿件）",
        page="  版面",
        story="  第{number}篇《{headline}》",
        no_headline="无标题",
        paragraph="第{first}段",
        paragraphs="第{first}-{last}段",
        fixable="  [可修正]",
        finding="    {label} {where}  {check}：{message}{fixable}",
        evidence="        依据：{evidence}（可信度 {confidence:.0%}）",
        severities=SEVERITY_LABELS,
        list_separator="，",
        total="  合计：{summary}",
    ),
}


def _print_report(path: Path, document: Any, findings: Any, language: str = CHINESE) -> None:
    """Findings grouped by article in page order, each with its place, reason and whether it can be fixed."""
    words = _REPORT_WORDS.get(language, _REPORT_WORDS[CHINESE])
    articles = document.articles()
    print(
        words.heading.format(path=path, encoding=document.encoding, blocks=len(document.blocks), articles=len(articles))
    )
    by_article: dict[int | None, list[Any]] = {}
    for finding in findings:
        by_article.setdefault(finding.article, []).append(finding)
    for article_index in sorted(by_article, key=lambda a: -1 if a is None else a):
        if article_index is None:
            print(words.page)
        else:
            headline = articles[article_index].headline or words.no_headline
            print(words.story.format(number=article_index + 1, headline=headline))
        for finding in by_article[article_index]:
            _print_finding(finding, words, language)
    counts = Counter(f.severity.value for f in findings)
    summary = words.list_separator.join(
        f"{words.severities[s]} {counts.get(s, 0)}" for s in ("error", "warning", "info")
    )
    print(words.total.format(summary=summary))


def _print_finding(finding: Any, words: _ReportWords, language: str) -> None:
    first, last = (finding.blocks[0] + 1, finding.blocks[-1] + 1) if finding.blocks else (0, 0)
    where = "—" if not finding.blocks else (words.paragraph if first == last else words.paragraphs)
    where = where.format(first=first, last=last)
    label = words.severities.get(finding.severity.value, finding.severity.value)
    fixable = words.fixable if finding.fixable else ""
    message = render(finding.message, language)
    print(words.finding.format(label=label, where=where, check=finding.check, message=message, fixable=fixable))
    if finding.evidence:
        evidence = render(finding.evidence, language)
        print(words.evidence.format(evidence=evidence, confidence=finding.confidence))
