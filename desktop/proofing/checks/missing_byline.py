"""``missing-byline``: an article that names no reporter anywhere."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from operator import add
from typing import NamedTuple

from desktop.proofing import calibration, credits
from desktop.proofing.article_memo import ArticleMemo, article_key
from desktop.proofing.chars import ends_sentence, han_only, is_cjk
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.detached_byline import stray_bylines
from desktop.proofing.chrome_page import pairs, union
from desktop.proofing.continuation import PageStats, at_wrap_width
from desktop.proofing.credits.names import is_surname_name
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Article, Block, Role
from desktop.proofing.wording import say

NAME = "missing-byline"
_EVIDENCE = say("电头、文末括号、单独的署名行和“记者/通讯员/文/”字样中都找不到作者姓名")
# ``（上接第1版）``: the rest of a story whose byline stands where it began, on another page.
_CONTINUED_FROM_RE = re.compile(r"^[（(]?上接第?\s*[\d一二三四五六七八九十]{1,3}\s*版")

# (roles bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_TEXT_ROLES = (Role.BODY, Role.DATELINE)
_HEADING = (Role.HEADLINE, Role.SUBTITLE)
_CHROME, _CAPTION, _DATELINE, _SUBTITLE = Role.CHROME, Role.CAPTION, Role.DATELINE, Role.SUBTITLE


def _continued_from_another_page(article: Article) -> bool:
    for block in article.blocks:
        if block.role in _TEXT_ROLES:
            return _CONTINUED_FROM_RE.match(block.text.lstrip()) is not None
    return False


_CREDIT_LINES = 3


def _source_noted(article: Article) -> bool:
    """A story taken from elsewhere says so at its end, run on or alone: ``（据新华社）``, ``（来源：人民网）``."""
    last = article.blocks[-2:]
    return any(credits.is_source_note(block.text) for block in last) or credits.ends_with_source_note(last[-1].text)


def _credit_only(article: Article) -> bool:
    """Titles and a credit and no text: a credit (and the outlet line above it) cut off the story before.

    The credit may be a credit line the column wrapped and segmentation took for a two-line
    headline: ``晚报记者 林可舟 实习生 苗若溪/文 晚报记`` / ``者 韩松岭/图``.
    """
    for block in article.blocks:  # (a loop, not ``any`` over a generator: asked twice of every article)
        if block.role in _TEXT_ROLES:
            return False
    if credits.signing_credits(article):
        return True
    lines = [block.text.strip() for block in article.blocks if block.role is not _CHROME]
    if len(lines) == 1:
        # a name alone on the last line of a letter or a story, taken for a heading: ``林可舟``
        return credits.bare_names(lines[0]) is not None
    joined = credits.line("".join(lines)) if 1 < len(lines) <= _CREDIT_LINES else None
    return joined is not None and joined.signed


def _opens_with_a_name_line(article: Article) -> bool:
    """A name alone above the headline (``林可舟``): the end credit of the letter or story above, taken for a kicker."""
    if len(article.blocks) < 2 or article.blocks[1].role not in _HEADING:
        return False
    first = article.blocks[0]
    return first.role in _HEADING and credits.bare_names(first.text) is not None


# Measured on laid-out real and generated pages (tools/engine_accuracy.py --real / --gen): most flags on
# signed articles come from a story split in two, so a flag is right about a third of the time, more
# often when the lead is a dateline of the paper's own that names nobody (``本报讯 近日，……``).
# (The hand-set numbers; the fitted weights of ``calibration`` refine them by the features below.)
_NAMELESS_DATELINE, _HEADED, _HEADLESS = 0.6, 0.45, 0.3
# A "headline" that holds a clause break (``昨日上午10时许，柳湾镇的游客``) is most often a line of text or an
# intertitle taken for one: the story it opens is a piece of another, whose credit stands in the other piece.
_CLAUSE_HEADLINE = 0.25
_CLAUSE_BREAK_RE = re.compile(r"[，,；;]")
_QUOTED_RE = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》")


def _headline_clause(article: Article) -> bool:
    headline = article.headline or ""
    return _CLAUSE_BREAK_RE.search(_QUOTED_RE.sub("", headline)) is not None


def wrapped_text_as_headline(article: Article, stats: PageStats) -> bool:
    """The "headline" is a line of the story above: it holds a clause break and is exactly as wide as the lines
    the page (as loaded) hard-wraps at its column width.  A headline is set apart, not wrapped with the text,
    and says its thing without a clause break; the piece under it is the rest of a story whose credit is above.
    """
    return article.headline_index is not None and _headline_clause(article) and at_wrap_width(article.headline, stats)


# The check says no credit is there; it can only know that none of the forms it reads is.  On held-out
# generated pages its fitted ≥ 0.7 findings were right 0.83 of the time, but generated chrome is always read
# as chrome: on the real dev pages laid out with a third of their chrome lines left unread (papers never seen
# have a sixth to a fifth of theirs unread) the flags the fit put at 0.7–0.9 were right 0.59–0.68 of the
# time.  So it claims less than 0.7: an editor reads a missing byline as "look", never as "sure".
CEILING = 0.69


def _confidence(article: Article) -> float:
    if article.headline_index is None:
        return _HEADLESS
    if _headline_clause(article):
        return _CLAUSE_HEADLINE
    lead = next((block.text for block in article.blocks if block.role in _TEXT_ROLES), "")
    dateline = credits.dateline(lead) if lead else None
    return _NAMELESS_DATELINE if dateline is not None and dateline.dateline else _HEADED


# Words of a credit at an article's edges that no credit form read: the article may be signed after all.
_CREDIT_WORDS = re.compile(r"记者|通讯员|摄影|摄|文/|图/|文／|图／|作者|来源|编辑|供稿|报道组|特约|评论员")
_SENTENCE_ENDS = "。！？!?…”」』）)"
SHORT_ARTICLE = 150  # characters of text: a brief, a photo story
NAME_TAIL_MAX = 20  # characters after an article's last full stop that may be a run-on list of names


def _features(article: Article, confidence: float) -> tuple[str, ...]:
    """The evidence about an unsigned-looking article: its shape, and traces of a credit no form matched."""
    blocks = article.blocks
    text_blocks = [block for block in blocks if block.role in _TEXT_ROLES]
    features = ["headline" if article.headline_index is not None else "no_headline"]
    if article.headline_index is not None and _headline_clause(article):
        features.append("headline_clause")
    if len(text_blocks) <= 1:
        features.append("one_text_line")
    if sum(len(block.text) for block in text_blocks) < SHORT_ARTICLE:
        features.append("short_article")
    if any(block.role is _CAPTION for block in blocks):
        features.append("has_caption")
    if any(block.role is _DATELINE for block in blocks):
        features.append("has_dateline")
    if confidence == _NAMELESS_DATELINE:
        features.append("nameless_own_dateline")
    edges = blocks[1:4] + blocks[-2:]
    if any(_CREDIT_WORDS.search(block.text) for block in edges):
        features.append("credit_word_at_edges")
    last = blocks[-1].text.rstrip()
    if last and last[-1] not in _SENTENCE_ENDS:
        features.append("last_line_unfinished")
        cut = max(last.rfind(mark) for mark in "。！？!?")
        if cut >= 0 and 0 < len(last) - cut - 1 <= NAME_TAIL_MAX:
            features.append("short_tail_after_last_sentence")
            if _has_name(last[cut + 1 :]):
                features.append("name_in_tail")  # (a credit no form read: a sign the article is signed)
    return tuple(features)


_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _has_name(tail: str) -> bool:
    """A surname-led name stands in the text after the last sentence (``记者林可舟 摄 信息来源：苗若溪``)."""
    return any(is_surname_name(run[:3]) or is_surname_name(run[:2]) for run in _HAN_RUN_RE.findall(tail))


_STORY_ROLES = (Role.BODY, Role.DATELINE, Role.CAPTION)
_MID_SENTENCE_MARKS = frozenset("，、；：,;:")


def end_unseen(article: Article, chrome_below: bool = False) -> bool:
    """The article's last line of text stops inside a sentence (on a Han character or a clause mark; an editor's
    code and a note naming a tip-off or the desk aside): where the story ends is not on the page as read.

    A credit stands where the story ends, so a check that cannot see the end cannot say the credit is
    missing.  The end goes out of sight where a column or a page cut the story, where a line of the page's
    furniture was read as its last line of text, or where a false start split the story and this is its
    first piece.  On the real dev pages (tools/engine_accuracy.py --real) such flags were right 9 of 44.
    With ``chrome_below`` (the page's chrome stands right under the article) the end is seen after all when
    the lines stopping short are a ``foreign_tail`` under a finished sentence.
    """
    blocks = article.blocks
    for position in range(len(blocks) - 1, -1, -1):
        if blocks[position].role not in _TEXT_ROLES:
            continue
        text = credits.without_code(blocks[position].text).rstrip()
        if not text or credits.is_look_alike(text):
            continue
        cut = max(text.rfind(mark) for mark in "。！？!?")
        if cut >= 0 and credits.is_look_alike(text[cut + 1 :].strip()):
            text = text[: cut + 1]  # ``……增加。线索提供 林可舟``: a tip-off run on after the last sentence
        unseen = is_cjk(text[-1]) or text[-1] in _MID_SENTENCE_MARKS
        return unseen and not (chrome_below and foreign_tail(article, position))
    return False


FOREIGN_TAIL_LINES = 2  # lines the site prints between a story's end and its chrome: a pointer and its link


def foreign_tail(article: Article, last: int) -> bool:
    """The article's last lines of text (at most two, down to its block ``last``) stand under a finished sentence and
    the first of them shares no word with the story above (no pair of Han characters with its titles and text):
    lines of the page's own between the story's end and its chrome (a promotion, ``相关报道：`` and another
    story's title), not the story cut short.  (A paragraph of the story shares its words; the story's end is the
    sentence above.)
    """
    blocks = article.blocks
    text_positions = [position for position in range(last + 1) if blocks[position].role in _TEXT_ROLES]
    for depth in range(1, min(FOREIGN_TAIL_LINES, len(text_positions) - 1) + 1):
        first = text_positions[-depth]
        if not ends_sentence(blocks[text_positions[-depth - 1]].text):
            continue
        story = union([block.text for block in blocks[:first] if block.role is not _CHROME])
        return not (pairs(blocks[first].text) & story)
    return False


def tells_a_story(article: Article) -> bool:
    """The article's text holds a sentence (8 Han characters or more to a full stop): it is a story, not page
    chrome that segmentation took for one.

    Every article papers print, a one-line brief or a photo's caption too, says something in a
    sentence; a run of navigation, a headline list, a date line or a site's footer (``网站首页`` /
    ``首版`` / ``发布日期:``) does not.  (The text blocks are joined: PDF text wraps sentences over lines.)
    """
    return credits.holds_sentence("".join(block.text.strip() for block in article.blocks if block.role in _STORY_ROLES))


_CLAUSE_PAUSE_RE = re.compile(r"[，,、；;]")


def pauses(article: Article) -> bool:
    """The article's text pauses inside a sentence somewhere (a comma, an enumeration comma, a semicolon).

    Running text does, a brief's one sentence most often too; a list of titles, a site's notices and slogans,
    their words set apart by spaces (``回乡过年见闻 柳湾镇新修了路？``), do not.  Taken for an article where
    the page's chrome was not read, such a run is no unsigned story.  (On the generated pages of made-up
    articles, tools/engine_accuracy.py --gen, and on the real dev pages it silenced no right flag.)
    """
    for block in article.blocks:
        if block.role in _STORY_ROLES and _CLAUSE_PAUSE_RE.search(block.text) is not None:
            return True
    return False


_TEASER_TEXT_MAX = 240  # characters of text a teaser or summary printed above a story holds
_TEASER_OPENING = 400  # characters of the next story's opening it is compared with
_TEASER_SHARE = 0.6  # share of its character pairs found in that opening
_TEASER_MEMO = 4096  # (texts of up to 240 + 400 characters: a few MB at most)


def _pairs(text: str) -> set[str]:
    han = han_only(text)
    return set(map(add, han, han[1:]))


def repeats_next_opening(article: Article, following: Article | None) -> bool:
    """The article's text is the opening of the story below it told again: a site's teaser or summary (``提要``)
    printed over the story, which segmentation took for a story of its own.

    A story of its own says something the next one does not; a teaser says what the next one's
    first sentences say (most of its pairs of Han characters stand in the next story's opening).
    """
    if following is None:
        return False
    text = "".join(block.text for block in article.blocks if block.role in _STORY_ROLES)
    if not text or len(text) > _TEASER_TEXT_MAX:
        return False
    opening = "".join(block.text for block in following.blocks if block.role in _STORY_ROLES)[:_TEASER_OPENING]
    return _tells_again(text, opening)


@lru_cache(maxsize=_TEASER_MEMO)
def _tells_again(text: str, opening: str) -> bool:
    """Most of the pairs of Han characters of ``text`` stand in ``opening``.

    (Cached, keyed by the two texts themselves, so an edit to either asks afresh: every re-check of a page asks
    it of every short unsigned story again.)
    """
    own = _pairs(text)
    if not own:
        return False
    # How many of the pairs stand in the opening's Han characters (a pair is one of the opening's pairs exactly
    # when it stands there), given up as soon as too many are missing for the share to be reached: asked of
    # every unsigned story, most of which share little with the next.
    opening_han = han_only(opening)
    allowed = len(own) - _TEASER_SHARE * len(own) + 1  # (one more than the pairs that may be missing)
    missing = 0
    for pair in own:
        if pair not in opening_han:
            missing += 1
            if missing > allowed:
                return False
    return len(own) - missing >= _TEASER_SHARE * len(own)


def _chrome_below(article: Article, blocks: Sequence[Block]) -> bool:
    """The line right under the article is page chrome (as the page's chrome reading found it)."""
    below = article.last_index + 1
    return below < len(blocks) and blocks[below].role is _CHROME


class _Reading(NamedTuple):
    """What the check reads in one article by itself (its roles and texts, and the page's line statistics)."""

    adopts_above: bool  # a credit cut off the story above (or a name over its headline): the story above is signed
    # (title, hand-set confidence, features, position of the heading in the article's blocks) if no credit signs it
    unsigned: tuple[str, float, tuple[str, ...], int] | None


def _reading(article: Article, stats: PageStats, chrome_below: bool) -> _Reading:
    """``_Reading`` of the article, memoised on its roles and texts, ``stats`` and ``chrome_below``: every analysis
    of a page (a re-analysis after an edit too) asks about each article, and the answer depends on nothing else."""
    return _READINGS.get((article_key(article), stats, chrome_below), lambda: _read(article, stats, chrome_below))


_READINGS: ArticleMemo[_Reading] = ArticleMemo()


def forget_articles() -> None:
    """Drop the memoised readings (with the line memos, when another page is opened)."""
    _READINGS.clear()


def _read(article: Article, stats: PageStats, chrome_below: bool) -> _Reading:
    credit_only = _credit_only(article)
    adopts_above = credit_only or _opens_with_a_name_line(article)
    # signed: names, an office or a wire agency anywhere in the forms papers print (credits.article_credits)
    if (
        credit_only
        or credits.is_signed(article)
        or _continued_from_another_page(article)
        or _source_noted(article)
        or not tells_a_story(article)
        or not pauses(article)
        or end_unseen(article, chrome_below)
        or wrapped_text_as_headline(article, stats)
    ):
        return _Reading(adopts_above, None)
    heading = own_heading(article)
    title = article.blocks[heading].text if heading is not None else article.headline
    title = title or (article.paragraphs[0][:12] if article.paragraphs else "")
    hand_set = _confidence(article)
    features = _features(article, hand_set)
    if chrome_below and end_unseen(article):
        features = (*features, "foreign_tail")  # (its end read above lines of the page's own, over chrome)
    if heading is not None and article.block_indices[heading] != article.headline_index:
        features = (*features, "headline_apart")
    position = heading if heading is not None else 0
    return _Reading(adopts_above, (title, hand_set, features, position))


def own_heading(article: Article) -> int | None:
    """The heading of the story (its position in the article's blocks): the headline, unless the headline shares no
    word with the story (no pair of Han characters with its text) and a subtitle under it does.

    A story's heading takes up its words; a line that does not, over a subtitle that does, is a line of the page's
    own (a navigation trail, a section's name, an issue line) the segmentation took for the headline
    (``headline_apart``): the finding points at the story's own heading.
    """
    if article.headline_index is None:
        return None
    headline = article.block_indices.index(article.headline_index)
    story = "\n".join([block.text for block in article.blocks if block.role in _STORY_ROLES])
    for position in range(headline, len(article.blocks)):
        block = article.blocks[position]
        if position > headline and block.role is not _SUBTITLE:
            break
        if any(pair in story for pair in pairs(block.text)):
            return position
    return headline


def run(context: CheckContext) -> list[Finding]:
    articles, stats = context.articles, context.stats
    blocks = context.document.blocks
    readings = [_reading(article, stats, _chrome_below(article, blocks)) for article in articles]
    adopted = {target for _, target in stray_bylines(context)}
    adopted |= {article.index - 1 for article in articles[1:] if readings[article.index].adopts_above}
    findings: list[Finding] = []
    for article, reading in zip(articles, readings, strict=True):
        if reading.unsigned is None or article.index in adopted:
            continue
        following = articles[article.index + 1] if article.index + 1 < len(articles) else None
        if repeats_next_opening(article, following):
            continue
        title, hand_set, features, heading = reading.unsigned
        anchor = article.block_indices[heading]
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.WARNING,
                blocks=(anchor,),
                article=article.index,
                message=say("稿件“{title}”没有署名", title=title),
                evidence=_EVIDENCE,
                confidence=min(calibration.confidence(NAME, features, hand_set), CEILING),
                features=features,
            )
        )
    return findings
