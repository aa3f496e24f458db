"""Segmentation: give every block its role and mark where articles start.

Runs once when a page is loaded.  First the line breaks that cut a sentence are
found (so a fragment such as ``随着家庭医生签约服务`` is known to be body text),
then runs of short, unfinished, title-like paragraphs that are followed by body
text become heading groups (kicker / headline / deck), and the first block of
each heading group opens an article.

The page's own conventions are evidence too: its indentation (``indentation``),
what stands under its headlines (a credit line makes the next paragraph body
text, a comma line over a sentence tail is no heading — found, the breaks are
assessed again), whether its articles open or close with a credit (a short
uncredited line inside a story that goes on is a sub-heading, ``topic``), and
whether its blank lines stand between articles only (then a heading needs one
before it) or between paragraphs (then a single newline is a column wrap,
``blank_lines``).

Page chrome (page labels, navigation, the desk's credits) belongs to no article
and is read past: a PDF page break can set the page's footer between a headline
and its body, and the headline still opens its article there.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Literal, NamedTuple

from desktop.proofing import chrome, chrome_page, credits, lexicon, start_evidence, start_model
from desktop.proofing.blank_lines import Newline
from desktop.proofing.blocks import RawBlock
from desktop.proofing.chars import OPENING, display_width, has_internal_sentence_end, pause_count
from desktop.proofing.classify import LineKind, is_caption, line_kind
from desktop.proofing.continuation import (
    LEAD_RE,
    NO_JOIN,
    BreakAssessment,
    PageStats,
    assess_break,
    at_wrap_width,
    credit_across,
    ends_article_text,
    introduces_list,
    is_salutation,
    looks_like_title,
    opens_paragraph,
    same_item_marker,
    unclosed_opening,
)
from desktop.proofing.conventions import (
    PageConventions,
    indentation_under,
    layout_part,
    measure_layout,
    newlines_under,
    stats_under,
)
from desktop.proofing.indentation import NO_EVIDENCE, Indentation
from desktop.proofing.model import Block, Role
from desktop.proofing.topic import TopicIndex
from desktop.proofing.wording import say

REPEAT_PREFIX = 4
KICKER_RATIO = 0.6
KICKER_STORY_CHARS = 400  # characters of the headline and story a kicker is compared with
ASKING_TITLE_MAX = 30
MAX_HEADING_PIECES = 2
MAX_PASSES = 3
CREDIT_TAIL_MAX = 16
MIN_COLUMN_CELLS = 24  # a column narrower than 12 characters is no column: pieces of cut lines agreeing by chance
TAIL_MAX = 12  # a "paragraph" this short that ends a sentence is the tail of a broken line
CREDITED_SHARE = 0.3
CLOSED_SHARE = 0.4
CLOSED_ENOUGH = 3
SUBHEAD_MAX_CHARS = 12
FOLLOWING_PARAGRAPHS = 2
SAME_STORY = 0.015  # weighted share of character pairs the text after a sub-heading shares with the story above
SAME_STORY_RATIO = 1.8  # ... and how much more than it shares with the page's other stories
OTHER_STORIES = 4  # stories on either side that make that baseline
BLANK_SEPARATES_ARTICLES = 0.5
BLANK_BEFORE_HEADINGS = 0.8  # share of blank lines (bar the page chrome's) that stand before a heading
_SUBHEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[■◆●▲★☆◇▶])"
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_NUMBERED_SUBHEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])"
)
_BRIEF_BULLETS = "■◆●★"
_PAUSE_ENDS = frozenset("，,、")
_ROLE_ENDS = frozenset("者员")
ROLE_MAX_CHARS = 12  # a credit's role alone is short (``全媒体首席记者``); the pattern is costly on long lines
# A column's title standing as the headline of what is under it: ``图片新闻``, ``图片新闻01``, ``柳湾短波``.
_COLUMN_TITLE_RE = re.compile(
    r"^(?:图片新闻|新闻图片|本地新闻|图片故事|简讯|快讯|短讯|短波|速递|新闻速递|新闻快报|简报|一线传真|[\u4e00-\u9fff]{1,4}"
    r"(?:短波|简讯|快讯|短讯|速递|简报|新闻|传真|动态|视窗|一瞥))\s*\d{0,2}$"
)
PARAGRAPH_MEMORY = 400  # characters of a paragraph kept while following its broken lines
_FOLLOWS_HEADING = (LineKind.TEXT, LineKind.DATELINE_ONLY, LineKind.BYLINE, LineKind.CAPTION)
# (bound once: in Python 3.11 reading ``LineKind.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_CHROME_LINE, _CAPTION_LINE, _DATELINE_LINE = LineKind.CHROME, LineKind.CAPTION, LineKind.DATELINE_ONLY
_TEXT_LINE, _BYLINE_LINE = LineKind.TEXT, LineKind.BYLINE
_TITLE_ROLES = (Role.HEADLINE, Role.SUBTITLE)
_BODY, _BYLINE, _CAPTION, _DATELINE = Role.BODY, Role.BYLINE, Role.CAPTION, Role.DATELINE
_CREDIT_KINDS = (LineKind.BYLINE, LineKind.DATELINE_ONLY, LineKind.CAPTION)


class _Paragraph(NamedTuple):
    """A run of blocks that together make one logical paragraph (broken lines joined virtually)."""

    indices: tuple[int, ...]
    text: str
    kind: LineKind


def line_breaks(
    texts: Sequence[str],
    kinds: Sequence[LineKind],
    stats: PageStats,
    known_body: Collection[int] = (),
    indentation: Indentation = NO_EVIDENCE,
    newlines: Sequence[Newline] | None = None,
    known_broken: bool = False,
    joined: Collection[int] = (),
    indents: Sequence[str] = (),
) -> list[BreakAssessment | None]:
    """For each block, the assessment of the break after it (None when it cannot be a broken break).

    ``known_body`` are blocks known to be body text (indented on a page that indents only body
    text, or placed right under a heading by segmentation); ``indentation`` tells whether an
    indent opens a paragraph on this page; ``newlines`` what its blank lines say (``blank_lines``);
    ``known_broken`` that the page breaks lines (some line is certainly broken, or was when the
    page was loaded); ``joined`` are blocks joined from several lines of the page: like a line that
    continues the one above, they are paragraphs under way, never headings (fixing the breaks one
    at a time must leave the evidence of the next one as it was).  ``indents``: each line's indent,
    which on a hard-wrapped page makes an indented line as much narrower than the column.
    """
    result: list[BreakAssessment | None] = [None] * len(texts)
    page_stats = stats
    marks, indented, flush = indentation.marks_paragraphs, indentation.indented, indentation.flush
    text_kind = LineKind.TEXT
    so_far = ""  # the end of the paragraph that the current block continues, if it continues one
    continued = False
    for index in range(len(texts) - 1):
        so_far = so_far[-PARAGRAPH_MEMORY:] if continued else ""
        if not continued and index in joined:
            continued = True  # (its own text is the paragraph so far)
        newline: Newline = newlines[index] if newlines else ""
        # (where only some lines are indented, the column width was read from the flush ones)
        # (cheap questions asked here first, of every line: whether it is indented, a caption, on column text)
        stats = _line_stats(page_stats, indents[index]) if indents and marks and index in indented else page_stats
        wrapped_credit = _wrapped_caption(texts, kinds, index, stats) if kinds[index] is _CAPTION_LINE else None
        if wrapped_credit is not None:
            result[index] = wrapped_credit
            so_far += texts[index]
            continued = False
            continue
        if _stands_apart(texts[index], texts[index + 1]):
            so_far += texts[index]
            continued = False
            continue
        if (
            kinds[index] is text_kind
            and (stats.wrap_width or 0) >= MIN_COLUMN_CELLS
            and _credit_cut_by_wrap(texts[index], texts[index + 1], stats)
        ):
            # (``……热闹。本报记者李春`` / ``泽摄``: a credit the column cut, though the line above reads as signed)
            result[index] = BreakAssessment(True, 0.9, (_CREDIT_CUT,), strong=True, features=("credit_across",))
            so_far += texts[index]
            continued = True
            continue
        if (
            (not continued or (page_stats.wrap_width is None and not _strong(result[index - 1])))
            and kinds[index] is text_kind
            and _kicker_over(texts, kinds, index, stats)
        ):
            # a kicker (``……走进柳湾——``) over its headline: two heading lines, no broken one (a line joined to
            # it by nothing at the junction may be a story's last line, cut short)
            so_far += texts[index]
            continued = False
            continue
        # (on column text a caption's own wrap is read by ``_wrapped_caption``; its credit ends a photo's story; and
        # a heading-like line over a caption is its headline, whatever word its end and the caption's start make)
        into_caption = (
            kinds[index + 1] is _CAPTION_LINE
            and page_stats.wrap_width is None
            and kinds[index] is text_kind
            and not looks_like_title(texts[index], stats)
        )
        if kinds[index] is text_kind and (
            kinds[index + 1] is text_kind
            # (a photo's text cut by the column: its last piece, signed by the photographer, reads as a caption)
            or into_caption
            or (newline.startswith("wrap") and _wrapped_byline(kinds[index + 1], texts[index + 1]))
            # (the rest of a credit the wrap cut inside a name reads as a credit or a photo credit of its own:
            # ``……融为一体。记者林可舟 实习生苗`` / ``若溪 摄``)
            or (kinds[index + 1] in _CREDIT_KINDS and credit_across(texts[index], texts[index + 1]))
        ):
            paragraph = so_far + texts[index] if continued else None
            indent: Literal["", "opens", "carries"] = ""
            if marks:
                if index + 1 in indented:
                    indent = "opens"
                elif (
                    index + 1 in flush
                    and (index in indented or continued)
                    and not ((under := _next_content(texts, index + 1)) is not None and _credit_text(texts[under]))
                ):
                    indent = "carries"  # (a flush line over a dateline or byline is a headline)
            assessment = assess_break(
                texts[index], texts[index + 1], stats, paragraph, index in known_body, indent, newline
            )
            if into_caption and not _AT_JUNCTION.intersection(assessment.features):
                assessment = NO_JOIN  # (a caption under text joins it only on the junction's own word: ``收`` / ``集``)
            # (a line right under chrome, or at the top, may be a headline as wide as the column)
            under_chrome = index == 0 or kinds[index - 1] is _CHROME_LINE
            if (
                not assessment.joins
                and indent != "opens"
                and newline != "paragraph"  # (a blank line the page sets between paragraphs ends this one)
                and not under_chrome
                and _column_wrap(texts[index], texts[index + 1], stats)
            ):
                assessment = BreakAssessment(True, 0.8, (_COLUMN_WRAP,), strong=True, features=("column_wrap",))
            result[index] = assessment
            continued = assessment.joins
        elif kinds[index] is _DATELINE_LINE and kinds[index + 1] is text_kind and not continued:
            result[index] = _wrapped_dateline(texts[index], texts[index + 1], stats, newline)
            continued = result[index] is not None
        elif (
            kinds[index] in _CREDIT_KINDS
            and kinds[index + 1] in _CAPTION_REST
            and not continued
            and credit_across(texts[index], texts[index + 1])
        ):
            # a credit line the wrap cut inside a name or a job: ``……陆明光 韩松`` / ``岭``, ``……摄`` / ``影 林可舟``
            result[index] = BreakAssessment(True, 0.9, (_CREDIT_CUT,), strong=True, features=("credit_across",))
            continued = True
        else:
            continued = False
        so_far += texts[index]
    stats = page_stats
    if not known_broken and not any(assessment is not None and assessment.strong for assessment in result):
        # Not one line on the page is certainly broken: the page keeps its paragraphs whole,
        # and a short unfinished line is a heading of some kind, not a fragment.  (Once the
        # editor has joined broken lines, the page is known to break lines: fixing the sure
        # breaks one by one must not make the others vanish.)
        # (except a line that stops in the middle of a clause over one that cannot open a paragraph:
        # a column cut on a page that cut no other paragraph)
        return [
            assessment if assessment is None or assessment.strong or _CUT_MID_CLAUSE in assessment.features else None
            for assessment in result
        ]
    for index in range(len(texts) - 2):
        current = result[index]
        if current is None or not current.joins or current.strong or index in known_body:
            continue
        # Weak evidence (a long unfinished line) yields to a title-like next line followed by new body text.
        # (That line's own join to the text below counts only on evidence of its own: one that joins it
        # only because it was taken to go on from this line falls with this one.)
        following = result[index + 1]
        title_next = looks_like_title(texts[index + 1], stats) and not (
            following and following.joins and not (stats.wrap_width is None and _only_derived(following))
        )
        if title_next and (under := _next_content(texts, index + 1)) is not None and kinds[under] in _FOLLOWS_HEADING:
            result[index] = None
            if following is not None and following.joins and stats.wrap_width is None:
                result[index + 1] = None
    for index in range(len(texts) - 2):
        current = result[index]
        if (
            current is not None
            and current.joins
            and kinds[index + 1] is text_kind
            and _headline_over_dateline(texts, result, index + 1, stats)
        ):
            # (``……李镇西，`` over ``两个晚上查获酒驾17起`` over ``本报讯……``: the story above was cut off)
            result[index] = None
    for index in range(1, len(texts) - 1):
        # (cheap looks first: only a line that some break above glues to the text over it is asked about)
        if kinds[index] is not text_kind or (
            (here := result[index]) is not None and here.joins and not _carried_quote(here, texts[index])
        ):
            continue
        glued = (above := result[index - 1]) is not None and above.joins
        if not glued and index >= 2 and ((higher := result[index - 2]) is None or not higher.joins):
            continue
        if _headline_over_dateline(texts, result, index, stats):
            _heading_group_over(texts, kinds, result, index, stats, known_body)
        elif (
            glued
            and index not in known_body
            and above is not None
            and not _column_cut(above)
            and _headline_over_lede(texts, kinds, result, index, stats)
        ):
            # (``……他说：“过去`` over ``青禾县三座便民桥通车`` over ``青禾县三座便民桥日前建成通车……``: the
            # story above was cut off, and the line under it is the next story's headline its lede restates)
            result[index - 1] = None
            if (below := result[index]) is not None and below.joins:
                result[index] = None  # (the quotation that joined it to its lede was the story above's)
    for index in range(1, len(texts) - 1):
        current, before = result[index], result[index - 1]
        if current is None or not current.joins or current.strong or index in known_body:
            continue
        # ... and to a title-like line right after a story that closed with its credit
        # (``……（通讯员 何婷 记者 马骏）``): what follows a closing credit is the next story's heading.
        if (
            not (before and before.joins)
            and kinds[index - 1] is text_kind
            and looks_like_title(texts[index], stats)
            and credits.trailing(_paragraph_end(texts, result, index - 1)) is not None
        ):
            result[index] = None
    return result


def _heading_group_over(
    texts: Sequence[str],
    kinds: Sequence[LineKind],
    breaks: list[BreakAssessment | None],
    headline: int,
    stats: PageStats,
    known_body: Collection[int],
) -> None:
    """Part the heading group over a dateline from the story above when only weak evidence joined them.

    The group is the headline and up to two title-like lines over it, standing apart from
    each other or a kicker over the line below (``……精神——``); the line above the group
    ends the story above unless the junction itself says the sentence goes on.
    """
    top = headline
    while headline - top < chrome.HEADING_LINES - 1 and top - 1 >= 0:
        above = top - 1
        if kinds[above] is not _TEXT_LINE or above in known_body or not looks_like_title(texts[above], stats):
            break
        if (stats.wrap_width or 0) >= MIN_COLUMN_CELLS and at_wrap_width(texts[above], stats):
            break
        joined = breaks[above]
        if joined is not None and joined.joins:
            if not _kicker_over(texts, kinds, above, stats):
                break
            breaks[above] = None  # (``……精神——`` over its headline: a kicker, not a broken line)
        top = above
    if top == headline or top == 0:
        return
    before = breaks[top - 1]
    if before is not None and before.joins and not before.strong and top - 1 not in known_body:
        breaks[top - 1] = None


def _credit_cut_by_wrap(first: str, second: str, stats: PageStats) -> bool:
    """On a hard-wrapped page, a line as wide as the column ending in a credit, and its short rest below.

    The column, not the credit, ended the line above: when the two lines together make
    a longer credit (``……本报记者李春`` / ``泽摄`` is ``李春泽 摄``), the rest belongs to it,
    whatever it looks like alone (a heading, a photo credit).
    """
    if (stats.wrap_width or 0) < MIN_COLUMN_CELLS or not at_wrap_width(first, stats) or at_wrap_width(second, stats):
        return False
    if len(second) > CREDIT_TAIL_MAX or (before := credits.trailing(first)) is None or not before.names:
        return False
    joined = credits.trailing(first + second)
    return (
        joined is not None
        and joined.start < len(first)
        and joined.end == len(first) + len(second)
        and (len(joined.names) > len(before.names) or joined.names[-1] != before.names[-1] or joined.photo)
    )


def _headline_over_dateline(
    texts: Sequence[str], breaks: Sequence[BreakAssessment | None], index: int, stats: PageStats
) -> bool:
    """A title-like line right over a dateline (``本报讯……``): the headline of the story the dateline opens.

    A dateline opens a story, and what stands right over it is that story's heading, however the
    line above the heading ends: nothing runs on from a story's last line into the next one's title.
    """
    following = breaks[index]
    if (following is not None and following.joins) or credits.dateline(texts[index + 1]) is None:
        return False
    text = texts[index]
    if not looks_like_title(text, stats) or _HAN_RE.search(text) is None or _closes_unopened(text):
        return False
    # (a wrap piece as wide as the column is no headline; nor is a line over chrome)
    if (stats.wrap_width or 0) >= MIN_COLUMN_CELLS and at_wrap_width(text, stats):
        return False
    return line_kind(texts[index + 1]) is not _CHROME_LINE


LEDE_CHARS = 80  # characters of a story's first lines read for its headline's words
LEDE_SHARE = 0.5  # share of a headline's character pairs its lede says again
LEDE_MIN_PAIRS = 3  # (fewer pairs say too little to tell a restatement from chance)


def _headline_over_lede(
    texts: Sequence[str],
    kinds: Sequence[LineKind],
    breaks: Sequence[BreakAssessment | None],
    index: int,
    stats: PageStats,
) -> bool:
    """A title-like line whose words the story under it says again: a headline over its lede.

    A news story's first sentences restate its headline (``青禾县三座便民桥通车`` over
    ``青禾县三座便民桥日前建成通车……``), read past the credit lines under it; the rest of a
    paragraph a column cut goes on in other words.  Only on text that keeps a paragraph to a
    line (on column text the next wrap pieces of a paragraph repeat its figures and names).
    """
    if stats.wrap_width is not None or kinds[index] is not _TEXT_LINE:
        return False
    text = texts[index]
    following = breaks[index]
    if following is not None and following.joins and not _carried_quote(following, text):
        return False
    if pause_count(text) > 0 or not _title_like_text(text, stats) or _closes_unopened(text):
        return False  # (a comma in it: as often a clause a column cut, the story's words around it)
    under = index + 1
    while under < len(texts) and under <= index + 2 and kinds[under] in _CREDIT_KINDS:
        under += 1
    if under >= len(texts) or kinds[under] is not _TEXT_LINE:
        return False
    lede = "".join(texts[under : under + 2])[:LEDE_CHARS]
    return restated_by_lede(text, lede, texts[index - 1][-LEDE_CHARS:])


@lru_cache(maxsize=credits.CACHE_SIZE)
def restated_by_lede(heading: str, lede: str, above: str = "") -> bool:
    """Most of the heading's words (character pairs) stand again in the lede, and not in the text ``above`` it
    (a story's own words recur all through it).  Memoised: asked again at each pass over the page.
    """
    own = chrome_page.pairs(heading)
    if len(own) < LEDE_MIN_PAIRS:
        return False
    said_again = own & chrome_page.pairs(lede)
    return len(said_again - chrome_page.pairs(above)) >= LEDE_SHARE * len(own)


# What the junction itself says goes on across it (not what the lines look like).
_AT_JUNCTION = frozenset(
    ("word_spans_break", "next_starts_particle", "next_starts_closing", "ends_continuing_mark", "credit_across")
)

# What joins two lines at their junction (``continuation.assess_break``), bar a quotation left open above: the
# junction's own word, and what the lines' ends, marks and widths say about it.
_JUNCTION_FEATURES = _AT_JUNCTION | frozenset(
    (
        "ends_item_mark",
        "number_split",
        "number_counter_split",
        "ends_function_word",
        "ends_adverb",
        "ends_clause_verb",
        "next_ends_sentence_early",
        "blank_line_wrap",
        "flush_next",
        "column_wrap",
    )
)


def _carried_quote(assessment: BreakAssessment, text: str) -> bool:
    """Joined to the line below only because a quotation opened in the paragraph above is still open.

    (Parted from that paragraph, the line opens nothing itself: the join falls with it.)
    """
    features = assessment.features
    return "unclosed_opening" in features and not unclosed_opening(text) and _JUNCTION_FEATURES.isdisjoint(features)


def _column_cut(assessment: BreakAssessment) -> bool:
    """Joined because a credit or a column cut the line, evidence no headline overrules."""
    return "credit_across" in assessment.features or "column_wrap" in assessment.features


_CUT_MID_CLAUSE = "weak:cut_mid_clause"
# What a line has for evidence only because the line above was taken to go on into it.
_DERIVED = frozenset(("weak:continues_broken_line", "weak:flush_next"))


def _strong(assessment: BreakAssessment | None) -> bool:
    return assessment is not None and assessment.strong


def _only_derived(assessment: BreakAssessment | None) -> bool:
    """A join whose only evidence is that the line above was joined to this one (nothing at its own end)."""
    if assessment is None or not assessment.joins or assessment.strong:
        return False
    return all(feature in _DERIVED for feature in assessment.features if feature.startswith("weak:"))


# A story's trailer: who tipped it off, where to send pictures (``线索提供 林可舟``, ``随手拍专用邮箱：……``).
# And where more of it is printed: ``更多报道见A6版``, ``详见第3版``.
_CREDIT_CUT = say("署名被换行拆开：上一行末尾是署名的前半，下一行是后半")
_TRAILER_RE = re.compile(
    r"^(?:线索提供|报料人|报料|爆料|[\u4e00-\u9fff]{0,8}邮箱\s*[:：]|[\u4e00-\u9fff]{0,8}见\s*第?\s*[A-Z]?\d{1,3}\s*版$)"
)
# ``时间：上午7时30分`` / ``地点：柳湾镇``: the facts of an event, set on lines of their own under the headline.
_FACT_LINE_RE = re.compile(r"^(?:时间|地点|活动时间|活动地点|主办|承办)\s*[:：]")
# The editor's code after a story's last sentence: ``……完工。(B)(12)``, ``……完工。J271``, ``……完工。②9``.
_EDITOR_CODE_END_RE = re.compile(
    r"[。！？!?…”’」』）)]\s*(?:(?:[(（][A-Z\d]{1,3}[)）]){1,3}|[A-Z]\d{2,4}|[①-⑳]\d{0,2})$"
)


def _stands_apart(first: str, second: str) -> bool:
    """No sentence runs from ``first`` into ``second``: a fact line, or a story closed by its editor's code."""
    # (cheap first looks: this is asked of every pair of lines)
    return (
        (first[:1] in _FACT_STARTS and _FACT_LINE_RE.match(first) is not None)
        or (second[:1] in _FACT_STARTS and _FACT_LINE_RE.match(second) is not None)
        or (first[-1:] in _CODE_ENDS and _EDITOR_CODE_END_RE.search(first) is not None)
    )


_FACT_STARTS = frozenset("时地活主承")
_CODE_ENDS = frozenset(")）0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


_COLUMN_WRAP = say("上一行正好排满本版的栏宽、没有句末标点，下一行不是新段落的开头，是排版换行")


def _column_wrap(first: str, second: str, stats: PageStats) -> bool:
    """On a hard-wrapped page, a line exactly as wide as the column, unfinished, over text that opens no paragraph.

    (A headline as wide as the column is a coincidence; every wrapped line is.)
    """
    return (
        (stats.wrap_width or 0) >= MIN_COLUMN_CELLS
        and first != second
        and at_wrap_width(first, stats)
        and not ends_article_text(first)
        and (not looks_like_title(second, stats) or at_wrap_width(second, stats))
        and not opens_paragraph(second)
    )


def _line_stats(stats: PageStats, indent: str) -> PageStats:
    """The page's facts as they hold for a line with ``indent``: on a hard-wrapped page, a narrower column."""
    if not indent or stats.wrap_width is None:
        return stats
    return PageStats(stats.typical_length, stats.wrap_width - display_width(indent))


# Half-width cells a wrapped caption line may fall short of the column (a digit or a mark the wrap did not fit).
CAPTION_WRAP_SLACK = 3
_WRAPPED_CREDIT = say("图片说明排满了栏宽，下一行只是括号里的摄影署名，是排版换行把它挤到了下一行")


def _wrapped_caption(
    texts: Sequence[str], kinds: Sequence[LineKind], index: int, stats: PageStats
) -> BreakAssessment | None:
    """On a hard-wrapped page, the rest of a caption that fills the column (``▶游客在古镇`` / ``赏灯。``).

    Its photo credit too: ``（林可舟 摄）`` or ``可舟 摄）``.  (Under a paragraph,
    ``（记者 宋佳怡）`` alone may be a run-on credit the column wrapped or a byline set
    apart: ``detached-byline`` asks.)
    """
    if kinds[index] is not _CAPTION_LINE or kinds[index + 1] not in _CAPTION_REST:
        return None
    first, second = texts[index], texts[index + 1]
    if first[:1] in "□■" and credit_across(first, second):
        # ``□晚报记者 林可舟/文 苗`` / ``若溪/图``: a marked credit line cut inside a name
        reason = say("署名被换行拆开：上一行末尾是署名的前半，下一行是后半")
        return BreakAssessment(True, 0.9, (reason,), strong=True, features=("credit_across",))
    if stats.wrap_width is None:
        return None
    # (a quotation or bracket the next line closes joins the two whatever their width: a caption
    # set by itself may be wrapped narrower than the page's text)
    if unclosed_opening(first) and not unclosed_opening(first + second) and not ends_article_text(first):
        reason = say("上一行的“{opening}”在下一行才闭合，是同一条图片说明", opening=unclosed_opening(first))
        return BreakAssessment(True, 0.9, (reason,), strong=True, features=("caption_bracket_open",))
    width = display_width(first)
    if width < stats.wrap_width - CAPTION_WRAP_SLACK:
        return None
    if credits.is_parenthesised(second) and len(second) <= CREDIT_TAIL_MAX:
        if width < stats.wrap_width - 1:
            return None  # (a caption that ends short of the column with its own credit line under it)
        return BreakAssessment(True, 0.85, (_WRAPPED_CREDIT,), strong=True, features=("wrapped_caption_credit",))
    if (
        not ends_article_text(first)
        and kinds[index + 1] is not LineKind.BYLINE
        and not _opens_caption(second)
        and _PHOTO_CREDIT_TAIL_RE.search(first) is None
        and (width >= stats.wrap_width - 1 or not opens_paragraph(second))
        # (a whole credit line as wide as the column, ``■文/图 本报记者 林可舟``, is complete: only a piece of
        # the credit, ``/图``, ``摄``, would be its rest)
        and (credits.line(first) is None or _CREDIT_PIECE_RE.match(second.strip()) is not None)
    ):
        return BreakAssessment(True, 0.85, (_WRAPPED_CAPTION,), strong=True, features=("wrapped_caption",))
    return None


_CAPTION_REST = (LineKind.BYLINE, LineKind.CAPTION, LineKind.TEXT)
_CREDIT_KINDS = (LineKind.BYLINE, LineKind.CAPTION)
# ``…赵琴 摄``: a caption closed by its photographer (not ``……在柳湾镇拍摄``)
_PHOTO_CREDIT_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*(?<!拍)摄[)）]?$")
_WRAPPED_CAPTION = say("图片说明排满了栏宽，话没有说完，下一行是它的后半截")


def _opens_caption(text: str) -> bool:
    """The line opens a caption of its own (``▲……``, ``图为……``), not the rest of the one above."""
    return is_caption(text) and not is_caption(text[-8:])


_KICKER_DASHES = ("——", "—", "--", "－－")
_CLAUSE_KICKER_ENDS = ("：", ":")  # (a comma line over a short line is as often a paragraph cut by a column)
_KICKER_ENDS = (*_KICKER_DASHES, *_CLAUSE_KICKER_ENDS)
_KICKER_LAST = frozenset(end[-1] for end in _KICKER_ENDS)  # (a cheap first look: asked of every line)
CLAUSE_KICKER_MAX = 20


def is_column_title(text: str) -> bool:
    """A column's title (``图片新闻``, ``〈地〉短波``): the heading of the items under it, never a sub-heading."""
    return _COLUMN_TITLE_RE.match(text.strip()) is not None


def _kicker_over(texts: Sequence[str], kinds: Sequence[LineKind], index: int, stats: PageStats) -> bool:
    """``“山海同心”采访团走进柳湾——`` or ``聚焦春耕备耕：`` over a headline over article text: a kicker.

    The dash or the colon leaves the kicker's phrase open for the headline, not a
    sentence for the next line.  A line as wide as a hard-wrapped page's column is
    a wrap piece, and a colon line is a kicker only right over a headline that has
    the article's text (or its credit) under it.
    """
    first = texts[index]
    if first[-1:] not in _KICKER_LAST or not first.endswith(_KICKER_ENDS):
        return False
    if index + 1 >= len(texts) or kinds[index + 1] is not LineKind.TEXT or at_wrap_width(first, stats):
        return False
    second = texts[index + 1]
    if not looks_like_title(second, stats) or second.startswith(_KICKER_DASHES):
        return False
    if first.endswith(_KICKER_DASHES):
        return looks_like_title(first.rstrip("—-－"), stats)
    if not first.endswith(_CLAUSE_KICKER_ENDS) or len(first) > CLAUSE_KICKER_MAX or pause_count(first) > 1:
        return False
    if not looks_like_title(first[:-1], stats) or (under := _next_content(texts, index + 1)) is None:
        return False
    return kinds[under] in (LineKind.BYLINE, LineKind.DATELINE_ONLY) or (
        kinds[under] is LineKind.TEXT and not looks_like_title(texts[under], stats) and not _continues(texts[under])
    )


def _continues(text: str) -> bool:
    """The line opens with what cannot open a sentence: the rest of the line above."""
    return text[:1] in "，。、；：！？）》”’,.;:!?)"


def _next_content(texts: Sequence[str], index: int) -> int | None:
    """The first line after ``index`` that is not page chrome (what stands under a heading), if any.

    Judged by the line's own text: callers may pass other lines (headings) as of kind chrome, to
    keep them out of joins, and those are no page chrome to step over.
    """
    for under in range(index + 1, len(texts)):
        if line_kind(texts[under]) is not LineKind.CHROME:
            return under
    return None


def _paragraph_end(texts: Sequence[str], breaks: Sequence[BreakAssessment | None], last: int) -> str:
    """The end of the paragraph whose last line is ``last`` (a closing credit may be wrapped over two lines)."""
    first = last
    while first > 0 and last - first < 2 and (joined := breaks[first - 1]) is not None and joined.joins:
        first -= 1
    return "".join(texts[first : last + 1])


_DATELINE_WRAP = say("电头这一行排满了栏宽，正文接在下一行，是排版换行")


def _wrapped_dateline(first: str, second: str, stats: PageStats, newline: Newline) -> BreakAssessment | None:
    """A dateline that fills the column (``本报阳谷11月25日讯（记者 马洪涛 通讯员 高明）``) goes on with the lead below.

    A dateline set on a line of its own is shorter than the column; one as wide as
    the page's wrapped lines ends there only because the column did.
    """
    if newline == "paragraph" or not at_wrap_width(first, stats) or not _opens_text(second):
        return None
    return BreakAssessment(True, 0.85, (_DATELINE_WRAP,), strong=True, features=("wrapped_dateline",))


def _opens_text(text: str) -> bool:
    """Could go on from a dateline: running text, not a heading, credit or chrome line."""
    return bool(text) and text[0] not in "（(【[" and credits.dateline(text) is None


def _wrapped_byline(kind: LineKind, text: str) -> bool:
    """A closing ``（张三）`` that a column wrap put on a line of its own (no blank line before it)."""
    return kind is LineKind.BYLINE and credits.is_parenthesised(text)


def _credit_line(text: str) -> bool:
    credit = credits.line(text)
    return credit is not None and bool(credit.names)


def _credit_text(text: str) -> bool:
    return credits.dateline(text) is not None or credits.line(text) is not None


def _paragraphs(
    texts: Sequence[str], kinds: Sequence[LineKind], breaks: Sequence[BreakAssessment | None]
) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current: list[int] = []
    for index in range(len(texts)):
        current.append(index)
        assessment = breaks[index]
        if assessment is None or not assessment.joins:
            text = texts[index] if len(current) == 1 else "".join([texts[i] for i in current])
            kind = kinds[current[0]]
            if kind is _DATELINE_LINE and len(current) > 1:
                kind = _TEXT_LINE  # a dateline that the column wrap cut from its lead
            elif kind is _TEXT_LINE and len(current) > 1 and _credit_line(text):
                kind = LineKind.BYLINE  # a credit line the column wrap cut: ``记者 林可舟 苗`` / ``若溪 摄``
            paragraphs.append(_Paragraph(tuple(current), text, kind))
            current = []
    return paragraphs


def _heading_roles(lines: Sequence[str]) -> list[Role]:
    """Kicker / headline / deck.  A deck starts with a dash; a kicker is a short lead-in above a longer headline."""
    if len(lines) > 1 and credits.bare_names(lines[-1], marked=True) is not None:
        return [*_heading_roles(lines[:-1]), Role.BYLINE]  # the author's name alone under the headline
    if len(lines) == 1:
        return [Role.HEADLINE]
    if len(lines) == 2:
        first, second = lines
        deck_below = second.startswith(("—", "－", "-"))
        kicker_above = (
            first.endswith(("：", ":", *_KICKER_DASHES))
            or len(first) <= KICKER_RATIO * len(second)
            or first[:1] in _BRIEF_BULLETS
            or first[:1] == "□"
        )
        if kicker_above and not deck_below:
            return [Role.SUBTITLE, Role.HEADLINE]
        return [Role.HEADLINE, Role.SUBTITLE]
    return [Role.BODY] * (len(lines) - 3) + [Role.SUBTITLE, Role.HEADLINE, Role.SUBTITLE]


@dataclass(frozen=True, slots=True)
class PageLayout:
    """What segmentation concluded about a page's lines, before roles are given out."""

    paragraphs: tuple[_Paragraph, ...]  # the page's paragraphs bar its chrome lines
    runs: tuple[tuple[int, int], ...]  # heading runs: (first, end) positions in ``paragraphs``
    known_body: frozenset[int]  # blocks that are body text whatever they look like
    indentation: Indentation
    newlines: tuple[Newline, ...] | None  # what the blank lines (or their absence) after each line say
    stats: PageStats
    conventions: PageConventions  # what the layout was read with (``breaks_lines`` left out)
    openings: frozenset[str] = frozenset()  # how the page opens its stories (``page_openings``)


def segment(raw_blocks: Sequence[RawBlock]) -> tuple[Block, ...]:
    blank_before = tuple(raw.blank_before for raw in raw_blocks)
    layout = page_layout(tuple(raw.text for raw in raw_blocks), tuple(raw.indent for raw in raw_blocks), blank_before)
    runs = _after_blank_lines(layout.paragraphs, layout.runs, blank_before)
    return _blocks(raw_blocks, layout.paragraphs, runs)


def _run_evidence(
    paragraphs: Sequence[_Paragraph],
    runs: Sequence[tuple[int, int]],
    blank_before: Sequence[bool],
    openings: frozenset[str],
) -> list[tuple[str, ...]]:
    """The named evidence (``start_evidence``) of each heading run."""
    opened, closed = start_evidence.page_runs_evidence(paragraphs, runs, openings)
    index = TopicIndex([p.text for p in paragraphs])
    return [
        start_evidence.run_features(paragraphs, runs, number, blank_before, opened, closed, index)
        for number in range(len(runs))
    ]


def start_candidates(raw_blocks: Sequence[RawBlock]) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    """Each heading run of the page, the raw lines it covers and its evidence (for the fit: with no start
    model in use, ``start_model.use(StartModel())``, the runs the rules found)."""
    blank_before = tuple(raw.blank_before for raw in raw_blocks)
    layout = page_layout(tuple(raw.text for raw in raw_blocks), tuple(raw.indent for raw in raw_blocks), blank_before)
    runs = _after_blank_lines(layout.paragraphs, layout.runs, blank_before)
    lines = [tuple(i for p in layout.paragraphs[first:end] for i in p.indices) for first, end in runs]
    return list(zip(lines, _run_evidence(layout.paragraphs, runs, blank_before, layout.openings), strict=True))


def _after_blank_lines(
    paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]], blank_before: Sequence[bool]
) -> Sequence[tuple[int, int]]:
    """On a page that sets blank lines between articles only, a heading without one opens no article.

    Unless a credit line or a dateline under it says otherwise.  And a run of
    heading-like lines with a blank line inside holds the end of one article and the
    start of the next (so a page written by ``proofsheet fix`` reads back as written).
    """
    content = {i for p in paragraphs for i in p.indices}  # (the page's chrome lines are no paragraphs)
    separated = [i for i, blank in enumerate(blank_before) if blank and i > 0 and i in content]
    if not runs or len(separated) < 2 or len(separated) > BLANK_SEPARATES_ARTICLES * len(blank_before):
        return runs
    run_starts = {paragraphs[first].indices[0] for first, _ in runs}
    if sum(i in run_starts for i in separated) < BLANK_BEFORE_HEADINGS * len(separated):
        return runs  # blank lines stand elsewhere too: they do not mark articles
    split: list[tuple[int, int]] = []
    for first, end in runs:
        starts = [first, *(p for p in range(first + 1, end) if blank_before[paragraphs[p].indices[0]]), end]
        split.extend(pairwise(starts))
    return [
        (first, end)
        for first, end in split
        if blank_before[paragraphs[first].indices[0]]
        or _credit_after(paragraphs, end)
        or _opens_with_dateline(paragraphs[end])
    ]


