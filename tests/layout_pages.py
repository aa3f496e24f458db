"""Evaluation pages with known answers: the sample's truth re-laid out, and pages of other papers.

A ``LaidOutPage`` is the raw text of a page plus what the engine must find in it:
broken breaks, the first block of every article (kicker or headline), the headline
blocks, each article's byline names and the articles that carry no byline.  Pages
of "other papers" are composed from ``layout_articles`` in a ``Paper``'s style:
paragraph separators, indentation, where the byline goes, half-width punctuation,
page chrome, encoding and how the lines were broken.  Used by
``tools/engine_accuracy.py`` and by the layout tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from layout_articles import BRIEFS, FEATURES, HELDOUT, Story
from truth_pages import build_page, fullwidth_truth, random_breaks, wrap_by_width

from desktop.proofing.load import decode_bytes, normalise_newlines

Credit = Literal["dateline", "top-square", "top-slash", "top-bare", "trailing"]
Splitter = Callable[[str], list[str]]
_HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


@dataclass
class LaidOutPage:
    name: str
    text: str
    breaks: list[tuple[int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    headlines: list[int] = field(default_factory=list)
    bylines: list[str | None] = field(default_factory=list)  # per article, names joined by a space
    missing: list[int] = field(default_factory=list)  # headline blocks of articles without byline
    detached: list[int] = field(default_factory=list)  # end bylines standing alone on their own line
    encoding: str = "utf-8"

    @property
    def byline_by_start(self) -> dict[int, str | None]:
        return dict(zip(self.starts, self.bylines, strict=True))

    def raw_bytes(self) -> bytes:
        return self.text.encode(self.encoding)


@dataclass(frozen=True)
class Paper:
    """How one paper lays out its pages."""

    name: str
    # blank lines: none, between all lines, between articles only, or between paragraphs (a
    # single newline inside a paragraph is a column wrap; "mixed-headed": the headings, credit
    # and first paragraph of an article stand on consecutive lines)
    separator: Literal["single", "double", "articles", "mixed", "mixed-headed"] = "single"
    indent: str = ""  # before the first line of every body paragraph
    indent_headings: bool = False
    heading_indent: str = ""  # headings set apart by their own indent (centred in the e-paper)
    detached: bool = False  # an end byline stands on its own line
    indent_continuations: bool = False
    credit: Credit = "dateline"
    dated: bool = True  # 本报寿光9月16日讯 rather than 本报讯
    halfwidth: bool = False
    encoding: str = "utf-8"
    intertitle_mark: str = ""
    chrome_top: tuple[str, ...] = ()
    chrome_bottom: tuple[str, ...] = ()
    briefs: bool = False  # the 简讯 column closes the page
    stories: tuple[int, ...] = tuple(range(len(FEATURES)))
    pool: tuple[Story, ...] = FEATURES  # where ``stories`` point


PAPERS: tuple[Paper, ...] = (
    Paper(
        name="evening-indent",
        indent="\u3000\u3000",
        credit="dateline",
        chrome_top=("第03版：城市新闻", "2020年9月16日 星期三"),
        chrome_bottom=("责任编辑：王丽 美编：李强", "上一篇  下一篇"),
        briefs=True,
        stories=(0, 1, 2, 3, 4, 8, 5),
    ),
    Paper(
        name="metro-square",
        separator="double",
        credit="top-square",
        halfwidth=True,
        chrome_top=("当前版:05版",),
        chrome_bottom=("版权所有 ©城市晨报社",),
        stories=(7, 8, 9, 10, 11, 12, 6),
    ),
    Paper(
        name="county-gbk-trailing",
        separator="single",
        indent="\u3000\u3000",
        indent_headings=True,
        indent_continuations=True,
        credit="trailing",
        encoding="gbk",
        briefs=True,
        stories=(2, 5, 8, 11, 6),
    ),
    Paper(
        name="weekly-slash",
        separator="articles",
        credit="top-slash",
        intertitle_mark="■",
        chrome_bottom=("本版编辑：孙立",),
        stories=(7, 0, 3, 10),
    ),
    Paper(
        name="news-undated",
        separator="double",
        credit="dateline",
        dated=False,
        halfwidth=True,
        chrome_top=("2020年9月16日 星期三", "第02版：要闻"),
        chrome_bottom=("上一篇 下一篇", "Copyright © 2020 晨报社 版权所有"),
        stories=(1, 10, 6, 3, 9, 12),
    ),
    Paper(
        name="all-indented",
        indent="\u3000\u3000",
        indent_headings=True,
        credit="dateline",
        chrome_top=("第08版：县域",),
        stories=(9, 0, 11, 8, 3),
        briefs=True,
    ),
    Paper(
        name="mixed-dateline",
        separator="mixed",
        credit="dateline",
        dated=False,
        chrome_top=("第05版：综合新闻",),
        chrome_bottom=("责任编辑：赵岩",),
        briefs=True,
        stories=(3, 11, 0, 7, 12, 2),
    ),
    Paper(
        name="mixed-trailing",
        separator="mixed",
        credit="trailing",
        halfwidth=True,
        stories=(5, 9, 1, 10, 4, 6, 8),
    ),
    Paper(
        name="mixed-headed-square",
        separator="mixed-headed",
        credit="top-square",
        intertitle_mark="■",
        chrome_top=("A06版：民生",),
        stories=(0, 6, 9, 2, 11, 4),
    ),
    Paper(
        name="daily-bare",
        separator="double",
        indent="    ",
        credit="top-bare",
        dated=False,
        halfwidth=True,
        chrome_top=("第06版：民生",),
        stories=(4, 12, 1, 9, 5, 6),
    ),
)


# Papers laid out after the engine was tuned, with the held-out stories: measured, not tuned on.
HELDOUT_PAPERS: tuple[Paper, ...] = (
    Paper(
        name="heldout-indent-square",
        indent="\u3000\u3000",
        credit="top-square",
        chrome_top=("第04版：社会", "上一版 下一版"),
        chrome_bottom=("责任编辑：刘芳",),
        pool=HELDOUT,
        stories=(1, 4, 2, 5, 3, 6, 7, 8),
    ),
    Paper(
        name="heldout-gbk-dateline",
        separator="double",
        credit="dateline",
        halfwidth=True,
        encoding="gbk",
        intertitle_mark="◆",
        chrome_top=("当前版：07版",),
        chrome_bottom=("版权所有 齐鲁晚报社 未经授权不得转载",),
        pool=HELDOUT,
        stories=(0, 4, 5, 2, 3, 6, 7, 8),
    ),
    Paper(
        name="heldout-centred-detached",
        indent="\u3000\u3000",
        heading_indent="        ",
        credit="trailing",
        detached=True,
        pool=HELDOUT,
        chrome_top=("A05版：城事",),
        stories=(4, 1, 0, 2, 5, 3, 6, 7, 8),
    ),
    Paper(
        name="heldout-trailing-single",
        credit="trailing",
        pool=HELDOUT,
        stories=(1, 0, 5, 4, 2, 3, 6, 7, 8),
    ),
)


def _credit_text(story: Story) -> str:
    parts: list[str] = []
    if story.reporters:
        parts.append("记者 " + " ".join(story.reporters))
    if story.correspondents:
        parts.append("通讯员 " + " ".join(story.correspondents))
    return " ".join(parts)


def _expected_names(story: Story, paper: Paper) -> str | None:
    names = list(story.names)
    if paper.credit == "top-slash" and story.photographer and not story.wire and names:
        names.append(story.photographer)
    return " ".join(names) or None


class _Lines:
    """Lines of a page being built, with where blank lines go."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.lines: list[tuple[str, bool]] = []  # (line, blank line before it)

    def add(
        self,
        line: str,
        indent: str = "",
        new_article: bool = False,
        continuation: bool = False,
        under_heading: bool = False,
    ) -> int:
        separator = self.paper.separator
        blank = (
            separator == "double"
            or (separator == "articles" and new_article)
            or (separator == "mixed" and not continuation)
            or (separator == "mixed-headed" and (new_article or not (continuation or under_heading)))
        )
        self.lines.append((indent + line, blank and bool(self.lines)))
        return len(self.lines) - 1

    def text(self) -> str:
        return "".join(("\n" if blank else "") + line + "\n" for line, blank in self.lines)


