"""Does the next line continue the sentence of this one?  The evidence for a broken line break.

Used twice: by segmentation (a fragment that continues on the next line is body
text, not a headline) and by the ``broken-line-break`` check.  Each signal adds
a reason in Chinese; the strongest signal sets the confidence.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from desktop.proofing import credits, lexicon
from desktop.proofing.chars import (
    CANNOT_START,
    CLOSING,
    OPENING,
    PARTICLES,
    count_cjk,
    display_width,
    ends_sentence,
    has_internal_sentence_end,
    is_cjk,
    pause_count,
)
from desktop.proofing.chrome_page import pairs
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.wording import joined, say

HEADLINE_MAX_CHARS = 40
HEADLINE_MAX_PAUSES = 2
SHORT_LINE = 12  # characters: a line this short may be a heading, a label or page chrome
WIDER_THAN_COLUMN = 8  # half-width cells beyond the column width that no wrapped line reaches
_CONTINUING_END = "，、：；,:;" + OPENING + "—-～~·/"
_QUOTE_CLOSERS = "”’」』"
# Function words that cannot end a headline or a sentence: the phrase goes on.
_DANGLING = frozenset("的地得和与及或在对把被将向从为给让使以于而并其且跟同是")
# Adverbs that stand before a verb: a line ending with one has its verb on the next line.
_DANGLING_WORDS = frozenset(["先后", "已经", "正在", "分别", "逐步", "相继", "陆续", "纷纷", "一直", "始终", "进一步"])
# Verbs whose object is a clause: a line ending with one has the clause on the next line (``他也觉得`` / ``自己很冤``).
_CLAUSE_VERBS = frozenset(["觉得", "认为", "感到", "发现", "希望", "知道"])
_BODY_OPENERS = re.compile(
    r"^(?:.{0,6}以来[，,]|下一步|据了解|据悉|据介绍|据统计|近日|日前|目前|今年以来|近年来|近期|随着|为了|截至|记者从|记者了解到|"
    r"与此同时|此外|同时|其中|另外|然而|但是|因此|所以|而且|并且|"
    # a purpose clause, or someone's words, and a comma open a news sentence
    r"为[^，,。：:]{2,12}[，,]|[^，,。：:]{2,16}(?:表示|指出|介绍|认为|强调|透露)[，,]|"
    r"[^，,。：:]{1,10}(?:过程中|期间|之际|以后|之后)[，,]|在[^，,。：:]{1,12}中[，,]|走进[^，,。：:]{1,12}[，,]|"
    # so does a time phrase and a comma
    r"(?:今年|去年|明年|当天|当日|昨天|今天|昨日|今日|眼下|连日来|近年|如今|此前|随后|之后|最近|近来|年前|节前|节后|今晨|昨晚|当晚|"
    r"\d{4}年(?:\d{1,2}月)?|\d{1,2}月(?:\d{1,2}日)?)(?:上午|下午|晚上|晚间|早上|凌晨)?[，,])"
)
# How the first paragraph of a news story opens (so a line above it is a headline, not a sub-heading).
LEAD_RE = re.compile(
    r"^(?:近日|日前|连日来|近期|昨天|昨日|今天|今日|当天|\d{1,2}月\d{1,2}日|\d{1,2}月(?:以来|中旬|上旬|下旬|初|底)|"
    r"记者从|记者近日|记者日前|今年以来|近年来|为(?:切实|进一步|深入|全面|加快|推动))"
)

# A paragraph that opens a list after ``……如下：`` is a paragraph of its own.
_LIST_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]是|首先|其次|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])"
)
# What follows a number: measure words and 余/多 (``8000`` / ``余册``).
_COUNTERS = frozenset("余多万亿千百个位名户人元次家所项件条座台辆亩吨米天年月日倍场批株棵只头张本册篇份处支种类届期")
# A line that ends a sentence within its first few characters (``开放。开放首日……``),
# or a one-character clause (``急，他……``): the tail of the line above.
_SENTENCE_TAIL_RE = re.compile(r"^(?:[^\s“‘（(《【「『，,。！？!?]{1,4}[。！？!?]|[^\s“‘（(《【「『，,。！？!?][，,])")
# Two-character words that open a sentence with a comma after them (``目前，``); any other
# two characters and a comma at the start of a line are the end of a clause from the line above.
_OPENER_WORDS = """
目前 近日 日前 同时 此外 其中 对此 为此 随后 当天 当日 今年 去年 明年 如今 然而 但是 因此 所以 另外 最后
首先 其次 再次 近年 眼下 随即 于是 不过 据悉 此前 之后 后来 当时 那时 起初 原来 其实 总之 可见 比如 例如
特别 尤其 截至 至此 今天 昨天 明天 今日 昨日 现在 未来 过去 接着 然后 而且 并且 同样 相反 因而 从而 否则
虽然 尽管 即使 如果 只要 只有 无论 不管 由于 为了 关于 对于 根据 按照 通过 经过 随着 作为 近期 日后 早前
上午 下午 晚上 凌晨 中午 傍晚 清晨 第一 第二 第三 第四 第五 一是 二是 三是 四是 五是 记者 总体 整体 总的
具体 期间 会上 会后 他说 她说 我说 他们 她们 我们 大家 有人 有的 这些 那些 这里 那里 这时 此时 随之 同期
全年 全市 全县 全区 全省 全国 今后 以后 此次 本次 这次 当前 届时 对比 相比 平时 平日 每年 每天 每月 每周
最近 近来 今晨 昨晚 今晚 前天 前日 次日 翌日 当晚 当夜 早在 年前 节前 节后
"""
_CLAUSE_OPENERS = frozenset(_OPENER_WORDS.split())
# The wire's end mark (``（完）``), set at the end of a story's last paragraph.
END_MARK_RE = re.compile(r"^[（(]\s*完\s*[）)]$")
_TWO_CHAR_CLAUSE_RE = re.compile(r"^([\u4e00-\u9fff]{2})[，,]")


def _tail_clause(second: str) -> bool:
    match = _TWO_CHAR_CLAUSE_RE.match(second)
    return match is not None and match.group(1) not in _CLAUSE_OPENERS


# A reader's letter opens with its salutation on a line of its own: ``青禾日报编辑部：``, ``尊敬的编辑同志：``.
_SALUTATION_RE = re.compile(r"^(?:尊敬的|亲爱的)?[\u4e00-\u9fff]{0,12}(?:编辑部|编辑同志)(?:的同志们?)?[：:]$")
# ``王大爷告诉记者：``: a line that introduces someone's words is body text, never a heading.
_INTRODUCES_QUOTE = re.compile(r"(?:说|说道|表示|介绍|指出|认为|强调|坦言|感慨|告诉记者|回忆)[：:]$")
# ``……”`` then ``村民王大爷说。``: who said the quotation closes the same sentence.
_SPEAKER_RE = re.compile(r"^[^。！？!?，,：:“”‘’]{1,14}?(?:说|表示|介绍|说道|感慨道|告诉记者|笑着说)([。，,])")
# ``林可舟表示，“……。”``: the quotation already has its speaker (so ``苗若溪说，……`` under it is a new paragraph).
_ATTRIBUTED_QUOTE_RE = re.compile(
    r"(?:说|说道|表示|介绍|指出|认为|强调|坦言|感慨|告诉记者|回忆)[：:，,][^“”]*“[^“”]*”$"
)


class PageStats(NamedTuple):
    """Facts about the whole page that make line lengths meaningful.

    (A named tuple: it is part of the key of the line memos, looked up tens of thousands
    of times a page, and a tuple's hash and equality run in C.)
    """

    typical_length: float  # median length of lines that end a sentence
    wrap_width: int | None  # the column width when the page was hard-wrapped at a fixed width

    @classmethod
    def of(cls, texts: Sequence[str], indents: Sequence[str] = ()) -> PageStats:
        """``indents``: each line's indentation (the column width is read from the lines without one)."""
        if len(indents) != len(texts):
            return _page_stats(tuple(texts), ())
        width_of = {indent: display_width(indent) for indent in set(indents)}  # (a page has a few indents)
        indent_widths = tuple(map(width_of.__getitem__, indents))
        return _page_stats(tuple(texts), indent_widths)


@lru_cache(maxsize=4)
def _page_stats(texts: tuple[str, ...], indent_widths: tuple[int, ...] = ()) -> PageStats:
    """``PageStats.of``, cached: segmentation and every later analysis of an unchanged page agree.

    On a page that indents some lines only (a paragraph's first line), an indented
    line is narrower than the column by its indent: the column is read from the
    lines' full widths, indent included, when they show one (segmentation then holds
    an indented line to the column less its indent), else from the flush lines.
    """
    shapes = list(map(_line_shape, texts))
    finished = [-shape for shape in shapes if shape < 0]
    widths = Counter([shape for shape in shapes if shape > 0])
    full_widths: Counter[int] = Counter()
    flush_widths: Counter[int] = Counter()
    if indent_widths:
        measured = [(shape, indent) for shape, indent in zip(shapes, indent_widths, strict=True) if shape > 0]
        full_widths.update([shape + indent for shape, indent in measured])
        flush_widths.update([shape for shape, indent in measured if not indent])
    typical = float(statistics.median(finished)) if finished else 60.0
    wrap_width = None
    if indent_widths and 0 in indent_widths and any(indent_widths):
        wrap_width = _column_width(full_widths) or _column_width(flush_widths)
    if wrap_width is None:
        wrap_width = _column_width(widths)
    return PageStats(typical_length=typical, wrap_width=wrap_width)


@lru_cache(maxsize=CACHE_SIZE)
def _line_shape(text: str) -> int:
    """What a line tells the page's statistics: minus its length when it ends a sentence, else its display width;
    0 for a line too short to tell anything (under 8 characters)."""
    if len(text) < 8:
        return 0
    return -len(text) if ends_sentence(text) else display_width(text)


def _column_width(widths: Counter[int]) -> int | None:
    """The width most unfinished lines have (give or take a character), if most have it."""
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    near = sum(c for w, c in widths.items() if -1 <= w - width <= 2)
    return width if count >= 4 and near >= 0.5 * sum(widths.values()) else None


@dataclass(frozen=True, slots=True)
class BreakAssessment:
    joins: bool
    confidence: float
    reasons: tuple[str, ...]
    strong: bool = False  # decided by the junction itself, not only by what the first line looks like
    # the named evidence (``calibration`` turns it into the finding's confidence): what the reasons say, and
    # what the two lines and the page are like
    features: tuple[str, ...] = ()
    # the two lines read as two units though ``first`` is unfinished body text: kept together by
    # segmentation, never reported as a broken line break
    stands_apart: bool = False

    @property
    def evidence(self) -> str:
        return joined(self.reasons)


NO_JOIN = BreakAssessment(False, 0.0, ())


# What a credit line the column cut may leave alone: its job (``摄影报道`` under ``记者 林可舟``).
_JOB_ONLY_RE = re.compile(r"^(?:摄影报道|摄影|报道|文/图|图/文|文|图|整理)$")
# A notice to scan a code (``扫码欣赏更多视频``, ``?扫描二维码看直播``): a line of its own in the story.
_SCAN_NOTICE_RE = re.compile(r"^[?？\s]*(?:扫码|扫一扫|扫描二维码|扫描下方二维码)")
# Who tipped the story off, run on after its last sentence: ``……展出。线索提供 林可舟``.
_RUN_ON_TRAILER_RE = re.compile(r"[。！？!?…”’]\s*(?:线索提供|报料人|爆料人)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}$")
# A portal's mark after a headline that has pictures (``……年味浓(图)``, ``（组图）``): the headline ends there.
_PICTURE_MARK_RE = re.compile(r"[（(](?:组?图|多图|附图|图文|视频)[）)]$")
# Half-width dots for an ellipsis after Chinese text: the writer's own cut, as ``……`` is.
_OMISSION_END_RE = re.compile(r"[\u4e00-\u9fff]\s*\.{3,}$")
# A bracketed note set after the last sentence (``……游玩。（青禾社发）``, ``……（下转第六版）``): the text ends there.
_CLOSING_NOTE_RE = re.compile(r"(?:[。！？!?…][”’」』]?|……)\s*[（(][^（()）]{1,30}[）)]$")


def is_standalone_line(text: str) -> bool:
    """Lines that never take part in a broken break: bylines standing alone, datelines of their own."""
    return credits.line(text) is not None


def _ends_on_its_own(text: str) -> bool:
    """A line that joins nothing below it: a credit's job left alone by the column's end, a notice to scan a code.

    (A notice may be the end of a sentence cut above it: ``……下载青禾通APP，`` / ``扫描二维码即可预约``.)
    """
    stripped = text.strip()
    return _JOB_ONLY_RE.match(stripped) is not None or _SCAN_NOTICE_RE.match(stripped) is not None


def ends_article_text(text: str) -> bool:
    return (
        ends_sentence(text)
        or _CLOSING_NOTE_RE.search(text.rstrip()) is not None
        or _RUN_ON_TRAILER_RE.search(text.rstrip()) is not None
        or credits.trailing(text) is not None
    )


@lru_cache(maxsize=CACHE_SIZE)
def looks_like_title(text: str, stats: PageStats) -> bool:
    """Short, unpunctuated at the end, no sentence inside: could stand as a headline on its own."""
    return (
        not ends_article_text(text)
        and text.rstrip()[-1:] not in "；;"  # (an item of a list ends so; a headline never does)
        and END_MARK_RE.match(text) is None
        and len(text) <= HEADLINE_MAX_CHARS
        and (len(text) <= max(0.8 * stats.typical_length, 30) or _wider_than_column(text, stats))
        and pause_count(text) <= HEADLINE_MAX_PAUSES
        and not is_running_text(text)
        and _BODY_OPENERS.match(text) is None
        and credits.dateline(text) is None
        and _INTRODUCES_QUOTE.search(text) is None
    )


def _wider_than_column(text: str, stats: PageStats) -> bool:
    """Clearly wider than the column a hard-wrapped page was cut at: set on a line of its own, not a wrap piece.

    (A long headline, ``“孩子没了呼吸……”：公交司机和乘客接力救下3岁男童``, is not held
    to the length of the page's short paragraphs then.)
    """
    return stats.wrap_width is not None and display_width(text) > stats.wrap_width + WIDER_THAN_COLUMN


def is_running_text(text: str) -> bool:
    """A sentence ends inside the line, so it is body text.

    Except a two-part headline around one question or exclamation mark, with no
    comma in it: ``“十一”假期去哪儿？这份出游攻略请收好``.
    """
    if not has_internal_sentence_end(text):
        return False
    marks = [char for char in text.rstrip("。！？!?”’") if char in "。！？!?"]
    return not (len(marks) == 1 and marks[0] in "？！?!" and pause_count(text) == 0 and len(text) <= HEADLINE_MAX_CHARS)


_NUMERALS = "一二三四五六七八九十"
_ITEM_NUMBER_RE = re.compile(
    r"^(?:(?P<arabic>\d{1,2})[.、．](?!\d)|[（(](?P<bracketed>\d{1,2}|[一二三四五六七八九十])[）)]"
    r"|(?P<chinese>[一二三四五六七八九十])、)"
)


def _item_number(text: str) -> tuple[str, int] | None:
    """The kind and number of the list marker opening ``text`` (``2.`` → ("arabic", 2)), or None."""
    match = _ITEM_NUMBER_RE.match(text)
    if match is None:
        return None
    kind = match.lastgroup or ""
    value = match.group(kind)
    return kind, int(value) if value.isdigit() else _NUMERALS.index(value) + 1


def _next_list_item(first: str, second: str) -> bool:
    """``second`` opens the list item after the one ``first`` opens (1. → 2., 一、 → 二、, （一） → （二））.

    (Not ``一是……；二是……``: those run on inside a paragraph as often as not.)
    """
    this, following = _item_number(first), _item_number(second)
    return this is not None and following is not None and following == (this[0], this[1] + 1)


def introduces_list(first: str, second: str) -> bool:
    """``具体措施如下：`` over ``一是……``: a paragraph that announces a list, and the list."""
    return first.rstrip()[-1:] in ("：", ":") and _LIST_ITEM.match(second.lstrip()) is not None


def unclosed_opening(text: str) -> str:
    """An opening quote or bracket in ``text`` that is not closed within it, or ""."""
    stack: list[str] = []
    for char in text:
        if char in OPENING:
            stack.append(char)
        elif char in CLOSING and stack:
            stack.pop()
    return stack[-1] if stack else ""


def closes_earlier(text: str) -> bool:
    """``text`` closes a quote or bracket it did not open (``提升”在行动``): the rest of what a line above opened."""
    depth = 0
    for char in text:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            if not depth:
                return True
            depth -= 1
    return False


_WRAP_REASON = say("两行之间没有空行（本版段落之间都空一行），是排版换行")


def _wrap_after_sentence_end(first: str, second: str, stats: PageStats, no_heading_next: bool) -> bool:
    """A single newline after a full stop on a page that sets blank lines between paragraphs: a column wrap.

    If the line is as wide as the page's wrapped lines, or wider (lines joined
    already): a paragraph's last line seldom is, so a paragraph end the page left
    without its blank line is not joined.  And unless the paragraph closed with its
    byline, or the next line is a credit, a list item, or title-like (unless the
    page's blank lines already rule out a heading there: ``no_heading_next``).
    """
    if not _reaches_wrap_width(first, stats):
        return False
    if credits.trailing(first) is not None or credits.dateline(second) is not None:
        return False
    if is_standalone_line(second):
        return credits.is_parenthesised(second)  # a closing ``（张三）`` the wrap put on its own line
    if _LIST_ITEM.match(second) is not None:
        return False
    return no_heading_next or not looks_like_title(second, stats) or at_wrap_width(second, stats)


def heads_story(line: str, under: str, stats: PageStats) -> bool:
    """``line`` reads as a heading over a story: short, no pause and no end, over a credit, a dateline, a lead's
    opener or another such line (the piece a column cut leaves mid-paragraph has its clauses, and runs into text).
    """
    # (the memoised title test first: it rules out most lines, asked of every broken break found)
    if not looks_like_title(line, stats) or pause_count(line) or ends_article_text(line):
        return False
    return (
        credits.line(under) is not None
        or credits.dateline(under) is not None
        or opens_paragraph(under)
        or (not pause_count(under) and not ends_article_text(under) and looks_like_title(under, stats))
    )


# What the lines and the page are like, not evidence at the junction (tools/fit_confidence.py lets these lower
# a break's confidence).
# Evidence in the second line's own start that it goes on from the first: a heading never opens so.
_INTO_LINE = frozenset(
    (
        "next_starts_closing",
        "next_starts_particle",
        "credit_across",
        "decimal_split",
        "number_split",
        "number_counter_split",
    )
)
CONTEXT_FEATURES = frozenset(
    (
        "page_wrapped",
        "indent_opens",
        "indent_carries",
        "newline_wrap",
        "newline_wrap_body",
        "newline_paragraph",
        "title_like_first",
        "title_like_second",
        "short_first",
        "short_second",
        "little_chinese",
        "first_has_pause",
        "second_can_open",
        "second_unfinished",
        "first_ends_item_or_closed",
        "after_sentence_end",
        "weak_only",
    )
)


def crosses_into(assessment: BreakAssessment, second: str) -> bool:
    """The join rests on how ``second`` itself opens: a closing mark or a particle, the rest of a credit or of a
    number, or it closes a quotation or bracket the line above opened (``……“脱贫攻坚规范`` / ``提升”在行动``).

    Anything else (a word read across the junction, a comma or an open quotation above) a story cut short
    shares with a cut: its unfinished line may end anywhere, and the next story's heading open with anything.
    """
    return not _INTO_LINE.isdisjoint(assessment.features) or closes_earlier(second)


RESTATED_RUN = 12  # characters of a heading that a lede restating it repeats word for word


@lru_cache(maxsize=CACHE_SIZE)
def restated_below(first: str, second: str) -> bool:
    """``second`` repeats a run of ``RESTATED_RUN`` characters or more that is half of ``first`` or more: ``first`` is
    a heading its story's lede restates (``青禾县举行柳湾书屋开放仪式`` / ``近日，青禾县举行柳湾书屋开放仪式……``).

    One sentence cut in two never says a dozen characters of its first piece again right after the cut.
    """
    first, second = first.strip(), second.strip()
    if len(first) < RESTATED_RUN or len(first) > 2 * HEADLINE_MAX_CHARS:
        return False
    run = max(RESTATED_RUN, (len(first) + 1) // 2)
    return any(first[start : start + run] in second for start in range(len(first) - run + 1))


def shares_words(text: str, other: str) -> bool:
    """The two texts have a pair of adjacent Chinese characters in common (a word, roughly, in any paper)."""
    return not pairs(text).isdisjoint(pairs(other))


def opens_paragraph(text: str) -> bool:
    """The line reads like the start of a news paragraph (a lead, a dateline, a time phrase and a comma)."""
    return _BODY_OPENERS.match(text) is not None or LEAD_RE.match(text) is not None or bool(credits.dateline(text))


def _reaches_wrap_width(text: str, stats: PageStats) -> bool:
    return stats.wrap_width is not None and display_width(text) >= stats.wrap_width - 1


def at_wrap_width(text: str, stats: PageStats) -> bool:
    """The line is as wide as the page's hard-wrapped lines (a column wrap rather than a heading)."""
    return stats.wrap_width is not None and -1 <= display_width(text) - stats.wrap_width <= 2


def assess_break(
    first: str,
    second: str,
    stats: PageStats,
    paragraph: str | None = None,
    known_body: bool = False,
    indent: Literal["", "opens", "carries"] = "",
    newline: Literal["", "wrap", "wrap-body", "paragraph"] = "",
) -> BreakAssessment:
    """Whether ``second`` continues the sentence that ``first`` leaves unfinished (see ``_assess_break``)."""
    return _assess_break(first, second, stats, paragraph, known_body, indent, newline, lexicon.current_key())


_CREDIT_PIECE = 16  # at most this much of a credit on either side of the cut


@lru_cache(maxsize=CACHE_SIZE)  # (segmentation's passes and the checks ask again about the same two lines)
def credit_across(first: str, second: str) -> bool:
    """A credit cut by the line end: run on after the last sentence (``…被刷新。记者任`` / ``勇 摄``),
    a credit line of its own wrapped (``本报记者 林可舟/摄 实习`` / ``生 苗若溪/文``), or a
    dateline (``青禾网`` / ``讯（记者林可舟）昨天……``)."""
    if _credit_line_across(first, second) or _dateline_across(first, second) or _role_left_alone(first, second):
        return True
    tail = len(first) - max(first.rfind(char) for char in "。！？!?”")
    if not 1 < tail <= _CREDIT_PIECE or len(second) > 2 * _CREDIT_PIECE or ends_sentence(second):
        return False
    if credits.line(second) is not None:
        return False
    # (``……记者 林可`` / ``舟``: a line of one character after a credit can be nothing but its name's end)
    one_char = len(second.strip()) == 1 and is_cjk(second.strip())
    if credits.trailing(first) is not None and not (_name_cut(first, second) or one_char):
        return False
    joined = credits.trailing(first + second)
    return joined is not None and bool(joined.names) and joined.start < len(first) < joined.end


def _role_left_alone(first: str, second: str) -> bool:
    """``……融为一体。记者`` / ``林可舟 实习生苗若溪 摄``: a credit's role alone after the last sentence, its names
    opening the next line (a role never ends a credit)."""
    end = max(first.rfind(char) for char in "。！？!?”")
    tail = first[end + 1 :].strip()
    if end < 0 or not tail or len(tail) > _CREDIT_PIECE or credits.ROLE_RE.fullmatch(tail) is None:
        return False
    credit = credits.line(second)
    return credit is not None and bool(credit.people) and not credit.people[0].role


def _credit_line_across(first: str, second: str) -> bool:
    if len(first) > 2 * _CREDIT_PIECE + 8 or len(second) > 2 * _CREDIT_PIECE or ends_sentence(first):
        return False
    if credits.line(first) is not None and not (_name_cut(first, second) or _job_cut(first, second)):
        return False  # (two credit lines: ``本报记者 林可舟`` / ``通讯员 苗若溪 摄``)
    if credits.line(second) is not None and not _name_cut(first, second):
        return False
    joined = credits.line(first.rstrip() + second.lstrip())
    return joined is not None and bool(joined.names)


_NAME_PIECE = 2  # characters of a name left on either side of the cut
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def _name_cut(first: str, second: str) -> bool:
    """The line end cuts a name of a credit in two: ``…记者 林可舟 苗`` / ``若溪 摄``.

    Each side may read as a credit on its own (``苗`` dropped, ``若溪 摄`` a name and a
    job); what shows the cut is a piece of one or two characters on each side of it, the
    one before standing after a credit that reads without it.
    """
    first = first.rstrip()
    token = first.rpartition(" ")[2]
    role = credits.ROLE_RE.match(token)
    piece = token[role.end() :] if role is not None else token  # (``通讯员苗`` / ``若溪``)
    head = first[: len(first) - len(piece)].rstrip()
    rest = _HAN_RUN_RE.match(second.lstrip())
    if not head or not 0 < len(piece) <= _NAME_PIECE or rest is None or len(rest.group()) > _NAME_PIECE:
        return False
    if not is_cjk(piece[-1]):
        return False
    before = credits.line(head) or credits.trailing(head)
    return before is not None and bool(before.names)


def _job_cut(first: str, second: str) -> bool:
    """The line end cuts a credit's job word: ``……罗若溪 摄`` / ``影 韩松岭``."""
    return first.rstrip().endswith("摄") and second.lstrip().startswith("影")


def _dateline_across(first: str, second: str) -> bool:
    """A dateline the line end cut: neither piece opens with one that the two together make."""
    if len(first) > _CREDIT_PIECE or ends_sentence(first) or not credits.starts_like_dateline(first.lstrip()):
        return False
    if credits.dateline(first) is not None or credits.dateline(second) is not None:
        return False
    joined = credits.dateline(first.rstrip() + second.lstrip())
    return joined is not None and joined.end > len(first.rstrip()) and (bool(joined.names) or joined.signed)


@lru_cache(maxsize=CACHE_SIZE)
def _assess_break(
    first: str,
    second: str,
    stats: PageStats,
    paragraph: str | None,
    known_body: bool,
    indent: str,
    newline: str,
    dictionaries: str,
) -> BreakAssessment:
    """Whether ``second`` continues the sentence that ``first`` leaves unfinished.

    ``paragraph`` is the text of the paragraph so far when ``first`` itself continues
    the line before it; ``known_body`` tells that segmentation placed ``first`` as body
    text under a headline.  Either way ``first`` cannot be a headline, so an
    unfinished end means a broken line.  ``indent`` is what the page's indentation
    says when it marks paragraph starts: ``second`` is indented (``"opens"`` a
    paragraph) or stands flush after body text (``"carries"`` on the paragraph).
    ``newline`` is what the page's blank lines say (``blank_lines``): the single
    newline is a column wrap (``"wrap"``; ``"wrap-body"`` when ``first`` is body
    text), or the blank line ends a paragraph (``"paragraph"``: weak evidence yields).
    """
    first, second = first.rstrip(), second.lstrip()
    continued = paragraph is not None
    if not first or not second:
        return NO_JOIN
    # (a closing quote that closes nothing above is no closing quote: ``’99`` for 1999 opens a line as any word)
    cannot_start = second[0] in CANNOT_START and not (
        second[0] in _QUOTE_CLOSERS and not unclosed_opening(paragraph or first)
    )
    if indent == "opens":
        return NO_JOIN  # the indent opens a new paragraph
    if END_MARK_RE.match(second) and newline != "paragraph":
        reason = say("下一行只有“（完）”，是稿件的结束标记，属于上一段的末尾")
        return _joined(0.9, (reason,), ("end_mark_next",), first, second, stats, indent, newline)
    if credit_across(first, second):
        reason = say("署名被换行拆开：上一行末尾是署名的前半，下一行是后半")
        return _joined(0.9, (reason,), ("credit_across",), first, second, stats, indent, newline)
    # (a title-like line as wide as the column is a wrap piece, unless it has no pause mark at all: a
    # headline can be that wide too)
    title_first = not continued and not known_body and looks_like_title(first, stats)
    wrapped = newline == "wrap" or (
        newline == "wrap-body" and (not title_first or (at_wrap_width(first, stats) and pause_count(first) > 0))
    )
    if (
        wrapped
        and ends_article_text(first)
        and _wrap_after_sentence_end(first, second, stats, no_heading_next=newline == "wrap")
    ):
        return _joined(0.85, (_WRAP_REASON,), ("wrap_after_sentence_end",), first, second, stats, indent, newline)
    if (
        indent == "carries"
        and ends_sentence(first)
        and credits.trailing(first) is None
        # (two lines as wide as the column: a wrap that fell after a full stop, not a heading below)
        and (
            not looks_like_title(second, stats) or (_reaches_wrap_width(first, stats) and at_wrap_width(second, stats))
        )
        and not is_standalone_line(second)
        and credits.dateline(second) is None
        and _LIST_ITEM.match(second) is None
        # (two sentences of one paragraph share its words; a flush line that shares none, under a paragraph
        # set on one line, is something else the page prints flush: a notice, a link, a headline)
        and (stats.wrap_width is not None or shares_words(paragraph or first, second))
    ):
        reason = say("下一行没有段首缩进（本版段首都缩进），是上一段的接续")
        return _joined(0.8, (reason,), ("flush_after_sentence_end",), first, second, stats, indent, newline)
    speaker = _SPEAKER_RE.match(second) if first[-1] in "”’」』" and ends_sentence(first) else None
    if speaker is not None and (speaker.group(1) in "。" or not _ATTRIBUTED_QUOTE_RE.search(paragraph or first)):
        reason = say("上一行以引语结束，下一行只交代说话人，是同一句话")
        return _joined(0.85, (reason,), ("closing_quote_speaker",), first, second, stats, indent, newline)
    if (
        _next_list_item(first, second)
        or same_item_marker(paragraph or first, second)
        or same_bullet(paragraph or first, second)
    ):
        return NO_JOIN  # ``1.……；`` over ``2.……``: the items of a list stand on lines of their own
    if len(first) > 1 and first[-1] in ".．" and first[-2].isdigit() and second[0].isdigit():
        reason = say("小数被断在两行（小数点在上一行末尾）")
        return _joined(0.9, (reason,), ("decimal_split",), first, second, stats, indent, newline)
    if not continued and not cannot_start and ends_sentence(first):
        return NO_JOIN  # the common case, decided without looking further
    if not cannot_start and _OMISSION_END_RE.search(first):
        return NO_JOIN  # ``……青禾镇消...``: text cut short on purpose (a teaser, an excerpt), nothing runs on
    if is_standalone_line(first) or is_standalone_line(second) or credits.dateline(second):
        return NO_JOIN
    if (not continued and _ends_on_its_own(first)) or _PICTURE_MARK_RE.search(first):
        return NO_JOIN
    if (
        first[-1] not in _CONTINUING_END
        and not cannot_start
        and not _reaches_wrap_width(first, stats)  # (on column text the wrap cuts anywhere: ``……市民`` / ``李女士：``)
    ) and (
        _WHOLE_QUOTE_RE.match((paragraph or first).strip()) is not None
        or _OPENS_OWN_UNIT_RE.match(second) is not None
        or (not continued and _paired_labels(first, second))
        or (not continued and fields_of_a_set(first, second))
    ):
        # ``“感觉和家里差不多”`` over ``林先生：……``; ``……`` over ``【办好了】……``; ``更换前`` over ``更换后``
        return NO_JOIN
    starts_closed = cannot_start
    if ends_article_text(paragraph.rstrip() if paragraph else first):
        if starts_closed and second[0] not in "（(":
            reason = say("下一行以“{head}”开头，不能独立成句", head=second[0])
            features = ("next_starts_closing", "after_sentence_end")
            return _joined(0.9, (reason,), features, first, second, stats, indent, newline)
        return NO_JOIN
    strong: list[tuple[float, str, str]] = []
    weak: list[tuple[float, str, str]] = []
    last, head = first[-1], second[0]
    if introduces_list(first, second):
        return NO_JOIN  # ``……如下：`` then the list's first item
    if newline == "paragraph" and last in "：:" and not starts_closed:
        return NO_JOIN  # ``……他说：`` and a blank line: the quotation is a paragraph of its own
    if not continued and is_salutation(first) and not starts_closed:
        return NO_JOIN  # ``青禾日报编辑部：``: a letter's salutation stands on a line of its own
    if last in _CONTINUING_END:
        # (a colon or a semicolon ends a paragraph or an item as often: its own name, weighed apart)
        mark = "ends_item_mark" if last in _ITEM_END else "ends_continuing_mark"
        strong.append((0.97, say("上一行以“{last}”结尾，句子没有结束", last=last), mark))
    if starts_closed:
        strong.append((0.95, say("下一行以“{head}”开头，不能独立成句", head=head), "next_starts_closing"))
    # (a digit ending a line that is not prose, over another digit, is no number cut in two: two lines of figures
    # are two entries, a date over a telephone, a list's rows)
    digits_both = last.isdigit() and head.isdigit()
    figures = digits_both and (_little_chinese(first) or _little_chinese(second))
    if digits_both and not figures:
        strong.append((0.9, say("数字被断在两行"), "number_split"))
    elif last.isdigit() and head in _COUNTERS:
        strong.append((0.9, say("数字和后面的“{head}”被断在两行", head=head), "number_counter_split"))
    elif last.isascii() and last.isalpha() and head.isascii() and head.isalpha():
        weak.append((0.75, say("英文单词被断在两行"), "latin_word_split"))
    opening = unclosed_opening(paragraph or first)
    if opening and last not in _CONTINUING_END:
        strong.append((0.9, say("上一行的“{opening}”没有闭合，句子还在继续", opening=opening), "unclosed_opening"))
    if not strong and not figures and (is_cjk(last) or last.isalnum()) and (is_cjk(head) or head.isalnum()):
        junction = lexicon.junction(first, second)
        if junction.spanning_word:
            strong.append((0.9, say("“{word}”是一个词，被断在两行", word=junction.spanning_word), "word_spans_break"))
        elif head in PARTICLES and len(junction.first_word) == 1:
            strong.append((0.9, say("下一行以助词“{head}”开头，不能独立成句", head=head), "next_starts_particle"))
        elif last in _DANGLING and len(junction.last_word) == 1:
            strong.append((0.85, say("上一行以虚词“{last}”结尾，话没有说完", last=last), "ends_function_word"))
        elif junction.last_word in _DANGLING_WORDS:
            strong.append((0.85, say("上一行以副词“{word}”结尾，动词在下一行", word=junction.last_word), "ends_adverb"))
        elif junction.last_word in _CLAUSE_VERBS and len(first) > len(junction.last_word) + 2:
            reason = say("上一行以“{word}”结尾，后面的话在下一行", word=junction.last_word)
            strong.append((0.85, reason, "ends_clause_verb"))
    if _SENTENCE_TAIL_RE.match(second):
        strong.append(
            (0.9, say("下一行开头几个字就结束了一句话（或一个分句），是上一行的句尾"), "next_ends_sentence_early")
        )
    elif _tail_clause(second):
        weak.append((0.8, say("下一行以“{start}”开头，像是上一行句子的后半截", start=second[:3]), "next_clause_tail"))
    if not strong and last in _DANGLING and head in OPENING and len(lexicon.junction(first, "").last_word) == 1:
        strong.append((0.85, say("上一行以虚词“{last}”结尾，话没有说完", last=last), "ends_function_word"))
    if continued and not looks_like_title(paragraph or first, stats):
        weak.append((0.8, say("上一行本身是被断开的续行，句子仍未结束"), "continues_broken_line"))
    if indent == "carries":
        flush = (0.9, say("下一行没有段首缩进（本版段首都缩进），是上一行的续行"), "flush_next")
        (weak if looks_like_title(second, stats) else strong).append(flush)
    if known_body:
        weak.append((0.75, say("上一行是标题下的正文，结尾却没有句末标点"), "first_body_under_headline"))
    if credits.dateline(first):
        weak.append((0.8, say("上一行以电头开始，是正文，结尾却没有句末标点"), "first_opens_dateline"))
    if is_running_text(first):
        weak.append((0.8, say("上一行是正文（行内已有句号），但结尾没有句末标点"), "first_running_text"))
    if pause_count(first) > HEADLINE_MAX_PAUSES:
        weak.append((0.75, say("上一行有多处逗号顿号，是正文而不是标题，结尾却没有句末标点"), "first_many_pauses"))
    if len(first) > HEADLINE_MAX_CHARS:
        weak.append((0.75, say("上一行有 {count} 字，是正文长度，结尾却没有句末标点", count=len(first)), "first_long"))
    # Headlines are seldom exactly the column width; a full-width line without any pause mark may be one.
    unpunctuated_title = not continued and not known_body and pause_count(first) == 0 and looks_like_title(first, stats)
    if at_wrap_width(first, stats) and not unpunctuated_title:
        weak.append(
            (
                0.8,
                say("上一行正好是本版的行宽（{width} 字左右），像是排版换行", width=stats.wrap_width // 2),
                "wrap_width_line",
            )
        )
    if _BODY_OPENERS.match(first):
        weak.append((0.7, say("上一行以正文常用的开头语开始，不像标题"), "first_body_opener"))
    if (
        cut_mid_clause(first, second)
        and not looks_like_title(second, stats)
        and (continued or known_body or not looks_like_title(first, stats))
    ):
        weak.append((0.75, say("上一行在逗号后的分句中间断开，下一行不能作段首"), "cut_mid_clause"))
    if wrapped:
        strong.append((0.9, _WRAP_REASON, "blank_line_wrap"))
    elif newline == "paragraph" and not strong:
        return NO_JOIN  # the blank line ends the paragraph: what the first line looks like is not enough
    # Nothing at the junction says the sentence goes on, and the lines read as two units: segmentation
    # still keeps them together as text (the evidence that ``first`` is body text stands), the check is silent.
    at_junction = [feature for _, _, feature in strong if feature != "ends_item_mark"]
    # (where the page indents its paragraphs, a flush line below carries on the one above whatever it reads like)
    apart = not at_junction and bool(strong or weak) and indent != "carries" and not _reaches_wrap_width(first, stats)
    apart = apart and stands_apart_below(first, second, continued)
    signals = strong or weak
    if not signals:
        return NO_JOIN
    if not strong and _ends_with_names(first):
        return NO_JOIN  # ``……发生。”林可舟 苗若溪``: the story closed with its credit, however the line looks
    confidence = max(score for score, _, _ in signals)
    if len(strong) + len(weak) > 1:
        confidence = min(0.99, confidence + 0.03 * (len(strong) + len(weak) - 1))
    reasons = tuple(reason for _, reason, _ in strong + weak)
    named = tuple(feature for _, _, feature in strong) + tuple(f"weak:{feature}" for _, _, feature in weak)
    features = named + _context_features(first, second, stats, indent, newline) + (() if strong else ("weak_only",))
    return BreakAssessment(
        True, round(confidence, 3), reasons, strong=bool(strong), features=features, stands_apart=apart
    )


_ITEM_MARKERS = ("——", "●", "◆", "■", "★", "▲", "◎", "·")
_ITEM_FIRST = frozenset(mark[0] for mark in _ITEM_MARKERS)


def same_item_marker(paragraph: str, second: str) -> bool:
    """``——……；`` over ``——……``: items of a list opened by the same mark, each a paragraph."""
    if paragraph[:1] not in _ITEM_FIRST:
        return False  # (a cheap first look: asked of every paragraph of the page)
    return any(paragraph.startswith(mark) and second.startswith(mark) for mark in _ITEM_MARKERS) and (
        paragraph.rstrip()[-1:] in "；;。！？!?…”"
    )


_BULLETS = ("●", "◆", "■", "★", "▲", "◎")


def same_bullet(paragraph: str, second: str) -> bool:
    """``●时间：……`` over ``●地点：……``: a bullet only ever opens a paragraph, so the line below opens the next item.

    (Unlike a dash, which may stand inside a sentence a column cut.)
    """
    return second.startswith(_BULLETS) and paragraph.startswith(second[0])


# A paragraph that is a whole quotation (a reader's words set as a heading of a hotline column).
_WHOLE_QUOTE_RE = re.compile(r"^“[^“”]+”$")
# A line that opens a unit of its own: a caller's words (``林先生：``, ``苗女士:``), a bracketed tag (``【办好了】``).
_OPENS_OWN_UNIT_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}(?:先生|女士|师傅|大爷|大妈|阿姨|老师)[:：]|【[^】]{1,8}】)")
PAIRED_LABEL_MAX = 6


def _paired_labels(first: str, second: str) -> bool:
    """Two short labels that differ in one character (``更换前`` / ``更换后``): a pair of photos' labels."""
    if len(first) != len(second) or len(first) > PAIRED_LABEL_MAX or len(first) < 2:
        return False
    return sum(a != b for a, b in zip(first, second, strict=True)) == 1


# A field's label and its colon: ``投诉人：``, ``办理时限：`` (what a form, a notice or an interview prints per line).
_FIELD_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}\s*[:：]")


