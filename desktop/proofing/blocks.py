"""Splitting decoded text into blocks: one block per non-blank line."""

from __future__ import annotations

from dataclasses import dataclass

# Layout whitespace: what may stand before the text on a line and is not content.
INDENT_CHARS = " \t\u3000\u00a0"


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
    for line_number, line in enumerate(text.split("\n"), start=1):
        content = line.lstrip(INDENT_CHARS)
        if not content.strip():
            blank_before = True
            continue
        indent = line[: len(line) - len(content)]
        blocks.append(
            RawBlock(
                index=len(blocks),
                line=line_number,
                text=content.rstrip(INDENT_CHARS + "\r\f\v"),
                indent=indent,
                blank_before=blank_before or not blocks,
            )
        )
        blank_before = False
    return blocks