def page_layout(
    texts: tuple[str, ...],
    indents: tuple[str, ...],
    blank_before: tuple[bool, ...] = (),
    conventions: PageConventions | None = None,
) -> PageLayout:
    """Breaks, paragraphs and heading runs of a page (cached: the checks ask again for an unchanged page).

    Under the page's recorded ``conventions`` (read from the lines as they stand when None).
    """
    layout = measure_layout(texts, indents, blank_before) if conventions is None else layout_part(conventions)
    return _page_layout(texts, indents, blank_before, layout, lexicon.current_key(), start_model.current())


@lru_cache(maxsize=4)
def _page_layout(
    texts: tuple[str, ...],
    indents: tuple[str, ...],
    blank_before: tuple[bool, ...],
    conventions: PageConventions,
    dictionaries: str,
    starts: start_model.StartModel,
) -> PageLayout:
    stats = stats_under(conventions)
    kinds = _page_kinds(texts, stats)
    indentation = indentation_under(conventions, indents, kinds)
    newlines = newlines_under(conventions, texts, blank_before, stats)
    known_body: set[int] = set(indentation.body)
    passes = 0
    heads_judged = False  # (whether the page's heading runs were read against their stories for chrome)
    while passes < MAX_PASSES:
        breaks = line_breaks(texts, kinds, stats, known_body, indentation, newlines, indents=indents)
        # Page chrome is no part of any article: what stands under a heading, or above it, is read
        # past it (a PDF page break can set the page's footer right under a headline).
        paragraphs = [p for p in _paragraphs(texts, kinds, breaks) if p.kind is not _CHROME_LINE]
        # (``——……；`` over ``——……``: an item of a list under another, never a heading)
        titles = [
            _title_like(p, stats)
            and p.indices[0] not in known_body
            and not (k and same_item_marker(paragraphs[k - 1].text, p.text))
            for k, p in enumerate(paragraphs)
        ]
        for position in range(len(paragraphs) - 1):
            previous = paragraphs[position - 1] if position else None
            if not titles[position] and (
                _asking_title(paragraphs[position], paragraphs[position + 1], previous)
                or (_bulleted_brief(paragraphs, position, stats) and paragraphs[position].indices[0] not in known_body)
            ):
                titles[position] = True
            elif titles[position] and introduces_list(paragraphs[position].text, paragraphs[position + 1].text):
                titles[position] = False
        for position in range(len(paragraphs) - 2):
            if not titles[position] and titles[position + 1] and _bulleted_kicker(paragraphs, position, stats):
                titles[position] = True
        for position in range(1, len(paragraphs) - 1):
            if titles[position] and _outlet_over_credit(paragraphs, titles, position):
                titles[position] = False
        heading_runs = _heading_runs(paragraphs, titles)
        openings = page_openings(paragraphs, heading_runs)  # (read once a pass: both judgements below use it)
        runs, subheadings = _without_subheadings(paragraphs, heading_runs, openings)
        if not heads_judged:
            heads_judged = True
            # (a line under chrome over a heading group, sharing no word with the story: the page's, not a kicker)
            paragraph_texts = [p.text for p in paragraphs]
            chrome_above = [
                _chrome_between(paragraphs[k - 1], p) if k else p.indices[0] > 0 for k, p in enumerate(paragraphs)
            ]
            plain = [p.kind is _TEXT_LINE for p in paragraphs]
            unrelated = (
                chrome_page.unrelated_heads(
                    paragraph_texts,
                    [p.kind is _TEXT_LINE and len(p.indices) == 1 for p in paragraphs],
                    chrome_above,
                    runs,
                    [text for text, kind in zip(texts, kinds, strict=True) if kind is _CHROME_LINE],
                )
                | chrome_page.unrelated_tails(paragraph_texts, plain, runs, chrome_above)
                | chrome_page.restated_ledes(paragraph_texts, plain, titles, runs, chrome_above)
            )
            if unrelated:
                for position in unrelated:
                    for index in paragraphs[position].indices:
                        kinds[index] = _CHROME_LINE
                continue
        passes += 1
        not_headings = _body_posing_as_heading(paragraphs, runs, openings)
        # under a sub-heading, a second title-like line is the start of its paragraph
        not_headings.update(paragraphs[p].indices[0] for first, end in subheadings for p in range(first + 1, end))
        not_headings -= known_body
        if not not_headings:
            break
        known_body |= not_headings
    if starts.threshold > 0.0 and runs:
        # (a run the start model finds unlikely, where the rules are unsure, heads no article)
        evidence = _run_evidence(paragraphs, runs, blank_before or (False,) * len(texts), openings)
        runs = [run for run, features in zip(runs, evidence, strict=True) if starts.opens(features)]
    return PageLayout(
        tuple(paragraphs), tuple(runs), frozenset(known_body), indentation, newlines, stats, conventions, openings
    )


