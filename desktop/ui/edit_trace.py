"""Where an edit changed the text, so the editor can light it up for a moment (no Qt).

The edit's old and new blocks are compared as one run of text: the common head and tail are
unchanged; what lies between is the trace, mapped back onto the new blocks.  An edit that only
removed text (a broken line joined) leaves its trace on the characters either side of the cut.
"""

from __future__ import annotations

from desktop.proofing.chars import common_ends
from desktop.proofing.edits import AnyEdit, Edit

Trace = tuple[int, int, int]  # block, start, end in the page after the edit


def edit_traces(edit: AnyEdit) -> list[Trace]:
    """The changed runs of ``edit`` (a single edit; a batch's edits moved each other's blocks: none)."""
    if not isinstance(edit, Edit) or not edit.new:
        return []
    old = "\n".join(block.text for block in edit.old)
    new = "\n".join(block.text for block in edit.new)
    if old == new:
        return []
    head, tail = common_ends(old, new)
    start, end = head, len(new) - tail
    if start == end:  # only removed: mark the characters either side of the cut
        start, end = max(start - 1, 0), min(end + 1, len(new))
    traces: list[Trace] = []
    offset = 0
    for number, block in enumerate(edit.new):
        block_end = offset + len(block.text)
        lo, hi = max(start, offset), min(end, block_end)
        if lo < hi:
            traces.append((edit.start + number, lo - offset, hi - offset))
        offset = block_end + 1
    return traces
