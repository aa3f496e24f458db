"""``proofsheet fix``: apply the fixes and write the cleaned page as UTF-8 text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.common import add_fix_selection, error, validate_check_names, write_text_atomically

MAX_PASSES = 6


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fix", help="应用修正并写出干净的版面文字", description="应用修正，把整理后的版面写成 UTF-8 文本。"
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=".txt 或 .docx 版面文件")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="输出的文本文件")
    add_fix_selection(parser)
    parser.set_defaults(func=run)


def apply_selected_fixes(document: Any, checks: list[str] | None, min_confidence: float) -> Any:
    """Fix until nothing selected is left to fix; a join can expose a fix that was hidden before.

    Returns the fixed document and the list of edit batches applied, in order.
    """
    from desktop.proofing.fixes import batch_fix, select_fixable
    from desktop.proofing.pipeline import analyse

    batches = []
    for _ in range(MAX_PASSES):
        selected = select_fixable(analyse(document, checks=checks), checks, min_confidence)
        document, batch, _skipped = batch_fix(document, selected)
        if not batch.edits:
            break
        batches.append(batch)
    return document, batches


def run(args: argparse.Namespace) -> int:
    from desktop.proofing.load import LoadError
    from desktop.proofing.pipeline import open_document
    from desktop.proofing.render import render_text

    problem = validate_check_names(args.checks)
    if problem:
        error(problem)
        return 2
    try:
        document = open_document(args.file)
    except LoadError as failure:
        error(str(failure))
        return 2
    fixed, _batches = apply_selected_fixes(document, args.checks, args.min_confidence)
    try:
        write_text_atomically(args.output, render_text(fixed))
    except OSError as failure:
        error(f"无法写入“{args.output}”：{failure.strerror or failure}。")
        return 2
    return 0