def _page_kinds(texts: Sequence[str], stats: PageStats) -> list[LineKind]:
    """Each line's kind, with the lines that this page shows to be chrome (a headline list, a repeated line)."""
    kinds = [line_kind(text) for text in texts]
    text_kind = LineKind.TEXT
    # (on a hard-wrapped page, a line as wide as the column is a wrap piece of running text)
    column = (stats.wrap_width or 0) >= MIN_COLUMN_CELLS
    wraps = [
        column and kind is text_kind and at_wrap_width(text, stats) for kind, text in zip(kinds, texts, strict=True)
    ]
    titles = [kind is text_kind and looks_like_title(text, stats) for kind, text in zip(kinds, texts, strict=True)]
    title_like = [title and not wrap for title, wrap in zip(titles, wraps, strict=True)]
    body_like = [
        kind in _CREDIT_KINDS or (kind is text_kind and not title)
        for kind, title in zip(kinds, title_like, strict=True)
    ]
    # (photo captions, not a □ credit line: a slide show prints the headline again over each caption)
    captions = [kind is _CAPTION_LINE and text[:1] not in "□■" for kind, text in zip(kinds, texts, strict=True)]
    chrome_lines = [kind is _CHROME_LINE for kind in kinds]
    plain = [kind is text_kind for kind in kinds]
    for index in chrome.page_chrome(texts, chrome_lines, title_like, body_like, captions, titles, plain):
        kinds[index] = LineKind.CHROME
    return kinds


