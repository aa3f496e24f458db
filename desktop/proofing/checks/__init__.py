"""The checks: one module each, each a ``run(context) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.checks import (
    broken_line_break,
    detached_byline,
    duplicate_headline,
    halfwidth_punctuation,
    missing_byline,
    page_chrome,
    unbalanced_pair,
)
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document

_RUNNERS: dict[str, Callable[[CheckContext], list[Finding]]] = {
    "broken-line-break": broken_line_break.run,
    "duplicate-headline": duplicate_headline.run,
    "missing-byline": missing_byline.run,
    "detached-byline": detached_byline.run,
    "halfwidth-punctuation": halfwidth_punctuation.run,
    "unbalanced-pair": unbalanced_pair.run,
    "page-chrome": page_chrome.run,
}
CHECK_NAMES: tuple[str, ...] = tuple(_RUNNERS)


def run_check(name: str, context: CheckContext) -> list[Finding]:
    """Run one check on a prepared context."""
    return _RUNNERS[name](context)


def run_checks(document: Document, names: Sequence[str], archive: HeadlineArchive | None) -> list[Finding]:
    """The findings of the checks ``names``, in page order (then in the order of ``CHECK_NAMES``)."""
    context = CheckContext(document, archive)
    return in_page_order({name: _RUNNERS[name](context) for name in names})


_RANKS = len(CHECK_NAMES)
_INDEX_BITS = 40  # block indices stay far below 2**40


def in_page_order(by_check: dict[str, list[Finding]]) -> list[Finding]:
    """Sort findings by (first block, last block, check), the keys packed into one int each.

    A 10 MB page makes ~90 000 findings; a key function taking min/max of every
    finding's blocks cost 7 % of the analysis.  Most findings name one block or an
    ascending pair, whose ends are its first and last block.
    """
    flat: list[Finding] = []
    keys: list[int] = []
    for name, findings in by_check.items():
        rank = CHECK_NAMES.index(name)
        flat += findings
        keys += [
            (((b[0] + 1) << _INDEX_BITS | (b[-1] + 1)) * _RANKS + rank)
            if 0 < len(b) < 3 and b[0] <= b[-1]
            else _key(b, rank)
            for b in [finding.blocks for finding in findings]
        ]
    return [flat[i] for i in sorted(range(len(flat)), key=keys.__getitem__)]


def _key(blocks: tuple[int, ...], rank: int) -> int:
    first, last = (min(blocks), max(blocks)) if blocks else (-1, -1)
    return ((first + 1) << _INDEX_BITS | (last + 1)) * _RANKS + rank
