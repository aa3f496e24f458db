"""Write generated pages with their truth: made-up articles in the forms of formats.md, in both layouts.

For every page: ``<name>.<layout>[-nochrome].txt`` (in the page's encoding) and
``<name>.<layout>[-nochrome].truth.json`` (records, the forms each article shows,
the layout options, the label of every non-blank line and the measures that
follow from them).  Deterministic: the same seed writes the same files.

Run: python tools/make_pages.py OUT_DIR [--seed 0] [--pages 10] [--layout epaper|pdf|both] [--no-chrome-too]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.pagegen.generate import GeneratedPage
from tools.pagegen.layout import LaidOutPage
from tools.pagegen.variants import generated_pages


def truth_json(laid: LaidOutPage, page: GeneratedPage) -> dict[str, object]:
    options = laid.options
    return {
        "name": laid.name,
        "layout": options.layout,
        "encoding": laid.encoding,
        "width": laid.width,
        "options": {key: getattr(options, key) for key in options.__dataclass_fields__},
        "records": [article.record.to_json() for article in page.articles],
        "forms": [list(article.forms) for article in page.articles],
        "labels": [list(label) for label in laid.labels],
        "broken_breaks": laid.broken_breaks,
        "article_starts": laid.article_starts,
        "headline_blocks": laid.headline_blocks,
        "chrome_blocks": laid.chrome_blocks,
        "unsigned_headlines": laid.unsigned_headlines,
        "names": [list(names) for names in laid.names],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the pages into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--layout", choices=("epaper", "pdf", "both"), default="both")
    parser.add_argument("--no-chrome-too", action="store_true", help="also write every page without its chrome")
    options = parser.parse_args(argv)
    layouts = ("epaper", "pdf") if options.layout == "both" else (options.layout,)
    chrome = (True, False) if options.no_chrome_too else (True,)
    options.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for _, laid, page in generated_pages([options.seed], options.pages, layouts, chrome):
        (options.out / f"{laid.name}.txt").write_bytes(laid.raw_bytes())
        truth = json.dumps(truth_json(laid, page), ensure_ascii=False, indent=1)
        (options.out / f"{laid.name}.truth.json").write_text(truth + "\n", encoding="utf-8")
        written += 1
    print(f"{written} pages written to {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
