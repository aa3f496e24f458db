"""``duplicate-headline``: the same story headlined twice on a page, or already printed earlier.

Identical after normalising width, spaces and punctuation → error.  Near-identical
→ warning: the same place (down to the town or street) *and* a shared topic word
that is not the theme of the whole page, or an overall similarity of 0.85 and
more.  Two stories that only share a place name are not reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from desktop.proofing import calibration, chrome_page, lexicon
from desktop.proofing.chars import count_cjk
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Block, Role
from desktop.proofing.wording import say

NAME = "duplicate-headline"
NEAR_RATIO = 0.85
CLOSE_RATIO = 0.93  # a near match this close is named apart (its own weight in the fitted confidence)
# (bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_HEADLINE, _CHROME_LINE = Role.HEADLINE, LineKind.CHROME
_ERROR = Severity.ERROR
_SAME_EVIDENCE = say("去掉空格、标点并统一全半角后两个标题完全相同")
_CHROME = Role.CHROME
_NO_TEXT = (Role.HEADLINE, Role.CHROME)
SHORT_HEADLINE = 6  # characters: a column title (图片新闻) rather than a story's headline
MAX_ALL_PAIRS = 400
STORY_PARAGRAPHS = 12  # paragraphs under a headline searched for its words
NEIGHBOURS = 40
SHARED_WORDS = 2  # pairs of characters of a headline that come back in its story
LINK_LINES = 4  # lines read under a headline for running text (a heading group and its first paragraph)
RUNNING_TEXT_CJK = 12
_RUNNING_TEXT_RE = re.compile(r"[，,。；;！？!?]")  # (a pause or a sentence end: a clause)
_TOWN_RE = re.compile(r"(镇|乡|街道|村|社区|办事处|居委会)$")
_COUNTY_RE = re.compile(r"(省|市|县|区|州|旗)$")
_GENERIC = frozenset(
    [
        "积极",
        "开展",
        "积极开展",
        "工作",
        "活动",
        "行动",
        "全面",
        "进一步",
        "推进",
        "推动",
        "做好",
        "强化",
        "扎实",
        "深入",
        "持续",
        "助力",
        "召开",
        "举行",
        "举办",
        "我市",
        "我县",
        "我区",
        "全市",
        "全县",
        "全区",
        "多措并举",
        "不断",
        "加强",
        "提升",
        "实施",
        "扎实推进",
        "办事处",
        "在行动",
        # when, not what: ``今年我市将新建5G基站`` and ``今年我市将办好十件实事`` are two stories
        "今年",
        "去年",
        "明年",
        "近日",
        "日前",
        "目前",
        "今天",
        "昨天",
        "本月",
        "本周",
        "",
    ]
)


@lru_cache(maxsize=CACHE_SIZE)
def normalise(text: str) -> str:
    """Width-folded text without spaces or punctuation: what makes two headlines 'the same'."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and not unicodedata.category(ch).startswith(("P", "S")))


@dataclass(frozen=True, slots=True)
class _Profile:
    key: str
    towns: frozenset[str]
    counties: frozenset[str]
    topics: frozenset[str]


def _profile(key: str, desk: set[str]) -> _Profile:
    towns: set[str] = set()
    counties: set[str] = set()
    topics: set[str] = set()
    for word in lexicon.cached_cut(key):
        if len(word) < 2 or word in _GENERIC:
            continue  # (``我市`` names no place: every story of a city paper is in it)
        if _TOWN_RE.search(word):
            towns.add(word)
        elif _COUNTY_RE.search(word) or word in desk:
            counties.add(word)
        else:
            topics.add(word)
    return _Profile(key, frozenset(towns), frozenset(counties), frozenset(topics))


def _same_place(a: _Profile, b: _Profile) -> str | None:
    if a.towns and b.towns:
        shared = a.towns & b.towns
        return "、".join(sorted(shared)) if shared else None
    if a.towns or b.towns:
        return None
    shared = a.counties & b.counties
    return "、".join(sorted(shared)) if shared else None


def _near(a: _Profile, b: _Profile, themes: set[str]) -> tuple[float, str] | None:
    ratio = fuzz.ratio(a.key, b.key) / 100
    if ratio >= NEAR_RATIO:
        return ratio, say("两个标题相似度 {ratio:.2f}", ratio=ratio)
    topics = (a.topics & b.topics) - themes
    if not topics:
        return None  # (asked first: most pairs of a page's headlines share no topic)
    place = _same_place(a, b)
    if place:
        return ratio, say(
            "同一地点“{place}”、同一主题“{topics}”，标题相似度 {ratio:.2f}",
            place=place,
            topics="、".join(sorted(topics)),
            ratio=ratio,
        )
    return None


