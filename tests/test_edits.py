"""Edits are exact: every operation has an inverse that restores the page, and only text edits change text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.proofing import edits
from desktop.proofing.edits import Edit, EditBatch, EditConflict, edit_from_dict, edit_to_dict
from desktop.proofing.model import Block, Document, Role

CHARS = st.sampled_from(list("聊城市政府召开会议，。“”（）的了志愿者abc12 \u3000"))
TEXTS = st.text(CHARS, min_size=1, max_size=30).filter(lambda t: t.strip())


@st.composite
def documents(draw: st.DrawFn) -> Document:
    texts = draw(st.lists(TEXTS, min_size=1, max_size=12))
    blocks = []
    for uid, text in enumerate(texts):
        role = draw(st.sampled_from([Role.BODY, Role.BODY, Role.HEADLINE, Role.SUBTITLE, Role.BYLINE]))
        blocks.append(
            Block(uid=uid, text=text, role=role, starts_article=uid == 0 or role is Role.HEADLINE, origin=(uid,))
        )
    return Document(tuple(blocks), source_name="t.txt")


STRUCTURAL = ("join", "split", "split_article", "merge", "set_role", "attach_headline")


def _random_edit(data: st.DataObject, doc: Document, allow_text: bool) -> Edit | None:
    kinds = list(STRUCTURAL) + (["set_text", "delete", "insert"] if allow_text else [])
    kind = data.draw(st.sampled_from(kinds))
    n = len(doc.blocks)
    index = data.draw(st.integers(0, max(n - 1, 0)))
    try:
        if kind == "join":
            return edits.join_blocks(doc, index)
        if kind == "split":
            offset = data.draw(st.integers(1, max(len(doc.blocks[index].text) - 1, 1)))
            return edits.split_block(doc, index, offset)
        if kind == "split_article":
            return edits.split_article(doc, index)
        if kind == "merge":
            return edits.merge_article_with_next(doc, data.draw(st.integers(0, 5)))
        if kind == "set_role":
            return edits.set_role(doc, index, data.draw(st.sampled_from(list(Role))))
        if kind == "attach_headline":
            return edits.set_subtitle(doc, 0, "副题") if allow_text else None
        if kind == "set_text":
            return edits.set_text(doc, index, data.draw(TEXTS))
        if kind == "delete":
            return edits.delete_block(doc, index) if n > 1 else None
        return edits.insert_block(doc, index, data.draw(TEXTS), Role.BODY)
    except EditConflict:
        return None


@settings(max_examples=300, deadline=None)
@given(documents(), st.data())
def test_any_sequence_of_edits_then_inverses_restores_the_document(doc: Document, data: st.DataObject):
    applied: list[Edit] = []
    current = doc
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _random_edit(data, current, allow_text=True)
        if edit is None:
            continue
        current = edit.apply(current)
        applied.append(edit)
    for edit in reversed(applied):
        current = edit.inverse().apply(current)
    assert current == doc


@settings(max_examples=300, deadline=None)
@given(documents(), st.data())
def test_structural_edits_keep_every_non_whitespace_character(doc: Document, data: st.DataObject):
    current = doc
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _random_edit(data, current, allow_text=False)
        if edit is None:
            continue
        current = edit.apply(current)
        assert current.text_signature() == doc.text_signature()


@settings(max_examples=100, deadline=None)
@given(documents(), st.data())
def test_edits_survive_serialisation(doc: Document, data: st.DataObject):
    edit = _random_edit(data, doc, allow_text=True)
    if edit is None:
        return
    batch = EditBatch("批量", (edit,))
    assert edit_from_dict(edit_to_dict(edit)) == edit
    assert edit_from_dict(edit_to_dict(batch)) == batch


def test_stale_edit_is_refused():
    doc = Document((Block(0, "会"), Block(1, "上，山东省")))
    join = edits.join_blocks(doc, 0)
    joined = join.apply(doc)
    assert joined.blocks[0].text == "会上，山东省"
    with pytest.raises(EditConflict):
        join.apply(joined)


def test_split_article_makes_a_headline_and_merge_undoes_the_boundary():
    doc = Document(
        (
            Block(0, "标题", Role.HEADLINE, True),
            Block(1, "第一段。"),
            Block(2, "另一篇的标题"),
            Block(3, "第二段。"),
        )
    )
    split = edits.split_article(doc, 2).apply(doc)
    assert [a.headline for a in split.articles()] == ["标题", "另一篇的标题"]
    merged = edits.merge_article_with_next(split, 0).apply(split)
    assert len(merged.articles()) == 1
    assert merged.articles()[0].paragraphs == ("第一段。", "另一篇的标题", "第二段。")


def test_set_byline_inserts_a_byline_block_when_the_article_has_none():
    doc = Document((Block(0, "标题", Role.HEADLINE, True), Block(1, "正文。")))
    after = edits.set_byline(doc, 0, "（宋瑜）").apply(doc)
    article = after.articles()[0]
    assert article.byline_block_text == "（宋瑜）"
    assert article.paragraphs == ("正文。",)


def test_starting_an_article_keeps_the_paragraph_body_and_the_byline_with_its_article():
    blocks = (
        Block(uid=0, text="青禾县春耕忙", role=Role.HEADLINE, starts_article=True),
        Block(uid=1, text="青禾县今日开犁。"),
        Block(uid=2, text="林可舟说，今年雨水足。"),
        Block(uid=3, text="记者 林可舟", role=Role.BYLINE),
    )
    doc = Document(blocks=blocks)
    after = edits.start_article_at(doc, 2).apply(doc)
    first, second = after.articles()
    assert first.headline == "青禾县春耕忙" and first.byline_block_text == "记者 林可舟"
    assert second.headline == "" and second.paragraphs == ("林可舟说，今年雨水足。",)
    assert second.byline_index is None
    assert edits.start_article_at(doc, 2).inverse().apply(after) == doc
    with pytest.raises(edits.EditConflict):
        edits.start_article_at(doc, 0)


def test_a_merge_keeps_the_next_headline_as_an_intertitle_that_splitting_there_makes_a_headline_again():
    doc = Document(
        (
            Block(0, "青禾县秋收进度过半", Role.HEADLINE, True),
            Block(1, "全县农机手日夜忙碌。"),
            Block(2, "白石镇稻谷丰收", Role.HEADLINE, True),
            Block(3, "烘干中心每天烘干稻谷两百吨。"),
        )
    )
    merged = edits.merge_article_with_next(doc, 0).apply(doc)
    assert [b.role for b in merged.blocks] == [Role.HEADLINE, Role.BODY, Role.INTERTITLE, Role.BODY]
    assert merged.articles()[0].body_indices == (1, 2, 3), "in the text, where it stood"
    as_body = edits.toggle_intertitle(merged, 2).apply(merged)
    assert as_body.blocks[2].role is Role.BODY
    assert edits.toggle_intertitle(as_body, 2).apply(as_body).blocks[2].role is Role.INTERTITLE
    with pytest.raises(edits.EditConflict):
        edits.toggle_intertitle(merged, 0)  # a headline is no body paragraph
    split = edits.start_article_at(merged, 2).apply(merged)
    assert [a.headline for a in split.articles()] == ["青禾县秋收进度过半", "白石镇稻谷丰收"]
    # an intertitle that takes in the paragraph under it becomes body text; a body paragraph taking it in stays body
    assert edits.join_blocks(merged, 2).apply(merged).blocks[2].role is Role.BODY
    assert edits.join_blocks(merged, 1).apply(merged).blocks[1].role is Role.BODY