def _heading_runs(paragraphs: Sequence[_Paragraph], titles: Sequence[bool]) -> list[tuple[int, int]]:
    """(first, end) positions in ``paragraphs`` of every run of title-like lines followed by body text."""
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(paragraphs):
        if not titles[position]:
            position += 1
            continue
        run_end = position + 1
        while (
            run_end < len(paragraphs)
            and titles[run_end]
            and not _repeats(paragraphs[run_end - 1], paragraphs[run_end])
            and not _chrome_between(paragraphs[run_end - 1], paragraphs[run_end])
        ):
            run_end += 1
        # (a title-like line below chrome: the next article's heading, not this one's text)
        over_chrome = (
            run_end < len(paragraphs)
            and titles[run_end]
            and _chrome_between(paragraphs[run_end - 1], paragraphs[run_end])
        )
        if (
            run_end < len(paragraphs)
            and paragraphs[run_end].kind in _FOLLOWS_HEADING
            and not over_chrome
            and not _credit_over_nothing(paragraphs, titles, position, run_end)
        ):
            above = runs[-1] if runs else (0, 0)
            first = _past_closing_names(paragraphs, titles, position, run_end, above)
            if _foreign_kicker(paragraphs, first, run_end, above[1]):
                first += 1
            runs.append((first, run_end))
        position = run_end  # trailing short lines: body text of the article they are in
    return runs