def fields_of_a_set(first: str, second: str) -> bool:
    """``投诉人：林可舟`` over ``投诉内容：……``: two lines that each open with a label and its colon are two fields
    (or two speakers' turns), each a line of its own; a column cut does not land before a label the line above
    repeats the form of."""
    return (
        _FIELD_LABEL_RE.match(first) is not None
        and _FIELD_LABEL_RE.match(second) is not None
        and not unclosed_opening(first)  # (``林可舟说：“我提两`` / ``点建议：……``: a quotation cut, no field)
    )


def is_salutation(text: str) -> bool:
    """``青禾日报编辑部：``: the salutation a reader's letter opens with."""
    return _SALUTATION_RE.match(text.strip()) is not None


def _ends_with_names(text: str) -> bool:
    """The line ends with a list of names run on after its last sentence (a story's credit with no role word).

    Two names or more, set apart by a space: one name after a full stop is as often the
    subject of the next sentence that a column cut (``……年轻人。林可舟`` / ``手把手地……``).
    """
    if text[-1:] in _CONTINUING_END or not is_cjk(text[-1:] or " "):
        return False
    credit = credits.trailing(text, bare=True)
    if credit is None or credit.end != len(text) or len(credit.names) < 2:
        return False
    return any(char.isspace() for char in text[credit.start : credit.end])


