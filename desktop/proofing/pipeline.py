"""The engine's front door: text or file → segmented ``Document`` → findings."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from desktop.proofing import lexicon
from desktop.proofing.archive_protocol import ArchivedHeadline, HeadlineArchive
from desktop.proofing.blocks import split_blocks
from desktop.proofing.checks import CHECK_NAMES, run_checks, unknown_check_names
from desktop.proofing.checks.context import measure_conventions, page_conventions
from desktop.proofing.credits import byline_of
from desktop.proofing.findings import Finding
from desktop.proofing.load import load_text, normalise_newlines
from desktop.proofing.model import Document
from desktop.proofing.roster_protocol import ReporterRoster
from desktop.proofing.segment import segment

__all__ = [
    "CHECK_NAMES",
    "ArchivedHeadline",
    "HeadlineArchive",
    "analyse",
    "byline_of",
    "document_from_text",
    "open_document",
    "page_conventions",
]


def document_from_text(text: str, source_name: str = "", encoding: str = "utf-8") -> Document:
    """Split ``text`` into blocks (one per non-blank line) and segment them into articles.

    The page's conventions (line lengths, indentation, blank lines, whether it breaks
    lines) are read here, once, and recorded on the document: edits keep them.
    """
    lexicon.refresh()
    with bulk_allocation():
        raw_blocks = split_blocks(normalise_newlines(text))
        document = Document(blocks=segment(raw_blocks), source_name=source_name, encoding=encoding)
        document = replace(document, conventions=measure_conventions(document))
    lexicon.save_memo()
    return document


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    A 10 MB page makes millions of blocks, strings and findings; full collections
    triggered by their allocation would make the engine slower than linear.  What was
    made here then joins the oldest generation (``freeze`` then ``unfreeze``), as if it had
    survived the young collections: otherwise the first collection after this one walks
    every object made here (130 ms after a 10 MB page).  Garbage cycles among them are
    still collected, by the next full collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def forget_lines() -> None:
    """Drop what the engine memoised about the last page's lines and the page itself (call when another page
    is opened).

    The line memos keep up to 65 536 lines each, which re-analysing a page of megabytes needs; kept
    from page to page (and for every typed variant of a line) they held ~200 MB after a day's work.
    The page memos keep the last four pages' texts, blocks and articles: a big page stayed in memory
    for three pages after it was closed (seen by bench/soak.py).  Kept: the confidence memo (check,
    features) and the desk's lists made ready for matching (people, terms): nothing of the page.
    """
    from desktop.proofing import (
        chrome,
        chrome_page,
        classify,
        continuation,
        conventions,
        credits,
        incremental,
        segment,
        topic,
    )
    from desktop.proofing.checks import (
        broken_line_break,
        duplicate_headline,
        halfwidth_punctuation,
        missing_byline,
        number_usage,
        people,
        repeated_word,
        term_match,
        unbalanced_pair,
    )
    from desktop.proofing.credits import article as credits_article
    from desktop.proofing.credits import names, phrase

    for memoised in (
        credits.dateline,
        credits.line,
        credits.trailing,
        credits.caption_credit,
        names._cut,
        phrase.read_phrase,
        classify.line_kind,
        chrome.is_chrome_line,
        chrome._label,
        chrome._letters,
        chrome._key,
        chrome._stamp_shaped,
        chrome_page.pairs,
        chrome_page.candidate,
        chrome_page._foreign,
        chrome_page._story_tail,
        chrome_page._copied,
        chrome_page.undated,
        continuation.looks_like_title,
        continuation._assess_break,
        continuation.credit_across,
        continuation._page_stats,
        continuation._line_shape,
        continuation.restated_below,
        conventions._measure_layout,
        segment._page_layout,
        segment._signed_story,
        segment._title_like_text,
        segment.restated_by_lede,
        topic._pairs,
        broken_line_break._message,
        duplicate_headline.normalise,
        duplicate_headline._same_message,
        halfwidth_punctuation._halfwidth_offsets,
        halfwidth_punctuation._repair,
        missing_byline._tells_again,
        number_usage._written_problems,
        number_usage._kinds_of_numbers,
        people._scan,
        people._mentions,
        people._title_cores,
        people._titled_in,
        people._near_pattern,
        people._out_of_order,
        repeated_word.doubled_words,
        term_match._window_bounds,
        term_match.TermList._cached_hits,
        unbalanced_pair._unbalanced,
    ):
        memoised.cache_clear()
    credits_article.forget_articles()
    topic.forget_counts()
    missing_byline.forget_articles()
    incremental.forget_page()


def open_document(path: Path | str) -> Document:
    """Load a page from disk; raises ``load.LoadError`` with a sentence for the editor."""
    loaded = load_text(path)
    return document_from_text(loaded.text, source_name=str(loaded.path), encoding=loaded.encoding)


def analyse(
    document: Document,
    checks: Iterable[str] | None = None,
    archive: HeadlineArchive | None = None,
    roster: ReporterRoster | None = None,
) -> tuple[Finding, ...]:
    """Run the checks (all of them by default) and return their findings in page order.

    The checks that need an archive or a roster find nothing without one.
    """
    wanted = tuple(CHECK_NAMES if checks is None else checks)
    unknown = unknown_check_names(wanted)
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(CHECK_NAMES)}")
    lexicon.refresh()
    with bulk_allocation():
        findings = run_checks(document, wanted, archive, roster)
    lexicon.save_memo()
    return tuple(findings)
