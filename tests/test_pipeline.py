"""The engine's front door: API shape, errors, and robustness on random pages."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from truth_pages import byline_text, wrap_by_width

from desktop.paths import sample_page
from desktop.proofing import fixes
from desktop.proofing.load import LoadError
from desktop.proofing.model import Role
from desktop.proofing.pipeline import CHECK_NAMES, analyse, document_from_text, open_document

TRUTH = json.loads(sample_page().with_suffix(".truth.json").read_text(encoding="utf-8"))
HEADLINES = [a["headline"] for a in TRUTH["articles"]] + [a["subtitle"] for a in TRUTH["articles"] if a["subtitle"]]
PARAGRAPHS = [p for a in TRUTH["articles"] for p in a["body"]]
NAMES = [a["byline"] for a in TRUTH["articles"] if a["byline"]]


def test_check_names_and_unknown_check():
    assert CHECK_NAMES[:6] == (
        "broken-line-break",
        "duplicate-headline",
        "missing-byline",
        "detached-byline",
        "halfwidth-punctuation",
        "unbalanced-pair",
    )
    assert "page-chrome" in CHECK_NAMES
    with pytest.raises(ValueError, match="no-such-check"):
        analyse(document_from_text("标题\n正文。\n"), ["no-such-check"])


def test_open_document_reports_source_and_encoding_and_propagates_load_errors(tmp_path):
    document = open_document(sample_page())
    assert document.source_name.endswith("liaocheng-2020-09-16.txt")
    assert document.encoding == "utf-8"
    assert len(document) == TRUTH["raw_paragraph_count"]
    assert [b.uid for b in document.blocks] == list(range(len(document)))
    with pytest.raises(LoadError):
        open_document(tmp_path / "missing.txt")


def test_findings_come_in_page_order_with_articles():
    findings = analyse(open_document(sample_page()))
    positions = [min(f.blocks) for f in findings]
    assert positions == sorted(positions)
    assert all(0 <= f.confidence <= 1 and f.message and f.evidence for f in findings)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """Pages assembled from the truth's headlines, paragraphs and bylines in random order and layout."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(HEADLINES)))
        for paragraph in draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=0, max_size=3)):
            width = draw(st.sampled_from([0, 30, 48, 70]))
            lines.extend(wrap_by_width(paragraph, width) if width else [paragraph])
        if draw(st.booleans()):
            lines.append(byline_text(draw(st.sampled_from(NAMES)), draw(st.booleans())))
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["上一篇 下一篇", "当前版:06版", "图为志愿者在劳动。", "记者 张三"])))
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n\u3000\u3000"]))
    return separator.join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_analyse_never_raises_and_structural_fixes_keep_every_character(text: str):
    document = document_from_text(text)
    assert "".join(text.split()) == document.text_signature()
    findings = analyse(document)
    structural = [f for f in fixes.select_fixable(findings) if f.check not in ("halfwidth-punctuation", "page-chrome")]
    fixed, batch, _ = fixes.batch_fix(document, structural)
    moved_byline = any(edit.kind == "attach_byline" and len(edit.old) > 1 for edit in batch.edits)
    if moved_byline:  # a byline that slipped below the next headline goes back above it: same characters
        assert sorted(fixed.text_signature()) == sorted(document.text_signature())
    else:
        assert fixed.text_signature() == document.text_signature()
    assert batch.inverse().apply(fixed) == document
    for finding in findings:
        assert all(0 <= b < len(document) for b in finding.blocks)
    analyse(fixed)


@settings(max_examples=30, deadline=None)
@given(pages())
def test_every_single_fix_applies_and_undoes(text: str):
    document = document_from_text(text)
    for finding in fixes.select_fixable(analyse(document)):
        edit = fixes.fix_edit(document, finding)
        after = edit.apply(document)
        assert edit.inverse().apply(after) == document
        if finding.check == "detached-byline":
            assert any(b.role is Role.BYLINE for b in after.blocks)
