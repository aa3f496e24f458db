"""``number-usage``: numbers written against GB/T 15835-2011《出版物上数字用法》.

- ``0`` or ``O`` for ``〇`` in a year of Chinese numerals (二0二0年 → 二〇二〇年);
- Arabic digits run into 十/百/千 inside one number (3千人 → 3000人; 万 and 亿 may follow digits);
- a range whose first number lost its 万, 亿 or % (10～20万 → 10万～20万, 3～5% → 3%～5%);
- a date whose weekday is wrong for its year (the year written there, else the nearest one
  before it in the article, else the page's edition date from its file name, else the page's most
  frequent year); no fix, since either may be wrong;
- one article writing years or percentages in both forms (2020年 and 二〇二〇年, 30% and 百分之三十):
  the fewer form is flagged (Arabic numerals win a tie), with a fix where the other form is certain.
  Book titles and quotations print as written and are not counted.

Digits inside codes and addresses (a letter, ``/`` or ``.`` right before them) are left alone.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import lru_cache

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import PROOFREAD_ROLES, replacement_finding, shielded_ranges
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.edition import date_from_source_name
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
_CHECKED_ROLES = (*PROOFREAD_ROLES, Role.BYLINE)


def _arabic(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _page_year(context: CheckContext) -> int | None:
    memo = context.memo.get(NAME + ":year", ...)
    if memo is ...:
        years = Counter(int(y) for text in context.texts for y in _YEAR.findall(text))
        memo = context.memo[NAME + ":year"] = years.most_common(1)[0][0] if years else None
    return memo


def _edition(context: CheckContext) -> datetime.date | None:
    memo = context.memo.get(NAME + ":edition", ...)
    if memo is ...:
        memo = context.memo[NAME + ":edition"] = date_from_source_name(context.document.source_name or "")
    return memo


def _edition_year(edition: datetime.date, month: int, day: int) -> int:
    """The year of 月/日 on a page of ``edition``: the edition's, or the year before for a date over half a
    year after it (a 12月30日 recalled in a January edition)."""
    try:
        later = datetime.date(edition.year, month, day) - edition > datetime.timedelta(days=183)
    except ValueError:
        return edition.year
    return edition.year - 1 if later else edition.year


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
    return None


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


# ---- one article, one form: years and percentages written the same way throughout (GB/T 15835-2011, 4.1/5.1)

_ARABIC_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)年")
_CHINESE_YEAR = re.compile(f"(?<![{_CHINESE_DIGITS}])([〇一二三四五六七八九]{{4}})年")
_ARABIC_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[%％]")
_CHINESE_PERCENT = re.compile(r"百分之([零〇一二三四五六七八九十点]+)(?![百千万亿])")
_TO_CHINESE = str.maketrans("0123456789", "〇一二三四五六七八九")
_TO_ARABIC = str.maketrans("〇一二三四五六七八九", "0123456789")
_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _chinese_number(text: str) -> str | None:
    """百分之 numbers as Arabic (三十 → 30, 十二点五 → 12.5); None for what it does not read."""
    whole, _, fraction = text.partition("点")
    if "十" in whole:
        tens, _, ones = whole.partition("十")
        if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_VALUE) or (ones and ones not in _CN_VALUE):
            return None
        value = str((_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0))
    elif whole and all(c in _CN_VALUE for c in whole) and len(whole) <= 2:
        value = str(int("".join(str(_CN_VALUE[c]) for c in whole)))
    else:
        return None
    if fraction:
        if not all(c in _CN_VALUE for c in fraction):
            return None
        value += "." + "".join(str(_CN_VALUE[c]) for c in fraction)
    return value


@lru_cache(maxsize=CACHE_SIZE)
def _kinds_of_numbers(text: str) -> tuple[tuple[str, int, int, str | None, str], ...]:
    """(kind, start, end, the other form or None, as written) of every year and percentage outside titles and quotes."""
    shielded = shielded_ranges(text, quoted=True, titles=True)
    found = []
    for pattern, kind, arabic in (
        (_ARABIC_YEAR, "year", True),
        (_CHINESE_YEAR, "year", False),
        (_ARABIC_PERCENT, "percent", True),
        (_CHINESE_PERCENT, "percent", False),
    ):
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in shielded):
                continue
            written = match.group()
            if kind == "year":
                other = match.group(1).translate(_TO_CHINESE if arabic else _TO_ARABIC) + "年"
            else:
                number = None if arabic else _chinese_number(match.group(1))
                other = None if arabic else (number + "%" if number is not None else None)
            found.append((f"{kind}:{'arabic' if arabic else 'chinese'}", match.start(), match.end(), other, written))
    return tuple(found)


def _mixed_forms(context: CheckContext) -> list[tuple[int, int, int, str | None, str, str, float]]:
    """(block, start, end, fix, message, evidence, confidence) of each year or percentage written in the other form
    than the rest of its article (the fewer kind; Arabic numerals when both are as many)."""
    found = []
    blocks = context.document.blocks
    for article in context.articles:
        forms: dict[str, dict[str, list[tuple[int, int, int, str | None, str]]]] = {}
        for index in article.block_indices:
            block = blocks[index]
            if block.role not in PROOFREAD_ROLES:
                continue
            text = block.text
            if "年" not in text and "%" not in text and "％" not in text and "百分之" not in text:
                continue
            for kind_form, start, end, other, written in _kinds_of_numbers(text):
                kind, form = kind_form.split(":")
                forms.setdefault(kind, {}).setdefault(form, []).append((index, start, end, other, written))
        for kind, by_form in forms.items():
            if len(by_form) < 2:
                continue
            arabic, chinese = by_form["arabic"], by_form["chinese"]
            usual, odd = ("arabic", chinese) if len(arabic) >= len(chinese) else ("chinese", arabic)
            example = by_form[usual][0][4]
            kind_label = say("年份") if kind == "year" else say("百分数")
            form_label = say("阿拉伯数字") if usual == "arabic" else say("汉字数字")
            for index, start, end, other, written in odd:
                message = say(
                    "同一篇稿件中{kind}的写法不一致：“{written}”，本篇另有 {count} 处用{form}（如“{example}”）",
                    kind=kind_label,
                    written=written,
                    count=len(by_form[usual]),
                    form=form_label,
                    example=example,
                )
                found.append((index, start, end, other, message, say("同一篇稿件中同类数字的写法应前后一致"), 0.7))
    return found


def _finding(
    context: CheckContext,
    block_index: int,
    start: int,
    end: int,
    replacement: str | None,
    message: str,
    evidence: str,
    confidence: float,
) -> Finding:
    return replacement_finding(
        context,
        NAME,
        block_index,
        start,
        end,
        replacement,
        message=message,
        evidence=say("{rule}（{source}）", rule=evidence, source=SOURCE),
        severity=Severity.WARNING,
        confidence=confidence,
    )


def _may_name_weekday(text: str) -> bool:
    """What every date with its weekday (``_WEEKDAY``) holds: a cheap first look before searching the line for one."""
    return "月" in text and ("星期" in text or "周" in text or "礼拜" in text)


def run(context: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for block_index, block in enumerate(context.document.blocks):
        if block.role not in _CHECKED_ROLES:
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
            findings.append(_finding(context, block_index, start, end, replacement, message, evidence, conf))

        for problem in _written_problems(text):
            add(*problem)
        for match in _WEEKDAY.finditer(text) if _may_name_weekday(text) else ():
            year = int(match.group(1)) if match.group(1) else _year_before(context, block_index, match.start())
            where = say("") if match.group(1) else say("（年份按上文的{year}年）", year=year)
            edition = _edition(context) if year is None else None
            if edition is not None:
                year = _edition_year(edition, int(match.group(2)), int(match.group(3)))
                where = say("（年份按版面日期 {date}）", date=edition.isoformat())
            elif year is None:
                year = _page_year(context)
                where = say("（年份按上文的{year}年）", year=year)
            if year is None:
                continue
            try:
                day = datetime.date(year, int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            written = "日" if match.group(5) == "天" else match.group(5)
            actual = _WEEKDAYS[day.weekday()]
            if written != actual:
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
    for block_index, start, end, fixed, message, evidence, confidence in _mixed_forms(context):
        findings.append(_finding(context, block_index, start, end, fixed, message, evidence, confidence))
    return findings
