"""Recognising datelines and bylines, and reading the reporters' names out of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.proofing import surnames

_LABELS = (
    "本报特约记者",
    "本报见习记者",
    "本报实习记者",
    "本报记者",
    "本报通讯员",
    "特约记者",
    "见习记者",
    "实习记者",
    "特约通讯员",
    "通讯员",
    "实习生",
    "本报特约评论员",
    "本报评论员",
    "特约评论员",
    "评论员",
    "记者",
    "摄影",
    "摄像",
    "撰稿",
    "撰文",
    "制图",
)
# A correspondent's post: ``本报驻巴西记者``, ``驻京记者``.
_POSTED_LABEL = r"(?:本报)?驻[\u4e00-\u9fff]{1,8}?(?:特约|首席)?记者"
_LABEL_RE = re.compile("|".join((_POSTED_LABEL, *_LABELS)))
# 文/X, 图/X, 文图/X, 文·图/X: labels that need their slash so that names containing 文 or 图 survive.
_SLASH_LABEL_RE = re.compile(r"(?:撰文|文[·/／]?图|文|图|摄|摄影|作者)\s*[/／:：|｜]")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}$")
_SEPARATORS_RE = re.compile(r"[\s\u3000、，,;；:：]+")
_NOT_NAMES = frozenset(
    {"待续", "未完待续", "完", "续", "资料图", "资料图片", "图片", "综合", "本报综合", "有删节", "据新华社", "新华社"}
)
CACHE_SIZE = 65536  # the same lines are looked at by segmentation and by several checks
_FILLERS = frozenset({"摄", "报道", "文", "图", "摄影", "文图"})
_OPEN = "(（"
_CLOSE = ")）"

_AGENCIES = "本报|本刊|新华社|中新社|中新网|人民网|新华网|央视网|央广网|大众日报|大众网|齐鲁网|闪电新闻"
# A county's or city's own newsroom: ``莘县融媒体中心讯``, ``寿光市广播电视台讯`` (its own staff, like 本报).
LOCAL_NEWSROOM = ("融媒体中心", "融媒中心", "广播电视台")
_AGENCIES += "|" + "|".join(rf"[\u4e00-\u9fff]{{1,6}}?{name}" for name in LOCAL_NEWSROOM)
# Another paper's name, or the paper's own: ``人民日报北京3月10日电``, ``江城晚报讯``.
PAPERS = ("日报", "晚报", "晨报", "早报", "时报", "商报", "都市报", "青年报")
_AGENCIES += "|" + "|".join(rf"[\u4e00-\u9fff]{{1,4}}?{name}" for name in PAPERS)
DATELINE_RE = re.compile(
    rf"^据?(?P<agency>{_AGENCIES})"
    r"(?P<place>[\u4e00-\u9fff]{0,10}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)?"
    r"(?P<kind>讯|电|消息)"
    r"(?:\s*[(（](?P<credit>[^()（）]{1,40})[)）])?"
)
_NAME = r"[\u4e00-\u9fff]{2,4}"
_REPORTER = r"(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员)"
_OPENING_CREDIT_RE = re.compile(
    rf"^(?:[(（](?P<credit>{_REPORTER}[^()（）]{{1,30}})[)）]|(?P<credit_told>{_REPORTER}[^。，,()（）]{{1,30}}?)\s*报道)"
    r"[：:，,]?"
)
# ``本报讯 记者 张三 通讯员 李四 报道：`` — a credit without parentheses after the dateline.
_BARE_CREDIT_RE = re.compile(
    rf"\s*(?P<credit>(?:本报)?(?:记者|通讯员)\s*{_NAME}(?:(?:\s*、\s*|\s+(?:记者|通讯员|实习生)\s*|(?:通讯员|实习生)\s*){_NAME})*)"
    r"(?:\s*报道)?(?=[\s:：,，]|$)"
)
# ``……任务。记者 张三`` — a labelled credit closing the last paragraph.
_TRAILING_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?…”’」』])\s*(?P<credit>(?:本报)?(?:记者|通讯员|文/|文／)\s*{_NAME}"
    rf"(?:[\s、]+(?:(?:记者|通讯员|实习生)\s*)?{_NAME})*)\s*$"
)
_TRAILING_PAREN_RE = re.compile(r"[(（](?P<inner>[^()（）]{2,40})[)）]\s*$")
_CREDIT_MARKS = "□■◇◆●◎○—-"
_BYLINE_LINE_RE = re.compile(
    r"^(?:[□■◇◆●◎○]|——|—|-{1,2})?\s*(?:[(（](?P<paren>[^()（）]{2,40})[)）]|(?P<bare>[^()（）。！？]{2,40}))\s*$"
)


_AGENCY_START_RE = re.compile(rf"^据?(?:{_AGENCIES})")


def starts_like_dateline(text: str) -> bool:
    """The line opens with an agency's name, as a dateline does (cheap test before joining lines)."""
    return _AGENCY_START_RE.match(text) is not None


