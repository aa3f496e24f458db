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
from desktop.proofing.wording import CHINESE, Text, check_title, render, say

SAME_ERROR_LIMIT = 3
NUMBER_WEIGHT = 0.1
NUMBER_LIMIT = 1.0
HEADLINE_WEIGHT = 2.0
STANDARD = 2.0  # errors per 10,000 characters a paper may not exceed
_HEADINGS = (Role.HEADLINE, Role.SUBTITLE)
RULES = "《报纸期刊质量管理规定》（标题差错计 2 个；同一差错最多计 3 次；数字用法差错每处计 0.1 个，累计不超过 1 个）"
# What the second count is of, by who asks: the app (the page as it stands), ``check`` (every one-click fix
# applied), ``export`` (the exported page).
AFTER_EDITS, AFTER_FIXES, EXPORTED = "修改后", "一键修正后", "导出稿"
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


def report_text(
    name: str,
    before: ErrorCount,
    after: ErrorCount | None,
    after_label: str = AFTER_EDITS,
    language: str = CHINESE,
) -> str:
    """The 校对报告 as plain text in ``language``: the rate before and after the editor's fixes, each counted error.

    (The file's name and the written form of each error stay as they are.)
    """
    labels = {AFTER_EDITS: say("修改后"), AFTER_FIXES: say("一键修正后"), EXPORTED: say("导出稿")}
    original, later = say("原稿"), labels.get(after_label, after_label)
    lines: list[str] = [
        say("校对报告：{name}", name=name),
        say("计算依据：{rules}", rules=_rules()),
        "",
        _rate_line(original, before),
    ]
    if after is not None:
        lines.append(_rate_line(later, after))
    lines.append(say("标准：差错率不超过万分之{limit}", limit=f"{STANDARD:g}"))
    for label, count in ((original, before), (later, after)):
        if count is None:
            continue
        lines += ["", say("{label}差错明细（{kinds} 种）：", label=label, kinds=len(count.lines))]
        if not count.lines:
            lines.append("  " + render(say("无"), language))
        for line in count.lines:
            where = say("，其中标题 {count} 处", count=line.in_headline) if line.in_headline else ""
            said = say(
                "{title}  “{term}”  {occurrences} 处{where}，计 {counted} 个",
                title=check_title(_TITLES.get(line.check, line.check), language),
                term=line.term,
                occurrences=line.occurrences,
                where=where,
                counted=f"{line.counted:g}",
            )
            lines.append("  " + render(said, language))
    return "\n".join(render(line, language) for line in lines) + "\n"


def _rules() -> Text:
    return say(
        "《报纸期刊质量管理规定》（标题差错计 2 个；同一差错最多计 3 次；数字用法差错每处计 0.1 个，累计不超过 1 个）"
    )


def _rate_line(label: str, count: ErrorCount) -> Text:
    return say(
        "{label}：{characters} 字，差错 {errors} 个，差错率 万分之{rate}（{verdict}）",
        label=label,
        characters=count.characters,
        errors=f"{count.errors:g}",
        rate=f"{count.per_10k:.2f}",
        verdict=say("合格") if count.within_standard else say("超过标准"),
    )


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
