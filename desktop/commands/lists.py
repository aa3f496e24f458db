"""``proofsheet lists``: the desk's lists (people, word lists, whitelist): show, import and export as CSV,
say which version of each the checks use, restore a word list's shipped entries (恢复默认)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import error

if TYPE_CHECKING:
    from storage.desk_lists import DeskListStore, ListState

KINDS = ("people", "variant-forms", "confusions", "banned-words", "whitelist")
WORD_LISTS = ("variant-forms", "confusions", "banned-words")  # the lists shipped with entries of their own
_LABELS = {
    "people": "人名表",
    "variant-forms": "异形词",
    "confusions": "别字",
    "banned-words": "禁用词",
    "whitelist": "白名单",
}
_KIND_HELP = (
    "people（人名表）、variant-forms（异形词）、confusions（别字）、banned-words（禁用词）、whitelist（白名单）"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lists",
        help="本社词表：人名表、异形词、别字、禁用词、白名单",
        description="查看、导入、导出本社词表（存于数据库）。",
    )
    actions = parser.add_subparsers(dest="lists_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="列出一个词表", description=f"列出一个词表：{_KIND_HELP}。")
    show.add_argument("kind", choices=KINDS, metavar="KIND", help=_KIND_HELP)
    show.set_defaults(func=run_show)
    importing = actions.add_parser(
        "import",
        help="从 CSV 导入（新增或更新）",
        description="从 CSV 导入：人名表 姓名,职务,排序[,备注]；词表 词语,改为,说明[,来源]；白名单 词语[,检查项]。"
        "可带表头，UTF-8 或 GBK 均可。",
    )
    importing.add_argument("kind", choices=KINDS, metavar="KIND", help=_KIND_HELP)
    importing.add_argument("csv", type=Path, metavar="CSV", help="CSV 文件")
    importing.set_defaults(func=run_import)
    exporting = actions.add_parser("export", help="导出为 CSV（带表头，Excel 可直接打开）", description="导出为 CSV。")
    exporting.add_argument("kind", choices=KINDS, metavar="KIND", help=_KIND_HELP)
    exporting.add_argument("csv", type=Path, metavar="CSV", help="要写入的 CSV 文件")
    exporting.set_defaults(func=run_export)
    status = actions.add_parser(
        "status",
        help="各词表的状态：检查用的是默认词表、本社修改过的词表还是空表",
        description="列出每个词表正在使用的版本和条数。",
    )
    status.set_defaults(func=run_status)
    restore = actions.add_parser(
        "restore",
        help="恢复默认：词表换回随软件提供的条目（本社的修改将丢失）",
        description="把异形词、别字或禁用词表换回随软件提供的条目。",
    )
    restore.add_argument("kind", choices=WORD_LISTS, metavar="KIND", help="variant-forms、confusions、banned-words")
    restore.set_defaults(func=run_restore)
    whitelist = actions.add_parser("whitelist", help="把词语加入或移出白名单", description="白名单中的词语不再被标出。")
    whitelist.add_argument("terms", nargs="+", metavar="TERM", help="词语")
    whitelist.add_argument("--remove", action="store_true", help="移出白名单")
    whitelist.set_defaults(func=run_whitelist)


def _store() -> DeskListStore:
    from storage.db import open_database
    from storage.desk_lists import DeskListStore

    return DeskListStore(open_database())


def run_show(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        store = _store()
        if args.kind == "people":
            for person in store.people():
                print(f"{person.name}\t{person.title}\t{person.rank or ''}")
        elif args.kind == "whitelist":
            for term in store.whitelist():
                print(term)
        else:
            for row in store.terms(args.kind):
                print(f"{row.term}\t{row.right}\t{row.why}\t{row.source}")
        state = store.state(args.kind)
        if not state.entries:
            error(describe(state))  # (on stderr: the rows on stdout stay a plain table)
    except StorageError as failure:
        error(str(failure))
        return 2
    return 0


def describe(state: ListState) -> str:
    """Which version of a list the checks use, in a sentence (the CLI and the preferences say the same)."""
    from storage.desk_lists import EDITED, EMPTY

    label = _LABELS[state.kind]
    if state.state == EMPTY:
        if state.kind == "people":
            return "人名表为空：人名检查只查同一版面上同一人名的两种写法。"
        if state.kind == "whitelist":
            return "白名单为空。"
        return (
            f"{label}表为空：这一项检查不会标出任何词语。"
            f"恢复默认（proofsheet lists restore {state.kind}）可取回随软件提供的 {state.shipped} 条。"
        )
    if state.state == EDITED:
        if state.shipped:
            return f"{label}：本社修改过的词表，{state.entries} 条（随软件提供的默认词表 {state.shipped} 条）。"
        return f"{label}：{state.entries} 条。"
    return f"{label}：随软件提供的默认词表，{state.entries} 条。"


def run_status(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        store = _store()
        for kind in KINDS:
            print(f"{kind}\t{describe(store.state(kind))}")
    except StorageError as failure:
        error(str(failure))
        return 2
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        count = _store().restore_default(args.kind)
    except StorageError as failure:
        error(str(failure))
        return 2
    print(f"{_LABELS[args.kind]}：已恢复随软件提供的默认词表，{count} 条")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        result = _store().import_csv(args.kind, args.csv)
    except StorageError as failure:
        error(str(failure))
        return 2
    for problem in result.problems:
        error(problem)
    print(f"已导入：新增 {result.added}，更新 {result.updated}")
    return 1 if result.problems else 0


def run_export(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        count = _store().export_csv(args.kind, args.csv)
    except StorageError as failure:
        error(str(failure))
        return 2
    print(f"已导出 {count} 条到 {args.csv}")
    return 0


def run_whitelist(args: argparse.Namespace) -> int:
    from storage.errors import StorageError

    try:
        store = _store()
        for term in args.terms:
            changed = store.remove_from_whitelist(term) if args.remove else store.add_to_whitelist(term)
            state = (
                ("已移出白名单" if changed else "不在白名单中")
                if args.remove
                else ("已加入白名单" if changed else "已在白名单中")
            )
            print(f"{term}：{state}")
    except StorageError as failure:
        error(str(failure))
        return 2
    return 0
