"""Page chrome judged by the page it is on, not by a catalogue of forms.

A page holds articles (a heading group over its story) and, between them, the site's own
lines.  A line that is not chrome by its form may still show itself chrome by where it
stands and by what it says:

- ``unrelated_over_heading``: it stands atop a heading group right under chrome, and shares
  no word with the story under it while the story's headline does (a section name, a
  slogan, another story's headline).  A kicker leads into its story: ``春耕时节`` over
  ``柳湾镇抢种早稻`` shares the story's words.
- ``unrelated_under_story``: it stands between the end of a story and chrome, shares no word
  with the story above it and heads nothing (a promotion line, a list of other stories).
- ``unrelated_tail``: the story's last paragraphs, down to the next heading, that share no
  word with the story (another story's headline and teaser, a list, a promotion).
- ``unrelated_between_chrome``: a paragraph with chrome above it and below it, and no word
  shared with the stories on either side (the site's promotion paragraph).
- ``not_prose_by_chrome``: under chrome, and not Chinese prose: less than half of it
  Chinese, or a long run of digits (a telephone, a QQ number), and no sentence in it.

"Shares a word" is read as shared pairs of Chinese characters: no dictionary, so it holds
for any paper.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from desktop.proofing import credits
from desktop.proofing.chars import count_cjk, ends_sentence

UNRELATED_OVER_HEADING = "unrelated_over_heading"
UNRELATED_UNDER_STORY = "unrelated_under_story"
UNRELATED_BETWEEN_CHROME = "unrelated_between_chrome"
UNRELATED_TAIL = "unrelated_tail"
NOT_PROSE_BY_CHROME = "not_prose_by_chrome"

HEADING_LINES = 3  # kicker, headline, subtitle: a heading run longer holds other lines
STORY_CHARS = 400  # characters of a story read under its heading (or above its end)
STORY_LINES = 20
MAX_LINE = 40  # characters: longer lines are text, whatever they say
PASSES = 4  # a run of such lines is taken one line a pass, from the chrome outwards

_CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]+")
_SENTENCE_END_RE = re.compile(r"[。；;]")
_DASHES = ("——", "－－", "--", "—")
# an ordinal over a part of a story: ``（二）``, ``三、``, ``2.``
_NUMERALS = "一二三四五六七八九十"
_ORDINAL_RE = re.compile(rf"^(?:[(（][{_NUMERALS}\d]{{1,3}}[)）]|[{_NUMERALS}]{{1,3}}[、.．]|\d{{1,2}}[、.．])")
# a field's label and its value: ``时间：3月6日上午``, ``地点：柳湾镇``
_FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}\s*[:：]")
_FIELD_SET_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[:：]")  # (``投诉内容：……``: the set's next field may be longer)


def union(texts: Sequence[str]) -> set[str]:
    """The pairs of characters of all of ``texts``."""
    found: set[str] = set()
    for text in texts:
        found |= pairs(text)
    return found


@lru_cache(maxsize=65536)
def pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent Chinese characters of ``text`` (its words, roughly, in any paper)."""
    found: set[str] = set()
    for run in _CJK_RUN_RE.findall(text):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(found)


@lru_cache(maxsize=65536)
def candidate(text: str) -> bool:
    """A short line with no sentence, no bracketed note, no names alone, and words to compare."""
    stripped = text.strip()
    return (
        len(stripped) <= MAX_LINE
        and _SENTENCE_END_RE.search(stripped) is None
        and not stripped.startswith(_DASHES)
        and not (stripped[:1] in "(（" and stripped[-1:] in ")）")  # (a bracketed note is the story's)
        and credits.bare_names(stripped) is None
        and not _names_after_label(stripped)
        and not _cut_piece(stripped)
        and not not_prose(stripped)  # (a telephone or a mailbox right under a story is its tip-off line)
        and not stripped.endswith(("：", ":"))  # (it leads into what follows)
        and _ORDINAL_RE.match(stripped) is None  # (``（二）……``: a numbered part of a story)
        and not (stripped[:1] == "“" and stripped.rstrip("！!？?。")[-1:] == "”")  # (a quotation: someone's words)
        and bool(pairs(stripped))
    )


