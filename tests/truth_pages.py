"""Build pages from the sample's truth file in other layouts, with the answers known.

A ``TruthPage`` is raw page text plus what the engine must find in it: the
broken breaks (pairs of block indices), the block index of every headline and
the expected cleaned text.  Layouts are produced by transforming the truth, never
by copying the sample by hand.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.proofing.chars import display_width

_TERMINAL = "。！？!?…"


@dataclass
class TruthPage:
    text: str
    broken_breaks: list[tuple[int, int]] = field(default_factory=list)
    headline_blocks: list[int] = field(default_factory=list)
    detached_blocks: list[int] = field(default_factory=list)
    missing_byline_headlines: list[int] = field(default_factory=list)
    expected_articles: list[list[str]] = field(default_factory=list)

    @property
    def expected_text(self) -> str:
        return "\n\n".join("\n".join(lines) for lines in self.expected_articles) + "\n"


def byline_text(name: str, fullwidth: bool) -> str:
    return f"（{name}）" if fullwidth else f"({name})"


def _retouch_bylines(paragraph: str, byline: str | None, fullwidth: bool) -> str:
    if byline and fullwidth and paragraph.endswith(f"({byline})"):
        return paragraph[: -len(byline) - 2] + byline_text(byline, True)
    return paragraph


def wrap_by_width(paragraph: str, width: int, after_sentence_end: bool = False) -> list[str]:
    """Hard-wrap at a display width, never right after a sentence end (that would be a real paragraph end).

    Unless ``after_sentence_end``: on a page whose paragraphs are set apart by blank
    lines a wrap may fall anywhere.  Never next to a space: a space at a line's edge
    is layout, and the join would lose it.
    """
    lines: list[str] = []
    current = ""
    for char in paragraph:
        over = current and display_width(current + char) > width
        at_space = over and (current[-1].isspace() or char.isspace())
        if over and not at_space and (after_sentence_end or current[-1] not in _TERMINAL):
            lines.append(current)
            current = ""
        current += char
    lines.append(current)
    return lines


def random_breaks(paragraph: str, rng: random.Random, max_breaks: int = 2, min_piece: int = 12) -> list[str]:
    """Cut a paragraph at up to ``max_breaks`` random places (not after a sentence end)."""
    positions = [
        p
        for p in range(min_piece, len(paragraph) - 4)
        if paragraph[p - 1] not in _TERMINAL and not paragraph[p - 1].isspace() and not paragraph[p].isspace()
    ]
    rng.shuffle(positions)
    chosen: list[int] = []
    for position in positions:
        if len(chosen) >= max_breaks:
            break
        if all(abs(position - other) >= min_piece for other in chosen):
            chosen.append(position)
    pieces, start = [], 0
    for position in sorted(chosen):
        pieces.append(paragraph[start:position])
        start = position
    pieces.append(paragraph[start:])
    return pieces


def build_page(
    truth: dict[str, Any],
    *,
    splitter: Any = None,
    separator: str = "\n\n",
    newline: str = "\n",
    indent: str = "",
    fullwidth_bylines: bool = False,
    indent_continuations: bool = True,
    indent_headings: bool = False,
    wrap_separator: str | None = None,
) -> TruthPage:
    """Lay the truth out as a raw page; ``splitter(paragraph) -> list[str]`` breaks paragraphs into lines.

    ``indent`` goes before body lines (and headings with ``indent_headings``); with
    ``indent_continuations`` off only a paragraph's first line gets it (the lines a
    column wrap produced stay flush).  ``wrap_separator`` (default: ``separator``)
    stands between the lines of one broken paragraph: ``"\\n"`` with a ``"\\n\\n"``
    separator makes a page whose blank lines separate paragraphs and whose single
    newlines are column wraps.
    """
    split = splitter or (lambda paragraph: [paragraph])
    page = TruthPage(text="")
    lines: list[str] = []
    continuations: set[int] = set()

    def add(line: str, indented: bool, continuation: bool = False) -> int:
        lines.append((indent if indented else "") + line)
        if continuation:
            continuations.add(len(lines) - 1)
        return len(lines) - 1

    for article in truth["articles"]:
        byline = article.get("byline")
        detached = bool(article.get("byline_detached"))
        headline = add(article["headline"], indent_headings)
        page.headline_blocks.append(headline)
        expected = [article["headline"]]
        if article.get("subtitle"):
            add(article["subtitle"], indent_headings)
            expected.append(article["subtitle"])
        for paragraph in article["body"]:
            paragraph = _retouch_bylines(paragraph, byline, fullwidth_bylines)
            pieces = split(paragraph)
            first = add(pieces[0], True)
            for offset, piece in enumerate(pieces[1:], start=1):
                add(piece, indent_continuations, continuation=True)
                page.broken_breaks.append((first + offset - 1, first + offset))
            expected.append(paragraph)
        if byline and detached:
            page.detached_blocks.append(add(byline_text(byline, fullwidth_bylines), True))
            expected.append(byline_text(byline, fullwidth_bylines))
        if not byline:
            page.missing_byline_headlines.append(headline)
        page.expected_articles.append(expected)
    wrap = separator if wrap_separator is None else wrap_separator
    joined = "".join((wrap if i in continuations else separator) + line if i else line for i, line in enumerate(lines))
    page.text = joined.replace("\n", newline) + newline
    return page


def fold_width(text: str) -> str:
    """Compare texts 'up to punctuation width'."""
    return unicodedata.normalize("NFKC", text)


def sample_variant(
    sample_text: str,
    *,
    separator: str = "\n\n",
    newline: str = "\n",
    indent: str = "",
    fullwidth_bylines: bool = False,
) -> str:
    """The sample page itself re-laid out: block order and so the truth's indices stay the same."""
    lines = [line for line in sample_text.split("\n") if line.strip()]
    if fullwidth_bylines:
        lines = [_fullwidth_trailing_parens(line) for line in lines]
    indented = [indent + line for line in lines]
    return separator.join(indented).replace("\n", newline) + newline


def _fullwidth_trailing_parens(line: str) -> str:
    if line.endswith(")") and "(" in line:
        start = line.rindex("(")
        inner = line[start + 1 : -1]
        if 1 < len(inner) <= 8 and all("\u4e00" <= c <= "\u9fff" or c == " " for c in inner):
            return f"{line[:start]}（{inner}）"
    return line


_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def fullwidth_truth(truth: dict[str, Any]) -> dict[str, Any]:
    """The truth as a paper that already sets full-width punctuation (numbers like 1,975 keep theirs)."""

    def convert(text: str) -> str:
        return re.sub(r"(?<=\d),(?=\d)", "\x00", text).translate(_FULL_WIDTH).replace("\x00", ",")

    converted = json.loads(json.dumps(truth))
    for article in converted["articles"]:
        article["headline"] = convert(article["headline"])
        article["subtitle"] = convert(article["subtitle"]) if article["subtitle"] else None
        article["body"] = [convert(paragraph) for paragraph in article["body"]]
    return converted
