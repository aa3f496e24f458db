"""Find and replace over the page's blocks (no Qt): where the next hit is, and the edits of a replace-all."""

from __future__ import annotations

from desktop.proofing.edits import Edit, set_text
from desktop.proofing.model import Document


def find_in_page(
    document: Document, needle: str, block: int, offset: int, *, backwards: bool = False
) -> tuple[int, int] | None:
    """The next occurrence of ``needle`` after (block, offset), wrapping around the page."""
    if not needle or not document.blocks:
        return None
    blocks = document.blocks
    count = len(blocks)
    for step in range(count + 1):
        index = (block - step if backwards else block + step) % count
        text = blocks[index].text
        if step == 0:
            found = text.rfind(needle, 0, max(offset, 0)) if backwards else text.find(needle, offset)
        else:
            found = text.rfind(needle) if backwards else text.find(needle)
        if found >= 0:
            return index, found
    return None


def replace_all_edits(document: Document, needle: str, replacement: str) -> tuple[tuple[Edit, ...], int]:
    """The edits that replace every ``needle`` on the page, and how many occurrences they replace.

    Only paragraphs the replacement changes are edited (replacing a text with itself is no edit).
    """
    if not needle:
        return (), 0
    edits: list[Edit] = []
    total = 0
    for index, block in enumerate(document.blocks):
        hits = block.text.count(needle)
        replaced = block.text.replace(needle, replacement) if hits else block.text
        if replaced != block.text:
            edit = set_text(document, index, replaced, "全部替换")
            document = edit.apply(document)
            edits.append(edit)
            total += hits
    return tuple(edits), total
