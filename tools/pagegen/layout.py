"""Lay article records out as page text, knowing what every line is.

Two layouts, as pages reach the desk:

- ``epaper``: an e-paper copy, one paragraph a line; some paragraphs are cut where a
  column ended (the piece after the cut ``continues`` the line above); blank lines
  between all lines, between paragraphs only, between articles only, or none.
- ``pdf``: text taken from a PDF, every body paragraph and caption hard-wrapped at
  one column width for the page (12–26 columns: a Chinese character is one column,
  an ASCII letter, digit or half-width mark half of one), with the line-breaking
  rules of Chinese print: closing punctuation never starts a line (it hangs at the
  end of the line above, or the last character goes down with it), opening
  punctuation never ends one.  Titles and chrome are not wrapped.

Options add or leave out the page chrome, encode in UTF-8 or GB18030 and set the
punctuation full- or half-width (half to full only in Chinese context, so that
``1,975`` or ``12:30`` keep theirs).  Cuts and wraps never fall next to a space:
the engine strips a line's edges, and joining the lines must give the paragraph back.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from tools.pagegen.truth import ArticleRecord, LineLabel

Layout = Literal["epaper", "pdf"]
Blank = Literal["none", "all", "paragraphs", "articles"]
Punctuation = Literal["as-is", "full", "half"]

CLOSING = frozenset("，。、；：？！”’）》」』…—,.;:?!)]〕〉】")
OPENING = frozenset("“‘（《「『([〔〈【")
SENTENCE_END = frozenset("。！？!?…")
_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%]*|——|……|\s+|.", re.S)
MIN_WIDTH, MAX_WIDTH = 12, 26


@dataclass(frozen=True)
class LayoutOptions:
    layout: Layout = "epaper"
    chrome: bool = True  # each record's chrome_before/after and the page chrome below
    page_chrome_before: tuple[str, ...] = ()
    page_chrome_after: tuple[str, ...] = ()
    encoding: str = "utf-8"
    punctuation: Punctuation = "as-is"
    blank_lines: Blank = "none"
    indent: str = ""  # before the first line of every body paragraph and caption
    indent_titles: bool = False
    indent_cuts: bool = False  # epaper: the piece after a column cut carries the indent too
    cut_share: float = 0.3  # epaper: share of body paragraphs cut once or twice
    width: int | None = None  # pdf: column width; None: drawn from the seed between 12 and 26
    hang_punctuation: bool = True  # pdf: closing punctuation hangs past the width (else a character goes down)
    seed: int = 0


@dataclass
class LaidOutPage:
    """Page text plus the label of every non-blank line (the engine's blocks, in order)."""

    name: str
    text: str
    encoding: str
    labels: list[LineLabel]
    records: tuple[ArticleRecord, ...]
    options: LayoutOptions
    width: int | None = None
    lines: list[str] = field(default_factory=list)  # the non-blank lines without their indent

    def raw_bytes(self) -> bytes:
        return self.text.encode(self.encoding)

    @property
    def broken_breaks(self) -> list[tuple[int, int]]:
        return [(index - 1, index) for index, label in enumerate(self.labels) if label.continues]

    @property
    def article_starts(self) -> list[int]:
        """The first block of each article (kicker, headline or column title), in article order."""
        starts: dict[int, int] = {}
        for index, label in enumerate(self.labels):
            if label.article is not None:
                starts.setdefault(label.article, index)
        return [starts[article] for article in sorted(starts)]

    @property
    def headline_blocks(self) -> list[int]:
        return [index for index, label in enumerate(self.labels) if label.part == "headline"]

    @property
    def chrome_blocks(self) -> list[int]:
        return [index for index, label in enumerate(self.labels) if label.part == "chrome"]

    @property
    def unsigned_headlines(self) -> list[int]:
        """The first headline block of every article that carries no credit."""
        first: dict[int, int] = {}
        for index, label in enumerate(self.labels):
            if label.part == "headline" and label.article is not None:
                first.setdefault(label.article, index)
        return [first[number] for number, record in enumerate(self.records) if not record.signed and number in first]

    @property
    def names(self) -> list[tuple[str, ...]]:
        return [record.names for record in self.records]

    def paragraphs(self) -> list[tuple[LineLabel, str]]:
        """The lines with every continuing line joined to the one above: the printed paragraphs."""
        joined: list[tuple[LineLabel, str]] = []
        for label, line in zip(self.labels, self.lines, strict=True):
            if label.continues and joined:
                joined[-1] = (joined[-1][0], joined[-1][1] + line)
            else:
                joined.append((label, line))
        return joined


# --- punctuation ------------------------------------------------------------------------------------


def _wide(char: str) -> bool:
    return ord(char) >= 0x2E80


def to_halfwidth(text: str) -> str:
    return text.translate(_TO_HALF)


def to_fullwidth(text: str) -> str:
    """Half-width marks next to a Chinese character (or a full-width mark) become full-width.

    A closing bracket follows its opening one, so that ``(A1)`` after Chinese text becomes ``（A1）``.
    """
    out = []
    opened: list[bool] = []
    for position, char in enumerate(text):
        if char in _TO_FULL:
            before = text[position - 1] if position else ""
            after = text[position + 1] if position + 1 < len(text) else ""
            chinese = bool((before and _wide(before)) or (after and _wide(after)))
            if char == "(":
                opened.append(chinese)
            elif char == ")" and opened:
                chinese = opened.pop()
            if chinese:
                char = _TO_FULL[char]
        out.append(char)
    return "".join(out)


def convert_punctuation(text: str, punctuation: Punctuation) -> str:
    if punctuation == "half":
        return to_halfwidth(text)
    if punctuation == "full":
        return to_fullwidth(text)
    return text


# --- breaking lines ---------------------------------------------------------------------------------


def columns(text: str) -> float:
    """Width as the papers count it: a Chinese character (or full-width mark) is one column, ASCII half."""
    return sum(0.5 if ord(char) < 0x80 else 1.0 for char in text)


def _units(text: str) -> list[str]:
    """Pieces a line may not be broken inside: ASCII words and numbers, ——, ……, runs of spaces, characters."""
    return _ASCII_WORD.findall(text)


def _may_break(left: str, right: str) -> bool:
    """A line may end with ``left`` and the next begin with ``right``."""
    if not left or not right:
        return False
    return not (
        left[-1].isspace() or right[0].isspace() or right[0] in CLOSING or left[-1] in OPENING or left[-1] == right[0]
    )


def wrap_columns(text: str, width: float, indent_columns: float = 0.0, hang: bool = True) -> list[str]:
    """Hard-wrap ``text`` at ``width`` columns with the line-breaking rules of Chinese print.

    ``indent_columns`` is taken by the first line's indent.  A closing mark that
    would start a line hangs past the width when ``hang``; otherwise (and for an
    opening mark at a line end, or a space at either edge) the break moves back.
    """
    lines: list[str] = []
    current: list[str] = []
    used = indent_columns
    hanging = False
    for unit in _units(text):
        size = columns(unit)
        if current and (used + size > width or hanging):
            if unit[0] in CLOSING and (hang or hanging):
                current.append(unit)
                used += size
                hanging = True
                continue
            hanging = False
            cut = len(current)
            while cut > 0 and not _may_break("".join(current[:cut]), "".join([*current[cut:], unit])):
                cut -= 1
            if cut > 0:
                lines.append("".join(current[:cut]))
                current = current[cut:]
                used = columns("".join(current))
        current.append(unit)
        used += size
    if current:
        lines.append("".join(current))
    return lines


def column_cuts(text: str, rng: random.Random, pieces: int, after_sentence_end: bool, min_piece: int = 4) -> list[str]:
    """Cut ``text`` where a column ended: at ``pieces - 1`` random places that obey the line-breaking rules.

    Never right after a sentence end unless ``after_sentence_end`` (on a page whose
    blank lines mark the paragraphs a cut there can still be told from a paragraph end).
    """
    positions = [
        position
        for position in range(min_piece, len(text) - min_piece + 1)
        if _may_break(text[:position], text[position:])
        and (after_sentence_end or text[position - 1] not in SENTENCE_END)
        and not (text[position - 1].isascii() and text[position].isascii() and text[position].isalnum())
    ]
    rng.shuffle(positions)
    chosen: list[int] = []
    for position in positions:
        if len(chosen) >= pieces - 1:
            break
        if all(abs(position - other) >= min_piece for other in chosen):
            chosen.append(position)
    result, start = [], 0
    for position in sorted(chosen):
        result.append(text[start:position])
        start = position
    result.append(text[start:])
    return result


# --- the page ---------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    label: LineLabel
    indent: str = ""


def _article_lines(record: ArticleRecord, number: int, options: LayoutOptions) -> list[tuple[str, str]]:
    """(part, text) of one article in print order, chrome included when asked."""
    items: list[tuple[str, str]] = []
    if options.chrome:
        items += [("chrome", line) for line in record.chrome_before]
    if record.kicker:
        items.append(("kicker", record.kicker))
    items += [("headline", line) for line in record.headline]
    if record.subtitle:
        items.append(("subtitle", record.subtitle))
    items += [("top_credit", line) for line in record.top_credit]
    items += [("caption", line) for line in record.captions_before]
    captions = set(record.caption_paragraphs)
    items += [("caption" if index in captions else "body", text) for index, text in enumerate(record.paragraphs)]
    items += [("end_credit", line) for line in record.end_credit]
    items += [("trailer", line) for line in record.trailer]
    if options.chrome:
        items += [("chrome", line) for line in record.chrome_after]
    return items


def lay_out(records: Sequence[ArticleRecord], options: LayoutOptions | None = None, name: str = "") -> LaidOutPage:
    """The page of ``records`` in ``options.layout``, with a label for every non-blank line."""
    options = options or LayoutOptions()
    rng = random.Random(options.seed)
    width = (options.width or rng.randint(MIN_WIDTH, MAX_WIDTH)) if options.layout == "pdf" else None
    convert = lambda text: convert_punctuation(text, options.punctuation)  # noqa: E731
    lines: list[_Line] = []

    def add(text: str, article: int | None, part: str) -> None:
        text = convert(text).strip()
        if not text:
            return
        indented = part in ("body", "caption") or (options.indent_titles and part in ("kicker", "headline", "subtitle"))
        indent = options.indent if indented else ""
        pieces = _split(text, part, indent, rng, options, width)
        for offset, piece in enumerate(pieces):
            if offset == 0:
                lines.append(_Line(piece, LineLabel(article, part, False), indent))
            else:
                cut_indent = indent if options.layout == "epaper" and options.indent_cuts else ""
                lines.append(_Line(piece, LineLabel(article, part, True), cut_indent))

    if options.chrome:
        for line in options.page_chrome_before:
            add(line, None, "chrome")
    for number, record in enumerate(records):
        for part, text in _article_lines(record, number, options):
            add(text, None if part == "chrome" else number, part)
    if options.chrome:
        for line in options.page_chrome_after:
            add(line, None, "chrome")
    text = _page_text(lines, options.blank_lines)
    return LaidOutPage(
        name=name or f"{options.layout}-{options.seed}",
        text=text,
        encoding=options.encoding,
        labels=[line.label for line in lines],
        records=tuple(records),
        options=options,
        width=width,
        lines=[line.text for line in lines],
    )


def _split(
    text: str, part: str, indent: str, rng: random.Random, options: LayoutOptions, width: int | None
) -> list[str]:
    if part in ("chrome", "kicker", "headline", "subtitle"):
        return [text]
    if options.layout == "pdf":
        assert width is not None
        return wrap_columns(text, width, columns(indent), options.hang_punctuation)
    if part != "body" or len(text) < 16 or rng.random() >= options.cut_share:
        return [text]
    pieces = rng.choice((2, 2, 2, 3)) if len(text) > 40 else 2
    return column_cuts(text, rng, pieces, after_sentence_end=options.blank_lines == "paragraphs")


def _page_text(lines: list[_Line], blank: Blank) -> str:
    out: list[str] = []
    previous: LineLabel | None = None
    for line in lines:
        if previous is not None:
            gap = (
                blank == "all"
                or (blank == "paragraphs" and not line.label.continues)
                or (blank == "articles" and line.label.article != previous.article and line.label.part != "chrome")
            )
            if gap:
                out.append("")
        out.append(line.indent + line.text)
        previous = line.label
    return "\n".join(out) + "\n"
