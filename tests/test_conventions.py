"""A page's conventions are read once, at load, and kept through every edit.

Line lengths, the column width, the indentation and the blank lines are evidence
only as the page as loaded sets them; every join consumes some of it.  So
``document_from_text`` records them on the document, every edit keeps them, they
are saved with the page, and fixing the broken line breaks one at a time (as an
editor clicking down the findings list does) ends exactly where the batch fix does.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

import pytest
from layout_pages import (
    HELDOUT_PAPERS,
    PAPERS,
    LaidOutPage,
    decoded_text,
    lay_out,
    no_breaks,
    paper_pages,
    sample_pages,
)

from desktop.commands.fix import apply_selected_fixes
from desktop.paths import sample_page
from desktop.proofing import edits
from desktop.proofing.checks.context import measure_conventions
from desktop.proofing.fixes import fix_edit
from desktop.proofing.model import Document, PageConventions, Role
from desktop.proofing.pipeline import analyse, document_from_text, open_document, page_conventions
from desktop.proofing.render import render_text

BREAKS = ["broken-line-break"]
PAPER_NAMES = sorted(paper.name for paper in PAPERS + HELDOUT_PAPERS)


@cache
def _layout_pages() -> dict[str, list[LaidOutPage]]:
    """The evaluation pages of ``tools/engine_accuracy.py`` (three seeds), by paper; only those with breaks."""
    by_paper: dict[str, list[LaidOutPage]] = {}
    for page in paper_pages(range(3)) + paper_pages(range(3), HELDOUT_PAPERS):
        if page.breaks:
            by_paper.setdefault(page.name.split("/")[0], []).append(page)
    return by_paper


def _page(name: str) -> Document:
    paper = name.split("/")[0]
    page = next(page for page in _layout_pages()[paper] if page.name == name)
    return document_from_text(decoded_text(page))


def _fixed_one_by_one(document: Document) -> Document:
    """Join the first fixable broken line break, analyse again, and so on until none is left."""
    for _ in range(len(document.blocks)):
        found = next((f for f in analyse(document, BREAKS) if f.fix is not None), None)
        if found is None:
            return document
        document = fix_edit(document, found).apply(document)
    raise AssertionError("fixing one break at a time never ends")


def _batch_fixed(document: Document) -> Document:
    return apply_selected_fixes(document, BREAKS, 0.0)[0]


def test_loading_records_what_the_page_shows():
    indented = _page("evening-indent/wrap").conventions
    assert indented is not None
    assert indented.paragraph_indent == "\u3000\u3000" and indented.indent_opens_paragraphs
    assert indented.wrap_width == 52 and indented.breaks_lines
    mixed = _page("mixed-dateline/random").conventions
    assert mixed is not None and mixed.blank_lines_mark_paragraphs and mixed.paragraph_indent == ""
    sample = open_document(sample_page()).conventions
    assert sample is not None and sample.breaks_lines and not sample.blank_lines_mark_paragraphs
    for paper in PAPERS:
        unbroken = document_from_text(decoded_text(lay_out(paper, no_breaks())))
        assert unbroken.conventions is not None and not unbroken.conventions.breaks_lines, paper.name


@pytest.mark.parametrize("name", ["evening-indent/sparse", "mixed-trailing/wrap", "county-gbk-trailing/random"])
def test_recorded_conventions_are_those_the_unedited_page_shows(name):
    document = _page(name)
    unrecorded = replace(document, conventions=None)
    assert page_conventions(unrecorded) == document.conventions == page_conventions(document)
    assert analyse(unrecorded) == analyse(document)


def test_every_edit_keeps_the_recorded_conventions():
    document = open_document(sample_page())
    recorded = document.conventions
    body = next(i for i, block in enumerate(document.blocks) if block.role is Role.BODY and len(block.text) > 4)
    steps = [
        lambda d: edits.join_blocks(d, body),
        lambda d: edits.split_block(d, body, 2),
        lambda d: edits.set_text(d, body, "改过的一段。"),
        lambda d: edits.set_role(d, body, Role.CAPTION),
        lambda d: edits.delete_block(d, body + 1),
        lambda d: edits.insert_block(d, body, "新的一段。", Role.BODY),
        lambda d: edits.split_article(d, body),
        lambda d: edits.merge_article_with_next(d, 0),
        lambda d: edits.set_headline(d, 1, "新标题"),
        lambda d: edits.set_byline(d, 1, "赵静 王刚"),
    ]
    done = []
    for step in steps:
        edit = step(document)
        document = edit.apply(document)
        done.append(edit)
        assert document.conventions is recorded
    for edit in reversed(done):
        document = edit.inverse().apply(document)
        assert document.conventions is recorded
    batch_fixed = _batch_fixed(document)
    assert batch_fixed.conventions is recorded


def test_conventions_are_saved_with_the_page_and_pages_saved_before_still_load():
    document = _page("evening-indent/random")
    saved = json.loads(json.dumps(edits.document_to_dict(document)))
    assert edits.document_from_dict(saved) == document
    before = {key: value for key, value in saved.items() if key != "conventions"}
    older = edits.document_from_dict(before)
    assert older.conventions is None
    assert older.blocks == document.blocks
    assert analyse(older) == analyse(document)  # unedited: what the page shows is what was recorded
    partial = dict(saved, conventions={"typical_length": 20.0})  # saved by a version that recorded less
    assert edits.document_from_dict(partial).conventions is None
    assert "conventions" not in edits.document_to_dict(older)


def test_conventions_outlive_the_fixes_that_consume_their_evidence():
    document = _page("evening-indent/random")
    fixed = _batch_fixed(document)
    # read again from the fixed page, the line lengths and the indentation say something else
    measured = measure_conventions(replace(fixed, conventions=None))
    assert measured != document.conventions
    assert measured.typical_length > document.conventions.typical_length
    assert page_conventions(fixed) == document.conventions


def test_a_document_built_by_hand_has_its_conventions_read_from_its_lines():
    document = document_from_text("市里开了一个会，会上\n大家讨论了很多问题。\n")
    built = replace(document, conventions=None)
    assert page_conventions(built) == measure_conventions(built) == document.conventions
    assert isinstance(page_conventions(built), PageConventions)


@pytest.mark.parametrize("paper", PAPER_NAMES)
def test_fixing_breaks_one_at_a_time_ends_as_the_batch_fix(paper):
    """Every evaluation page of the paper: each join leaves the other breaks found, and nothing more."""
    for page in _layout_pages()[paper]:
        document = document_from_text(decoded_text(page))
        assert render_text(_fixed_one_by_one(document)) == render_text(_batch_fixed(document)), page.name


def test_fixing_the_relaid_sample_one_break_at_a_time_ends_as_the_batch_fix(sample_truth):
    for page in sample_pages(sample_truth, range(3)):
        if page.breaks:
            document = document_from_text(page.text)
            assert render_text(_fixed_one_by_one(document)) == render_text(_batch_fixed(document)), page.name