def unrelated_heads(
    texts: Sequence[str],
    single_lines: Sequence[bool],
    chrome_above: Sequence[bool],
    runs: Sequence[tuple[int, int]],
    chrome_texts: Sequence[str] = (),
) -> set[int]:
    """Paragraphs atop a heading run, right under chrome, that share no word with its story.

    ``texts``: the page's paragraphs (its chrome left out); ``single_lines``: a paragraph of one
    line of text (no credit, caption or dateline); ``chrome_above``: chrome stands right above
    the paragraph; ``runs``: (first, end) of each heading run, its story from ``end`` on.  The
    run keeps its headline (the line over the story, or over its deck), and that headline
    must share words with the story: the contrast is the page's own.
    """
    found: set[int] = set()
    printed = Counter(text.strip() for text in texts)  # (how often the page prints each line)
    page: list[str] = []  # (the page joined, once and only when a line is looked for in it)
    site: list[frozenset[str]] = []  # (the words of the site's own lines, once and only when asked for)
    for number, (first, end) in enumerate(runs):
        headline = end - 1
        if texts[headline].lstrip().startswith(_DASHES) and headline - 1 > first:
            headline -= 1  # (a deck under its headline)
        while headline > first and _field(texts, headline):
            headline -= 1  # (``投诉人：林可舟`` under the headline: a field of the story's, not its headline)
        if _field(texts, headline):
            continue  # (``时间：……`` / ``地点：……`` under a column's title: no headline to compare with)
        # (a run longer than a heading group has a list on top: its lines need no label's look)
        listed = end - first > HEADING_LINES
        # (a line that is no prose may open a run anywhere: it is no kicker; nor is a stamp or a link bar
        # that shares no word with the story above it, where no chrome parts the two)
        if first == headline:
            continue  # (a headline alone: nothing over it to judge)
        floor = runs[number - 1][1] if number else 0
        stamped = (
            not chrome_above[first]
            and _STAMP_MARK_RE.search(texts[first]) is not None
            and len(pairs(texts[first])) >= MIN_ISLAND_PAIRS - 1
            and all(
                pairs(texts[first]).isdisjoint(pairs(text)) for text in texts[max(floor, first - STORY_LINES) : first]
            )
        )
        if not (chrome_above[first] or listed or stamped or not_prose(texts[first])):
            continue
        stop = runs[number + 1][0] if number + 1 < len(runs) else len(texts)
        # (the story down to the chrome under it: the site's notice below that is no word of the story's)
        bottom = next((below for below in range(end + 1, stop) if chrome_above[below]), stop)
        story = union([undated(text) for text in _leading(texts[end:bottom], STORY_CHARS)])
        # (the heading group shares the story's words: its headline, or at a list's foot one of its lines;
        # without that contrast only a list's lines above the heading group are judged: they head nothing)
        # (in a heading group the headline may stand over a subtitle that shares nothing: any line under the
        # first makes the contrast, and the first is compared with them all)
        group = range(max(first, end - HEADING_LINES) if listed else first + 1, end)
        contrast = any(pairs(texts[line]) & story for line in group)
        if not (contrast or listed):
            continue
        # (the story and its headline: not a list, nor the other lines over the headline)
        story |= union(texts[headline:end])
        for position in range(first, headline):
            text = texts[position]
            # (a line of the list above the heading group is judged by itself; in the group, one
            # that is no label under chrome stops the walk: a kicker may follow)
            beyond = end - position > HEADING_LINES
            anchored = (
                beyond
                or chrome_above[position]
                or position - 1 in found
                or not_prose(text)
                or (stamped and position == first)
            )
            if (
                anchored
                and single_lines[position]
                and (contrast or beyond)
                and not pairs(text) & story
                and (
                    not_prose(text)
                    or (
                        candidate(text)
                        and (
                            listed
                            or _label_like(text, printed)
                            or _printed_elsewhere(text, texts, page, texts[first:stop])
                            or bool(pairs(text) & _site_words(site, chrome_texts, texts, runs))
                        )
                    )
                )
            ):
                found.add(position)
            elif not beyond:
                break
    return found