def _foreign_kicker(paragraphs: Sequence[_Paragraph], first: int, end: int, floor: int = 0) -> bool:
    """The line atop a heading group, where a kicker stands, goes with the story above, not the one below.

    A kicker leads into its story (``天气给力`` over ``晴好天气至周末`` over a story of the weather): on the
    real pages gathered so far 14 in 15 share a pair of characters with the headline or the story's
    first paragraphs.  A line that shares words with the story right above it (no chrome between)
    and none with the heading and story below but those it shares with the story above too
    (``记者``) closes that story (``社区记者 林可舟``): the headline under it opens the next one.
    Without a kicker's own marks (``——``, ``：``, a bullet) only, and right under the story's running text
    (from ``floor`` on: the story above's first paragraph).
    """
    if end - first < 2 or first <= floor or _chrome_between(paragraphs[first - 1], paragraphs[first]):
        return False
    last = paragraphs[first - 1]
    if last.kind is not _TEXT_LINE or not (ends_article_text(last.text) or len(last.text) > SHORT_PARAGRAPH):
        return False
    text = paragraphs[first].text.strip()
    if text.endswith((*_KICKER_DASHES, *_CLAUSE_KICKER_ENDS)) or text[:1] in _BRIEF_BULLETS or text[:1] == "□":
        return False
    if paragraphs[first + 1].text.lstrip().startswith(("—", "－", "-")):
        return False  # (a headline over its deck)
    own = chrome_page.pairs(text)
    if not own:
        return False
    if _signed([p.text for p in paragraphs[floor:first]]):
        return False  # (the story above has its credit: the line cannot be its closing one)
    above = _shared_pairs(own, (paragraphs[p] for p in range(first - 1, floor - 1, -1)), stop=paragraphs[first])
    if not above:
        return False
    below = _shared_pairs(own, paragraphs[first + 1 : end + OPENING_LOOKAHEAD])
    return below <= above


