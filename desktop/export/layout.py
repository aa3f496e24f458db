"""From blocks to the paragraphs of a Word file, before any Word is involved.

The export prints exactly what the editor shows (``desktop.proofing.view``): one
paragraph per line of the editor, in its order.  An article comes out as heading
lines (a subtitle above the headline is a kicker), body paragraphs in page order,
bylines last; page chrome (blocks of no article) stands alone where it stood.  The
dateline at the start of the first body paragraph gets its own character style;
no character is added, moved or dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.export.styles import StyleKey
from desktop.proofing.credits import dateline as parse_dateline
from desktop.proofing.model import Block, Document, Role
from desktop.proofing.view import Pane, shown_lines


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
    paragraphs: list[OutParagraph] = []
    led: set[int | None] = set()  # articles whose first text paragraph is laid out (its dateline styled)
    for line in shown_lines(indexed_blocks):
        segments: tuple[Segment, ...] = (Segment(line.text),)
        if line.pane is not Pane.BODY:
            style = _STYLE_OF_PANE[line.pane]
        elif line.role is Role.CAPTION:
            style = StyleKey.CAPTION
        else:
            style = StyleKey.BODY
            if line.article not in led:
                led.add(line.article)
                segments = _dateline_segments(line.text)
        paragraphs.append(OutParagraph(style, segments, (line.block,)))
    return paragraphs


_STYLE_OF_PANE = {
    Pane.KICKER: StyleKey.KICKER,
    Pane.HEADLINE: StyleKey.HEADLINE,
    Pane.SUBTITLE: StyleKey.SUBTITLE,
    Pane.BYLINE: StyleKey.BYLINE,
    Pane.CHROME: StyleKey.CHROME,
}


def _dateline_segments(text: str) -> tuple[Segment, ...]:
    dateline = parse_dateline(text)
    if dateline is None or dateline.end >= len(text):
        return (Segment(text, StyleKey.DATELINE if dateline else None),)
    return (Segment(text[: dateline.end], StyleKey.DATELINE), Segment(text[dateline.end :]))