def lay_out(
    paper: Paper, splitter: Splitter | None = None, name: str = "", stories: Sequence[Story] | None = None
) -> LaidOutPage:
    """Compose a page of ``paper``; ``splitter(paragraph)`` breaks body paragraphs into lines."""
    split = splitter or (lambda paragraph: [paragraph])
    page = LaidOutPage(name=name or paper.name, text="", encoding=paper.encoding)
    lines = _Lines(paper)
    convert = (lambda text: text.translate(_HALF_WIDTH)) if paper.halfwidth else (lambda text: text)
    heading_indent = paper.heading_indent or (paper.indent if paper.indent_headings else "")
    for line in paper.chrome_top:
        lines.add(line)
    chosen = list(stories) if stories is not None else [paper.pool[i] for i in paper.stories]
    chosen += list(BRIEFS) if paper.briefs and stories is None else []
    for story in chosen:
        brief = story.brief
        credit: Credit = "trailing" if brief else paper.credit
        heading = [h for h in (story.kicker, story.headline, story.deck) if h]
        first = None
        for text in heading:
            index = lines.add(convert(text), heading_indent, new_article=first is None, under_heading=True)
            first = index if first is None else first
            if text == story.headline:
                page.headlines.append(index)
        assert first is not None
        page.starts.append(first)
        names = _expected_names(story, paper) if not brief else " ".join(story.names) or None
        page.bylines.append(names)
        if names is None and story.wire is None:
            page.missing.append(page.headlines[-1])
        if story.signed and not story.wire:
            if credit == "top-square":
                lines.add("□本报记者 " + " ".join(story.names), under_heading=True)
            elif credit == "top-bare":
                lines.add(convert(_credit_text(story)), under_heading=True)
            elif credit == "top-slash":
                photo = f" 图/{story.photographer}" if story.photographer else ""
                lines.add("文/" + " ".join(story.names) + photo, under_heading=True)
        paragraphs = list(story.paragraphs)
        if story.wire:
            paragraphs[0] = f"{story.wire}（{_credit_text(story)}）" + paragraphs[0]
        elif credit == "dateline" and not brief:
            where = f"{story.place}{story.date}" if paper.dated and story.place else ""
            credit_part = f"（{_credit_text(story)}）" if story.signed else " "
            paragraphs[0] = f"本报{where}讯{credit_part}" + paragraphs[0]
        end_byline = "（" + " ".join(story.names) + "）"
        if credit == "trailing" and story.signed and not story.wire and not paper.detached:
            paragraphs[-1] += end_byline
        for number, paragraph in enumerate(paragraphs):
            if number in story.intertitles:
                lines.add(convert(paper.intertitle_mark + story.intertitles[number]), paper.indent)
            pieces = split(convert(paragraph)) if len(paragraph) > 24 else [convert(paragraph)]
            start = lines.add(pieces[0], paper.indent, under_heading=number == 0 and number not in story.intertitles)
            for offset, piece in enumerate(pieces[1:], start=1):
                lines.add(piece, paper.indent if paper.indent_continuations else "", continuation=True)
                page.breaks.append((start + offset - 1, start + offset))
            if number == 0 and story.caption:
                photo = f"（{story.photographer} 摄）" if story.photographer and paper.credit != "top-slash" else ""
                lines.add(convert(story.caption + photo), paper.indent)
        if credit == "trailing" and story.signed and not story.wire and paper.detached:
            page.detached.append(lines.add(convert(end_byline), paper.indent))
    for line in paper.chrome_bottom:
        lines.add(line, new_article=True)
    page.text = lines.text()
    return page


