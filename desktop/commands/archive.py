"""``proofsheet archive``: the archive of published headlines (add a page's headlines, search)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desktop.commands.common import add_editor, chosen_editor, error


def _edition_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是日期，请写成 2020-09-16 的形式") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "archive", help="已出版标题库：加入、查找", description="已出版标题库：把版面标题加入标题库，或查找相似标题。"
    )
    actions = parser.add_subparsers(dest="archive_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="把版面文件中的标题加入标题库", description="把版面文件中的各篇标题加入标题库。"
    )
    add.add_argument("file", type=Path, metavar="FILE", help=".txt 或 .docx 版面文件")
    add.add_argument("--edition", type=_edition_date, required=True, metavar="DATE", help="出版日期，如 2020-09-16")
    add.add_argument("--page", required=True, metavar="N", help="版次，如 6 或 A3")
    add.add_argument("--paper", default="", metavar="NAME", help="报纸名称（可选）")
    add_editor(add)
    add.set_defaults(func=run_add)

    search = actions.add_parser("search", help="查找与给定标题相同或相近的已出版标题", description="查找相似标题。")
    search.add_argument("text", metavar="TEXT", help="要查找的标题")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="最多列出 N 条（默认 10）")
    search.add_argument(
        "--min-similarity", type=float, default=0.5, metavar="X", help="只列出相似度不低于 X 的标题（0–1，默认 0.5）"
    )
    search.add_argument("--json", action="store_true", help="输出 JSON")
    search.set_defaults(func=run_search)


def run_add(args: argparse.Namespace) -> int:
    from desktop.proofing.load import LoadError
    from desktop.proofing.pipeline import open_document
    from storage.archive import open_archive
    from storage.errors import StorageError

    try:
        document = open_document(args.file)
        raw = Path(args.file).read_bytes()
    except LoadError as failure:
        error(str(failure))
        return 2
    headlines = [article.headline for article in document.articles() if article.headline.strip()]
    if not headlines:
        error(f"“{args.file.name}”里没有找到标题，未加入标题库")
        return 2
    try:
        count = open_archive().replace_source(
            raw, headlines, args.edition, str(args.page), args.paper, archived_by=chosen_editor(args)
        )
    except StorageError as failure:
        error(str(failure))
        return 2
    print(f"已将 {count} 条标题加入标题库（{args.edition.isoformat()} 第 {args.page} 版）")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from storage.archive import open_archive
    from storage.errors import StorageError

    if not 0.0 <= args.min_similarity <= 1.0:
        error("--min-similarity 应在 0 到 1 之间")
        return 2
    try:
        hits = open_archive().search(args.text, limit=max(args.limit, 0), floor=args.min_similarity)
    except StorageError as failure:
        error(str(failure))
        return 2
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "headline": hit.headline,
                        "edition_date": hit.edition_date,
                        "page": hit.page,
                        "similarity": round(hit.similarity, 4),
                        "archived_by": hit.archived_by,
                    }
                    for hit in hits
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not hits:
        print("标题库中没有相似的标题")
        return 0
    for hit in hits:
        who = f"  （{hit.archived_by} 归档）" if hit.archived_by else ""
        print(f"{hit.similarity:.2f}  {hit.edition_date}  第 {hit.page} 版  {hit.headline}{who}")
    return 0