def _shared_pairs(own: frozenset[str], paragraphs: Iterable[_Paragraph], stop: _Paragraph | None = None) -> set[str]:
    """The pairs of ``own`` found in ``paragraphs`` (up to ``KICKER_STORY_CHARS``; walking up, not past chrome)."""
    shared: set[str] = set()
    size = 0
    below = stop
    for paragraph in paragraphs:
        if below is not None and _chrome_between(paragraph, below):
            break
        shared |= own & chrome_page.pairs(paragraph.text)
        size += len(paragraph.text)
        if size >= KICKER_STORY_CHARS:
            break
        below = paragraph if stop is not None else None
    return shared


def _credit_over_nothing(paragraphs: Sequence[_Paragraph], titles: Sequence[bool], first: int, end: int) -> bool:
    """One line and credit lines under it, after running text, with the next story under them: no heading.

    (``青禾都市报青禾新闻`` / ``记者林可舟 通讯员苗若溪 摄影报道`` after a story's last paragraph,
    then the next story's headline over its dateline: the two lines close the story above.)
    """
    if end - first != 1 or first == 0 or paragraphs[end].kind is not LineKind.BYLINE:
        return False
    above = paragraphs[first - 1]
    if above.kind is not LineKind.TEXT or titles[first - 1] or _chrome_between(above, paragraphs[first]):
        return False
    after = end + _credit_after(paragraphs, end)
    under = after
    while under < len(paragraphs) and titles[under] and under - after < chrome.HEADING_LINES:
        under += 1
    return after < under < len(paragraphs) and (
        _credit_after(paragraphs, under) > 0 or _opens_with_dateline(paragraphs[under])
    )


def _past_closing_names(
    paragraphs: Sequence[_Paragraph], titles: Sequence[bool], first: int, end: int, above: tuple[int, int]
) -> int:
    """Where a heading run starts: past a line of bare names that closes the story above (``林可舟``, ``林可舟供图``).

    A name alone right after running text, over more heading lines that are no deck, is the
    end credit of the story above when that story is not signed yet (``above``: its heading
    run); the next story's heading is under it.  (Under a page's signed stories, ``黄河颂``
    over a headline is a column's name.)
    """
    story = [p.text for p in paragraphs[above[0] : first]]
    # (a photographer's credit, ``林可舟供图``, closes a story signed or not)
    signed = (_signed(story) if story else True) and _JOB_SUFFIX_RE.search(paragraphs[first].text) is None
    if not signed and any(credits.bare_names(paragraphs[p].text, marked=True) for p in range(above[0] + 1, above[1])):
        signed = True  # (a name under the headline)
    if (
        not signed
        and end - first >= 2
        and first > 0
        and paragraphs[first - 1].kind is LineKind.TEXT
        and not titles[first - 1]
        and not _chrome_between(paragraphs[first - 1], paragraphs[first])
        and not paragraphs[first + 1].text.startswith(_KICKER_DASHES)
        and credits.bare_names(_JOB_SUFFIX_RE.sub("", paragraphs[first].text)) is not None
    ):
        return first + 1
    return first


# ``林可舟供图``, ``林可舟 摄``: a name and the job done (the name alone is matched without it).
_JOB_SUFFIX_RE = re.compile(r"\s*(?:供图|摄影|摄|整理|制图)$")


def _chrome_between(above: _Paragraph, below: _Paragraph) -> bool:
    """Page chrome stands between the two (an article's heading lines are set together, below the chrome)."""
    return below.indices[0] != above.indices[-1] + 1


def _credit_after(paragraphs: Sequence[_Paragraph], position: int) -> int:
    """How many credit lines (byline, dateline, □ credit) stand at ``position``."""
    count = 0
    while position + count < len(paragraphs) and _is_credit_line(paragraphs[position + count]):
        count += 1
    return count


def _is_credit_line(paragraph: _Paragraph) -> bool:
    if paragraph.kind is _BYLINE_LINE or paragraph.kind is _DATELINE_LINE:
        return True
    return paragraph.kind is _CAPTION_LINE and credits.line(paragraph.text) is not None


def _body_posing_as_heading(
    paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]], openings: Collection[str] = frozenset()
) -> set[int]:
    """First blocks of title-like paragraphs that cannot be headings, whatever they look like.

    An article has body text: the paragraph after a heading and its credit line (or
    after a numbered sub-heading) is body, even when a column wrap left it short and
    unfinished; not after a photo credit alone, which may close a photo story.  A heading is not
    followed by a mere tail of a sentence (a few characters and a full stop after a line
    that already has a comma in it).
    """
    found: set[int] = set()
    heading_ends = {end for _, end in runs}
    # (a comma line under the one paragraph of a story just headed may head the next story)
    in_runs = {position for first, end in runs for position in range(first, end)}
    for number, (first, end) in enumerate(runs):
        next_first = runs[number + 1][0] if number + 1 < len(runs) else len(paragraphs)
        before = first
        while before > 0 and _is_credit_line(paragraphs[before - 1]):
            before -= 1
        # (only a numbered one: a bulleted line, ``■……``, ``▲……``, is as often a caption or a credit
        # closing the story above, or a brief's heading, as a sub-heading)
        after_subheading = (
            first > 0
            and _NUMBERED_SUBHEAD_RE.match(paragraphs[first - 1].text) is not None
            and not _is_credit_line(paragraphs[first - 1])
        )
        # (a photo credit alone under a heading is a whole photo story, its picture not in the text:
        # what comes next may be the next story's headline)
        under_credit = before < first and before in heading_ends and not _photo_only(paragraphs[before:first])
        # a run right after another one was cut off it because it repeats the headline's words: the story's
        # first line, unless a story opens under it (then the line above is a banner or the page's title)
        repeats_headline = first in heading_ends and not story_opens_under(paragraphs, end, next_first, openings)
        if under_credit or after_subheading or repeats_headline:
            found.update(paragraphs[p].indices[0] for p in range(first, end))
            continue
        tail, last = paragraphs[end], paragraphs[end - 1]
        if (
            len(tail.text) <= TAIL_MAX
            and tail.kind is LineKind.TEXT
            and pause_count(last.text) > 0
            and tail.text[0] not in OPENING
            and ends_article_text(tail.text)
            and credits.dateline(tail.text) is None
        ):
            found.add(paragraphs[end - 1].indices[0])
        elif first - 2 not in in_runs and _clause_in_a_story(paragraphs, first, end):
            found.add(paragraphs[first].indices[0])
    return found


def _photo_only(credit_lines: Sequence[_Paragraph]) -> bool:
    """Photo credit lines, nothing else (``林可舟 摄``, ``（新华社记者 苗若溪 摄）``).

    (``□ 记者 林可舟 文/图`` names the writer too: a story's text follows it.)
    """
    return all(
        p.kind is _CAPTION_LINE
        and (credit := credits.line(p.text)) is not None
        and credit.photo
        and not any("文" in person.job for person in credit.people)
        for p in credit_lines
    )


