"""Where a fix changed the text (the editor lights it up for a moment): pure, on made-up blocks."""

from __future__ import annotations

from desktop.proofing.edits import EditBatch, join_blocks, set_role, set_text
from desktop.proofing.model import Block, Document, Role
from desktop.ui.edit_trace import edit_traces


def _page(*texts: str) -> Document:
    return Document(blocks=tuple(Block(uid=n, text=t) for n, t in enumerate(texts)))


def test_a_replaced_character_is_traced_where_it_now_stands():
    page = _page("青禾县林可舟报道", "今天,青禾县下雨,很大")
    edit = set_text(page, 1, "今天，青禾县下雨，很大")
    assert edit_traces(edit) == [(1, 2, 9)]  # from the first changed character to the last


def test_a_joined_line_is_traced_on_the_characters_either_side_of_the_cut():
    page = _page("标题", "林可舟在青禾", "县调研")
    edit = join_blocks(page, 1)
    (trace,) = edit_traces(edit)
    block, start, end = trace
    joined = edit.apply(page).blocks[block].text
    assert joined == "林可舟在青禾县调研"
    assert joined[start:end] == "禾县"


def test_nothing_to_trace_when_no_character_changed():
    page = _page("标题", "正文")
    assert edit_traces(set_role(page, 1, Role.CAPTION)) == []
    batch = EditBatch("全部修正", (set_text(page, 1, "正文。"),))
    assert edit_traces(batch) == []
