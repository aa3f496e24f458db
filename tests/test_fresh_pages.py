"""What the fresh hand-written pages (``heldout_pages``) taught the engine, pinned on small pages of their own.

Each test writes a few lines in the style that failed and asserts what an editor
expects: page chrome kept out of the articles, the wire's ``（完）``, briefs under
``■`` headings, a 编者按 before the dateline, a story continued from another page.
"""

from __future__ import annotations

import pytest
from heldout_pages import fresh_pages

from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.model import Document
from desktop.proofing.pipeline import analyse, byline_of, document_from_text


def _read(text: str) -> tuple[Document, list[int], list[str | None], list[int]]:
    """The document, its article starts, each article's byline and the blocks flagged for a missing byline."""
    document = document_from_text(text)
    findings = analyse(document, ["missing-byline"])
    starts = [i for i, block in enumerate(document.blocks) if block.starts_article]
    bylines = [byline_of(article) for article in document.articles()]
    return document, starts, bylines, sorted(f.blocks[0] for f in findings if f.check == "missing-byline")


def _breaks(text: str) -> list[tuple[int, ...]]:
    findings = analyse(document_from_text(text), ["broken-line-break"])
    return sorted(f.blocks for f in findings)


@pytest.mark.parametrize(
    "line", ["城市晚报", "滨海日报\u3000第03版：经济", "A05 城事 2024年11月25日", "大众时报 第2版"]
)
def test_mastheads_and_page_labels_are_chrome(line):
    assert line_kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["市民争相订阅城市晚报", "晚报记者走进社区", "2024年11月25日起实行新规", "据本报第3版报道，市民纷纷"]
)
def test_headlines_and_body_that_mention_a_paper_or_a_date_are_not_chrome(line):
    assert line_kind(line) is not LineKind.CHROME


def test_masthead_over_the_first_story_opens_no_article():
    text = (
        "城市晚报\n"
        "A05 城事 2024年11月25日\n"
        "\n"
        "公交37路今起调整线路\n"
        "本报讯（记者 王晴）从11月25日起，公交37路将调整部分线路，途经滨河路新增两个站点。\n"
    )
    _, starts, bylines, missing = _read(text)
    assert (starts, bylines, missing) == ([2], ["王晴"], [])


def test_every_fresh_page_is_read_without_error():
    for page in fresh_pages():
        document = document_from_text(page.text)
        assert document.blocks and len(document.articles()) >= len(page.starts) // 2, page.name
