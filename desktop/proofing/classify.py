"""What kind of line is this, judged from the line itself (context is segment.py's job)."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from desktop.proofing import chrome, credits

_CHROME_RE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一版|下一版|返回目录|返回首页|本版目录|版面导航|当前版[:：]?|第\s*\d+\s*版|"
    r"版权所有|copyright|©|\(c\)|All Rights Reserved|技术支持|主办单位|主管单位|"
    r"本版编辑|本版责编|[(（]?责任编辑|责编|编辑[:：]|美编|校对[:：]|组版|制版|图片编辑|版式|"
    # the desk's credits: ``编辑 王刚 校对 李四``, ``版面编辑：刘伟``, ``值班主任：张三``
    r"(?:版面|值班|执行)?编辑\s+[\u4e00-\u9fff]{2,4}(?:\s|$)|(?:版面|值班|执行)编辑[:：]|值班主任|审读[:：]|校对\s|"
    # a page label and its section alone: ``A03 要闻``, ``04 要闻``
    r"(?:[A-F]\d{1,2}|0\d)\s+[\u4e00-\u9fff]{2,4}$|[\u4e00-\u9fff]{2,6}\s+[A-F]\d{1,2}$|"
    # a section and the date (``要闻 2025年3月12日 星期三``)
    r"[\u4e00-\u9fff]{2,6}\s+\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$|"
    r"第?\s*[A-Z]?\d{1,3}\s*版(?:[:：]|\s|$)|版次[:：]|版名[:：]|版面[:：]|"
    r"上一期|下一期|往期回顾|本期目录|PDF|打印本页|关闭窗口|放大\s*缩小|【?字体[:：]|"
    r"(?:新闻|报料|投稿)热线|邮箱[:：]|稿件来源[:：]|来源[:：]|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天])?\s*$|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]|"
    r"[\u4e00-\u9fff]{2,8}报\s*\d{4}年\d{1,2}月\d{1,2}日|"
    # the paper's name alone, or with its page (``滨海日报　第03版：经济``)
    r"[\u4e00-\u9fff]{2,4}(?:日报|晚报|晨报|早报|时报|商报|都市报|快报)$|[\u4e00-\u9fff]{2,4}(?:日|晚|晨|早|时|商|都市|快)报\s*(?:第?\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}(?:\s|$))|"
    # a weekly's or a supplement's name with its page (``法治周刊 第05版``, ``体坛周报 B02 综合体育``)
    r"[\u4e00-\u9fff]{2,4}(?:周报|周刊|专刊|特刊|副刊)\s*(?:第?\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}(?:\s|$))|"
    # a page label, its section and the date (``A05 城事 2024年11月25日``)
    r"[A-Z]\d{1,3}\s*[\u4e00-\u9fff]{0,8}\s*\d{4}年\d{1,2}月\d{1,2}日|"
    r"[(（]?(?:上接|下转|转)第?\s*[\d一二三四五六七八九十]{1,3}\s*版[)）]?$)",
    re.IGNORECASE,
)
_CHROME_ANYWHERE_RE = re.compile(
    r"上一篇.{0,6}下一篇|版权所有|Copyright|©|ICP备|当前版[:：]?\s*\d+\s*版", re.IGNORECASE
)
# The author's note under an opinion piece: ``（作者系省委党校教授）``, ``（作者单位：市委政策研究室）``.
_AUTHOR_NOTE_RE = re.compile(r"^[(（]作者(?:分别|均|为|系|单位|简介|是)[^()（）]{1,80}[)）]$")
_CAPTION_RE = re.compile(
    r"^(?:图为|上图|下图|左图|右图|图\d|图①|图片(?!新闻)|资料图|拼版照片|组图[:：]|□|■|[▲▶◀↑→]|[①-⑳](?=\S)|这是.{2,40}?拍(?:摄|到)的)"
)
_PHOTO_CREDIT_END_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*摄[)）]?$")
# Photo news: sentences of photo text with the photographer run on unbracketed (``……观赏拍照。 鲁山青 摄``)
# is the story's paragraph (a column wrap may cut it), not a caption line.
_SENTENCE_END_RE = re.compile(r"[。！？!?]")


class LineKind(StrEnum):
    CHROME = "chrome"
    CAPTION = "caption"
    BYLINE = "byline"
    DATELINE_ONLY = "dateline_only"
    TEXT = "text"


def is_chrome(text: str) -> bool:
    stripped = text.strip()
    if chrome.is_chrome_line(stripped):
        return True
    if len(stripped) > 80:
        return False
    return _CHROME_RE.match(stripped) is not None or _CHROME_ANYWHERE_RE.search(stripped) is not None


# ``□“柳湾老街”追踪``: a series' kicker behind the square that marks credits, with no credit in it.
_SQUARE_TITLE_RE = re.compile(r"^□\s*[^。，,；;：:]{2,28}$")
_CREDIT_WORD_RE = re.compile(r"记者|通讯员|实习生|评论员|编辑|作者|报道|摄|文|图|据|/|／|(?:日|晚|晨|早|都市|商)报")


def _square_title(text: str) -> bool:
    return (
        _SQUARE_TITLE_RE.match(text) is not None
        and _CREDIT_WORD_RE.search(text) is None
        and credits.line(text) is None
        and not credits.is_group_credit(text)
    )


def is_caption(text: str) -> bool:
    """A photo caption or credit, an author's or source note, a 本报评论员 credit: never body text, never a heading."""
    stripped = text.strip()
    return (
        (_CAPTION_RE.search(stripped) is not None and not _square_title(stripped))
        or _photo_credit_line(stripped)
        or _AUTHOR_NOTE_RE.match(stripped) is not None
        or credits.is_source_note(stripped)
        or credits.is_group_credit(stripped)
    ) and len(text) <= 120


def _photo_credit_line(text: str) -> bool:
    """A line ending with ``X 摄``: a caption or a credit, unless it is photo text that the credit runs on from."""
    match = _PHOTO_CREDIT_END_RE.search(text)
    if match is None:
        return False
    if match.group().endswith((")", "）")):
        return True  # ``……（林可舟 摄）``: a caption's credit in brackets
    before = text[: match.start()]
    return _SENTENCE_END_RE.search(before) is None


def is_dateline_only(text: str) -> bool:
    dateline = credits.dateline(text)
    return dateline is not None and not text[dateline.end :].strip()


@lru_cache(maxsize=credits.CACHE_SIZE)
def line_kind(text: str) -> LineKind:
    if is_chrome(text):
        return LineKind.CHROME
    if is_caption(text):
        return LineKind.CAPTION
    if credits.line(text) is not None:
        return LineKind.BYLINE
    if is_dateline_only(text):
        return LineKind.DATELINE_ONLY
    return LineKind.TEXT
