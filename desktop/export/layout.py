"""From blocks to the paragraphs of a Word file, before any Word is involved.

An article comes out as render.py writes it for ``proofsheet fix``: headline and
subtitles first (a subtitle above the headline is a kicker), then the body in
page order, bylines last.  A dateline that stands alone on its line is kept
inside the first paragraph, and the dateline at the start of the first paragraph
gets its own character style.  Page chrome (blocks of no article) stands alone
where render.py puts it, so no character is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.export.styles import StyleKey
from desktop.proofing.bylines import parse_dateline
from desktop.proofing.model import Block, Document, Role, build_articles

# What stands between a dateline that was on its own line and the paragraph it leads.
DATELINE_GAP = "\u3000"
_CLOSING_BRACKETS = ")）"


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    char_style: StyleKey | None = None


@dataclass(frozen=True, slots=True)
class OutParagraph:
    style: StyleKey
    segments: tuple[Segment, ...]
    block_indices: tuple[int, ...]

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


def layout_document(document: Document, indices: Sequence[int] | None = None) -> list[OutParagraph]:
    """Lay out the blocks at ``indices`` (all blocks by default) of ``document``."""
    chosen = tuple(range(len(document.blocks))) if indices is None else tuple(indices)
    return layout_blocks([(index, document.blocks[index]) for index in chosen])


def layout_blocks(indexed_blocks: Sequence[tuple[int, Block]]) -> list[OutParagraph]:
    blocks = tuple(block for _, block in indexed_blocks)
    positions = tuple(index for index, _ in indexed_blocks)
    articles = build_articles(blocks)
    first_of_article = {article.first_index: article for article in articles}
    owned = {i for article in articles for i in article.block_indices}
    paragraphs: list[OutParagraph] = []
    for local, block in enumerate(blocks):
        if local in first_of_article:
            article = first_of_article[local]
            paragraphs.extend(_article_paragraphs([(positions[i], blocks[i]) for i in article.block_indices]))
        elif local not in owned:
            paragraphs.append(OutParagraph(StyleKey.CHROME, (Segment(block.text),), (positions[local],)))
    return paragraphs


def _article_paragraphs(members: list[tuple[int, Block]]) -> list[OutParagraph]:
    heading = [(i, b) for i, b in members if b.role in (Role.HEADLINE, Role.SUBTITLE)]
    body = [(i, b) for i, b in members if b.role not in (Role.HEADLINE, Role.SUBTITLE, Role.BYLINE)]
    bylines = [(i, b) for i, b in members if b.role is Role.BYLINE]
    paragraphs: list[OutParagraph] = []
    seen_headline = False
    for index, block in heading:
        if block.role is Role.HEADLINE:
            seen_headline = True
            style = StyleKey.HEADLINE
        else:
            style = StyleKey.SUBTITLE if seen_headline else StyleKey.KICKER
        paragraphs.append(OutParagraph(style, (Segment(block.text),), (index,)))
    paragraphs.extend(_body_paragraphs(body))
    paragraphs.extend(OutParagraph(StyleKey.BYLINE, (Segment(b.text),), (i,)) for i, b in bylines)
    return paragraphs


def _body_paragraphs(body: list[tuple[int, Block]]) -> list[OutParagraph]:
    paragraphs: list[OutParagraph] = []
    position = 0
    first_text = True
    while position < len(body):
        index, block = body[position]
        position += 1
        if block.role is Role.CAPTION:
            paragraphs.append(OutParagraph(StyleKey.CAPTION, (Segment(block.text),), (index,)))
            continue
        segments = _dateline_segments(block.text) if first_text else (Segment(block.text),)
        indices: tuple[int, ...] = (index,)
        if _is_lone_dateline(block) and position < len(body) and body[position][1].role is Role.BODY:
            next_index, next_block = body[position]
            position += 1
            gap = "" if block.text.rstrip()[-1:] in _CLOSING_BRACKETS else DATELINE_GAP
            segments = (Segment(block.text + gap, StyleKey.DATELINE), Segment(next_block.text))
            indices = (index, next_index)
        first_text = False
        paragraphs.append(OutParagraph(StyleKey.BODY, segments, indices))
    return paragraphs


def _is_lone_dateline(block: Block) -> bool:
    if block.role is not Role.DATELINE:
        return False
    dateline = parse_dateline(block.text)
    return dateline is not None and dateline.end >= len(block.text.rstrip())


def _dateline_segments(text: str) -> tuple[Segment, ...]:
    dateline = parse_dateline(text)
    if dateline is None or dateline.end >= len(text):
        return (Segment(text, StyleKey.DATELINE if dateline else None),)
    return (Segment(text[: dateline.end], StyleKey.DATELINE), Segment(text[dateline.end :]))
