"""``proofsheet export``: apply the chosen fixes and write the page as Word files.

It works on the file alone and never opens the database: it exports the file as read (plus the chosen fixes), not
a page the app stored, so it records no export (``exported_by``) and archives no headline; the desk records those
with ``proofsheet archive add --editor`` or by exporting from the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.commands.common import add_fix_selection, add_language, chosen_language, error, validate_check_names

EXIT_BAD_INPUT = 2


def edition_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是 YYYY-MM-DD 格式的日期") from None


def page_number(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 99:
        raise argparse.ArgumentTypeError(f"“{value}”不是 1 到 99 之间的版次")
    return int(value)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="应用修正并导出 Word 稿件",
        description=(
            "应用修正，把每篇稿件和整个版面导出为 Word (.docx) 文件。只读写文件、不打开数据库："
            "导出的是文件本身（加所选修正），不是程序里保存的版面，所以不记录导出人，标题也不归档；"
            "要记入数据库，请在程序里导出，或用 proofsheet archive add --editor 归档标题。"
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=".txt 或 .docx 版面文件")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="导出到这个文件夹")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--per-article", action="store_true", help="只导出每篇稿件各一个文件")
    scope.add_argument("--page", action="store_true", help="只导出整个版面一个文件")
    parser.add_argument("--track-changes", action="store_true", help="把修改写成 Word 修订（可接受或拒绝）")
    parser.add_argument("--no-comments", action="store_true", help="不把未处理的问题写成 Word 批注")
    parser.add_argument("--overwrite", action="store_true", help="覆盖已存在的文件")
    parser.add_argument(
        "--report", action="store_true", help="同时写出校对报告（差错率，原稿与修正后）：<文件名>-校对报告.txt"
    )
    parser.add_argument("--edition", type=edition_date, metavar="YYYY-MM-DD", help="出版日期（默认取自文件名或今天）")
    parser.add_argument("--page-number", type=page_number, default=1, metavar="N", help="版次（默认 1）")
    parser.add_argument("--page-name", default="", metavar="NAME", help="版名，如“要闻”")
    parser.add_argument("--paper", default="", metavar="NAME", help="报纸名称（写入页眉和文档属性）")
    parser.add_argument(
        "--editor", default=None, metavar="NAME", help="Word 修订的作者（默认“校样 Proofsheet”；不记入数据库）"
    )
    parser.add_argument(
        "--byline",
        choices=("as_page", "right", "end_bracket", "own_line"),
        default="as_page",
        help="署名格式：as_page 按原稿（默认）、right 右对齐、end_bracket 文末括号、own_line 标题下单独一行",
    )
    parser.add_argument("--byline-brackets", action="store_true", help="署名加括号（right、own_line）")
    add_fix_selection(parser)
    add_language(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.fix import apply_selected_fixes
    from desktop.export import ExportError, ExportOptions, export_document
    from desktop.export.byline_style import BylinePlace, BylineStyle
    from desktop.export.options import PAPER_AUTHOR, date_from_source_name
    from desktop.proofing.load import LoadError
    from desktop.proofing.pipeline import analyse, open_document

    problem = validate_check_names(args.checks)
    if problem:
        error(problem)
        return EXIT_BAD_INPUT
    try:
        raw = open_document(args.file)
    except LoadError as failure:
        error(str(failure))
        return EXIT_BAD_INPUT
    fixed, _batches = apply_selected_fixes(raw, args.checks, args.min_confidence)
    options = ExportOptions(
        edition_date=args.edition or date_from_source_name(args.file.name),
        page_number=args.page_number,
        page_name=args.page_name,
        paper_name=args.paper,
        comments=not args.no_comments,
        track_changes=args.track_changes,
        overwrite=args.overwrite,
        editor=args.editor or PAPER_AUTHOR,
        language=chosen_language(args),
        byline_style=BylineStyle(BylinePlace(args.byline), args.byline_brackets),
    )
    findings = analyse(fixed) if options.comments else ()
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as failure:
        error(f"无法创建文件夹“{args.output}”：{failure.strerror or failure}。")
        return EXIT_BAD_INPUT
    try:
        written = export_document(
            fixed,
            args.output,
            options,
            per_article=not args.page,
            whole_page=not args.per_article,
            raw=raw,
            findings=findings,
        )
    except ExportError as failure:
        error(str(failure))
        return EXIT_BAD_INPUT
    for path in written:
        print(path)
    if args.report:
        report = _write_report(args.file, args.output, raw, fixed, args.overwrite, options.language)
        if report is None:
            return EXIT_BAD_INPUT
        print(report)
    return 0


def _write_report(source: Path, folder: Path, raw: Any, fixed: Any, overwrite: bool, language: str) -> Path | None:
    """The 校对报告 of the page as read and as exported (in ``language``), as text next to the exported files."""
    from desktop.proofing.checks import WHITELISTABLE
    from desktop.proofing.error_rate import EXPORTED, count_errors, report_text
    from desktop.proofing.pipeline import analyse

    checks = sorted(WHITELISTABLE)
    before, after = count_errors(raw, analyse(raw, checks)), count_errors(fixed, analyse(fixed, checks))
    path = folder / f"{source.stem}-校对报告.txt"
    if path.exists() and not overwrite:
        error(f"“{path}”已存在（加 --overwrite 覆盖）。")
        return None
    try:
        path.write_text(report_text(source.name, before, after, EXPORTED, language), encoding="utf-8")
    except OSError as failure:
        error(f"无法写入“{path}”：{failure.strerror or failure}。")
        return None
    return path
