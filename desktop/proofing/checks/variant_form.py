"""``variant-form``: a non-recommended form of a variant word (异形词) becomes the recommended one.

The list is ``resources/rulebook/variant_forms.tsv`` (《第一批异形词整理表》); a form counts
only as a word of the page's word cut, and never inside a book title 《…》.
"""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import Hit, list_findings, list_source, term_list
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.wording import say

NAME = "variant-form"
LIST = "variant_forms.tsv"


def _describe(hit: Hit) -> tuple[str, str, str | None]:
    right = hit.entry.right[0]
    message = say("“{term}”是异形词的非推荐词形，应写作“{right}”", term=hit.entry.term, right=right)
    evidence = say(
        "{source}以“{right}”为推荐词形，“{term}”为非推荐词形",
        source=list_source(LIST),
        right=right,
        term=hit.entry.term,
    )
    return message, evidence, right


def run(context: CheckContext) -> list[Finding]:
    return list_findings(context, NAME, term_list(LIST), _describe, severity=Severity.WARNING, confidence=0.85)
