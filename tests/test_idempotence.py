"""``proofsheet fix`` is idempotent: the cleaned page, read back and fixed again, comes out the same.

And checking the cleaned page finds no broken line break left, and no article
without byline that was not flagged on the page before.  Over the layout pages
(every paper, lines unbroken, broken like the sample, cut at random, wrapped),
the sample's truth re-laid out, and the pages that once came back changed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from layout_pages import (
    HELDOUT_PAPERS,
    PAPERS,
    Splitter,
    column_wrap,
    decoded_text,
    dense_breaks,
    lay_out,
    no_breaks,
    sparse_breaks,
    truth_page,
)

from desktop.cli import main
from desktop.commands.fix import apply_selected_fixes
from desktop.proofing.findings import Finding
from desktop.proofing.fixes import fix_edit
from desktop.proofing.model import Document
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.proofing.render import render_text

ALL_PAPERS = {paper.name: paper for paper in PAPERS + HELDOUT_PAPERS}
PAPER_LAYOUTS: dict[str, Callable[[int], Splitter]] = {
    "unbroken": lambda seed: no_breaks(),
    "sparse": lambda seed: sparse_breaks(300 + seed),
    "random": lambda seed: dense_breaks(400 + seed),
    "wrap-56": lambda seed: column_wrap(56),
}
MIXED = {"separator": "\n\n", "wrap_separator": "\n"}
# name → (splitter factory, build_page options); the random cuts with seeds 7 and 13 once came back changed
SAMPLE_LAYOUTS: dict[str, tuple[Callable[[], Splitter], dict[str, object]]] = {
    "unbroken": (no_breaks, {}),
    "random-7": (lambda: dense_breaks(7), {}),
    "random-13": (lambda: dense_breaks(13), {}),
    "random-37": (lambda: dense_breaks(37), {}),
    "sparse-single": (lambda: sparse_breaks(5), {"separator": "\n"}),
    "wrap-64-single": (lambda: column_wrap(64), {"separator": "\n"}),
    "mixed-random": (lambda: dense_breaks(21), MIXED),
    "mixed-wrap": (lambda: column_wrap(60, True), MIXED),
    "indented-random": (
        lambda: dense_breaks(9),
        {"separator": "\n", "indent": "\u3000\u3000", "indent_continuations": False},
    ),
}


def _cleaned(document: Document) -> str:
    fixed, _batches = apply_selected_fixes(document, None, 0.0)
    return render_text(fixed)


def _unsigned(document: Document, findings: tuple[Finding, ...]) -> set[str]:
    """The opening line (width folded) of every article flagged as unsigned."""
    articles = document.articles()
    return {
        unicodedata.normalize("NFKC", document.blocks[articles[f.article].first_index].text)
        for f in findings
        if f.check == "missing-byline" and f.article is not None
    }


def _assert_fix_is_stable(text: str) -> None:
    page = document_from_text(text)
    cleaned = _cleaned(page)
    again = document_from_text(cleaned)
    assert _cleaned(again) == cleaned
    findings = analyse(again)
    left = [(f.blocks, f.evidence) for f in findings if f.check == "broken-line-break"]
    assert left == [], "the cleaned page still has broken lines"
    before = _unsigned(page, analyse(page))
    # (a heading joined by the fix is longer now: its opening line starts with the flagged one)
    new = {line for line in _unsigned(again, findings) if not any(line.startswith(old) for old in before)}
    assert new == set(), "articles flagged unsigned only after the fix"


@pytest.mark.parametrize("layout", sorted(PAPER_LAYOUTS))
@pytest.mark.parametrize("paper", sorted(ALL_PAPERS))
def test_fixing_a_paper_page_twice_changes_nothing_more(paper, layout):
    seed = sorted(ALL_PAPERS).index(paper)
    _assert_fix_is_stable(decoded_text(lay_out(ALL_PAPERS[paper], PAPER_LAYOUTS[layout](seed))))


@pytest.mark.parametrize("layout", sorted(SAMPLE_LAYOUTS))
def test_fixing_the_relaid_sample_twice_changes_nothing_more(layout, sample_truth):
    splitter, options = SAMPLE_LAYOUTS[layout]
    _assert_fix_is_stable(truth_page(sample_truth, layout, splitter(), **options).text)


def test_fix_command_on_its_own_output_writes_the_same_page(tmp_path, sample_truth):
    page = tmp_path / "page.txt"
    page.write_text(truth_page(sample_truth, "random", dense_breaks(7)).text, encoding="utf-8")
    once, twice = tmp_path / "once.txt", tmp_path / "twice.txt"
    assert main(["fix", str(page), "-o", str(once)]) == 0
    assert main(["fix", str(once), "-o", str(twice)]) == 0
    assert twice.read_text(encoding="utf-8") == once.read_text(encoding="utf-8")


@pytest.mark.parametrize("layout", ["mixed-wrap", "mixed-random", "random-7", "random-13"])
def test_fixing_breaks_one_at_a_time_reaches_the_batch_result(layout, sample_truth):
    """As the editor goes down the findings fixing each: every join leaves the others found, and the page
    ends as the batch fix leaves it.  Page conventions must outlive the joins that consume their evidence:
    they are recorded at load (the blank-line convention holds when no wrap is left, the page is known to
    break lines when the sure breaks are fixed: weakly evidenced ones stay found), and a block joined from
    several lines is a paragraph under way (see test_conventions for every layout page)."""
    splitter, options = SAMPLE_LAYOUTS[layout]
    page = truth_page(sample_truth, layout, splitter(), **options)
    original = document = document_from_text(page.text)
    batch, _ = apply_selected_fixes(document, ["broken-line-break"], 0.0)
    while found := list(analyse(document, ["broken-line-break"])):
        document = fix_edit(document, found[0]).apply(document)
    assert render_text(document) == render_text(batch)
    if layout.startswith("mixed"):  # every wrap joined, the last ones too
        assert len(original.blocks) - len(document.blocks) == len(page.breaks)