def decoded_text(page: LaidOutPage) -> str:
    """The page as the engine sees it after loading its bytes (GBK pages go through detection)."""
    text, _ = decode_bytes(Path(f"{page.name}.txt"), page.raw_bytes())
    return normalise_newlines(text)


# --- how lines get broken -------------------------------------------------------------------------


def no_breaks() -> Splitter:
    return lambda paragraph: [paragraph]


def sparse_breaks(seed: int, share: float = 0.35) -> Splitter:
    """Like the sample page: about a third of the paragraphs broken once or twice at random places."""
    rng = random.Random(seed)

    def split(paragraph: str) -> list[str]:
        if rng.random() > share:
            return [paragraph]
        return random_breaks(paragraph, rng, max_breaks=rng.choice([1, 1, 2]))

    return split


def dense_breaks(seed: int) -> Splitter:
    rng = random.Random(seed)
    return lambda paragraph: random_breaks(paragraph, rng)


def column_wrap(width: int, after_sentence_end: bool = False) -> Splitter:
    return lambda paragraph: wrap_by_width(paragraph, width, after_sentence_end)


def paper_pages(seeds: Sequence[int] = (0, 1, 2), papers: Sequence[Paper] = PAPERS) -> list[LaidOutPage]:
    """Every paper with its lines unbroken, sparsely broken, densely broken and wrapped at a column width."""
    pages: list[LaidOutPage] = []
    for number, paper in enumerate(papers):
        pages.append(lay_out(paper, no_breaks(), f"{paper.name}/unbroken"))
        for seed in seeds:
            pages.append(lay_out(paper, sparse_breaks(seed * 31 + number), f"{paper.name}/sparse"))
            pages.append(lay_out(paper, dense_breaks(seed * 17 + number), f"{paper.name}/random"))
        for width in (52, 64, 90):
            pages.append(lay_out(paper, column_wrap(width), f"{paper.name}/wrap"))
        if paper.separator.startswith("mixed"):  # blank lines mark paragraphs: a wrap may fall after a full stop
            for width in (52, 64, 90):
                pages.append(lay_out(paper, column_wrap(width, True), f"{paper.name}/wrap-anywhere"))
    return pages


