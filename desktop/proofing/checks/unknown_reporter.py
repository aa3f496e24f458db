"""``unknown-reporter``: a byline name that is not on the reporter roster.

Runs only with a roster (``CheckContext.roster``, from storage).  An empty roster
reports nothing (the newsroom does not keep one); inactive reporters still count as known.
"""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.credits import signing_credits
from desktop.proofing.findings import Finding, Severity, Span
from desktop.proofing.model import Document
from desktop.proofing.wording import say

NAME = "unknown-reporter"
NEAREST_LIMIT = 3


def run(context: CheckContext) -> list[Finding]:
    roster = context.roster
    if roster is None or not len(roster):
        return []
    document = context.document
    findings: list[Finding] = []
    for article in context.articles:
        placed: dict[str, tuple[int, Span | None]] = {}
        # (names run together are cut where the roster knows a name: ``记者林可舟苗若溪``)
        for credit in signing_credits(article, roster):
            for name in credit.names:
                placed.setdefault(name, _locate(document, credit.block, credit.start, credit.end, name))
        for name, (block_index, span) in placed.items():
            if name in roster:
                continue
            if block_index < 0:
                block_index, span = article.last_index, None
            nearest = roster.nearest(name, NEAREST_LIMIT)
            if nearest:
                listed = "、".join(f"{match.name}（{match.pinyin}）" for match in nearest)
                evidence = say("名册中最接近的：{names}", names=listed)
            else:
                evidence = say("名册（{count} 人）中没有相近的名字", count=len(roster))
            best = nearest[0].closeness if nearest else 0.0
            findings.append(
                Finding(
                    check=NAME,
                    severity=Severity.INFO,
                    blocks=(block_index,),
                    article=article.index,
                    message=say("署名“{name}”不在记者名册中", name=name),
                    evidence=evidence,
                    confidence=round(0.5 + 0.5 * best, 4),
                    spans=(span,) if span else (),
                    subject=name,
                )
            )
    return findings


def _locate(document: Document, block: int, start: int, end: int, name: str) -> tuple[int, Span | None]:
    """The name's span inside its credit (``start``..``end`` of block ``block``), if printed there in one piece."""
    if block < 0:
        return block, None
    offset = document.blocks[block].text.find(name, start, max(end, start + len(name)))
    return block, (Span(block, offset, offset + len(name)) if offset >= 0 else None)
