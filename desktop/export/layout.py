"""From blocks to the paragraphs of a Word file, before any Word is involved.

The export prints exactly what the editor shows (``desktop.proofing.view``): one
paragraph per line of the editor, in its order.  An article comes out as heading
lines (a subtitle above the headline is a kicker), body paragraphs in page order,
bylines last; page chrome (blocks of no article) stands alone where it stood.  The
dateline at the start of the first body paragraph gets its own character style;
no character is added, moved or dropped, unless a house byline style (``byline_style``)
is chosen: then only each article's credit moves and gains or loses its brackets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.export.byline_style import AS_PAGE, BylinePlace, BylineStyle, bare_credit, closing_credit, styled_credit
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
    align: str | None = None  # overrides the style's alignment (a byline under the titles: "left")

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


def layout_document(
    document: Document, indices: Sequence[int] | None = None, byline_style: BylineStyle = AS_PAGE
) -> list[OutParagraph]:
    """Lay out the blocks at ``indices`` (all blocks by default) of ``document``."""
    chosen = tuple(range(len(document.blocks))) if indices is None else tuple(indices)
    return layout_blocks([(index, document.blocks[index]) for index in chosen], byline_style)


def layout_blocks(
    indexed_blocks: Sequence[tuple[int, Block]], byline_style: BylineStyle = AS_PAGE
) -> list[OutParagraph]:
    paragraphs: list[OutParagraph] = []
    owners: list[int | None] = []
    led: set[int | None] = set()  # articles whose first text paragraph is laid out (its dateline styled)
    for line in shown_lines(indexed_blocks):
        segments: tuple[Segment, ...] = (Segment(line.text),)
        if line.pane is not Pane.BODY:
            style = _STYLE_OF_PANE[line.pane]
        elif line.role is Role.CAPTION:
            style = StyleKey.CAPTION
        elif line.role is Role.INTERTITLE:
            style = StyleKey.INTERTITLE
        else:
            style = StyleKey.BODY
            if line.article not in led:
                led.add(line.article)
                segments = _dateline_segments(line.text)
        paragraphs.append(OutParagraph(style, segments, (line.block,)))
        owners.append(line.article)
    if not byline_style.active:
        return paragraphs
    styled: list[OutParagraph] = []
    start = 0
    while start < len(paragraphs):
        end = start + 1
        while end < len(paragraphs) and owners[end] == owners[start]:
            end += 1
        part = paragraphs[start:end]
        styled.extend(part if owners[start] is None else _house_byline(part, byline_style))
        start = end
    return styled


_HEADINGS = (StyleKey.HEADLINE, StyleKey.KICKER, StyleKey.SUBTITLE)


def _house_byline(article: list[OutParagraph], style: BylineStyle) -> list[OutParagraph]:
    """One article's paragraphs with its credit (byline lines, a closing credit) set in the house style."""
    kept = [paragraph for paragraph in article if paragraph.style is not StyleKey.BYLINE]
    found = [bare_credit(paragraph.text) for paragraph in article if paragraph.style is StyleKey.BYLINE]
    blocks = [index for paragraph in article if paragraph.style is StyleKey.BYLINE for index in paragraph.block_indices]
    body = [position for position, paragraph in enumerate(kept) if paragraph.style is StyleKey.BODY]
    if body:
        last = kept[body[-1]]
        closing = closing_credit(last.text)
        if closing is not None and (closing[0] or len(body) > 1):
            remaining, credit = closing
            found.insert(0, bare_credit(credit))
            blocks[:0] = last.block_indices
            if remaining:
                kept[body[-1]] = replace(last, segments=_cut(last.segments, len(remaining)))
            else:
                del kept[body[-1]]
                body.pop()
    found = [credit for credit in found if credit]
    if not found:
        return article
    if style.place is BylinePlace.END_BRACKET and body:
        last = kept[body[-1]]
        kept[body[-1]] = replace(
            last,
            segments=(*last.segments, Segment(styled_credit(found, True))),
            block_indices=tuple(dict.fromkeys((*last.block_indices, *blocks))),
        )
        return kept
    byline = OutParagraph(
        StyleKey.BYLINE, (Segment(styled_credit(found, style.brackets)),), tuple(dict.fromkeys(blocks))
    )
    if style.place is BylinePlace.OWN_LINE:
        after_titles = next((i for i, paragraph in enumerate(kept) if paragraph.style not in _HEADINGS), len(kept))
        return [*kept[:after_titles], replace(byline, align="left"), *kept[after_titles:]]
    return [*kept, byline]


def _cut(segments: tuple[Segment, ...], length: int) -> tuple[Segment, ...]:
    """The segments' first ``length`` characters."""
    kept: list[Segment] = []
    for segment in segments:
        if length <= 0:
            break
        kept.append(Segment(segment.text[:length], segment.char_style))
        length -= len(segment.text)
    return tuple(kept)


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
