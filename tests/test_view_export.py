"""What prints is what the editor shows: every block once, the .docx read back character for character.

Random pages (``page_strategies``: real-ish articles with PDF-wrapped and duplicated headlines,
kickers, subtitles, captions, page chrome, bylines in every position, damage) are opened by the
engine, then a random sequence of edits is made: the engine's fixes, typing, splitting and
joining paragraphs, setting heading and byline lines, changing a block's role, splitting,
merging and moving articles, deleting lines.  Properties:

- every block of the page is shown exactly once: in one article's lines or in the chrome pane;
- the whole-page .docx and one article's .docx, read back with python-docx, hold exactly the
  lines the editor shows (``desktop.proofing.view``), in order, each under its pane's style.

That the widgets show these lines is checked on a real window in ``test_gui_view.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import Counter

import docx
from conftest import hypothesis_examples
from hypothesis import event, given, settings
from hypothesis import strategies as st
from page_strategies import DrawnPage, pages

from desktop.export import ExportOptions, plan_export
from desktop.export.styles import STYLE_SPECS, StyleKey
from desktop.export.writer import build_file
from desktop.proofing.edits import (
    Edit,
    EditConflict,
    delete_block,
    join_blocks,
    merge_article_with_next,
    move_article,
    set_byline,
    set_headline,
    set_role,
    set_subtitle,
    set_text,
    split_article,
    split_block,
)
from desktop.proofing.findings import Finding
from desktop.proofing.fixes import fix_edit
from desktop.proofing.model import Document, Role
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.proofing.view import Pane, ShownLine, article_view, chrome_view, page_lines

OPTIONS = ExportOptions(
    edition_date=dt.date(2026, 3, 5),
    page_number=2,
    page_name="要闻",
    paper_name="青禾日报",
    timestamp=dt.datetime(2026, 3, 4, 21, 0, tzinfo=dt.UTC),
    comments=False,
)
PANE_OF_STYLE = {
    STYLE_SPECS[StyleKey.KICKER].name: Pane.KICKER,
    STYLE_SPECS[StyleKey.HEADLINE].name: Pane.HEADLINE,
    STYLE_SPECS[StyleKey.SUBTITLE].name: Pane.SUBTITLE,
    STYLE_SPECS[StyleKey.BODY].name: Pane.BODY,
    STYLE_SPECS[StyleKey.CAPTION].name: Pane.BODY,
    STYLE_SPECS[StyleKey.INTERTITLE].name: Pane.BODY,
    STYLE_SPECS[StyleKey.BYLINE].name: Pane.BYLINE,
    STYLE_SPECS[StyleKey.CHROME].name: Pane.CHROME,
}
KINDS = (
    "fix",
    "type",
    "clear",
    "split",
    "join",
    "headline",
    "subtitle",
    "byline",
    "role",
    "split_article",
    "merge_articles",
    "move_article",
    "delete",
)
TYPED = ("青禾县", "林可舟", "，", ",", "“", "）", "😀", " ", "\u3000", "\t", "\u2029", "\x0b", "")
ROLES = tuple(Role)
edit_plans = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(TYPED)),
    max_size=8,
)


def view_examples() -> int:
    """500 pages in CI's profile; the long profile (HYPOTHESIS_PROFILE=long) runs 10,000 unless told otherwise."""
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
        return int(os.environ.get("VIEW_EXPORT_EXAMPLES", "500"))
    return max(hypothesis_examples(500), int(os.environ.get("VIEW_EXPORT_EXAMPLES", "10000")))


def _edit(document: Document, findings: list[Finding], kind: str, a: int, b: int, typed: str) -> Edit:
    blocks = document.blocks
    index = a % len(blocks)
    text = blocks[index].text
    articles = document.articles()
    article = a % len(articles) if articles else 0
    if kind == "fix":
        return fix_edit(document, findings[a % len(findings)]) if findings else set_text(document, index, text)
    if kind == "type":
        at = b % (len(text) + 1)
        return set_text(document, index, text[:at] + typed + text[at:])
    if kind == "clear":
        return set_text(document, index, "")
    if kind == "split":
        return split_block(document, index, 1 + b % max(len(text) - 1, 1))
    if kind == "join":
        return join_blocks(document, index)
    if kind in ("headline", "subtitle", "byline"):
        builder = {"headline": set_headline, "subtitle": set_subtitle, "byline": set_byline}[kind]
        return builder(document, article, typed + "林可舟"[: b % 4])
    if kind == "role":
        return set_role(document, index, ROLES[b % len(ROLES)])
    if kind == "split_article":
        return split_article(document, index)
    if kind == "merge_articles":
        return merge_article_with_next(document, article)
    if kind == "move_article":
        return move_article(document, article, b % len(articles) if articles else 0)
    return delete_block(document, index)


def edited_page(page: DrawnPage, plan: list[tuple[str, int, int, str]]) -> Document:
    document = document_from_text(page.text)
    findings = [f for f in analyse(document) if f.fix is not None] if any(k == "fix" for k, *_ in plan) else []
    for kind, a, b, typed in plan:
        if not document.blocks:
            break
        try:
            document = _edit(document, findings, kind, a, b, typed).apply(document)
        except EditConflict:
            continue  # (a fix prepared on the page as loaded may no longer fit: so it is in the app)
    return document


def printed(document: Document, content_index: int) -> list[tuple[Pane, str]]:
    plan = plan_export(document, ".", OPTIONS)
    built = build_file(plan[content_index].content, document, OPTIONS)
    read = docx.Document(io.BytesIO(built.data))
    return [(PANE_OF_STYLE[p.style.name], p.text) for p in read.paragraphs]


def shown(lines: list[ShownLine]) -> list[tuple[Pane, str]]:
    return [(line.pane, line.text) for line in lines]


@settings(max_examples=view_examples())
@given(pages(max_articles=4, max_paragraphs=4, long_paragraph=False, headings=True), edit_plans, st.integers(0, 1_000))
def test_the_export_prints_exactly_what_the_editor_shows(page: DrawnPage, plan, article_pick: int):
    document = edited_page(page, plan)
    articles = document.articles()

    places = Counter(line.block for article in articles for line in article_view(document, article))
    places.update(line.block for line in chrome_view(document))
    assert places == Counter(range(len(document.blocks))), "every block is shown exactly once"
    lines = page_lines(document)
    headline_lines = Counter(line.article for line in lines if line.pane is Pane.HEADLINE)
    event(f"most headline lines in one article: {min(3, max(headline_lines.values(), default=0))}")
    panes = {line.pane for line in lines}
    event(f"kicker: {Pane.KICKER in panes}, subtitle: {Pane.SUBTITLE in panes}, chrome: {Pane.CHROME in panes}")

    assert printed(document, 0) == shown(lines)
    if articles:
        article = articles[article_pick % len(articles)]
        assert printed(document, 1 + article.index) == shown(article_view(document, article))