# --- the sample's truth in other layouts ----------------------------------------------------------


def truth_page(truth: dict[str, Any], name: str, splitter: Splitter | None = None, **options: Any) -> LaidOutPage:
    built = build_page(truth, splitter=splitter, **options)
    articles = truth["articles"]
    return LaidOutPage(
        name=name,
        text=built.text,
        breaks=list(built.broken_breaks),
        starts=list(built.headline_blocks),
        headlines=list(built.headline_blocks),
        bylines=[a["byline"] for a in articles],
        missing=list(built.missing_byline_headlines),
        detached=list(built.detached_blocks),
    )


def sample_pages(truth: dict[str, Any], seeds: Sequence[int] = (0, 1, 2)) -> list[LaidOutPage]:
    pages = [truth_page(truth, "sample/unbroken"), truth_page(truth, "sample/single-newline", separator="\n")]
    for seed in seeds:
        pages.append(truth_page(truth, "sample/random", dense_breaks(seed)))
        pages.append(truth_page(truth, "sample/sparse-single", sparse_breaks(seed), separator="\n"))
        pages.append(
            truth_page(
                truth,
                "sample/sparse-indent",
                sparse_breaks(seed + 50),
                separator="\n",
                indent="\u3000\u3000",
                indent_continuations=False,
            )
        )
        pages.append(
            truth_page(
                truth,
                "sample/all-indented-sparse",
                sparse_breaks(seed + 90),
                separator="\n",
                indent="\u3000\u3000",
                indent_continuations=False,
                indent_headings=True,
            )
        )
        pages.append(
            truth_page(
                fullwidth_truth(truth),
                "sample/fullwidth-sparse",
                sparse_breaks(seed + 70),
                separator="\n",
                fullwidth_bylines=True,
            )
        )
    for width in (50, 64, 80, 120):
        pages.append(truth_page(truth, "sample/wrap", column_wrap(width), separator="\n"))
    # blank lines between paragraphs, single newlines where a column wrapped
    mixed = {"separator": "\n\n", "wrap_separator": "\n"}
    for seed in seeds:
        pages.append(truth_page(truth, "sample/mixed-random", dense_breaks(seed + 20), **mixed))
        pages.append(
            truth_page(
                fullwidth_truth(truth),
                "sample/mixed-fullwidth",
                sparse_breaks(seed + 40),
                fullwidth_bylines=True,
                **mixed,
            )
        )
    for width in (50, 64, 80, 120):
        pages.append(truth_page(truth, "sample/mixed-wrap", column_wrap(width, True), **mixed))
    return pages


def with_paper(paper: Paper, **changes: Any) -> Paper:
    return replace(paper, **changes)
