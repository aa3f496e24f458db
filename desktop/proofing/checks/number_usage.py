"""``number-usage``: numbers written against GB/T 15835-2011《出版物上数字用法》.

- ``0`` or ``O`` for ``〇`` in a year of Chinese numerals (二0二0年 → 二〇二〇年);
- Arabic digits run into 十/百/千 inside one number (3千人 → 3000人; 万 and 亿 may follow digits);
- a range whose first number lost its 万, 亿 or % (10～20万 → 10万～20万, 3～5% → 3%～5%);
- a date whose weekday is wrong for its year (the year written there, else the nearest one
  before it in the article, else the page's most frequent year); no fix, since either may be wrong.

Digits inside codes and addresses (a letter, ``/`` or ``.`` right before them) are left alone.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import lru_cache

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import PROOFREAD_ROLES, replacement_finding
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Role
from desktop.proofing.wording import say

NAME = "number-usage"
SOURCE = "GB/T 15835-2011《出版物上数字用法》"
_CHINESE_DIGITS = "〇零一二三四五六七八九"
_FAKE_ZERO = "0OoΟ○"
_ZERO_YEAR = re.compile(f"(?<![{_CHINESE_DIGITS}{_FAKE_ZERO}\\d])[{_CHINESE_DIGITS}{_FAKE_ZERO}]{{4}}(?=年)")
_MIXED = re.compile(r"(?<![A-Za-z\d./_\-])(\d+(?:\.\d+)?)([十百千])(?![米克瓦伏帕赫兆卡焦字])")
_MULTIPLIER = {"十": 10, "百": 100, "千": 1000}
_RANGE = re.compile(r"(?<![A-Za-z\d./_\-])(\d+(?:\.\d+)?)([～~〜\-–—至])(\d+(?:\.\d+)?)(万亿|万|亿|%|％|‰)")
_RANGE_MARKS = "～~〜-–—至"
_WEEKDAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[（(]?\s*(星期|周|礼拜)([一二三四五六日天])[）)]?")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_WEEKDAYS = "一二三四五六日"
_ANY_NUMBER = re.compile(r"[\dOo○Ο]")


def _arabic(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _page_year(context: CheckContext) -> int | None:
    memo = context.memo.get(NAME + ":year", ...)
    if memo is ...:
        years = Counter(int(y) for text in context.texts for y in _YEAR.findall(text))
        memo = context.memo[NAME + ":year"] = years.most_common(1)[0][0] if years else None
    return memo


def _year_before(context: CheckContext, block_index: int, offset: int) -> int | None:
    found = _YEAR.findall(context.document.blocks[block_index].text[:offset])
    if found:
        return int(found[-1])
    article = context.owner[block_index]
    if article is not None:
        for index in reversed(context.articles[article].block_indices):
            if index < block_index:
                found = _YEAR.findall(context.document.blocks[index].text)
                if found:
                    return int(found[-1])
    return _page_year(context)


_Problem = tuple[int, int, str | None, str, str, float]


@lru_cache(maxsize=CACHE_SIZE)
def _written_problems(text: str) -> tuple[_Problem, ...]:
    """The problems ``text`` shows on its own (all but the weekday, whose year may come from elsewhere)."""
    problems: list[_Problem] = []
    for match in _ZERO_YEAR.finditer(text):
        year = match.group()
        if any(c in _FAKE_ZERO for c in year) and any(c in _CHINESE_DIGITS for c in year):
            fixed = "".join("〇" if c in _FAKE_ZERO else c for c in year)
            problems.append(
                (
                    match.start(),
                    match.end(),
                    fixed,
                    say("“{year}年”中的零应写作“〇”：{fixed}年", year=year, fixed=fixed),
                    say("汉字数字的年份中，零写作“〇”，不用阿拉伯数字0或字母O"),
                    0.95,
                )
            )
    for match in _MIXED.finditer(text):
        value = float(match.group(1)) * _MULTIPLIER[match.group(2)]
        fixed = _arabic(value)
        # the end of a range (2—3千万): writing out the 千 alone would change the range's start
        at = match.start()
        in_range = at >= 2 and text[at - 1] in _RANGE_MARKS and text[at - 2].isdigit()
        # after 万 or 亿 (2万5千, 8万7千): the whole number wants rewriting (2.5万), not the 千 alone
        in_range = in_range or (at >= 2 and text[at - 1] in "万亿" and text[at - 2].isdigit())
        problems.append(
            (
                match.start(),
                match.end(),
                None if in_range else fixed,
                say("“{written}”混用了阿拉伯数字和汉字数字，应写作“{fixed}”", written=match.group(), fixed=fixed),
                say("一个数值中阿拉伯数字只能与“万”“亿”连用，不能与“十”“百”“千”连用"),
                0.9,
            )
        )
    for match in _RANGE.finditer(text):
        first, unit = match.group(1), match.group(4)
        if float(first) >= float(match.group(3)):
            continue  # 3000-1万元, 30989至3.2万元: the first number is whole as written
        problems.append(
            (
                match.start(),
                match.end(1),
                first + unit,
                say(
                    "数值范围“{written}”的前一个数缺了“{unit}”，应写作“{fixed}”",
                    written=match.group(),
                    unit=unit,
                    fixed=f"{first}{unit}{match.group(2)}{match.group(3)}{unit}",
                ),
                say("数值范围中，“万”“亿”和百分号不能省略，以免误解（如 10万～20万，不写作 10～20万）"),
                0.85,
            )
        )
    return tuple(problems)


def run(context: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for block_index, block in enumerate(context.document.blocks):
        if block.role not in PROOFREAD_ROLES and block.role is not Role.BYLINE:
            continue
        text = block.text
        if not _ANY_NUMBER.search(text):
            continue

        def add(
            start: int,
            end: int,
            replacement: str | None,
            message: str,
            evidence: str,
            conf: float,
            block_index: int = block_index,
        ) -> None:
            findings.append(
                replacement_finding(
                    context,
                    NAME,
                    block_index,
                    start,
                    end,
                    replacement,
                    message=message,
                    evidence=say("{rule}（{source}）", rule=evidence, source=SOURCE),
                    severity=Severity.WARNING,
                    confidence=conf,
                )
            )

        for problem in _written_problems(text):
            add(*problem)
        for match in _WEEKDAY.finditer(text):
            year = int(match.group(1)) if match.group(1) else _year_before(context, block_index, match.start())
            if year is None:
                continue
            try:
                day = datetime.date(year, int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            written = "日" if match.group(5) == "天" else match.group(5)
            actual = _WEEKDAYS[day.weekday()]
            if written != actual:
                where = say("") if match.group(1) else say("（年份按上文的{year}年）", year=year)
                add(
                    match.start(),
                    match.end(),
                    None,
                    say(
                        "{year}年{month}月{day}日是{week}{actual}，不是{week}{written}{where}",
                        year=year,
                        month=day.month,
                        day=day.day,
                        week=match.group(4),
                        actual=actual,
                        written=match.group(5),
                        where=where,
                    ),
                    say("日期和星期对不上：日期或星期有一处错了"),
                    0.9 if match.group(1) else 0.75,
                )
    return findings
