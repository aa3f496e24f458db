"""``banned-wording``: a term news reports avoid (新华社《新闻报道中的禁用词》), with what to write instead.

The list is ``resources/rulebook/banned_wording.tsv``.  A quotation (“…”) or a book title
keeps its words, so terms inside them are left alone.  Only an entry with exactly one
alternative gets a one-click fix; the others name the choices.
"""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import Hit, list_findings, list_source, term_list
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.wording import say

NAME = "banned-wording"
LIST = "banned_wording.tsv"


def _describe(hit: Hit) -> tuple[str, str, str | None]:
    entry = hit.entry
    instead = "或".join(f"“{r}”" for r in entry.right)
    if instead:
        message = say("新闻报道不用“{term}”，可写作{instead}", term=entry.term, instead=instead)
    else:
        message = say("新闻报道不用“{term}”，应改写", term=entry.term)
    evidence = say("{why}（{source}）", why=entry.why, source=list_source(LIST))
    return message, evidence, entry.right[0] if len(entry.right) == 1 else None


def run(context: CheckContext) -> list[Finding]:
    return list_findings(
        context, NAME, term_list(LIST), _describe, severity=Severity.WARNING, confidence=0.8, skip_quoted=True
    )
