"""A page-chrome line between an article's heading group and its body hides nothing.

A PDF page break can set the page's footer or header (``第03版：城市新闻``) right
under a headline.  The chrome line keeps its own role (the ``page-chrome`` check
offers to delete it), and the articles and their headlines are found as on the
page without it, so ``proofsheet fix`` (which deletes the chrome) gives a page
that fixing again leaves as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from layout_pages import HELDOUT_PAPERS, PAPERS, LaidOutPage, paper_pages

from desktop.commands.fix import apply_selected_fixes
from desktop.proofing.load import normalise_newlines
from desktop.proofing.model import Document, Role
from desktop.proofing.pipeline import document_from_text
from desktop.proofing.render import render_text

SAMPLE_TRUTH = Path(__file__).resolve().parent.parent / "resources" / "samples" / "liaocheng-2020-09-16.truth.json"
CHROME_LINES = ("第03版：城市新闻", "03版：城市新闻")


def _sample_article_lines() -> list[str]:
    article = json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))["articles"][0]
    return [article["headline"], article["subtitle"], *article["body"]]


def _twice_with_chrome(chrome: str | None) -> str:
    """The sample's first article twice; the chrome line between the second copy's subtitle and body."""
    lines = _sample_article_lines()
    second = [*lines[:2], *([chrome] if chrome else []), *lines[2:]]
    return "\n\n".join(lines + second) + "\n"


def _headline_over_chrome(chrome: str | None) -> str:
    lines = [
        "老街换新颜",
        *([chrome] if chrome else []),
        "本报聊城9月16日讯（记者 张同建）9月16日，东昌府区老街改造工程完工，沿街商户重新开门迎客。",
        "改造后的老街铺上了青石板路面，街边增设了休息座椅和绿化带，居民纷纷点赞。",
    ]
    return "\n".join(lines) + "\n"


def _heading_byline_chrome(chrome: str | None) -> str:
    lines = [
        "临清运河钞关修缮工程完工",
        *([chrome] if chrome else []),
        "记者 张三",
        "经过两年修缮，临清运河钞关于近日完工并对外开放。修缮工程按照“修旧如旧”的原则，保留了原有的建筑格局。",
        "市民李先生说：“这里是我们临清人的骄傲。”",
        "",
        "高唐“书画之乡”再添新名片",
        "记者 赵敏",
        "日前，高唐县举办书画作品展，共展出作品三百余幅。展览将持续到本月底，市民可免费参观。",
    ]
    return "\n".join(lines) + "\n"


PAGES = {
    "sample-article-twice": _twice_with_chrome,
    "headline-over-dateline": _headline_over_chrome,
    "headline-over-byline": _heading_byline_chrome,
}


def _structure(document: Document) -> list[tuple[str, str, bool]]:
    """(text, role, opens an article) of every block that is not page chrome."""
    return [
        (block.text, block.role.value, block.starts_article)
        for block in document.blocks
        if block.role is not Role.CHROME
    ]


def _headlines(document: Document) -> list[str]:
    return [article.headline for article in document.articles()]


@pytest.mark.parametrize("chrome", CHROME_LINES)
@pytest.mark.parametrize("page", PAGES)
def test_chrome_under_a_heading_hides_no_article(page: str, chrome: str) -> None:
    without = document_from_text(PAGES[page](None))
    with_chrome = document_from_text(PAGES[page](chrome))

    chrome_blocks = [block for block in with_chrome.blocks if block.text == chrome]
    assert len(chrome_blocks) == 1
    assert chrome_blocks[0].role is Role.CHROME
    assert not chrome_blocks[0].starts_article
    assert _headlines(with_chrome) == _headlines(without)
    assert _structure(with_chrome) == _structure(without)


def test_the_pages_without_chrome_are_read_as_expected() -> None:
    """The reference structures themselves: otherwise the comparison above could pass on two wrong readings."""
    lines = _sample_article_lines()
    assert _headlines(document_from_text(_twice_with_chrome(None))) == [lines[0], lines[0]]
    assert _headlines(document_from_text(_headline_over_chrome(None))) == ["老街换新颜"]
    byline_page = document_from_text(_heading_byline_chrome(None))
    assert _headlines(byline_page) == ["临清运河钞关修缮工程完工", "高唐“书画之乡”再添新名片"]
    assert [block.role for block in byline_page.blocks if block.text.startswith("记者")] == [Role.BYLINE] * 2


def _fixed_text(text: str) -> str:
    fixed, _batches = apply_selected_fixes(document_from_text(text), None, 0.0)
    return render_text(fixed)


@pytest.mark.parametrize("chrome", CHROME_LINES)
@pytest.mark.parametrize("page", PAGES)
def test_fixing_a_page_with_chrome_under_a_heading_is_idempotent(page: str, chrome: str) -> None:
    once = _fixed_text(PAGES[page](chrome))

    assert chrome not in once  # the page-chrome fix deleted it
    assert _fixed_text(once) == once
    assert once == _fixed_text(PAGES[page](None))


def _with_chrome_under_headings(text: str, chrome: str) -> list[str]:
    """``text`` with ``chrome`` inserted under the heading group of one article, for every article in turn."""
    lines = normalise_newlines(text).split("\n")
    line_of_block = [number for number, line in enumerate(lines) if line.strip()]
    document = document_from_text(text)
    assert len(line_of_block) == len(document.blocks)
    pages = []
    for article in document.articles():
        heading = [i for i in article.block_indices if document.blocks[i].role in (Role.HEADLINE, Role.SUBTITLE)]
        if heading and max(heading) + 1 in article.block_indices:
            at = line_of_block[max(heading)] + 1
            pages.append("\n".join([*lines[:at], chrome, *lines[at:]]))
    return pages


@pytest.mark.parametrize("page", paper_pages((0,), PAPERS + HELDOUT_PAPERS), ids=lambda page: page.name)
def test_chrome_under_any_heading_of_a_laid_out_page_changes_nothing(page: LaidOutPage) -> None:
    """Every paper's style, unbroken, broken and wrapped: the same articles, roles and page conventions.

    (The conventions too: a chrome line's length once counted among the column's lines.)
    """
    without = document_from_text(page.text)
    variants = _with_chrome_under_headings(page.text, CHROME_LINES[0])
    assert variants
    for text in variants:
        with_chrome = document_from_text(text)
        assert _structure(with_chrome) == _structure(without)
        assert with_chrome.conventions == without.conventions
