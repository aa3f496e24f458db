"""Which findings on a laid-out page are right, and how their confidence compares with how often they are.

Shared by ``tools/fit_confidence.py`` (the labels it fits on) and ``tools/engine_accuracy.py``
(the calibration and per-feature tables).  A finding is judged against the page's line labels
(``tools/pagegen``) the way ``tools/pagegen/measure.py`` judges it:

- ``broken-line-break``: right when the page cut a paragraph between its two lines;
- ``missing-byline``: right when its article carries no credit;
- ``page-chrome``: right when the line is page chrome;
- ``detached-byline``: right when the line is an end credit;
- ``duplicate-headline``: wrong when it touches page chrome; between the headlines of two articles,
  right when the two are one story printed twice, wrong when they are two stories; otherwise
  undecided (left out).
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.proofing.findings import Finding
from desktop.proofing.load import decode_bytes, normalise_newlines
from desktop.proofing.pipeline import analyse, document_from_text
from tools.pagegen.layout import LaidOutPage

CHECKS = ("broken-line-break", "missing-byline", "detached-byline", "page-chrome", "duplicate-headline")
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0000001)
THRESHOLDS = (0.9, 0.7)  # findings at or above must be right at least this share of the time


@dataclass(frozen=True, slots=True)
class Judged:
    """One finding of a page whose answers are known."""

    check: str
    features: tuple[str, ...]
    confidence: float
    right: bool
    group: str = ""


def engine_text(page: LaidOutPage) -> str:
    text, _ = decode_bytes(Path(f"{page.name}.txt"), page.raw_bytes())
    return normalise_newlines(text)


def judge_page(page: LaidOutPage, group: str = "") -> list[Judged] | None:
    """The judged findings of ``page`` (None when the engine's blocks do not match the page's lines).

    (An engine older than named features gives findings without them: ``features`` is empty then.)
    """
    document = document_from_text(engine_text(page))
    blocks = document.blocks
    raw = [block.origin[0] if block.origin else position for position, block in enumerate(blocks)]
    labels = page.labels
    if len(blocks) != len(labels) or any(index >= len(labels) for index in raw):
        return None
    findings = analyse(document, list(CHECKS))
    return [
        Judged(finding.check, getattr(finding, "features", ()), finding.confidence, right, group)
        for finding in findings
        if (right := _right(page, finding, raw)) is not None
    ]


def _right(page: LaidOutPage, finding: Finding, raw: Sequence[int]) -> bool | None:
    labels = page.labels
    first, last = raw[finding.blocks[0]], raw[finding.blocks[-1]]
    if finding.check == "broken-line-break":
        return labels[last].continues and last == first + 1
    if finding.check == "missing-byline":
        article = labels[first].article
        return article is not None and not page.records[article].signed
    if finding.check == "page-chrome":
        return labels[first].part == "chrome"
    if finding.check == "detached-byline":
        return labels[first].part == "end_credit"
    if finding.check == "duplicate-headline":
        touched = [labels[raw[block]] for block in finding.blocks]
        if any(label.part == "chrome" for label in touched):
            return False
        articles = [label.article for label in touched]
        if len(touched) == 2 and all(label.part == "headline" for label in touched) and None not in articles:
            # (the check says one story is headlined twice: right when the two articles are one story)
            one, other = (page.records[a] for a in articles)  # type: ignore[index]
            return one.paragraphs == other.paragraphs
        return None
    return None


# --- reports --------------------------------------------------------------------------------------


def reliability_lines(judged: Sequence[Judged], confidence: Callable[[Judged], float], label: str) -> list[str]:
    """A reliability table: per confidence bin, findings, mean confidence and share right; then the thresholds."""
    lines = [f"{label}: {'bin':>11} {'n':>6} {'mean conf':>10} {'right':>7}"]
    for low, high in itertools.pairwise(BINS):
        inside = [j for j in judged if low <= confidence(j) < high]
        if inside:
            mean = sum(confidence(j) for j in inside) / len(inside)
            right = sum(j.right for j in inside) / len(inside)
            lines.append(
                f"{'':{len(label) + 2}}{low:>4.2f}–{min(high, 1.0):<4.2f}  {len(inside):>6} {mean:>10.3f} {right:>7.3f}"
            )
    lines.append(f"{'':{len(label) + 2}}" + threshold_summary(judged, confidence))
    return lines


def threshold_summary(judged: Sequence[Judged], confidence: Callable[[Judged], float]) -> str:
    """``≥0.9: right 0.981 of 1234 (ok)  ≥0.7: …`` — the calibration promise per threshold."""
    parts = []
    for threshold in THRESHOLDS:
        above = [j for j in judged if confidence(j) >= threshold]
        if not above:
            parts.append(f"≥{threshold}: none")
            continue
        share = sum(j.right for j in above) / len(above)
        parts.append(f"≥{threshold}: right {share:.3f} of {len(above)} ({'ok' if share >= threshold else 'FAILS'})")
    return "  ".join(parts)


def log_loss(judged: Sequence[Judged], confidence: Callable[[Judged], float]) -> float:
    if not judged:
        return 0.0
    total = 0.0
    for item in judged:
        p = min(max(confidence(item), 1e-4), 1 - 1e-4)
        total -= math.log(p if item.right else 1 - p)
    return total / len(judged)


def feature_lines(judged: Iterable[Judged], weights: dict[str, dict[str, float]] | None = None) -> list[str]:
    """Per check and feature: findings carrying it, share right, mean confidence and the fitted weight."""
    by_feature: dict[tuple[str, str], list[Judged]] = defaultdict(list)
    for item in judged:
        for feature in item.features or ("(none)",):
            by_feature[(item.check, feature)].append(item)
    lines = [f"{'check':20} {'feature':34} {'n':>6} {'right':>7} {'mean conf':>10} {'weight':>8}"]
    for (check, feature), items in sorted(by_feature.items()):
        right = sum(j.right for j in items) / len(items)
        mean = sum(j.confidence for j in items) / len(items)
        weight = (weights or {}).get(check, {}).get(feature)
        shown = f"{weight:>8.2f}" if weight is not None else f"{'-':>8}"
        lines.append(f"{check:20} {feature:34} {len(items):>6} {right:>7.3f} {mean:>10.3f} {shown}")
    return lines


def shipped_weights() -> dict[str, dict[str, float]]:
    """The weights of the engine's confidence model per check and feature ({} for an engine without one)."""
    try:
        from desktop.proofing import calibration
    except ImportError:
        return {}
    return {check: dict(model.weights) for check, model in calibration.current().checks.items()}


def calibration_report(judged: Sequence[Judged]) -> list[str]:
    """Per check, then for all findings: the reliability table; then every feature's figures and weight."""
    lines: list[str] = []
    for check in [*sorted({item.check for item in judged}), "all"]:
        items = [item for item in judged if check in ("all", item.check)]
        right = sum(item.right for item in items)
        loss = log_loss(items, lambda item: item.confidence)
        lines.append(f"== {check}: {len(items)} judged findings, {right} right, log loss {loss:.3f}")
        lines += reliability_lines(items, lambda item: item.confidence, "confidence")
    return lines + feature_lines(judged, shipped_weights())
