"""Keeping findings attached to the right blocks while the page is edited.

Findings name blocks by index.  After an edit replaces blocks ``start ..
start+len(old)`` with ``new``, findings entirely before the edit stay, findings
entirely after it shift by the change in length, and findings that touch the
edited run are dropped until the next analysis sees the new text.  This lets the
marks follow typing instantly while re-analysis runs debounced in a worker.

Each finding's block range (lowest, highest block it touches) is computed once and
carried along, so following an edit costs a comparison of two integers per finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.proofing.edits import AnyEdit, Edit, EditBatch
from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Block

Range = tuple[int, int]
NO_RANGE: Range = (-1, -1)  # a finding about the whole page: never touched by an edit


def block_range(finding: Finding) -> Range:
    touched = [*finding.blocks, *(s.block for s in finding.spans)]
    return (min(touched), max(touched)) if touched else NO_RANGE


def _shift(finding: Finding, delta: int) -> Finding:
    return replace(
        finding,
        blocks=tuple(b + delta for b in finding.blocks),
        spans=tuple(Span(s.block + delta, s.start, s.end) for s in finding.spans),
    )


def remap_through_edit(
    findings: Sequence[Finding], ranges: Sequence[Range], edit: Edit
) -> tuple[list[Finding], list[Range], list[Finding]]:
    """(kept findings, their ranges, dropped findings); the kept ones stay in page order."""
    start = edit.start
    end = start + len(edit.old)
    delta = len(edit.new) - len(edit.old)
    if delta == 0:  # typing: nothing moves; only findings inside the edited blocks go
        hit = [i for i, (low, high) in enumerate(ranges) if low < end and high >= start]
        if not hit:
            return list(findings), list(ranges), []
        gone = set(hit)
        return (
            [f for i, f in enumerate(findings) if i not in gone],
            [r for i, r in enumerate(ranges) if i not in gone],
            [findings[i] for i in hit],
        )
    kept: list[Finding] = []
    kept_ranges: list[Range] = []
    dropped: list[Finding] = []
    for finding, (low, high) in zip(findings, ranges, strict=True):
        if high < start:
            kept.append(finding)
            kept_ranges.append((low, high))
        elif low >= end:
            if delta:
                kept.append(_shift(finding, delta))
                kept_ranges.append((low + delta, high + delta))
            else:
                kept.append(finding)
                kept_ranges.append((low, high))
        else:
            dropped.append(finding)
    return kept, kept_ranges, dropped


def remap(
    findings: Sequence[Finding], edit: AnyEdit, ranges: Sequence[Range] | None = None
) -> tuple[list[Finding], list[Range], list[Finding]]:
    edits = edit.edits if isinstance(edit, EditBatch) else (edit,)
    current = list(findings)
    current_ranges = list(ranges) if ranges is not None else [block_range(f) for f in current]
    dropped: list[Finding] = []
    for single in edits:
        current, current_ranges, lost = remap_through_edit(current, current_ranges, single)
        dropped.extend(lost)
    return current, current_ranges, dropped


def remap_by_identity(
    findings: Sequence[Finding], ranges: Sequence[Range], before: Sequence[Block], after: Sequence[Block]
) -> tuple[list[Finding], list[Range], list[Finding]]:
    """``remap`` through any number of edits at once, from the page before them and the page after.

    An edit replaces the blocks it touches with new ones, so a finding whose blocks are all still
    there, the very same objects side by side, was touched by none of the edits; it moves to where
    they now stand.  Each finding is looked at once, however many edits there were: undoing a fix-all
    of 624 joined lines took 14 s one edit at a time (each shifted every later finding).
    """
    where = {id(block): index for index, block in enumerate(after)}
    now = [where.get(id(block), -1) for block in before]
    kept: list[Finding] = []
    kept_ranges: list[Range] = []
    dropped: list[Finding] = []
    for finding, (low, high) in zip(findings, ranges, strict=True):
        if low < 0:  # about the whole page
            kept.append(finding)
            kept_ranges.append((low, high))
            continue
        moved_to = now[low]
        if moved_to < 0 or any(now[low + k] != moved_to + k for k in range(1, high - low + 1)):
            dropped.append(finding)
            continue
        delta = moved_to - low
        kept.append(_shift(finding, delta) if delta else finding)
        kept_ranges.append((low + delta, high + delta))
    return kept, kept_ranges, dropped
