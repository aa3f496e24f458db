"""The page's error rate (差错率) for the 校对报告, counted by the rules of 《报纸期刊质量管理规定》 (2020).

- Errors are the rule-book findings (``checks.WHITELISTABLE``: 别字, 异形词, 重复字词, 数字用法, 禁用词,
  人名职务); layout findings (line breaks, bylines, page chrome…) are the page's make-up, not its text.
- One error counts 1; in a headline or subtitle 2.
- The same error (same check, same written form) counts at most three times (the rule says per issue;
  a report covers one page, so per page here).
- A number-usage error counts 0.1, all of them together at most 1.
- The rate is errors per 10,000 characters of the page's text (headlines, body, captions, credits;
  whitespace and page chrome left out).  The rule holds a paper to at most 2 per 10,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.proofing.checks import CHECKS, NUMBER_USAGE, WHITELISTABLE
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document, Role

SAME_ERROR_LIMIT = 3
NUMBER_WEIGHT = 0.1
NUMBER_LIMIT = 1.0
HEADLINE_WEIGHT = 2.0
STANDARD = 2.0  # errors per 10,000 characters a paper may not exceed
_HEADINGS = (Role.HEADLINE, Role.SUBTITLE)
RULES = "《报纸期刊质量管理规定》（标题差错计 2 个；同一差错最多计 3 次；数字用法差错每处计 0.1 个，累计不超过 1 个）"
_TITLES = {check.name: check.title for check in CHECKS}


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One error as written (a check and a form), how often it occurs and what it counts for."""

    check: str
    term: str
    occurrences: int
    in_headline: int  # of the occurrences, those in a headline or subtitle
    counted: float


@dataclass(frozen=True, slots=True)
class ErrorCount:
    characters: int
    errors: float
    lines: tuple[ErrorLine, ...]

    @property
    def per_10k(self) -> float:
        return self.errors * 10_000 / self.characters if self.characters else 0.0

    @property
    def within_standard(self) -> bool:
        return self.per_10k <= STANDARD


def page_characters(document: Document) -> int:
    """The characters the rate is counted over: every line but page chrome, whitespace left out."""
    return sum(
        sum(1 for char in block.text if not char.isspace())
        for block in document.blocks
        if block.role is not Role.CHROME
    )


def count_errors(document: Document, findings: Iterable[Finding]) -> ErrorCount:
    occurrences: dict[tuple[str, str], list[bool]] = defaultdict(list)  # (check, term) -> in a heading, each
    blocks = document.blocks
    for finding in findings:
        if finding.check not in WHITELISTABLE:
            continue
        if finding.spans:
            span = finding.spans[0]
            term = blocks[span.block].text[span.start : span.end]
        else:
            term = finding.subject
        heading = any(blocks[index].role in _HEADINGS for index in finding.blocks if index < len(blocks))
        occurrences[(finding.check, term)].append(heading)
    lines: list[ErrorLine] = []
    numbers = 0.0
    for (check, term), headings in occurrences.items():
        kept = sorted(headings, reverse=True)[:SAME_ERROR_LIMIT]  # the headline ones first: they count double
        if check == NUMBER_USAGE:
            counted = NUMBER_WEIGHT * len(kept)
            counted = max(0.0, min(counted, NUMBER_LIMIT - numbers))
            numbers += counted
        else:
            counted = sum(HEADLINE_WEIGHT if heading else 1.0 for heading in kept)
        lines.append(ErrorLine(check, term, len(headings), sum(headings), round(counted, 2)))
    lines.sort(key=lambda line: (-line.counted, line.check, line.term))
    return ErrorCount(page_characters(document), round(sum(line.counted for line in lines), 2), tuple(lines))


def report_text(name: str, before: ErrorCount, after: ErrorCount | None, after_label: str = "修改后") -> str:
    """The 校对报告 as plain text: the rate before and after the editor's fixes, and each counted error."""
    lines = [
        f"校对报告：{name}",
        f"计算依据：{RULES}",
        "",
    ]
    lines.append(_rate_line("原稿", before))
    if after is not None:
        lines.append(_rate_line(after_label, after))
    lines.append(f"标准：差错率不超过万分之{STANDARD:g}")
    for label, count in (("原稿", before), (after_label, after)):
        if count is None:
            continue
        lines += ["", f"{label}差错明细（{len(count.lines)} 种）："]
        if not count.lines:
            lines.append("  无")
        for line in count.lines:
            where = f"，其中标题 {line.in_headline} 处" if line.in_headline else ""
            title = _TITLES.get(line.check, line.check)
            lines.append(f"  {title}  “{line.term}”  {line.occurrences} 处{where}，计 {line.counted:g} 个")
    return "\n".join(lines) + "\n"


def _rate_line(label: str, count: ErrorCount) -> str:
    verdict = "合格" if count.within_standard else "超过标准"
    return f"{label}：{count.characters} 字，差错 {count.errors:g} 个，差错率 万分之{count.per_10k:.2f}（{verdict}）"


def report_json(before: ErrorCount, after: ErrorCount | None) -> dict[str, object]:
    def one(count: ErrorCount) -> dict[str, object]:
        return {
            "characters": count.characters,
            "errors": count.errors,
            "per_10k": round(count.per_10k, 3),
            "within_standard": count.within_standard,
            "lines": [
                {
                    "check": line.check,
                    "term": line.term,
                    "occurrences": line.occurrences,
                    "in_headline": line.in_headline,
                    "counted": line.counted,
                }
                for line in count.lines
            ],
        }

    return {"before": one(before), "after": one(after) if after is not None else None}