def _candidate_pairs(count: int) -> list[tuple[int, int]]:
    if count <= MAX_ALL_PAIRS:
        return list(combinations(range(count), 2))
    return [(i, j) for i in range(count) for j in range(i + 1, min(count, i + 1 + NEIGHBOURS))]


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    # (a page label or a navigation line is never a headline, whatever role an edit left it)
    # (``line_kind`` is memoised: CHROME exactly when ``is_chrome``)
    headlines = [
        i for i, block in enumerate(blocks) if block.role is _HEADLINE and line_kind(block.text) is not _CHROME_LINE
    ]
    groups: dict[str, list[int]] = {}
    for index in headlines:
        key = normalise(blocks[index].text)
        if key:
            groups.setdefault(key, []).append(index)
    findings: list[Finding] = []
    for members in groups.values():
        first_heads = len(members) > 1 and _heads_its_story(blocks, members[0])  # (asked once for every repeat)
        first_linked = len(members) > 1 and _over_no_story(blocks, members[0])
        for later in members[1:]:
            if not (first_heads or _heads_its_story(blocks, later)):
                continue  # (a site's line repeated over each story: page chrome read as headlines)
            if first_linked or _over_no_story(blocks, later):
                continue  # (a list's or a link's copy of a headline of the page: no second printing)
            findings.append(
                _finding(
                    context,
                    members[0],
                    later,
                    Severity.ERROR,
                    0.99,
                    _SAME_EVIDENCE,
                )
            )
    keys = list(groups)
    desk = lexicon.desk_words() if keys else set()
    profiles = [_profile(key, desk) for key in keys]
    topic_counts = Counter(topic for profile in profiles for topic in profile.topics)
    themes = {topic for topic, n in topic_counts.items() if n >= 3 and n >= 0.3 * len(profiles)}
    for i, j in _candidate_pairs(len(keys)):
        near = _near(profiles[i], profiles[j], themes)
        if near is not None:
            ratio, evidence = near
            first, second = groups[keys[i]][0], groups[keys[j]][0]
            if not (_heads_its_story(blocks, first) or _heads_its_story(blocks, second)):
                continue
            if _over_no_story(blocks, first) or _over_no_story(blocks, second):
                continue
            findings.append(
                _finding(context, min(first, second), max(first, second), Severity.WARNING, max(0.6, ratio), evidence)
            )
    return findings


def _finding(
    context: CheckContext, first: int, second: int, severity: Severity, confidence: float, evidence: str
) -> Finding:
    blocks = context.document.blocks
    same = severity is _ERROR
    features = [("same" if same else "near_close" if confidence >= CLOSE_RATIO else "near")]
    if min(len(blocks[first].text), len(blocks[second].text)) <= SHORT_HEADLINE:
        features.append("short_headline")
    if not (_text_under(blocks, first) and _text_under(blocks, second)):
        features.append("headline_without_text")  # a list of headlines (page chrome read as headlines)
    # (positional, as the other checks make theirs: a page that prints its headlines again has one a repeat;
    # Finding's fields are check, severity, blocks, article, message, evidence, confidence, fix, spans, anchors,
    # subject, features)
    return Finding(
        NAME,
        severity,
        (first, second),
        context.owner[second],
        _same_message(blocks[second].text)
        if same
        else say(
            "标题“{headline}”与“{earlier}”很相近，可能是同一篇稿件",
            headline=head(blocks[second].text, 14),
            earlier=head(blocks[first].text, 14),
        ),
        evidence,
        calibration.confidence(NAME, features, round(confidence, 3)),
        None,
        (),
        (),
        "",
        tuple(features),
    )


@lru_cache(maxsize=CACHE_SIZE)
def _same_message(headline: str) -> str:
    """The message of a repeat of ``headline`` (made once a headline: every repeat of it says the same)."""
    return say("标题“{headline}”与前面的标题重复", headline=head(headline, 14))


def _text_under(blocks: tuple[Block, ...], index: int) -> bool:
    """The headline has its story under it (a subtitle, a dateline, text), not another headline or chrome."""
    return index + 1 < len(blocks) and blocks[index + 1].role not in _NO_TEXT


def _heads_its_story(blocks: tuple[Block, ...], index: int) -> bool:
    """Some words of the headline come back in the story under it.

    A story printed twice shares words with both copies of its headline, and a headline
    put over the wrong story still shares them with the right one; a line a site prints
    over or under every story (a feedback line, a teaser list) shares none with either.
    """
    words = chrome_page.pairs(blocks[index].text)
    pairs = chrome_page.pairs
    # (two of its words: a label such as ``新闻推荐`` meets ``新闻`` in any paper's promotion line)
    needed = min(SHARED_WORDS, len(words))
    shared: set[str] = set()
    for block in _lines_under(blocks, index, STORY_PARAGRAPHS):
        shared |= words & pairs(block.text)
        if needed and len(shared) >= needed:
            return True
    return False


def _over_no_story(blocks: tuple[Block, ...], index: int) -> bool:
    """No running text under the headline before the next one: short lines, notices, a footer (a link to the story).

    A story printed twice, or a headline set over the wrong story, has running text under each copy.
    """
    for block in _lines_under(blocks, index, LINK_LINES):
        # (a clause's worth of Chinese at its start: a long paragraph is not counted through)
        opening = block.text[: RUNNING_TEXT_CJK * 4]
        if _RUNNING_TEXT_RE.search(opening) is not None and count_cjk(opening) >= RUNNING_TEXT_CJK:
            return False
    return True


def _lines_under(blocks: tuple[Block, ...], index: int, limit: int) -> Iterator[Block]:
    """Up to ``limit`` lines under the headline at ``index`` that are not page chrome, down to the next headline."""
    read = 0
    # (indices, not ``blocks[index + 1 :]``: a slice copies the rest of the page for every headline)
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.role is _HEADLINE or read == limit:
            return
        if block.role is not _CHROME:
            yield block
            read += 1