def _joined(
    confidence: float,
    reasons: tuple[str, ...],
    features: tuple[str, ...],
    first: str,
    second: str,
    stats: PageStats,
    indent: str,
    newline: str,
) -> BreakAssessment:
    """A join decided by the junction alone (strong), with the context's features after the deciding ones."""
    context = _context_features(first, second, stats, indent, newline)
    return BreakAssessment(True, confidence, reasons, strong=True, features=features + context)


# A column cut lands anywhere in a paragraph, seldom right after a colon, a semicolon or a closing mark; a
# paragraph, a list item, a label or a kicker often ends there.  Such an end joins only on evidence at the junction.
_ITEM_END = "：:；;"
_CLOSED_END = "”’）)》】」』"
_NOTE_END = "）)】"  # (a quoted term or a title may close a clause the column cut: ``……与“青禾精神”`` / ``有机结合``)
# A speaker opening a paragraph: ``林可舟说，``, ``苗若溪表示：``.
_SPEAKER_OPENS_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:说|表示|介绍|指出|认为|告诉记者|坦言)[，,：:]")


def can_open_paragraph(text: str) -> bool:
    """The line reads as a paragraph's first line: a quotation or a tag, a lead's opener, a list item, a speaker."""
    text = text.lstrip()
    return (
        text[:1] in "“「『【《"
        or opens_paragraph(text)
        or _LIST_ITEM.match(text) is not None
        or _item_number(text) is not None
        or text.startswith(_ITEM_MARKERS)
        or _OPENS_OWN_UNIT_RE.match(text) is not None
        or _SPEAKER_OPENS_RE.match(text) is not None
    )


