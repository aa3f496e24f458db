"""``archive-duplicate``: a headline already published, or close to one, in the archive of earlier pages.

Runs only with an archive (``CheckContext.archive``, from storage).  Each distinct
headline of the page (as ``duplicate-headline`` normalises it) is looked up once.
"""

from __future__ import annotations

from desktop.proofing.archive_protocol import ArchivedHeadline
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.duplicate_headline import normalise
from desktop.proofing.checks.snippets import head
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Role
from desktop.proofing.wording import Text, say

NAME = "archive-duplicate"
MATCHES = 5
ARCHIVE_MIN_SIMILARITY = 0.8
ARCHIVE_SAME = 0.98  # at least this similar: the same headline


def run(context: CheckContext) -> list[Finding]:
    archive = context.archive
    if archive is None:
        return []
    blocks = context.document.blocks
    first_of: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.role is Role.HEADLINE:
            key = normalise(block.text)
            if key:
                first_of.setdefault(key, index)
    findings: list[Finding] = []
    for index in first_of.values():
        for match in archive.find_similar(blocks[index].text, limit=MATCHES):
            if match.similarity < ARCHIVE_MIN_SIMILARITY:
                continue
            same = match.similarity >= ARCHIVE_SAME
            findings.append(
                Finding(
                    check=NAME,
                    severity=Severity.ERROR if same else Severity.WARNING,
                    blocks=(index,),
                    article=context.owner[index],
                    message=_message(same, match, head(blocks[index].text, 14)),
                    evidence=say("往期标题库中的相似度 {similarity:.2f}", similarity=match.similarity),
                    confidence=round(min(1.0, match.similarity), 3),
                    subject=f"{match.edition_date}/{match.page}/{match.headline}",
                )
            )
    return findings


def _message(same: bool, match: ArchivedHeadline, headline: str) -> Text:
    fields = {"headline": headline, "date": match.edition_date, "earlier": head(match.headline, 14)}
    if page := match.page.strip():
        return say(
            "标题“{headline}”已于 {date} 第 {page} 版的“{earlier}”刊登过"
            if same
            else "标题“{headline}”与 {date} 第 {page} 版的“{earlier}”相近",
            page=page,
            **fields,
        )
    # an entry archived without its page: "第  版" would be printed
    return say(
        "标题“{headline}”已于 {date} 的“{earlier}”刊登过" if same else "标题“{headline}”与 {date} 的“{earlier}”相近",
        **fields,
    )
