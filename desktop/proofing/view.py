"""What the editor shows of a page: every block in exactly one place, as the export prints it.

The article editor has heading lines (引题, 标题, 副题: one line per block, so a headline
the PDF wrapped over two lines shows as two 标题 lines), the body (one paragraph per body,
dateline or caption block, in page order) and byline lines; blocks of no article (page
chrome) are shown in a pane of their own.  ``article_lines`` and ``page_lines`` list those
lines in reading order (headings, body, bylines; chrome where it stands on the page), which
is also the order the Word export prints them in: the export lays out exactly these lines,
so what prints is what the editor showed (``tests/test_view_export.py``).

``visible_text`` is a block's text as shown and printed: the few characters neither a text
widget nor Word can carry as themselves (paragraph separators, which would split a line in
two, and characters XML 1.0 forbids) become one stand-in each, so offsets stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.proofing.model import Article, Block, Document, Role, build_articles


class Pane(StrEnum):
    KICKER = "kicker"  # a subtitle above the headline (引题)
    HEADLINE = "headline"
    SUBTITLE = "subtitle"
    BODY = "body"  # body text, datelines and captions
    BYLINE = "byline"
    CHROME = "chrome"  # page furniture that belongs to no article


HEADING_PANES = (Pane.KICKER, Pane.HEADLINE, Pane.SUBTITLE)

PARAGRAPH_STAND_IN = "¶"
# Qt starts a new text block at these; a line must stay one line.
_BREAKING = "\n\r\u2029"
# XML 1.0 cannot carry these (Word would refuse the file); Qt also reserves U+FDD0/U+FDD1.
_NOT_SHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0\ufdd1\ufffe\uffff]")
_BREAKING_RE = re.compile(f"[{_BREAKING}]")


def visible_text(text: str) -> str:
    """``text`` as the editor shows it and the export prints it (one character for one)."""
    text = _BREAKING_RE.sub(PARAGRAPH_STAND_IN, text)
    return _NOT_SHOWABLE.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class ShownLine:
    """One line or paragraph the editor shows: where, which block, and its text as shown."""

    pane: Pane
    block: int  # the block's index in the page (or in the sequence laid out)
    text: str
    role: Role
    article: int | None = None  # which article of the blocks laid out (None: chrome)


def _line(pane: Pane, index: int, block: Block, article: int | None = None) -> ShownLine:
    return ShownLine(pane, index, visible_text(block.text), block.role, article)


def article_lines(members: Sequence[tuple[int, Block]], article: int | None = None) -> list[ShownLine]:
    """The lines of one article: heading lines (a subtitle before any headline is a kicker), body, bylines."""
    headings: list[ShownLine] = []
    body: list[ShownLine] = []
    bylines: list[ShownLine] = []
    seen_headline = False
    for index, block in members:
        if block.role is Role.HEADLINE:
            seen_headline = True
            headings.append(_line(Pane.HEADLINE, index, block, article))
        elif block.role is Role.SUBTITLE:
            pane = Pane.SUBTITLE if seen_headline else Pane.KICKER
            headings.append(_line(pane, index, block, article))
        elif block.role is Role.BYLINE:
            bylines.append(_line(Pane.BYLINE, index, block, article))
        else:  # body, dateline, caption (chrome never belongs to an article)
            body.append(_line(Pane.BODY, index, block, article))
    return headings + body + bylines


def shown_lines(indexed_blocks: Sequence[tuple[int, Block]]) -> list[ShownLine]:
    """Every line of these blocks: each article where it starts, page chrome where it stands."""
    blocks = tuple(block for _, block in indexed_blocks)
    positions = tuple(index for index, _ in indexed_blocks)
    articles = build_articles(blocks)
    first_of_article = {article.first_index: article for article in articles}
    owned = {i for article in articles for i in article.block_indices}
    lines: list[ShownLine] = []
    for local, block in enumerate(blocks):
        if local in first_of_article:
            article = first_of_article[local]
            lines.extend(article_lines([(positions[i], blocks[i]) for i in article.block_indices], article.index))
        elif local not in owned:
            lines.append(_line(Pane.CHROME, positions[local], block))
    return lines


def article_view(document: Document, article: Article) -> list[ShownLine]:
    """What the article editor shows of ``article`` (one of ``document.articles()``)."""
    return article_lines([(i, document.blocks[i]) for i in article.block_indices], article.index)


def chrome_indices(document: Document) -> tuple[int, ...]:
    """The blocks of no article, in page order (the chrome pane's paragraphs)."""
    owner = document.article_of_block()
    return tuple(i for i, article in enumerate(owner) if article is None)


def chrome_view(document: Document) -> list[ShownLine]:
    return [_line(Pane.CHROME, i, document.blocks[i]) for i in chrome_indices(document)]


def page_lines(document: Document) -> list[ShownLine]:
    """Everything the editor shows of the page, in the order the whole-page export prints it."""
    return shown_lines(list(enumerate(document.blocks)))