# Where a story was taken from, in brackets on a line of its own at its end: ``（据新华社）``, ``（来源：人民网）``.
_SOURCE_NOTE_RE = re.compile(
    r"^[(（](?:(?:据|来源[:：]|稿件来源[:：]|转自|摘自|综合)[^()（）]{2,30}|本报综合[^()（）]{0,10})[)）]$"
)


def is_source_note(text: str) -> bool:
    return _SOURCE_NOTE_RE.match(text.strip()) is not None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline lead at the start of a paragraph: ``本报聊城9月16日讯(记者张同建)``."""

    end: int
    agency: str
    names: tuple[str, ...]


def names_in(credit: str) -> tuple[str, ...] | None:
    """The people named in a credit like ``记者 张同建 通讯员 李四``; None when it is not a credit."""
    text = _SLASH_LABEL_RE.sub(" ", credit)
    text = _LABEL_RE.sub(" ", text)
    names: list[str] = []
    for token in _SEPARATORS_RE.split(text.replace("/", " ").replace("／", " ")):
        if not token or token in _FILLERS:
            continue
        if token.endswith(("摄", "报道")) and len(token) >= 4:
            token = token.removesuffix("报道").removesuffix("摄")
        if token.startswith("发自"):
            continue  # ``本报记者 方浩 发自上海``: where the reporter filed from
        if token in _NOT_NAMES or not _NAME_RE.match(token):
            return None
        names.append(token)
    if not names or len(names) > 6:
        return None
    return tuple(names)


def has_label(credit: str) -> bool:
    return bool(_LABEL_RE.search(credit) or _SLASH_LABEL_RE.search(credit))


@lru_cache(maxsize=CACHE_SIZE)
def parse_dateline(text: str) -> Dateline | None:
    match = DATELINE_RE.match(text)
    if match is None:
        return _opening_credit(text)
    credit = match.group("credit")
    end = match.end()
    if credit is None:
        bare = _BARE_CREDIT_RE.match(text, end)
        if bare is not None:
            credit, end = bare.group("credit"), bare.end()
    names = names_in(credit) if credit else None
    return Dateline(end=end, agency=match.group("agency"), names=names or ())


def _opening_credit(text: str) -> Dateline | None:
    """A paragraph opening with a credit and no agency: ``（记者 张三）近日……``, ``本报记者 张三 报道：……``."""
    match = _OPENING_CREDIT_RE.match(text)
    if match is None:
        return None
    names = names_in(match.group("credit") or match.group("credit_told"))
    return Dateline(end=match.end(), agency="本报", names=names) if names else None


# A commentary signed by the paper itself: the credit is the byline (``◎ 本报评论员``, ``（本报编辑部）``).
_INSTITUTIONAL_RE = re.compile(
    r"^[□■◇◆●◎○—\s]*[(（]?(?P<credit>本报(?:特约)?评论员|本报编辑部|本报评论部|本报评论员观察)[)）]?$"
)


def is_institutional_credit(text: str) -> bool:
    """The line signs the article in the paper's name, naming nobody: ``◎ 本报评论员``."""
    return _INSTITUTIONAL_RE.match(text.strip()) is not None


@lru_cache(maxsize=CACHE_SIZE)
def byline_line_names(text: str) -> tuple[str, ...] | None:
    """Names when the whole line is a byline: ``(赵静 王刚)``, ``记者 张三 通讯员 李四``, ``文/王五``."""
    match = _BYLINE_LINE_RE.match(text.strip())
    if match is None:
        return None
    paren = match.group("paren")
    if paren is not None:
        return names_in(paren)
    bare = match.group("bare") or ""
    if not has_label(bare):
        # an author's name alone: ``赵明远``, ``□李文华``, ``周倩 孙浩``
        # (unmarked, only under a headline: segmentation decides, ``赵明远`` could be a column's name)
        return surnames.bare_names(bare, marked=True) if text.strip()[:1] in _CREDIT_MARKS else None
    return names_in(bare)


def is_parenthesised(text: str) -> bool:
    stripped = text.strip().lstrip("□■◇◆●").strip()
    return bool(stripped) and stripped[0] in _OPEN and stripped[-1] in _CLOSE


@lru_cache(maxsize=CACHE_SIZE)
def trailing_byline(text: str) -> tuple[int, tuple[str, ...]] | None:
    """A byline closing a paragraph, ``…情况。(宋瑜)`` or ``…任务。记者 张三``: its start offset and names."""
    match = _TRAILING_PAREN_RE.search(text)
    if match is None:
        credit = _TRAILING_CREDIT_RE.search(text[-60:])
        if credit is None:
            return None
        names = names_in(credit.group("credit"))
        return (
            (len(text) - 60 + credit.start("credit") if len(text) > 60 else credit.start("credit"), names)
            if names
            else None
        )
    before = text[: match.start()].rstrip()
    if before and before[-1] not in "。！？!?…”’」』":
        return None
    names = names_in(match.group("inner"))
    if names is None:
        return None
    return match.start(), names
