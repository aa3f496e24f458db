"""Tracked changes: read back, accepting every revision gives the edited page, rejecting gives the raw page."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export import expected_article_paragraphs

from desktop.commands.fix import apply_selected_fixes
from desktop.export import ExportOptions, export_document
from desktop.export.layout import layout_document
from desktop.export.readback import View, paragraphs_of, read_paragraphs
from desktop.export.styles import STYLE_SPECS
from desktop.export.writer import FileContent, build_file
from desktop.paths import sample_page
from desktop.proofing import edits
from desktop.proofing.edits import EditConflict
from desktop.proofing.model import Block, Document, Role
from desktop.proofing.pipeline import open_document

STAMP = dt.datetime(2020, 9, 16, 8, 5, tzinfo=dt.UTC)
OPTIONS = ExportOptions(
    edition_date=dt.date(2020, 9, 16), page_number=3, track_changes=True, editor="王编辑", timestamp=STAMP
)
STYLE_ID_TO_NAME = {spec.style_id: spec.name for spec in STYLE_SPECS.values()}


@pytest.fixture(scope="module")
def raw() -> Document:
    return open_document(sample_page())


@pytest.fixture(scope="module")
def fixed(raw: Document) -> Document:
    document, batches = apply_selected_fixes(raw, None, 0.0)
    assert batches
    return document


@pytest.fixture(scope="module")
def tracked_export(tmp_path_factory: pytest.TempPathFactory, raw: Document, fixed: Document) -> list[Path]:
    return export_document(fixed, tmp_path_factory.mktemp("tracked"), OPTIONS, raw=raw)


def named(paragraphs: list) -> list[tuple[str, str]]:
    return [(STYLE_ID_TO_NAME.get(p.style_id, p.style_id), p.text) for p in paragraphs]


def whole_page(document: Document) -> list[tuple[str, str]]:
    expected = []
    for article in document.articles():
        expected += expected_article_paragraphs(document, article.index)
    return expected


def test_accepting_all_revisions_gives_the_edited_page(fixed: Document, tracked_export: list[Path]):
    assert named(read_paragraphs(tracked_export[0], View.ACCEPTED)) == whole_page(fixed)


def test_rejecting_all_revisions_gives_the_page_as_loaded(raw: Document, tracked_export: list[Path]):
    assert named(read_paragraphs(tracked_export[0], View.REJECTED)) == whole_page(raw)


def test_joined_broken_lines_are_deleted_paragraph_marks(raw: Document, fixed: Document, tracked_export: list[Path]):
    body = docx.Document(str(tracked_export[0])).element.body
    deleted_marks = body.findall(f".//{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}")
    joins = len(raw.blocks) - len(fixed.blocks)
    assert joins >= 20
    assert len(deleted_marks) == joins
    # the first join of the page: "会" + "上" with nothing added or removed around the mark
    paragraph = deleted_marks[0].getparent().getparent().getparent()
    assert "".join(t.text for t in paragraph.iter(qn("w:t"))).endswith("搭建权威交流平台。会")
    following = paragraph.getnext()
    assert "".join(t.text for t in following.iter(qn("w:t"))).startswith("上")


def test_every_revision_has_author_date_and_a_unique_id(tracked_export: list[Path]):
    body = docx.Document(str(tracked_export[0])).element.body
    revisions = [e for tag in ("w:ins", "w:del", "w:pPrChange") for e in body.iter(qn(tag))]
    assert len(revisions) > 30
    assert {e.get(qn("w:author")) for e in revisions} == {"王编辑"}
    assert {e.get(qn("w:date")) for e in revisions} == {"2020-09-16T08:05:00Z"}
    ids = [e.get(qn("w:id")) for e in revisions]
    assert len(ids) == len(set(ids))
    for deleted in body.iter(qn("w:del")):
        if deleted.getparent().tag == qn("w:p"):
            assert deleted.find(f".//{qn('w:t')}") is None and deleted.find(f".//{qn('w:delText')}") is not None
    settings_element = docx.Document(str(tracked_export[0])).settings.element
    assert settings_element.find(qn("w:trackRevisions")) is not None


def test_halfwidth_punctuation_fixes_are_character_revisions(tracked_export: list[Path]):
    body = docx.Document(str(tracked_export[0])).element.body

    def texts(tag: str, text_tag: str) -> list[str]:
        return [
            "".join(t.text for t in e.iter(qn(text_tag))) for e in body.iter(qn(tag)) if e.getparent().tag == qn("w:p")
        ]

    assert "," in texts("w:del", "w:delText") and "，" in texts("w:ins", "w:t")


def test_each_article_file_round_trips_its_own_share_of_the_raw_page(
    raw: Document, fixed: Document, tracked_export: list[Path]
):
    rejected_text = ""
    for article, path in zip(fixed.articles(), tracked_export[1:], strict=True):
        assert named(read_paragraphs(path, View.ACCEPTED)) == expected_article_paragraphs(fixed, article.index)
        rejected_text += "".join(p.text for p in read_paragraphs(path, View.REJECTED))
    raw_text = "".join(b.text for b in raw.blocks if b.role is not Role.CHROME)
    assert sorted(rejected_text) == sorted(raw_text)


def test_a_changed_role_is_a_tracked_formatting_change(tmp_path: Path):
    raw = Document(
        (
            Block(0, "标题", Role.HEADLINE, True, origin=(0,)),
            Block(1, "正文第一段。", origin=(1,)),
            Block(2, "(赵静 王刚)", Role.HEADLINE, True, origin=(2,)),
            Block(3, "下一篇", Role.HEADLINE, True, origin=(3,)),
            Block(4, "下一篇正文。", origin=(4,)),
        )
    )
    edited = edits.set_role(raw, 2, Role.BYLINE).apply(raw)
    from dataclasses import replace

    edited = edited.with_blocks(replace(b, starts_article=False) if b.uid == 2 else b for b in edited.blocks)
    [path] = export_document(edited, tmp_path, OPTIONS, raw=raw, per_article=False)
    accepted = named(read_paragraphs(path, View.ACCEPTED))
    rejected = named(read_paragraphs(path, View.REJECTED))
    assert ("稿件署名", "(赵静 王刚)") in accepted
    assert ("稿件标题", "(赵静 王刚)") in rejected
    changes = docx.Document(str(path)).element.body.findall(f".//{qn('w:pPrChange')}")
    assert len(changes) == 1


ALPHABET = "甲乙丙丁的了，。“”（）ab1 "
TEXT = st.text(alphabet=ALPHABET, min_size=1, max_size=12).filter(lambda t: t.strip() == t and t)
ROLES = st.sampled_from([Role.HEADLINE, Role.SUBTITLE, Role.BODY, Role.BODY, Role.BYLINE, Role.CAPTION, Role.CHROME])


@st.composite
def pages(draw: st.DrawFn) -> Document:
    count = draw(st.integers(min_value=2, max_value=8))
    blocks = []
    for index in range(count):
        role = draw(ROLES)
        starts = index == 0 or (role is Role.HEADLINE and draw(st.booleans()))
        blocks.append(Block(index, draw(TEXT), role, starts, origin=(index,)))
    return Document(tuple(blocks))


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["join", "split", "text", "role", "delete", "insert", "split_article", "merge"]),
        st.integers(min_value=0, max_value=9),
        st.integers(min_value=1, max_value=6),
        TEXT,
        ROLES,
    ),
    max_size=6,
)


def apply_operation(document: Document, operation: tuple) -> Document:
    kind, index, offset, text, role = operation
    builders = {
        "join": lambda: edits.join_blocks(document, index),
        "split": lambda: edits.split_block(document, index, offset),
        "text": lambda: edits.set_text(document, index, text),
        "role": lambda: edits.set_role(document, index, role),
        "delete": lambda: edits.delete_block(document, index),
        "insert": lambda: edits.insert_block(document, index, text, role),
        "split_article": lambda: edits.split_article(document, index),
        "merge": lambda: edits.merge_article_with_next(document, index),
    }
    try:
        return builders[kind]().apply(document)
    except EditConflict:
        return document


def laid_out(document: Document) -> list[tuple[str, str]]:
    return [(p.style.value, p.text) for p in layout_document(document)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), OPERATIONS)
def test_any_edit_sequence_round_trips_through_word_revisions(raw: Document, operations: list):
    edited = raw
    for operation in operations:
        edited = apply_operation(edited, operation)
    content = FileContent("t", None, tuple(range(len(edited.blocks))), tuple(range(len(raw.blocks))))
    built = build_file(content, edited, OPTIONS, raw=raw)
    body = docx.Document(io.BytesIO(built.data)).element.body
    key_of = {spec.style_id: spec.key.value for spec in STYLE_SPECS.values()}

    def read(view: View) -> list[tuple[str, str]]:
        return [(key_of[p.style_id], p.text) for p in paragraphs_of(body, view)]

    assert read(View.ACCEPTED) == laid_out(edited)
    assert read(View.REJECTED) == laid_out(raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), OPERATIONS)
def test_article_files_round_trip_and_share_the_raw_page_between_them(raw: Document, operations: list):
    from desktop.export import plan_export

    edited = raw
    for operation in operations:
        edited = apply_operation(edited, operation)
    plan = plan_export(edited, Path("unused"), OPTIONS, whole_page=False, raw=raw)
    key_of = {spec.style_id: spec.key.value for spec in STYLE_SPECS.values()}
    shared: list[int] = []
    for planned in plan:
        built = build_file(planned.content, edited, OPTIONS, raw=raw)
        body = docx.Document(io.BytesIO(built.data)).element.body
        accepted = [(key_of[p.style_id], p.text) for p in paragraphs_of(body, View.ACCEPTED)]
        rejected = [(key_of[p.style_id], p.text) for p in paragraphs_of(body, View.REJECTED)]
        article = edited.articles()[planned.article]
        assert accepted == [(p.style.value, p.text) for p in layout_document(edited, article.block_indices)]
        assert rejected == [(p.style.value, p.text) for p in layout_document(raw, planned.content.raw_indices)]
        shared += planned.content.raw_indices
    assert len(shared) == len(set(shared))  # no raw block shows up in two files
    claimed = {o for i, b in enumerate(edited.blocks) if edited.article_of_block()[i] is not None for o in b.origin}
    assert claimed <= set(shared)  # every raw block whose text went into an article is in that article's file
