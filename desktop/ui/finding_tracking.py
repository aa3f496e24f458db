"""Keeping findings attached to the right blocks while the page is edited.

Findings name blocks by index.  After an edit replaces blocks ``start ..
start+len(old)`` with ``new``, findings entirely before the edit stay, findings
entirely after it shift by the change in length, and findings that touch the
edited run are dropped until the next analysis sees the new text.  This lets the
marks follow typing instantly while re-analysis runs debounced in a worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop.proofing.edits import AnyEdit, Edit, EditBatch
from desktop.proofing.findings import Finding, Span


def _shift(finding: Finding, delta: int) -> Finding:
    return replace(
        finding,
        blocks=tuple(b + delta for b in finding.blocks),
        spans=tuple(Span(s.block + delta, s.start, s.end) for s in finding.spans),
    )


def _touched(finding: Finding) -> list[int]:
    return [*finding.blocks, *(s.block for s in finding.spans)]


def remap_through_edit(findings: Iterable[Finding], edit: Edit) -> list[Finding]:
    end = edit.start + len(edit.old)
    delta = len(edit.new) - len(edit.old)
    kept: list[Finding] = []
    for finding in findings:
        touched = _touched(finding)
        if not touched or max(touched) < edit.start:
            kept.append(finding)
        elif min(touched) >= end:
            kept.append(_shift(finding, delta) if delta else finding)
    return kept


def remap(findings: Iterable[Finding], edit: AnyEdit) -> list[Finding]:
    edits = edit.edits if isinstance(edit, EditBatch) else (edit,)
    current = list(findings)
    for single in edits:
        current = remap_through_edit(current, single)
    return current
