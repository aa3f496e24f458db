"""``broken-line-break``: a paragraph cut in two where the column wrapped."""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head, tail
from desktop.proofing.findings import Finding, Fix, Severity

NAME = "broken-line-break"


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    for index, assessment in enumerate(context.breaks):
        if assessment is None or not assessment.joins:
            continue
        first, second = blocks[index], blocks[index + 1]
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.ERROR if assessment.confidence >= 0.85 else Severity.WARNING,
                blocks=(index, index + 1),
                article=context.owner[index],
                message=f"“{tail(first.text)}”与“{head(second.text)}”是同一句话，被错误地断成了两段",
                evidence=assessment.evidence,
                confidence=assessment.confidence,
                fix=Fix(kind="join", label="合并断行", uids=(first.uid, second.uid)),
            )
        )
    return findings
