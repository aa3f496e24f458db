"""``unknown-reporter``: a byline name that is not on the reporter roster.

Runs only with a roster (``CheckContext.roster``, from storage).  An empty roster
reports nothing (the newsroom does not keep one); inactive reporters still count as known.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.proofing.article_bylines import byline_of
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.findings import Finding, Severity, Span
from desktop.proofing.model import Document

NAME = "unknown-reporter"
NEAREST_LIMIT = 3


def run(context: CheckContext) -> list[Finding]:
    roster = context.roster
    if roster is None or not len(roster):
        return []
    document = context.document
    findings: list[Finding] = []
    for article in context.articles:
        byline = byline_of(article)
        if not byline:
            continue
        for name in dict.fromkeys(byline.split()):
            if name in roster:
                continue
            block_index, span = _locate(document, article.block_indices, name)
            nearest = roster.nearest(name, NEAREST_LIMIT)
            if nearest:
                listed = "、".join(f"{match.name}（{match.pinyin}）" for match in nearest)
                evidence = f"名册中最接近的：{listed}"
            else:
                evidence = f"名册（{len(roster)} 人）中没有相近的名字"
            best = nearest[0].closeness if nearest else 0.0
            findings.append(
                Finding(
                    check=NAME,
                    severity=Severity.INFO,
                    blocks=(block_index,),
                    article=article.index,
                    message=f"署名“{name}”不在记者名册中",
                    evidence=evidence,
                    confidence=round(0.5 + 0.5 * best, 4),
                    spans=(span,) if span else (),
                    subject=name,
                )
            )
    return findings


def _locate(document: Document, block_indices: Sequence[int], name: str) -> tuple[int, Span | None]:
    """The last block of the article that contains ``name`` (bylines close articles), and the name's span."""
    for index in reversed(block_indices):
        offset = document.blocks[index].text.find(name)
        if offset >= 0:
            return index, Span(index, offset, offset + len(name))
    return block_indices[-1], None
