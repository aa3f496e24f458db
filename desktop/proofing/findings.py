"""Findings: what a check reports, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.proofing.frozen import quick_init


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start``..``end`` of block ``block`` (indices into the current document)."""

    block: int
    start: int
    end: int


@quick_init
@dataclass(frozen=True, slots=True)
class Fix:
    """How to repair a finding, anchored on block uids so it survives unrelated edits.

    ``kind`` names a resolver in ``desktop.proofing.fixes``; ``replacements`` are
    ``(offset, old, new)`` triples inside the first anchored block, for fixes that
    change characters.
    """

    kind: str
    label: str
    uids: tuple[int, ...]
    replacements: tuple[tuple[int, str, str], ...] = ()
    role: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    severity: Severity
    blocks: tuple[int, ...]
    article: int | None
    message: str
    evidence: str
    confidence: float
    fix: Fix | None = None
    spans: tuple[Span, ...] = field(default=())
    anchors: tuple[int, ...] = ()  # uids of the blocks it is about (filled in by ``checks.run_check``)
    subject: str = ""  # what it is about, where one check can say several things about the same blocks
    # the named evidence the confidence was computed from (``calibration``); not part of the JSON report
    features: tuple[str, ...] = field(default=())

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @property
    def key(self) -> str:
        """The finding's identity: its check, the uids of its blocks and its subject.

        Never its message nor a block index: a finding keeps its key through edits that
        leave its blocks alone (and through closing and reopening the page, which
        replays the edits and so gives the blocks the same uids again).
        """
        return finding_key(self.check, self.anchors, self.subject)

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "severity": self.severity.value,
            "blocks": list(self.blocks),
            "article": self.article,
            "message": self.message,
            "evidence": self.evidence,
            "confidence": round(float(self.confidence), 4),
            "fixable": self.fixable,
        }


def finding_key(check: str, anchors: tuple[int, ...], subject: str = "") -> str:
    return f"{check}|{','.join(map(str, anchors))}|{subject}"


def key_check(key: str) -> str:
    """The check a finding key belongs to."""
    return key.split("|", 1)[0]
