"""The sample page against its hand-checked truth: every break, article, byline and duplicate."""

from __future__ import annotations

import pytest
from truth_pages import build_page, fold_width

from desktop.paths import sample_page
from desktop.proofing import fixes, render
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Document, Role
from desktop.proofing.pipeline import analyse, byline_of, open_document


@pytest.fixture(scope="module")
def page() -> Document:
    return open_document(sample_page())


@pytest.fixture(scope="module")
def findings(page: Document) -> tuple[Finding, ...]:
    return analyse(page)


def _of(findings: tuple[Finding, ...], check: str) -> list[Finding]:
    return [f for f in findings if f.check == check]


def test_all_broken_breaks_found_and_no_false_join(findings, sample_truth):
    found = sorted(f.blocks for f in _of(findings, "broken-line-break"))
    assert found == sorted(tuple(pair) for pair in sample_truth["broken_breaks"])
    assert all(f.fix is not None and f.fix.kind == "join" for f in _of(findings, "broken-line-break"))


def test_every_article_starts_at_its_headline(page, sample_truth):
    articles = page.articles()
    assert [a.headline_index for a in articles] == [a["first_para_index"] for a in sample_truth["articles"]]
    assert [a.headline for a in articles] == [a["headline"] for a in sample_truth["articles"]]
    assert [a.subtitle for a in articles] == [a["subtitle"] for a in sample_truth["articles"]]
    assert [i for i, b in enumerate(page.blocks) if b.starts_article] == [
        a["first_para_index"] for a in sample_truth["articles"]
    ]


def test_bylines_read_from_datelines_and_paragraph_ends(page, sample_truth):
    expected = [a["byline"] for a in sample_truth["articles"]]
    assert [byline_of(a) for a in page.articles()] == expected


def test_exactly_the_articles_without_byline_are_flagged(findings, sample_truth):
    flagged = sorted(f.blocks[0] for f in _of(findings, "missing-byline"))
    assert flagged == [a["first_para_index"] for a in sample_truth["articles"] if a["byline"] is None]
    assert len(flagged) == 6


def test_detached_byline_is_found_and_attached(page, findings):
    (detached,) = _of(findings, "detached-byline")
    assert page.blocks[detached.blocks[0]].text == "(赵静 王刚)"
    fixed = fixes.fix_edit(page, detached).apply(page)
    article = fixed.articles()[detached.article]
    assert fixed.blocks[article.byline_index].role is Role.BYLINE
    assert article.byline_block_text == "(赵静 王刚)"
    assert byline_of(article) == "赵静 王刚"
    assert fixed.text_signature() == page.text_signature()


def test_volunteer_stories_are_near_duplicates_and_shared_place_is_not(page, findings):
    duplicates = {f.blocks: f for f in _of(findings, "duplicate-headline")}
    volunteers = duplicates[(12, 16)]
    assert volunteers.severity is Severity.WARNING
    assert "顾官屯镇" in volunteers.evidence and "相似度" in volunteers.evidence
    jiang = duplicates.get((29, 67))
    assert jiang is None or jiang.severity is Severity.INFO
    assert not any(f.severity is Severity.ERROR for f in duplicates.values())


def test_break_and_byline_fixes_give_the_truth_text(page, findings, sample_truth):
    wanted = fixes.select_fixable(findings, ["broken-line-break", "detached-byline"])
    fixed, _, skipped = fixes.batch_fix(page, wanted)
    assert skipped == []
    assert render.render_text(fixed) == build_page(sample_truth).expected_text
    assert fixed.text_signature() == page.text_signature()


def test_all_fixes_give_the_truth_text_up_to_punctuation_width(page, findings, sample_truth):
    fixed, _, skipped = fixes.batch_fix(page, fixes.select_fixable(findings))
    assert skipped == []
    text = render.render_text(fixed)
    assert fold_width(text) == fold_width(build_page(sample_truth).expected_text)
    assert analyse(fixed, ["broken-line-break", "halfwidth-punctuation", "detached-byline"]) == ()
