"""What the engine makes of a laid-out page, against its labels.

Uses only engine APIs that older engines have too (``document_from_text``,
``analyse``, ``Role``, block roles and ``starts_article``, findings with ``check``,
``blocks`` and ``confidence``), so that figures of the engine as it was can be taken
with the same tool.  Engine blocks are mapped to the page's lines through their
``origin`` (raw block indices) when the engine has it, else by position.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.proofing.checks import CHECK_NAMES
from desktop.proofing.load import decode_bytes, normalise_newlines
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, document_from_text
from tools.pagegen.layout import LaidOutPage

CHECKS = ("broken-line-break", "missing-byline", "detached-byline", "page-chrome", "duplicate-headline")
BUCKETS = ("≥0.9", "0.7–0.9", "<0.7")
# a newer engine may add title roles (a kicker): every role whose name says title counts
HEADLINE_ROLES = frozenset(
    role for role in Role if role.name in ("HEADLINE", "SUBTITLE", "KICKER") or "TITLE" in role.name
)


def bucket(confidence: float) -> str:
    return BUCKETS[0] if confidence >= 0.9 else BUCKETS[1] if confidence >= 0.7 else BUCKETS[2]


@dataclass
class Count:
    hits: int = 0
    found: int = 0
    wanted: int = 0

    def add(self, found: set, wanted: set) -> None:
        self.hits += len(found & wanted)
        self.found += len(found)
        self.wanted += len(wanted)

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.wanted if self.wanted else 1.0


@dataclass
class Figures:
    """The measures of one group of pages (pages add up with ``merge``)."""

    pages: int = 0
    articles: int = 0
    misaligned: int = 0  # pages whose engine blocks could not be matched to the lines
    breaks: Count = field(default_factory=Count)
    starts: Count = field(default_factory=Count)
    signed: int = 0
    unsigned: int = 0
    missing_hits: int = 0  # unsigned articles flagged
    missing_false: int = 0  # flags on signed articles or on chrome
    chrome_lines: int = 0
    chrome_as_chrome: int = 0
    chrome_in_headline: int = 0
    chrome_duplicate: int = 0  # duplicate-headline findings touching a chrome line
    calibration: dict[str, list[int]] = field(default_factory=lambda: {b: [0, 0] for b in BUCKETS})
    by_check: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    def merge(self, other: Figures) -> None:
        for name in ("pages", "articles", "misaligned", "signed", "unsigned", "missing_hits", "missing_false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("chrome_lines", "chrome_as_chrome", "chrome_in_headline", "chrome_duplicate"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mine, theirs in ((self.breaks, other.breaks), (self.starts, other.starts)):
            mine.hits += theirs.hits
            mine.found += theirs.found
            mine.wanted += theirs.wanted
        for name, (right, total) in other.calibration.items():
            self.calibration[name][0] += right
            self.calibration[name][1] += total
        for check, buckets in other.by_check.items():
            mine_check = self.by_check.setdefault(check, {b: [0, 0] for b in BUCKETS})
            for name, (right, total) in buckets.items():
                mine_check[name][0] += right
                mine_check[name][1] += total
        self.details += other.details

    @property
    def false_per_50(self) -> float:
        return 50 * self.missing_false / self.signed if self.signed else 0.0

    @property
    def missing_recall(self) -> float:
        return self.missing_hits / self.unsigned if self.unsigned else 1.0

    @property
    def chrome_share(self) -> float:
        return self.chrome_as_chrome / self.chrome_lines if self.chrome_lines else 1.0

    def judge(self, check: str, confidence: float, right: bool) -> None:
        name = bucket(confidence)
        self.calibration[name][0] += right
        self.calibration[name][1] += 1
        per = self.by_check.setdefault(check, {b: [0, 0] for b in BUCKETS})
        per[name][0] += right
        per[name][1] += 1


def engine_text(page: LaidOutPage) -> str:
    """The page as the engine sees it after loading its bytes."""
    text, _ = decode_bytes(Path(f"{page.name}.txt"), page.raw_bytes())
    return normalise_newlines(text)


def _raw_index(blocks: Iterable[object]) -> list[int]:
    out = []
    for position, block in enumerate(blocks):
        origin = getattr(block, "origin", ())
        out.append(origin[0] if origin else position)
    return out


def measure(page: LaidOutPage, details: bool = False) -> Figures:
    figures = Figures(pages=1, articles=len(page.records))
    document = document_from_text(engine_text(page))
    blocks = document.blocks
    raw = _raw_index(blocks)
    labels = page.labels
    if len(blocks) != len(labels) or any(index >= len(labels) for index in raw):
        figures.misaligned = 1
        figures.details.append(f"{page.name}: the engine made {len(blocks)} blocks of {len(labels)} lines")
        return figures
    lines = page.lines
    findings = analyse(document, [check for check in CHECKS if check in CHECK_NAMES])

    def show(index: int) -> str:
        return f"{index} “{lines[index][:18]}”"

    # broken line breaks
    found_breaks = {(raw[f.blocks[0]], raw[f.blocks[-1]]) for f in findings if f.check == "broken-line-break"}
    wanted_breaks = set(page.broken_breaks)
    figures.breaks.add(found_breaks, wanted_breaks)
    # article starts
    found_starts = {raw[i] for i, block in enumerate(blocks) if block.starts_article}
    wanted_starts = set(page.article_starts)
    figures.starts.add(found_starts, wanted_starts)
    # missing bylines, by article
    # (a truncated real record's end was never seen: it is left out of the byline measures)
    truncated = {number for number, record in enumerate(page.records) if record.truncated}
    unsigned = {number for number, record in enumerate(page.records) if not record.signed} - truncated
    figures.unsigned = len(unsigned)
    figures.signed = len(page.records) - len(truncated) - len(unsigned)
    flagged: dict[int | None, int] = {}
    for finding in findings:
        if finding.check == "missing-byline":
            index = raw[finding.blocks[0]]
            if labels[index].article not in truncated:
                flagged.setdefault(labels[index].article, index)
    figures.missing_hits = len(set(flagged) & unsigned)
    figures.missing_false = len([article for article in flagged if article not in unsigned])
    # chrome
    chrome = set(page.chrome_blocks)
    figures.chrome_lines = len(chrome)
    figures.chrome_as_chrome = sum(
        1 for i, block in enumerate(blocks) if raw[i] in chrome and block.role == Role.CHROME
    )
    figures.chrome_in_headline = sum(
        1 for i, block in enumerate(blocks) if raw[i] in chrome and block.role in HEADLINE_ROLES
    )
    duplicate = [f for f in findings if f.check == "duplicate-headline" and {raw[b] for b in f.blocks} & chrome]
    figures.chrome_duplicate = len(duplicate)
    # calibration: findings whose rightness the labels decide
    for finding in findings:
        first = raw[finding.blocks[0]]
        if finding.check == "broken-line-break":
            right = (first, raw[finding.blocks[-1]]) in wanted_breaks
        elif finding.check == "missing-byline":
            if labels[first].article in truncated:
                continue
            right = labels[first].article in unsigned
        elif finding.check == "page-chrome":
            right = first in chrome
        elif finding.check == "detached-byline":
            right = labels[first].part == "end_credit"
        else:
            continue
        figures.judge(finding.check, finding.confidence, right)
        if details and not right:
            figures.details.append(f"{page.name}: wrong {finding.check} ({finding.confidence:.2f}) at {show(first)}")
    if details:
        name = page.name
        for a, b in sorted(wanted_breaks - found_breaks):
            figures.details.append(f"{name}: missed break {a}-{b} “…{lines[a][-8:]}⏎{lines[b][:8]}…”")
        for a, b in sorted(found_breaks - wanted_breaks):
            figures.details.append(f"{name}: false break {a}-{b} “…{lines[a][-8:]}⏎{lines[b][:8]}…”")
        for index in sorted(wanted_starts - found_starts):
            figures.details.append(f"{name}: missed start {show(index)}")
        for index in sorted(found_starts - wanted_starts):
            figures.details.append(f"{name}: false start {show(index)} ({labels[index].part})")
        for number in sorted(unsigned - set(flagged)):
            figures.details.append(
                f"{name}: missed missing-byline of article {number} “{page.records[number].headline[0]}”"
            )
        for article, index in flagged.items():
            if article not in unsigned:
                figures.details.append(f"{name}: false missing-byline at {show(index)}")
        for i, block in enumerate(blocks):
            if raw[i] in chrome and block.role != Role.CHROME:
                figures.details.append(f"{name}: chrome read as {block.role.value} {show(raw[i])}")
        for finding in duplicate:
            figures.details.append(f"{name}: duplicate-headline on chrome {[show(raw[b]) for b in finding.blocks]}")
    return figures