# (what a stamp or a link bar mixes into its words: a kicker is words alone)
_STAMP_MARK_RE = re.compile(r"[A-Za-z0-9|/>:：]")


@lru_cache(maxsize=65536)
def undated(text: str) -> str:
    """The paragraph without the dateline that opens it: the story's own words.

    (``青禾晚报讯（记者 林可舟）……``: the paper's name comes back in the site's chrome over the story,
    ``第A04版:青禾 上一版 下一版``; it is no word the story and that line share.)
    """
    found = credits.dateline(text)
    return text[found.end :] if found is not None and found.end else text


def _field(texts: Sequence[str], position: int) -> bool:
    """A field of the story's: a short label and its value, in a set of fields (``投诉人：林可舟`` / ``投诉内容：……``).

    (Fields come in sets, ``时间：……`` over ``地点：……``; ``尖锐：怎么能一切都向钱看`` alone is a headline
    in the form ``topic：claim``.)
    """
    return _FIELD_RE.match(texts[position].strip()) is not None and any(
        0 <= near < len(texts) and _FIELD_SET_RE.match(texts[near].strip()) is not None
        for near in (position - 1, position + 1)
    )


RESTATED_SHARE = 0.5  # of a paragraph's pairs that come back in the story under the heading below it
MIN_RESTATED_PAIRS = 8
RESTATED_RUN = 12  # characters the paragraph and the story print alike, in one piece: a copy, not a topic
OPENING = 50  # characters of the paragraph's and of the story's opening where that piece stands


def restated_ledes(
    texts: Sequence[str],
    plain: Sequence[bool],
    titles: Sequence[bool],
    runs: Sequence[tuple[int, int]],
    chrome_above: Sequence[bool],
) -> set[int]:
    """A paragraph right over a heading run that opens as the story under the heading does: the site's abstract.

    (A portal prints the story's summary, ``[提要]……`` or its first sentences, right over the headline;
    the last paragraph of the story above shares a word or two with the next story, not most of its
    words, and a list of officials that two stories of one paper both print stands further down than
    their openings.)  ``titles``: the paragraph could stand as a heading; ``chrome_above``: chrome stands right
    above the paragraph (between it and the one above).
    """
    found: set[int] = set()
    for number, (first, end) in enumerate(runs):
        above = first - 1
        stop = runs[number + 1][0] if number + 1 < len(runs) else len(texts)
        # (the story's first paragraph of text, under whatever credit or caption stands over it)
        lead = next((position for position in range(end, stop) if plain[position]), stop)
        # (over the summary, chrome or the story above's own running text: a paragraph right under a heading,
        # or under its credit, is that heading's story, whatever the next story repeats of it)
        over = above - 1
        while over >= 0 and not plain[over] and not titles[over] and not chrome_above[over + 1]:
            over -= 1  # (a credit or a caption under the heading)
        sole = over >= 0 and not chrome_above[over + 1] and titles[over]
        if (
            above < 0
            or sole
            or lead >= stop
            or chrome_above[first]
            or not plain[above]
            or len(texts[above].strip()) <= MAX_LINE  # (a summary is running text, not a kicker's line)
            or _PAUSE_RE.search(texts[above]) is None
            or not _copied(texts[above], texts[lead])
        ):
            continue
        words = pairs(texts[above])
        if len(words) >= MIN_RESTATED_PAIRS and len(
            words & union(_leading(texts[end:stop], STORY_CHARS))
        ) >= RESTATED_SHARE * len(words):
            found.add(above)
    return found


