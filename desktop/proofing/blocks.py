"""Splitting decoded text into blocks: one block per non-blank line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.proofing.frozen import quick_init

# Layout whitespace: what may stand before the text on a line and is not content.
INDENT_CHARS = " \t\u3000\u00a0"
# Line ends besides the newline (\r and \r\n are normalised at load): Unicode's line and paragraph
# separators, as Word and some PDF extractions write them.  Left inside a block, a U+2029 would also
# split that one block into two paragraphs in the body editor (Qt starts a new block at it).
_LINE_END_RE = re.compile("[\n\u2028\u2029]")


@quick_init
@dataclass(frozen=True, slots=True)
class RawBlock:
    """A non-blank line as it stood in the file.

    ``index`` counts non-blank lines from 0 (the engine's block numbering);
    ``line`` is the 1-based line number in the file; ``blank_before`` tells
    whether a blank line separated it from the previous block (paragraph
    separators are evidence for segmentation, not content).
    """

    index: int
    line: int
    text: str
    indent: str
    blank_before: bool


def split_blocks(text: str) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    blank_before = False
    lines = _LINE_END_RE.split(text) if "\u2028" in text or "\u2029" in text else text.split("\n")
    for line_number, line in enumerate(lines, start=1):
        content = line.lstrip(INDENT_CHARS)
        if not content or content.isspace():  # (``not content.strip()`` without copying every line)
            blank_before = True
            continue
        blocks.append(
            RawBlock(
                len(blocks),  # index
                line_number,
                content.rstrip(_TRAILING_SPACE),  # text
                line[: len(line) - len(content)],  # indent
                blank_before or not blocks,
            )
        )
        blank_before = False
    return blocks


_TRAILING_SPACE = INDENT_CHARS + "\r\f\v"