def _clause_in_a_story(paragraphs: Sequence[_Paragraph], first: int, end: int) -> bool:
    """``暖意融融，柳湾镇的一切都在向前奔涌`` between two paragraphs of a story: its text, not a headline.

    A one-line "heading" with a comma in it, right under a paragraph of running text
    that does not close its story (no credit) and is not its first, over a paragraph that opens no news
    story (no dateline, no lead, no credit): a paragraph left without its full stop
    (commentary), or a paragraph's opening that a column cut left short.
    """
    if end - first != 1 or first < 2 or not any(comma in paragraphs[first].text for comma in "，,"):
        return False  # (a colon makes headlines too: ``柳湾镇：梯田里长出新希望``)
    above, under = paragraphs[first - 1], paragraphs[end]
    return (
        above.kind is LineKind.TEXT
        and under.kind is LineKind.TEXT
        and ends_article_text(above.text)
        and not _closes_article(above)
        and not _chrome_between(above, paragraphs[first])
        and not _chrome_between(paragraphs[first], under)
        and not _opens_with_dateline(under)
        and LEAD_RE.match(under.text) is None
        and not is_column_title(paragraphs[first].text)
    )


def _without_subheadings(
    paragraphs: Sequence[_Paragraph], runs: list[tuple[int, int]], openings: Collection[str] = frozenset()
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Tell the runs that are sub-headings (小标题) inside an article from new headlines: (kept, sub-headings).

    On a page whose articles open with a credit (a dateline or a byline line under the
    headline) or close with one (``（张三）``), a short line that is followed by no
    credit, inside an article that is still open (it opened with a credit, or has not
    closed with one yet), and followed by more of the same story (not by the lead of
    a news story) is a sub-heading.  A second title-like line under it is the start of
    the next paragraph, cut short by a column wrap.
    """
    credited = [_credit_after(paragraphs, end) > 0 or _opens_with_dateline(paragraphs[end]) for _, end in runs]
    closing = [first > 0 and _closes_article(paragraphs[first - 1]) for first, _ in runs]
    top_credits = sum(credited) >= 2 and sum(credited) >= CREDITED_SHARE * len(runs)
    # (sub-headings themselves dilute the share: three closing bylines are a convention anyway)
    end_credits = sum(closing) >= CLOSED_ENOUGH or (
        sum(closing) >= 2 and sum(closing) >= CLOSED_SHARE * (len(runs) - 1)
    )
    if not top_credits and not end_credits:
        return runs, []
    index = TopicIndex([p.text for p in paragraphs])
    kept: list[tuple[int, int]] = []
    subheadings: list[tuple[int, int]] = []
    article_credited = False
    for number, (run, is_credited, closes) in enumerate(zip(runs, credited, closing, strict=True)):
        first, end = run
        next_first = runs[number + 1][0] if number + 1 < len(runs) else len(paragraphs)
        second = paragraphs[first + 1].text if end - first == 2 else ""
        still_open = not closes and ((top_credits and article_credited) or end_credits)
        if (
            kept
            and not is_credited
            and not is_column_title(paragraphs[first].text)
            and not _chrome_between(paragraphs[first - 1], paragraphs[first])  # (chrome ends the story above)
            and still_open
            and (end - first == 1 or (end - first == 2 and pause_count(second) > 0))
            and len(paragraphs[first].text) <= SUBHEAD_MAX_CHARS
            and LEAD_RE.match(second or paragraphs[end].text) is None
            and not story_opens_under(paragraphs, end, next_first, openings)
            and _TWO_PART_HEADLINE_RE.search(paragraphs[first].text) is None
        ):
            before = "".join(p.text for p in paragraphs[kept[-1][1] : first])
            after = "".join(p.text for p in paragraphs[first : min(end + FOLLOWING_PARAGRAPHS, next_first)])
            if _same_story(index, before, after, _other_stories(paragraphs, runs, kept[-1], number)):
                subheadings.append(run)
                continue
        kept.append(run)
        article_credited = is_credited
    return kept, subheadings


# ``雪舞冰城 景美情浓``, ``柳湾·春耕``: two phrases set apart by a space or a dot, a headline's form (a
# sub-heading is one phrase).
_TWO_PART_HEADLINE_RE = re.compile(r"[\u4e00-\u9fff”》](?:[ \u3000]+|[·•])[\u4e00-\u9fff“《]")
OPENING_PREFIX = 4  # characters of a story's first paragraph that make the page's way of opening its stories
OPENING_LOOKAHEAD = 3  # paragraphs under a heading read for its story's opening (past a deck and captions)
SHORT_PARAGRAPH = 40  # a paragraph under a heading this short may be a caption or a deck, not yet the story


def page_openings(paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """How this page opens its stories: the first words that two or more of its headings have under them.

    A paper opens its stories its own way (``本报讯``, ``帮办热线96961报道``, ``青禾网讯``): what
    repeats at the head of the paragraphs under the page's headings is its story opening,
    whatever the form.
    """
    counts: dict[str, int] = {}
    for _, end in runs:
        under = end + _credit_after(paragraphs, end)
        if under < len(paragraphs) and paragraphs[under].kind is _TEXT_LINE:
            prefix = _opening_prefix(paragraphs[under].text)
            if prefix:
                counts[prefix] = counts.get(prefix, 0) + 1
    return frozenset(prefix for prefix, count in counts.items() if count >= 2)


def _opening_prefix(text: str) -> str:
    stripped = text.lstrip("□■◆●▲★☆◇▶ \u3000")
    return stripped[:OPENING_PREFIX] if len(stripped) > 2 * OPENING_PREFIX else ""


def story_opens_under(
    paragraphs: Sequence[_Paragraph], end: int, stop: int, openings: Collection[str] = frozenset()
) -> bool:
    """A story opens under the heading that ends at ``end``: a credit line, a dateline or the page's own opening words.

    Read past a deck or captions (short paragraphs) set between the heading and its story, up to
    ``stop`` (the next heading).  A sub-heading inside a story has more of the story under it.
    """
    for position in range(end, min(end + OPENING_LOOKAHEAD, stop, len(paragraphs))):
        paragraph = paragraphs[position]
        if _opens_with_dateline(paragraph) or (openings and _opening_prefix(paragraph.text) in openings):
            return True
        if position == end and _is_credit_line(paragraph):
            return True  # (a credit line right under the heading: its story's top credit)
        if paragraph.kind is _TEXT_LINE and len(paragraph.text) > SHORT_PARAGRAPH:
            return False
    return False


def _same_story(index: TopicIndex, before: str, after: str, others: Sequence[str]) -> bool:
    """``after`` goes on with the story ``before``: it shares more with it than with the page's other stories.

    Stories on one page often share a topic (a page on poverty relief): the share
    with the story above must stand out against the share with other stories of
    the same length.
    """
    shared, *baseline = index.overlaps(after, [before, *(other[: len(before)] for other in others)])
    if shared < SAME_STORY:
        return False
    return not baseline or shared >= SAME_STORY_RATIO * (sum(baseline) / len(baseline))


def _other_stories(
    paragraphs: Sequence[_Paragraph],
    runs: Sequence[tuple[int, int]],
    current: tuple[int, int],
    position: int,
) -> list[str]:
    """Texts of the stories near ``runs[position]`` other than the current one (which runs from ``current``)."""
    candidate = runs[position]
    nearby = range(max(0, position - OTHER_STORIES), min(len(runs), position + OTHER_STORIES + 1))
    texts: list[str] = []
    for number in nearby:
        first, end = runs[number]
        if current[0] <= first <= candidate[1]:
            continue  # the current story and the candidate's own text
        following = runs[number + 1][0] if number + 1 < len(runs) else len(paragraphs)
        texts.append("".join(p.text for p in paragraphs[end:following]))
    return texts


def _closes_article(paragraph: _Paragraph) -> bool:
    if paragraph.kind is LineKind.CAPTION:
        return False  # a photo credit (``（张三 摄）``) closes no article
    return paragraph.kind is LineKind.BYLINE or credits.trailing(paragraph.text) is not None


def _opens_with_dateline(paragraph: _Paragraph) -> bool:
    return credits.dateline(paragraph.text) is not None


def _blocks(
    raw_blocks: Sequence[RawBlock], paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]]
) -> tuple[Block, ...]:
    roles: list[Role] = [Role.CHROME] * len(raw_blocks)  # the blocks of no paragraph: the page's chrome
    starts = [False] * len(raw_blocks)
    run_at = dict(runs)
    heading_end = -1  # index in ``paragraphs`` of the last heading line of the current article
    previous_signed = True  # whether the article before the current one names its author
    article_start = 0
    position = 0
    while position < len(paragraphs):
        if position not in run_at:
            paragraph = paragraphs[position]
            right_after_heading = position == heading_end + 1 and heading_end >= 0
            role = _role_of(paragraph, right_after_heading, previous_signed)
            for index in paragraph.indices:
                roles[index] = role
            position += 1
            continue
        run_end = run_at[position]
        previous_signed = _signed([p.text for p in paragraphs[article_start:position]])
        article_start = position
        heading_roles = _heading_roles([p.text for p in paragraphs[position:run_end]])
        first_heading = next(i for i, role in enumerate(heading_roles) if role is not _BODY)
        for offset, role in enumerate(heading_roles):
            first_index, *rest = paragraphs[position + offset].indices
            roles[first_index] = role
            starts[first_index] = offset == first_heading
            for index in rest:  # a heading broken over lines: the pieces keep its role until joined
                roles[index] = role
        heading_end = run_end - 1
        position = run_end
    for i, raw in enumerate(raw_blocks):
        # (guard: a line that is chrome by its form never heads an article, whatever it was joined to)
        if roles[i] in _TITLE_ROLES and line_kind(raw.text) is _CHROME_LINE:
            roles[i], starts[i] = Role.CHROME, False
    # (positional, in a list: a block a line of the page; Block's fields are uid, text, role, starts_article,
    # indent, origin, blank_before)
    return tuple(
        [
            Block(raw.index, raw.text, roles[i], starts[i], raw.indent, (raw.index,), raw.blank_before)
            for i, raw in enumerate(raw_blocks)
        ]
    )


def _title_like(paragraph: _Paragraph, stats: PageStats) -> bool:
    """Could stand as a heading: one title-like line, or a title-like text broken over short lines."""
    return (
        paragraph.kind is _TEXT_LINE
        and (len(paragraph.indices) == 1 or len(paragraph.indices) <= MAX_HEADING_PIECES)
        and _title_like_text(paragraph.text, stats)
    )


@lru_cache(maxsize=credits.CACHE_SIZE)
def _title_like_text(text: str, stats: PageStats) -> bool:
    """``_title_like`` of a line of text, memoised: what its text says (every analysis asks of every paragraph)."""
    if not looks_like_title(text, stats):
        return False
    if text.rstrip()[-1:] in _PAUSE_ENDS:
        return False  # ``种粮大户林可舟，``: a clause left open (a column cut); no heading or kicker ends on a comma
    if _HAN_RE.search(text) is None:
        return False  # ``J273``, ``(B)``: an editor's code under a story, not a word of a heading
    if len(text) <= ROLE_MAX_CHARS and text.rstrip()[-1:] in _ROLE_ENDS and credits.ROLE_RE.fullmatch(text.strip()):
        return False  # ``全媒体记者`` over ``林可舟 摄``: a credit's role, its name on the next line
    if credits.is_parenthesised(text) or _TRAILER_RE.match(text):
        return False  # ``（报料人韩先生 奖金50元）``, ``线索提供 林可舟``: a note at a story's end, never a heading
    if is_salutation(text):
        return False  # ``青禾日报编辑部：``: the first line of a letter
    if _SUBHEAD_RE.match(text):
        return False  # a numbered or bulleted sub-heading inside an article, not a new story
    if _CREDIT_PIECE_RE.match(text) or _closes_a_quote(text):
        return False  # ``杰 摄``, ``之鱼”泡泡公园``: the rest of a credit or a sentence a column wrapped
    # (not ``林可舟说：“过去到对岸赶集``: a heading opens no quotation it does not close)
    return unclosed_opening(text) not in _QUOTE_OPENINGS


# The end of a photo or editing credit that a column wrapped: ``杰 摄``, ``摄``, ``贇 整理``, ``报道``, ``/文``.
# (``专题报道`` with no space is a column's title.)
_CREDIT_PIECE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,2}\s+)?(?:摄|摄影|整理|供图|制图|报道|摄影报道|[/／]\s*[文图摄])$"
)


def _closes_unopened(text: str) -> bool:
    """The line closes a bracket or quotation it never opened (``菊 摄）``): the rest of a line above."""
    for opening, closing in _PAIRED_MARKS:
        at = text.find(closing)
        if at >= 0 and opening not in text[:at]:
            return True
    return False


_PAIRED_MARKS = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"))
_QUOTE_OPENINGS = frozenset("“‘「『")


def _closes_a_quote(text: str) -> bool:
    """The line closes a quotation it never opened: the rest of a line above, never a heading."""
    closing = text.find("”")
    return closing > 0 and "“" not in text[:closing]


def _asking_title(paragraph: _Paragraph, following: _Paragraph, previous: _Paragraph | None = None) -> bool:
    """A short question or exclamation standing over a dateline or a top byline is a headline too.

    So is one at the top of the page, below page chrome, over a deck or a news lead, or
    right after a story that closed with its byline (``……（张三）``).
    """
    text = paragraph.text.rstrip("”’」』")
    if not (
        paragraph.kind is _TEXT_LINE
        and len(paragraph.indices) == 1
        and len(text) <= ASKING_TITLE_MAX
        and text[-1:] in ("？", "！", "?", "!")
    ):
        return False
    if _is_credit_line(following) or credits.dateline(following.text) is not None:
        # (a byline, a dateline, a □ credit under it: several questions may stand in it, ``谁出钱？怎么装？``)
        return not any(mark in text[:-1] for mark in "。.")
    if has_internal_sentence_end(text) or following.kind not in (LineKind.TEXT, LineKind.CAPTION):
        return False
    # (at the top of the page, below chrome, or over a deck or a news lead, as a headline stands)
    return (
        previous is None
        or _closes_article(previous)
        or _chrome_between(previous, paragraph)
        or following.text.startswith(_KICKER_DASHES)
        or LEAD_RE.match(following.text) is not None
    )


def _bulleted_brief(paragraphs: Sequence[_Paragraph], position: int, stats: PageStats) -> bool:
    """``■城区新增3处停车场`` over one paragraph: the heading of a brief (简讯), not a sub-heading.

    A bulleted title-like line opens a brief when the story above it closed with
    its byline, or when the one paragraph under it closes with its own (``……（陈晨）``)
    and another bulleted line or nothing follows.  A sub-heading inside a story has
    neither: the story goes on around it.
    """
    paragraph = paragraphs[position]
    text = paragraph.text.strip()
    if len(paragraph.indices) != 1 or text[:1] not in _BRIEF_BULLETS or len(text) < 3:
        return False
    if credits.line(text) is not None or not looks_like_title(text[1:], stats):
        return False
    following = paragraphs[position + 1]
    if following.kind is not LineKind.TEXT:
        return False
    if position > 0 and _closes_article(paragraphs[position - 1]):
        return True
    after = paragraphs[position + 2].text.strip() if position + 2 < len(paragraphs) else ""
    return credits.trailing(following.text) is not None and (not after or after[:1] == text[:1])


def _bulleted_kicker(paragraphs: Sequence[_Paragraph], position: int, stats: PageStats) -> bool:
    """``■两会声音`` over ``让农民腰包更鼓`` over body text: a column's kicker above a headline.

    (A bulleted sub-heading inside a story stands over body text directly.)
    """
    paragraph = paragraphs[position]
    text = paragraph.text.strip()
    if len(paragraph.indices) != 1 or text[:1] not in _BRIEF_BULLETS or len(text) < 3:
        return False
    if credits.line(text) is not None or not looks_like_title(text[1:].strip(), stats):
        return False
    headline, following = paragraphs[position + 1], paragraphs[position + 2]
    return headline.kind is LineKind.TEXT and following.kind is LineKind.TEXT and len(following.text) > len(text)


def _outlet_over_credit(paragraphs: Sequence[_Paragraph], titles: Sequence[bool], position: int) -> bool:
    """``青禾都市报青禾新闻`` over ``记者林可舟 通讯员苗若溪 摄影报道`` under a story: the first line of its credit.

    An outlet's name (a paper's among them) is no headline; above the credit line that closes
    a story (nothing but a heading, chrome or the page's end below it) it says whom the
    reporters write for.
    """
    paragraph, below = paragraphs[position], paragraphs[position + 1]
    text = paragraph.text.strip()
    after = position + 2
    closes = after >= len(paragraphs) or titles[after] or _chrome_between(below, paragraphs[after])
    return (
        closes
        and not titles[position - 1]
        and not _chrome_between(paragraphs[position - 1], paragraph)
        and not _chrome_between(paragraph, below)
        and _is_credit_line(below)
        and credits.is_outlet(text)
        and "报" in text
    )


def _repeats(heading: _Paragraph, candidate: _Paragraph) -> bool:
    """A line that starts with the same words as the heading above it is the story's first line, not a deck."""
    return len(heading.text) >= REPEAT_PREFIX and heading.text[:REPEAT_PREFIX] == candidate.text[:REPEAT_PREFIX]


def _signed(texts: Sequence[str]) -> bool:
    """Whether an article (its paragraphs' texts) names its author anywhere."""
    return _signed_story(tuple(texts))


@lru_cache(maxsize=credits.CACHE_SIZE)
def _signed_story(texts: tuple[str, ...]) -> bool:
    """``_signed``, memoised on the texts: asked of every story twice (its heading run, then its roles)."""
    if not texts:
        return True
    if any(map(credits.line, texts)):  # (no generator)
        return True
    if any((d := credits.dateline(text)) is not None and d.names for text in texts[:4]):
        return True
    return credits.trailing(texts[-1]) is not None


def _role_of(paragraph: _Paragraph, right_after_heading: bool, previous_signed: bool) -> Role:
    if paragraph.kind is _CAPTION_LINE:
        return _CAPTION
    if paragraph.kind is _DATELINE_LINE:
        return _DATELINE
    # ``记者 张三`` under the headline is the paper's style; a parenthesised name there while the
    # article above is unsigned is that article's byline gone astray (detached-byline moves it).
    if paragraph.kind is _BYLINE_LINE and right_after_heading:
        stray = credits.is_parenthesised(paragraph.text) and not previous_signed  # (read only where it decides)
        if not stray:
            return _BYLINE
    return _BODY
