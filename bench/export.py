"""Word export speed against python-docx's bare ``Document().add_paragraph``, in the same process.

Builds a 100-article edition from the sample page (its 14 articles repeated, the
fixes applied, the remaining findings as comments) and prints:
- the time to export the 100 article files (target: under 3 s), and per article,
- the same with tracked changes against the raw page,
- the whole page of 100 articles as one file,
- the baseline: python-docx's default ``Document()`` with one ``add_paragraph`` per
  paragraph of the same text, saved to the same folder, and the ratio to it.

Run: python bench/export.py [--articles 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import docx

from desktop.commands.fix import apply_selected_fixes
from desktop.export import ExportOptions, export_document
from desktop.paths import sample_page
from desktop.proofing.model import Document
from desktop.proofing.pipeline import analyse, open_document


def edition(page: Document, articles: int) -> Document:
    """``page`` repeated until it holds ``articles`` articles; uids and raw origins shifted per copy."""
    per_page = len(page.articles())
    copies = -(-articles // per_page)
    uid_step = page.next_uid()
    origin_step = max((o for b in page.blocks for o in b.origin), default=-1) + 1
    blocks = []
    for copy in range(copies):
        for block in page.blocks:
            origin = tuple(o + copy * origin_step for o in block.origin)
            blocks.append(replace(block, uid=block.uid + copy * uid_step, origin=origin))
    document = page.with_blocks(blocks)
    cut = document.articles()[articles].first_index if len(document.articles()) > articles else len(blocks)
    return document.with_blocks(blocks[:cut])


def best_of(repeat: int, action: Callable[[Path], object]) -> float:
    timings = []
    for _ in range(repeat):
        folder = Path(tempfile.mkdtemp(prefix="proofsheet-bench-"))
        try:
            start = time.perf_counter()
            action(folder)
            timings.append(time.perf_counter() - start)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return min(timings) if repeat < 3 else statistics.median(timings)


def bare_python_docx(document: Document, folder: Path) -> None:
    for article in document.articles():
        bare = docx.Document()
        for index in article.block_indices:
            bare.add_paragraph(document.blocks[index].text)
        bare.save(str(folder / f"{article.index:03d}.docx"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    raw_page = open_document(sample_page())
    fixed_page, _ = apply_selected_fixes(raw_page, None, 0.0)
    raw = edition(raw_page, args.articles)
    fixed = edition(fixed_page, args.articles)
    findings = analyse(fixed)
    count = len(fixed.articles())
    characters = sum(len(b.text) for b in fixed.blocks)
    stamp = dt.datetime.now(dt.UTC)
    plain = ExportOptions(edition_date=dt.date(2020, 9, 16), page_number=3, timestamp=stamp)
    tracked = replace(plain, track_changes=True)
    print(
        f"edition: {count} articles, {len(fixed.blocks)} paragraphs, {characters} characters, {len(findings)} comments"
    )

    warm = Path(tempfile.mkdtemp(prefix="proofsheet-bench-"))
    export_document(fixed, warm, plain, findings=findings, whole_page=False)  # template cache, imports
    shutil.rmtree(warm, ignore_errors=True)

    ours = best_of(args.repeat, lambda f: export_document(fixed, f, plain, findings=findings, whole_page=False))
    with_revisions = best_of(
        args.repeat, lambda f: export_document(fixed, f, tracked, raw=raw, findings=findings, whole_page=False)
    )
    page = best_of(args.repeat, lambda f: export_document(fixed, f, plain, findings=findings, per_article=False))
    baseline = best_of(args.repeat, lambda f: bare_python_docx(fixed, f))

    print(
        f"export {count} article files:          {ours:6.2f} s  ({ours / count * 1000:5.1f} ms/article)  target < 3 s"
    )
    print(
        f"  with tracked changes:              {with_revisions:6.2f} s  "
        f"({with_revisions / count * 1000:5.1f} ms/article)"
    )
    print(f"  whole page as one file:            {page:6.2f} s")
    print(f"baseline Document().add_paragraph:   {baseline:6.2f} s  ({baseline / count * 1000:5.1f} ms/article)")
    print(f"ratio export / baseline:             {ours / baseline:6.2f}x")
    print(f"ratio tracked export / baseline:     {with_revisions / baseline:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
