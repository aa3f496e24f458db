"""``proofsheet roster``: the reporter roster (add, list, import from CSV)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands.common import add_editor, chosen_editor, error


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("roster", help="记者名册：添加、列出、导入", description="管理记者名册。")
    actions = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="添加一位记者", description="在名册中添加一位记者。")
    add.add_argument("name", metavar="NAME", help="姓名")
    add.add_argument("--desk", default="", metavar="D", help="部门（可选）")
    add_editor(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="列出名册（按拼音排序）", description="按拼音顺序列出名册。")
    listing.add_argument("--active", action="store_true", help="只列出在职的记者")
    listing.add_argument("--search", default="", metavar="TEXT", help="按汉字、拼音或首字母筛选，如 zj")
    listing.add_argument("--json", action="store_true", help="输出 JSON")
    listing.set_defaults(func=run_list)

    importing = actions.add_parser(
        "import",
        help="从 CSV 文件导入名册",
        description="从 CSV 文件导入名册：每行 姓名[,部门[,在职]]，可带表头；UTF-8 或 GBK 均可。",
    )
    importing.add_argument("csv", type=Path, metavar="CSV", help="CSV 文件")
    add_editor(importing)
    importing.set_defaults(func=run_import)

    offer = actions.add_parser(
        "offer",
        help="列出版面署名中不在名册里的记者（可一并加入）",
        description="读取版面，列出署名中还不在名册里的姓名；加 --add 则把它们加入名册。",
    )
    offer.add_argument("file", type=Path, metavar="FILE", help=".txt 或 .docx 版面文件")
    offer.add_argument("--add", action="store_true", help="把这些姓名加入名册")
    offer.add_argument("--desk", default="", metavar="D", help="加入时记为此部门（可选）")
    add_editor(offer)
    offer.set_defaults(func=run_offer)


def run_add(args: argparse.Namespace) -> int:
    from storage.errors import StorageError
    from storage.roster import open_roster

    try:
        entry = open_roster(editor=chosen_editor(args)).add(args.name, args.desk)
    except StorageError as failure:
        error(str(failure))
        return 2
    desk = f"，{entry.desk}" if entry.desk else ""
    print(f"已添加：{entry.name}（{entry.pinyin}{desk}）")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from storage.errors import StorageError
    from storage.roster import matches, open_roster

    try:
        entries = open_roster().entries(active_only=args.active)
    except StorageError as failure:
        error(str(failure))
        return 2
    entries = [entry for entry in entries if matches(entry, args.search)]
    if args.json:
        rows = [
            {
                "name": e.name,
                "pinyin": e.pinyin,
                "initials": e.initials,
                "desk": e.desk,
                "active": e.active,
                "updated_by": e.updated_by or None,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not entries:
        print("名册中没有记者")
        return 0
    for entry in entries:
        status = "" if entry.active else "  （已停用）"
        print(f"{entry.name}\t{entry.pinyin}\t{entry.initials}\t{entry.desk}{status}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from storage.errors import StorageError
    from storage.roster import open_roster

    try:
        result = open_roster(editor=chosen_editor(args)).import_csv(args.csv)
    except StorageError as failure:
        error(str(failure))
        return 2
    for problem in result.problems:
        error(f"{args.csv.name}：{problem}")
    print(f"导入完成：新增 {result.added} 人，更新 {result.updated} 人，未变 {result.unchanged} 人")
    return 2 if result.problems else 0


def run_offer(args: argparse.Namespace) -> int:
    from desktop.proofing.load import LoadError
    from desktop.proofing.pipeline import open_document
    from storage.errors import StorageError
    from storage.roster import open_roster
    from storage.roster_check import byline_names_of

    try:
        document = open_document(args.file)
    except LoadError as failure:
        error(str(failure))
        return 2
    try:
        roster = open_roster(editor=chosen_editor(args))
        unknown = roster.unknown_names(byline_names_of(document))
        if not unknown:
            print(f"{args.file.name} 的署名都已在名册中")
            return 0
        if not args.add:
            print(f"{args.file.name} 的署名中不在名册里的：{'、'.join(unknown)}（加 --add 可加入名册）")
            return 0
        for name in unknown:
            entry = roster.add(name, args.desk)
            print(f"已添加：{entry.name}（{entry.pinyin}）")
    except StorageError as failure:
        error(str(failure))
        return 2
    return 0