@lru_cache(maxsize=65536)
def _copied(text: str, lede: str) -> bool:
    """``text`` opens as ``lede`` does: a piece of ``RESTATED_RUN`` characters printed alike in both openings.

    (A summary restates the story's opening; two stories of one paper may both print a list of officials,
    further down.)  Memoised on the two texts: asked of the paragraph over every heading run on each reading of
    the page.
    """
    text = "".join(text.split())[:OPENING]
    lede = "".join(lede.split())[:OPENING]
    return any(text[start : start + RESTATED_RUN] in lede for start in range(len(text) - RESTATED_RUN + 1))


TAIL_LINES = 2
SHARED_PAIRS = 2  # pairs of characters shared with the story that make a paragraph the story's


def unrelated_tails(
    texts: Sequence[str], plain: Sequence[bool], runs: Sequence[tuple[int, int]], chrome_above: Sequence[bool] = ()
) -> set[int]:
    """Paragraphs at the end of a story (up to the next heading run) that share no words with the story.

    A story's paragraphs speak of one thing: on the real pages gathered so far 92 in 100 of a
    story's later paragraphs share two pairs of characters or more with what precedes them,
    and 92 in 100 of the lines a site prints around a story (other headlines, teasers, a
    promotion) share at most one.  The story is read down from its first paragraph, each
    paragraph that shares words with it joining it; the paragraphs at its end that never
    joined, the first of them over a sentence's end, a credit or the heading, are chrome when a
    short line with no sentence is among them (a list of the site's, not a story's last words).
    """
    found: set[int] = set()
    for number, (first, end) in enumerate(runs):
        stop = runs[number + 1][0] if number + 1 < len(runs) else len(texts)
        if stop - end < 2:
            continue
        # (the story is its heading and its first paragraph of text, whatever credit stands over it)
        lead = next((position for position in range(end, stop) if plain[position]), stop)
        if stop - lead < 2:
            continue
        if not (plain[stop - 1] and _foreign(texts[stop - 1])):
            continue  # (the story runs to the next heading: nothing at its end to judge)
        tail = _story_tail(
            tuple(texts[first:stop]),
            tuple(plain[first:stop]),
            tuple(chrome_above[first:stop]) if chrome_above else (),
            end - first,
            lead - first,
        )
        found.update(first + position for position in tail)
    return found


@lru_cache(maxsize=4096)
def _story_tail(
    texts: tuple[str, ...], plain: tuple[bool, ...], chrome_above: tuple[bool, ...], end: int, lead: int
) -> tuple[int, ...]:
    """``unrelated_tails`` of one story: its heading run ``texts[:end]``, its first paragraph of text at ``lead``,
    its paragraphs down to the next heading run (positions in ``texts``).  Memoised on all of that: every
    analysis of a page reads each story again."""
    first, stop = 0, len(texts)
    story = union([*texts[first:end], texts[lead]])
    joined = [True] * (stop - end)
    apart = [False] * (stop - end)  # (shares no word at all with the story)
    for position in range(lead + 1, stop):
        if plain[position] and _foreign(texts[position]):
            shared = len(pairs(texts[position]) & story)
            joined[position - end] = shared >= SHARED_PAIRS
            apart[position - end] = not shared
        if joined[position - end]:
            story |= pairs(texts[position])
    top = stop
    while top - 1 > lead and not joined[top - 1 - end]:
        top -= 1
    heading = pairs("".join(texts[first:end]))
    # (parted from the story by chrome: one paragraph is enough, a teaser's sentences and all)
    parted = next((position for position in range(top, stop) if chrome_above and chrome_above[position]), stop)
    if parted < stop:
        if not any(pairs(texts[position]) & heading for position in range(parted, stop)):
            return tuple(range(parted, stop))
        return ()
    # (the site's lines open with a title, a label or a long teaser that shares nothing with the
    # story; a short sentence at the top is the story's own)
    while top < stop and not (candidate(texts[top]) or (apart[top - end] and len(texts[top].strip()) > MAX_LINE)):
        top += 1
    # (one line between two stories may be the first one's pointer or note: a list has two;
    # and short lines of which one takes up the headline's words close the story: its verse)
    if (
        stop - top < TAIL_LINES
        or not any(candidate(texts[position]) for position in range(top, stop))
        or any(pairs(texts[position]) & heading for position in range(top, stop))
    ):
        return ()
    above = top - 1
    # (over the tail the story ends: a sentence, a credit, its heading; not a line cut short)
    if top < stop and (not plain[above] or ends_sentence(texts[above])):
        return tuple(range(top, stop))
    return ()


