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


def run_checks(document: Document, names: Sequence[str], archive: HeadlineArchive | None) -> list[Finding]:
    context = CheckContext(document, archive)
    findings: list[Finding] = []
    for name in names:
        findings.extend(_RUNNERS[name](context))
    return findings
