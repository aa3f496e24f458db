"""The sample page laid out differently must come out just as well.

Layouts are produced by transforming the sample and its truth file: other paragraph
separators, CRLF, indentation, GB18030 bytes, full-width bylines, and the truth's
paragraphs re-broken at other places (fixed column widths and random cuts).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from truth_pages import build_page, fullwidth_truth, random_breaks, sample_variant, wrap_by_width

from desktop.proofing import fixes, render
from desktop.proofing.pipeline import analyse, document_from_text, open_document

LAYOUTS = {
    "single-newlines": {"separator": "\n"},
    "crlf": {"newline": "\r\n"},
    "crlf-single": {"separator": "\n", "newline": "\r\n"},
    "ideographic-indent": {"indent": "\u3000\u3000"},
    "ascii-indent": {"indent": "    ", "separator": "\n"},
    "fullwidth-bylines": {"fullwidth_bylines": True},
}


def _breaks(document) -> list[tuple[int, ...]]:
    return sorted(f.blocks for f in analyse(document, ["broken-line-break"]))


def _expected_text(truth: dict, fullwidth: bool) -> str:
    return build_page(truth, fullwidth_bylines=fullwidth).expected_text


def _assert_like_the_truth(document, truth: dict, fullwidth: bool) -> None:
    findings = analyse(document)
    assert sorted(f.blocks for f in findings if f.check == "broken-line-break") == sorted(
        tuple(p) for p in truth["broken_breaks"]
    )
    assert [a.headline_index for a in document.articles()] == [a["first_para_index"] for a in truth["articles"]]
    assert sorted(f.blocks[0] for f in findings if f.check == "missing-byline") == [
        a["first_para_index"] for a in truth["articles"] if a["byline"] is None
    ]
    assert [f.blocks for f in findings if f.check == "detached-byline"] == [(39,)]
    wanted = fixes.select_fixable(findings, ["broken-line-break", "detached-byline"])
    fixed, _, skipped = fixes.batch_fix(document, wanted)
    assert skipped == []
    assert render.render_text(fixed) == _expected_text(truth, fullwidth)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_relaid_sample_page(layout, sample_text, sample_truth):
    options = LAYOUTS[layout]
    text = sample_variant(sample_text, **options)
    document = document_from_text(text)
    if "indent" in options:
        assert all(block.indent == options["indent"] for block in document.blocks)
    _assert_like_the_truth(document, sample_truth, bool(options.get("fullwidth_bylines")))


def test_gb18030_file_with_fullwidth_bylines(tmp_path, sample_text, sample_truth):
    path = tmp_path / "page-gbk.txt"
    path.write_bytes(sample_variant(sample_text, fullwidth_bylines=True, newline="\r\n").encode("gb18030"))
    document = open_document(path)
    assert document.encoding == "gb18030"
    _assert_like_the_truth(document, sample_truth, fullwidth=True)


@pytest.mark.parametrize(("separator", "fullwidth"), [("\n\n", False), ("\n", False), ("\n", True)])
def test_truth_rewrapped_at_column_widths(separator, fullwidth, sample_truth):
    """Hard-wrapped at many widths: no false join ever, every headline kept, nearly every break found."""
    truth = fullwidth_truth(sample_truth) if fullwidth else sample_truth
    total = missed = extra_headlines = 0
    for width in (50, 56, 60, 64, 72, 80, 96, 120):
        page = build_page(
            truth, splitter=lambda p, w=width: wrap_by_width(p, w), separator=separator, fullwidth_bylines=fullwidth
        )
        document = document_from_text(page.text)
        found = set(_breaks(document))
        assert found <= set(page.broken_breaks), f"false join at width {width}"
        starts = {i for i, b in enumerate(document.blocks) if b.starts_article}
        assert set(page.headline_blocks) <= starts, f"headline lost at width {width}"
        extra_headlines += len(starts - set(page.headline_blocks))
        total += len(page.broken_breaks)
        missed += len(set(page.broken_breaks) - found)
    assert total > 300
    assert missed / total <= 0.01
    assert extra_headlines <= 1


def test_truth_broken_at_random_places(sample_truth):
    """Random cuts (not after a sentence end): no false join, no headline lost, ≥ 95 % of breaks found."""
    total = missed = 0
    for seed in range(12):
        rng = random.Random(seed)
        page = build_page(sample_truth, splitter=lambda p, r=rng: random_breaks(p, r))
        document = document_from_text(page.text)
        found = set(_breaks(document))
        assert found <= set(page.broken_breaks), f"false join with seed {seed}"
        starts = {i for i, b in enumerate(document.blocks) if b.starts_article}
        assert set(page.headline_blocks) <= starts
        total += len(page.broken_breaks)
        missed += len(set(page.broken_breaks) - found)
    assert missed / total <= 0.05


def test_indented_paragraphs_under_flush_headlines_resolve_every_random_break(sample_truth):
    """A page that indents body text but not headlines: indentation settles every ambiguous cut."""
    for seed in range(6):
        rng = random.Random(100 + seed)
        page = build_page(sample_truth, splitter=lambda p, r=rng: random_breaks(p, r), indent="\u3000\u3000")
        document = document_from_text(page.text)
        assert _breaks(document) == sorted(page.broken_breaks)
        assert [i for i, b in enumerate(document.blocks) if b.starts_article] == page.headline_blocks


def test_headlines_indented_like_paragraphs_and_wrapped_lines_flush(sample_truth):
    """Every paragraph, headlines too, opens with U+3000: the indent marks paragraph starts, not body text."""
    for seed in range(6):
        rng = random.Random(200 + seed)
        page = build_page(
            sample_truth,
            splitter=lambda p, r=rng: random_breaks(p, r),
            separator="\n",
            indent="\u3000\u3000",
            indent_continuations=False,
            indent_headings=True,
        )
        document = document_from_text(page.text)
        assert _breaks(document) == sorted(page.broken_breaks), f"seed {seed}"
        assert [i for i, b in enumerate(document.blocks) if b.starts_article] == page.headline_blocks


def _random_cuts(seed: int) -> Callable[[str], list[str]]:
    rng = random.Random(seed)
    return lambda paragraph: random_breaks(paragraph, rng)


@pytest.mark.parametrize("fullwidth", [False, True])
def test_truth_with_blank_lines_between_paragraphs_and_single_newlines_at_wraps(fullwidth, sample_truth):
    """Blank line between true paragraphs, single newline where the column wrapped (after a full stop too)."""
    truth = fullwidth_truth(sample_truth) if fullwidth else sample_truth
    splitters = [lambda p, w=width: wrap_by_width(p, w, after_sentence_end=True) for width in (50, 64, 80, 120)]
    splitters += [_random_cuts(seed) for seed in (1, 2, 3)]
    for number, splitter in enumerate(splitters):
        page = build_page(truth, splitter=splitter, wrap_separator="\n", fullwidth_bylines=fullwidth)
        document = document_from_text(page.text)
        assert _breaks(document) == sorted(page.broken_breaks), f"layout {number}"
        assert [i for i, b in enumerate(document.blocks) if b.starts_article] == page.headline_blocks
        findings = analyse(document)
        wanted = fixes.select_fixable(findings, ["broken-line-break", "detached-byline"])
        fixed, _, skipped = fixes.batch_fix(document, wanted)
        assert skipped == []
        assert render.render_text(fixed) == page.expected_text, f"layout {number}"


def test_blank_lines_between_paragraphs_with_some_missing(sample_truth):
    """A page whose blank lines between paragraphs are not all there (15 % dropped): a paragraph end
    without its blank line is seldom as wide as the column, a headline never joins its story."""
    found = hits = wanted = 0
    for seed in range(4):
        rng = random.Random(seed)
        for width in (50, 64, 80):
            page = build_page(
                sample_truth,
                splitter=lambda p, w=width: wrap_by_width(p, w, after_sentence_end=True),
                wrap_separator="\n",
            )
            text = "\n".join(line for line in page.text.split("\n") if line or rng.random() > 0.15)
            document = document_from_text(text)
            breaks = set(_breaks(document))
            assert [i for i, b in enumerate(document.blocks) if b.starts_article] == page.headline_blocks
            found, wanted, hits = (
                found + len(breaks),
                wanted + len(page.broken_breaks),
                hits + len(breaks & set(page.broken_breaks)),
            )
    assert hits == wanted
    assert hits / found >= 0.995
