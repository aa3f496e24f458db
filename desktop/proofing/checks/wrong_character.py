"""``wrong-character``: a written form that is wrong in every sentence (再接再励 → 再接再厉).

The list is ``resources/rulebook/confusions.tsv``; forms that are right in some sentences
(既使…又…) are not on it.  Short forms count only as words of the page's word cut.
"""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import Hit, list_findings, list_source, term_list
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.wording import say

NAME = "wrong-character"
LIST = "confusions.tsv"


def _describe(hit: Hit) -> tuple[str, str, str | None]:
    right = hit.entry.right[0]
    message = say("“{term}”是别字，应为“{right}”", term=hit.entry.term, right=right)
    evidence = say("规范写法是“{right}”（{source}）", right=right, source=list_source(LIST))
    return message, evidence, right


def run(context: CheckContext) -> list[Finding]:
    return list_findings(context, NAME, term_list(LIST), _describe, severity=Severity.ERROR, confidence=0.9)
