"""Which layouts a page is measured in: options drawn from a key, and pages of real records."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

from tools.pagegen.generate import GeneratedPage, generate_pages
from tools.pagegen.layout import LaidOutPage, Layout, LayoutOptions, lay_out
from tools.pagegen.truth import ArticleRecord


def draw_options(
    key: str,
    layout: Layout,
    chrome: bool,
    page_chrome_before: tuple[str, ...] = (),
    page_chrome_after: tuple[str, ...] = (),
) -> LayoutOptions:
    """A layout drawn from ``key``: encoding, blank lines, indentation, punctuation width, column width."""
    rng = random.Random(key)
    blanks = ("none", "all", "paragraphs", "articles") if layout == "epaper" else ("none", "none", "none", "paragraphs")
    return LayoutOptions(
        layout=layout,
        chrome=chrome,
        page_chrome_before=page_chrome_before,
        page_chrome_after=page_chrome_after,
        encoding=rng.choice(("utf-8", "utf-8", "gb18030")),
        punctuation=rng.choice(("as-is", "as-is", "full", "half")),
        blank_lines=rng.choice(blanks),  # type: ignore[arg-type]
        indent=rng.choice(("", "", "\u3000\u3000", "  ")),
        indent_titles=rng.random() < 0.2,
        indent_cuts=rng.random() < 0.3,
        cut_share=rng.choice((0.15, 0.3, 0.5)),
        hang_punctuation=rng.random() < 0.6,
        seed=rng.randrange(10**6),
    )


LAYOUTS: tuple[Layout, ...] = ("epaper", "pdf")


def generated_pages(
    seeds: Sequence[int], pages: int, layouts: Sequence[Layout] = LAYOUTS, chrome: Sequence[bool] = (True, False)
) -> list[tuple[str, LaidOutPage, GeneratedPage]]:
    """(group, laid-out page, generated page): every generated page in each layout, with and without chrome."""
    out = []
    for seed in seeds:
        for page in generate_pages(seed, pages):
            for layout in layouts:
                for with_chrome in chrome:
                    group = f"gen-{layout}/{'chrome' if with_chrome else 'nochrome'}"
                    options = draw_options(
                        f"{page.name}/{layout}", layout, with_chrome, page.page_chrome_before, page.page_chrome_after
                    )
                    suffix = "" if with_chrome else "-nochrome"
                    out.append((group, lay_out(page.records, options, f"{page.name}.{layout}{suffix}"), page))
    return out


def real_pages(records: Sequence[ArticleRecord], per_page: int = 5) -> list[list[ArticleRecord]]:
    """Records grouped into pages of 3–6 articles of one paper where the paper has enough, the rest mixed."""
    by_paper: dict[str, list[ArticleRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.id):
        by_paper[record.paper].append(record)
    pages: list[list[ArticleRecord]] = []
    leftovers: list[ArticleRecord] = []
    for paper in sorted(by_paper):
        items = by_paper[paper]
        while len(items) >= 3:
            size = len(items) if len(items) <= 6 else min(per_page, len(items) - 3)
            pages.append(items[:size])
            items = items[size:]
        leftovers += items
    while leftovers:
        size = len(leftovers) if len(leftovers) <= 6 else min(per_page, len(leftovers) - 3)
        pages.append(leftovers[:size])
        leftovers = leftovers[size:]
    return pages


def real_laid_out(
    records: Sequence[ArticleRecord], seeds: Sequence[int], layouts: Sequence[Layout] = LAYOUTS
) -> list[tuple[str, LaidOutPage]]:
    """(group, page): the real records' pages in each layout with and without chrome, one draw per seed."""
    out = []
    for number, page in enumerate(real_pages(records)):
        for seed in seeds:
            for layout in layouts:
                for with_chrome in (True, False):
                    group = f"real-{layout}/{'chrome' if with_chrome else 'nochrome'}"
                    options = draw_options(f"real-{number}/{layout}/{seed}", layout, with_chrome)
                    name = f"real-{number}.{seed}.{layout}{'' if with_chrome else '-nochrome'}"
                    out.append((group, lay_out(page, options, name)))
    return out