@lru_cache(maxsize=65536)
def _foreign(text: str) -> bool:
    """Could be a line of the site's: words to compare, and no credit, names or bracketed note of a story."""
    stripped = text.strip()
    return (
        bool(pairs(stripped))
        and not not_prose(stripped)
        and not (stripped[:1] in "(（" and stripped[-1:] in ")）")
        and not _cut_piece(stripped)
        and credits.bare_names(stripped) is None
        and credits.trailing(stripped) is None
        and credits.line(stripped) is None
        and not _names_after_label(stripped)
    )


def _names_after_label(text: str) -> bool:
    """``线索提供 林可舟 苗若溪``: a label and the people it names (the story's trailer)."""
    tokens = text.split()
    return len(tokens) > 1 and credits.bare_names(" ".join(tokens[1:])) is not None


def page_evidence(
    texts: Sequence[str],
    marked: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
    plain: Sequence[bool],
) -> dict[int, str]:
    """Lines not marked as chrome that the page shows to be chrome, each with its evidence's name.

    ``marked``: chrome already (by form or by the page's lists); ``titles``: could stand as a
    heading; ``body_like``: article text (running text, a credit, a dateline, a caption);
    ``plain``: a line of text (no credit, dateline or caption).
    """
    found: dict[int, str] = {}
    is_marked = list(marked)
    for _ in range(PASSES):
        more: dict[int, str] = {}
        for index in range(len(texts)):
            if is_marked[index] or not plain[index]:
                continue
            evidence = _evidence(index, texts, is_marked, titles, body_like, plain)
            if evidence:
                more[index] = evidence
        if not more:
            break
        for index in more:
            is_marked[index] = True
        found.update(more)
    return found


def _evidence(
    index: int,
    texts: Sequence[str],
    marked: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
    plain: Sequence[bool],
) -> str:
    above = index > 0 and marked[index - 1]
    if not (above or (index + 1 < len(texts) and marked[index + 1])):
        return ""  # (every piece of evidence here stands next to chrome)
    text = texts[index]
    if _cut_piece(text) or (index > 0 and credits.line(texts[index - 1].rstrip() + text.strip()) is not None):
        return ""  # (the tail of a wrapped line: a bracket closed that opened above, a credit cut in two)
    # (under chrome: right under a story, a telephone or a mailbox is the story's tip-off line)
    if above and not_prose(text):
        return NOT_PROSE_BY_CHROME
    if candidate(text) and _under_story(index, texts, marked, titles, body_like, plain):
        return UNRELATED_UNDER_STORY
    if _between_chrome(index, texts, marked, titles, body_like):
        return UNRELATED_BETWEEN_CHROME
    return ""


_DIGIT_RUN_RE = re.compile(r"\d[\d\s-]{6,}\d")
_PAUSE_RE = re.compile(r"[，,。；;！!？?]")
NOT_PROSE_CJK_SHARE = 0.5


def not_prose(text: str) -> bool:
    """No sentence, and less than half of it Chinese or a long run of digits in it."""
    stripped = "".join(text.split())
    if not stripped or _PAUSE_RE.search(stripped) is not None:
        return False
    return count_cjk(stripped) < NOT_PROSE_CJK_SHARE * len(stripped) or _DIGIT_RUN_RE.search(text) is not None


