"""Tracked changes: the editor's edits between the page as loaded and as edited.

Both states are laid out the same way (``layout``), then compared.  The result is
a list of Word paragraphs whose pieces are unchanged, inserted or deleted text,
and whose paragraph mark may itself be inserted (a split) or deleted (a join of a
broken line: Word's deleted pilcrow, ``w:pPr/w:rPr/w:del``).  Accepting every
revision yields exactly the edited text, rejecting every revision the raw text.

Paragraphs are first paired through the blocks' ``origin`` (the raw block indices
each edited block came from), so a change in one paragraph never turns the rest
of the page into one giant difference; only inside a group of paired paragraphs
are characters compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from itertools import groupby

from desktop.export.layout import OutParagraph
from desktop.export.styles import StyleKey
from desktop.proofing.model import Document

# Stands for a paragraph mark while comparing; a noncharacter never found in page text.
MARK = "\uffff"


class Change(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Piece:
    change: Change
    text: str
    char_style: StyleKey | None = None


@dataclass(frozen=True, slots=True)
class WordParagraph:
    """One ``w:p``: its style, its pieces and the fate of its paragraph mark.

    ``edited_index`` is the laid-out paragraph of the edited page this Word
    paragraph shows (several Word paragraphs share it when their marks are
    deleted); None for a paragraph that only exists before the edits.
    ``old_style`` is the style it had before the edits, when that differs.
    """

    style: StyleKey
    pieces: tuple[Piece, ...]
    mark: Change = Change.EQUAL
    old_style: StyleKey | None = None
    edited_index: int | None = None


def plain_paragraphs(paragraphs: Sequence[OutParagraph]) -> list[WordParagraph]:
    return [
        WordParagraph(
            paragraph.style,
            tuple(Piece(Change.EQUAL, s.text, s.char_style) for s in paragraph.segments),
            edited_index=index,
        )
        for index, paragraph in enumerate(paragraphs)
    ]


def tracked_paragraphs(
    raw_document: Document,
    raw: Sequence[OutParagraph],
    edited_document: Document,
    edited: Sequence[OutParagraph],
) -> list[WordParagraph]:
    """Word paragraphs that show the way from ``raw`` to ``edited`` as revisions."""
    result: list[WordParagraph] = []
    for r_lo, r_hi, e_lo, e_hi in _paired_groups(raw_document, raw, edited_document, edited):
        raw_part, edited_part = raw[r_lo:r_hi], edited[e_lo:e_hi]
        if len(raw_part) == len(edited_part) == 1 and raw_part[0].text == edited_part[0].text:
            old = raw_part[0].style if raw_part[0].style != edited_part[0].style else None
            pieces = tuple(Piece(Change.EQUAL, s.text, s.char_style) for s in edited_part[0].segments)
            result.append(WordParagraph(edited_part[0].style, pieces, Change.EQUAL, old, e_lo))
        else:
            result.extend(_compare(raw_part, edited_part, e_lo))
    return result


def _paired_groups(
    raw_document: Document,
    raw: Sequence[OutParagraph],
    edited_document: Document,
    edited: Sequence[OutParagraph],
) -> list[tuple[int, int, int, int]]:
    """Consecutive ranges ``raw[r_lo:r_hi]`` ↔ ``edited[e_lo:e_hi]``, in order, as fine as the origins allow."""
    raw_paragraph_of: dict[int, int] = {}
    for r, paragraph in enumerate(raw):
        for block_index in paragraph.block_indices:
            for origin in raw_document.blocks[block_index].origin or (block_index,):
                raw_paragraph_of.setdefault(origin, r)
    groups: list[list[int]] = []
    cursor = 0
    for e, paragraph in enumerate(edited):
        matched = {
            raw_paragraph_of[origin]
            for block_index in paragraph.block_indices
            for origin in edited_document.blocks[block_index].origin
            if origin in raw_paragraph_of
        }
        if not matched:
            groups.append([cursor, cursor, e, e + 1])
            continue
        low, high = min(matched), max(matched) + 1
        if low >= cursor:
            if low > cursor:
                groups.append([cursor, low, e, e])
            groups.append([low, high, e, e + 1])
            cursor = high
            continue
        merged = [low, max(high, cursor), e, e + 1]
        while groups and groups[-1][1] > merged[0]:
            previous = groups.pop()
            merged = [min(merged[0], previous[0]), max(merged[1], previous[1]), previous[2], merged[3]]
        groups.append(merged)
        cursor = merged[1]
    if cursor < len(raw):
        groups.append([cursor, len(raw), len(edited), len(edited)])
    return [(a, b, c, d) for a, b, c, d in groups]


def _flatten(paragraphs: Sequence[OutParagraph]) -> tuple[str, list[StyleKey | None]]:
    chars: list[str] = []
    styles: list[StyleKey | None] = []
    for paragraph in paragraphs:
        for segment in paragraph.segments:
            chars.append(segment.text)
            styles.extend([segment.char_style] * len(segment.text))
        chars.append(MARK)
        styles.append(None)
    return "".join(chars), styles


def _emit(stream: list[Piece], change: Change, chars: str, styles: list[StyleKey | None], low: int, high: int) -> None:
    for (is_mark, style), positions in groupby(range(low, high), key=lambda p: (chars[p] == MARK, styles[p])):
        span = list(positions)
        if is_mark:
            stream.extend(Piece(change, MARK) for _ in span)
        else:
            stream.append(Piece(change, chars[span[0] : span[-1] + 1], style))


def _compare(
    raw_part: Sequence[OutParagraph], edited_part: Sequence[OutParagraph], e_offset: int
) -> list[WordParagraph]:
    before, before_styles = _flatten(raw_part)
    after, after_styles = _flatten(edited_part)
    stream: list[Piece] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            _emit(stream, Change.EQUAL, after, after_styles, j1, j2)
            continue
        _emit(stream, Change.DELETE, before, before_styles, i1, i2)
        _emit(stream, Change.INSERT, after, after_styles, j1, j2)
    paragraphs: list[WordParagraph] = []
    pieces: list[Piece] = []
    edited_index, raw_index = e_offset, 0
    for piece in stream:
        if piece.text != MARK:
            pieces.append(piece)
            continue
        in_edited = piece.change is not Change.DELETE or any(p.change is not Change.DELETE for p in pieces)
        in_raw = piece.change is not Change.INSERT or any(p.change is not Change.INSERT for p in pieces)
        raw_style = raw_part[raw_index].style if raw_index < len(raw_part) else None
        if in_edited:
            style = edited_part[edited_index - e_offset].style
            shown: int | None = edited_index
        else:
            style = raw_style or StyleKey.BODY
            shown = None
        old = raw_style if in_raw and raw_style is not None and raw_style != style else None
        paragraphs.append(WordParagraph(style, tuple(pieces), piece.change, old, shown))
        pieces = []
        if piece.change is not Change.DELETE:
            edited_index += 1
        if piece.change is not Change.INSERT:
            raw_index += 1
    return paragraphs


def accepted_text(paragraphs: Sequence[WordParagraph]) -> list[str]:
    """The paragraphs' text once every revision is accepted (for checks and tests)."""
    return _resolve(paragraphs, keep=Change.INSERT)


def rejected_text(paragraphs: Sequence[WordParagraph]) -> list[str]:
    return _resolve(paragraphs, keep=Change.DELETE)


def _resolve(paragraphs: Sequence[WordParagraph], keep: Change) -> list[str]:
    result: list[str] = []
    current = ""
    for paragraph in paragraphs:
        current += "".join(p.text for p in paragraph.pieces if p.change in (Change.EQUAL, keep))
        if paragraph.mark in (Change.EQUAL, keep):
            result.append(current)
            current = ""
    return result