def cut_mid_clause(first: str, second: str) -> bool:
    """A line with a pause inside that stops in the middle of its last clause, over one that cannot open a paragraph."""
    last, head = first.rstrip()[-1:], second.lstrip()[:1]
    return pause_count(first) > 0 and is_cjk(last) and is_cjk(head) and not can_open_paragraph(second)


def stands_apart_below(first: str, second: str, continued: bool) -> bool:
    """Two lines that read as two units when nothing at the junction joins them.

    ``first`` ends where a paragraph, an item or a label ends (a colon, a semicolon, a
    closing quote or bracket), or it is a line without a pause or a sentence end inside
    (a heading, a label) over a line that opens a paragraph of its own.
    """
    last = first.rstrip()[-1:]
    if last in _ITEM_END or last in _NOTE_END:
        return True
    return not continued and pause_count(first) == 0 and not is_running_text(first) and can_open_paragraph(second)


def _little_chinese(text: str) -> bool:
    """Less than half of ``text`` is Chinese: figures, codes, addresses rather than prose."""
    return count_cjk(text) * 2 < len(text)


def _context_features(first: str, second: str, stats: PageStats, indent: str, newline: str) -> tuple[str, ...]:
    """What the two lines and the page are like, beside the evidence that decided the join.

    These never decide anything; they let the fitted confidence tell a join between
    two lines of prose from one next to a line that could be a headline or chrome.
    """
    features: list[str] = []
    if stats.wrap_width is not None:
        features.append("page_wrapped")
    if indent:
        features.append(f"indent_{indent}")
    if newline:
        features.append(f"newline_{newline.replace('-', '_')}")
    if looks_like_title(first, stats):
        features.append("title_like_first")
    if looks_like_title(second, stats):
        features.append("title_like_second")
    if len(first) <= SHORT_LINE:
        features.append("short_first")
    if len(second) <= SHORT_LINE:
        features.append("short_second")
    if _little_chinese(first) or _little_chinese(second):
        features.append("little_chinese")
    if pause_count(first) > 0:
        features.append("first_has_pause")
    if can_open_paragraph(second):
        features.append("second_can_open")
    if not ends_article_text(second):
        features.append("second_unfinished")  # (the piece a cut leaves below ends its paragraph, or is cut again)
    last = first.rstrip()[-1:]
    if last in _ITEM_END or last in _CLOSED_END:
        features.append("first_ends_item_or_closed")
    return tuple(features)