MIN_ISLAND_PAIRS = 3
FOREIGN_SHARE = 6  # a paragraph sharing fewer than one in this many of its pairs with the stories around it
HEADING_PAIRS = 1  # a pair shared with the heading right above makes a paragraph its story's
_CLOSERS = {")": "(", "）": "（", "”": "“", "》": "《", "】": "【"}


def _cut_piece(text: str) -> bool:
    """A bracket or a quotation opened or closed in the line but not both: a piece of a wrapped line."""
    return any(text.count(closer) != text.count(opener) for closer, opener in _CLOSERS.items())


def _between_chrome(
    index: int,
    texts: Sequence[str],
    marked: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
) -> bool:
    """Chrome right above and right below, and no word shared with the nearest story either side."""
    if index == 0 or index + 1 >= len(texts) or not (marked[index - 1] and marked[index + 1]):
        return False
    words = pairs(texts[index])
    if len(words) < MIN_ISLAND_PAIRS or _PAUSE_RE.search(texts[index]) is None:
        return False  # (a short title-like line among chrome is the lists' and islands' to judge)
    above = index - 1
    while above >= 0 and marked[above]:
        above -= 1
    below = index + 1
    while below < len(texts) and marked[below]:
        below += 1
    story_above = _story_above(above + 1, texts, marked, titles, body_like, skip_list=False) if above >= 0 else ""
    following = [texts[i] for i in range(below, min(len(texts), below + STORY_LINES)) if not marked[i]]
    story_below = "".join(_leading(following, STORY_CHARS))
    if not story_above and not story_below:
        return False
    # (a heading right above the chrome that takes up its words: the paragraph is its story's, chrome between)
    heading: set[str] = set()
    line = above
    while line >= 0 and not marked[line] and titles[line]:
        heading |= pairs(texts[line])
        line -= 1
    if len(words & heading) >= HEADING_PAIRS:
        return False
    shared = len(words & pairs(story_above + story_below))
    if len(texts[index].strip()) <= MAX_LINE:
        return not shared  # (a headline between a page label and a page break shares little with its story)
    # (a long promotion may name the site's city, as the stories do: a few shared pairs among many are chance)
    return shared * FOREIGN_SHARE < len(words)


def _under_story(
    index: int,
    texts: Sequence[str],
    marked: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
    plain: Sequence[bool],
) -> bool:
    """Between a story's end and chrome, sharing nothing with the story, heading nothing below the chrome.

    The short lines over the chrome are judged together: if one of them shares words with
    the story, they are its closing lines (verse, a slogan of its own), not the site's list.
    """
    if index == 0 or index + 1 >= len(texts) or not marked[index + 1] or marked[index - 1]:
        return False
    first = index
    while first > 1 and not marked[first - 1] and titles[first - 1] and plain[first - 1]:
        first -= 1
    if first == 0 or marked[first - 1] or (plain[first - 1] and not ends_sentence(texts[first - 1])):
        return False  # (the last piece of a wrapped paragraph is no line of its own)
    under = index + 1
    while under < len(texts) and marked[under]:
        under += 1
    heading = under
    while heading < len(texts) and heading - under < HEADING_LINES and titles[heading] and not marked[heading]:
        heading += 1
    heads = heading < len(texts) and body_like[heading] and not titles[heading] and not marked[heading]
    below = union(_leading(texts[under : heading + STORY_LINES], STORY_CHARS)) if heads else set()
    if heads and (under == heading or pairs(texts[index]) & below):
        return False  # (a headline that a page break or the site's bar parted from its text)
    story = pairs(_story_above(first, texts, marked, titles, body_like))
    return bool(story) and all(
        candidate(texts[line]) and not pairs(texts[line]) & story for line in range(first, index + 1)
    )


LABEL_CJK = 3  # Chinese characters of a section's label (``要闻``; ``喜迎国庆`` over a headline is a kicker)
_NOT_CJK_RE = re.compile(r"[A-Za-z0-9|/>·•]")


def _label_like(text: str, printed: Counter[str]) -> bool:
    """Reads as the site's label rather than a kicker's phrase.

    A word or two (``要闻``), parts set apart by spaces (``报知天下 晓通万家``), letters,
    digits or the site's symbols, or a line the page prints twice.  (``金秋时节访乡村`` over
    a headline is a series' kicker, though it shares no word with the story.)
    """
    stripped = text.strip()
    return (
        count_cjk(stripped) <= LABEL_CJK
        or len(stripped.split()) > 1
        or _NOT_CJK_RE.search(stripped) is not None
        or printed[stripped] > 1
    )


MIN_HEADING_QUOTED = 4  # characters of a heading that a chrome line restating it holds


def _site_words(
    site: list[frozenset[str]], chrome_texts: Sequence[str], texts: Sequence[str], runs: Sequence[tuple[int, int]]
) -> frozenset[str]:
    """The words of the site's own lines: its chrome lines that restate none of the page's heading lines.

    (``来源:青禾晚报``, ``青禾新闻网首页``: a line over a headline that shares a word with them is the
    site's name or its column's, ``晚报视点``; a title list or ``原标题:……`` prints the page's headings,
    whose words are the stories'.)  ``site`` holds the answer once asked for.
    """
    if not site:
        headings = {
            text
            for first, end in runs
            for text in (texts[line].strip() for line in range(first, end))
            if len(text) >= MIN_HEADING_QUOTED
        }
        by_opening: dict[str, list[str]] = {}  # (looked up by their first characters: a long page has thousands)
        for heading in headings:
            by_opening.setdefault(heading[:MIN_HEADING_QUOTED], []).append(heading)
        site.append(union([line for line in chrome_texts if not _quotes_any(line, by_opening)]))
    return site[0]


def _quotes_any(line: str, by_opening: dict[str, list[str]]) -> bool:
    """One of the texts in ``by_opening`` (keyed by their first ``MIN_HEADING_QUOTED`` characters) is in ``line``."""
    return any(
        line.startswith(text, place)
        for place in range(len(line) - MIN_HEADING_QUOTED + 1)
        for text in by_opening.get(line[place : place + MIN_HEADING_QUOTED], ())
    )


MIN_ELSEWHERE = 3  # characters of a line found inside another line of the page


def _printed_elsewhere(text: str, texts: Sequence[str], page: list[str], story: Sequence[str]) -> bool:
    """The page prints the line again inside another of its lines, outside this story (the site's name in its footer).

    ``page``: the page's paragraphs joined by newlines, filled at the first call; ``story``: the paragraphs of
    the line's own story.
    """
    stripped = text.strip()
    if len(stripped) < MIN_ELSEWHERE:
        return False
    if not page:
        page.append("\n".join(texts))
    return page[0].count(stripped) > sum(line.count(stripped) for line in story)


def _leading(texts: Sequence[str], chars: int) -> list[str]:
    """The first of ``texts`` up to ``chars`` characters."""
    parts: list[str] = []
    size = 0
    for text in texts:
        if size >= chars:
            break
        parts.append(text)
        size += len(text)
    return parts


def _story_above(
    index: int,
    texts: Sequence[str],
    marked: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
    skip_list: bool = True,
) -> str:
    """The story above ``index`` back to the chrome over it: its running text, and its heading.

    (With ``skip_list``, short lines right above ``index`` are left out: they may be the site's
    list it belongs to.)
    """
    parts: list[str] = []
    size = 0
    in_list = skip_list
    for above in range(index - 1, -1, -1):
        if marked[above] or size >= STORY_CHARS:
            break
        in_list = in_list and titles[above]
        if not in_list:
            parts.append(texts[above])
            size += len(texts[above])
    return "".join(reversed(parts))
