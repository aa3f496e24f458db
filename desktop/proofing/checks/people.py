"""``people``: names, titles and protocol order against the desk's list of people; a name written two ways.

With the desk's list (``desk_lists.current().people``: name, current title, protocol order):

- a listed name right after a title that is none of its listed ones (市长林可舟 where the list says 市委书记);
- a name one same-sounding or look-alike character away from a listed one (林可周 or 林可丹 for 林可舟;
  形近 from ``lookalikes``: 戍/戌, 己/已), after a title or in an article that also prints the listed
  name; one other character only after the person's own title;
- listed leaders enumerated (only titles, 、 ， 和 between them) against their protocol order.

Without any list: one page naming the same titled person two ways that sound or look alike (市长林可舟 … 林可周),
in one article or in two (the evidence names both).

False alarms on names are what editors hold against other tools, so every rule asks for evidence
(a title next to the name, the listed name in the same article) and stays quiet where a title is
past (原/时任…) or acting (代), a name is listed twice, or where a name ends is unclear.  The
surname is never the differing character.  Pinyin and the look-alike table are loaded only for a candidate.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop.proofing import desk_lists
from desktop.proofing.chars import is_cjk
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import PROOFREAD_ROLES, replacement_finding, shielded_ranges
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.desk_lists import Person
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.homophones import reading, same_sound
from desktop.proofing.lookalikes import look_alike
from desktop.proofing.model import Article
from desktop.proofing.surnames import SINGLE
from desktop.proofing.wording import Text, joined, say

NAME = "people-names"
_SUFFIXES = (
    "书记|省长|市长|县长|区长|州长|旗长|镇长|乡长|村长|主任|主席|部长|厅长|局长|处长|科长|院长|校长|"
    "委员|常委|秘书长|检察长|庭长|政委|司令员|参谋长|行长|会长|理事长|董事长|总经理|总理|署长|巡视员|主委"
)
_TITLE_TAIL = re.compile(rf"(?:常务)?副?(?:{_SUFFIXES})$")
_TITLE_ENDS = frozenset(suffix[-1] for suffix in _SUFFIXES.split("|"))
# Posts a person holds one at a time; 委员, 常委, 巡视员 go with another post, so they decide nothing alone.
_ALONGSIDE = frozenset({"委员", "常委", "巡视员", "副巡视员"})
_PAST = ("原", "前", "时任", "曾任", "历任", "首任", "老", "已故", "代", "代理", "候任", "拟任", "新任", "现任")
# Characters that rarely stand in a given name; a name is read as two characters when its third is one of them.
_AFTER_NAME = frozenset("说表指在主出会和与及是的将也就对到为率带陪来赴参等向了把被从同要")
# What a sentence goes on with after a name (强调, 介绍, 考察…): where a name can end.
_NAME_FOLLOWERS = _AFTER_NAME | frozenset("强介讲考深看慰召听宣作代前还希认提分感通一")
_TITLE_HEAD = re.compile(rf"(?:常务)?副?(?:{_SUFFIXES})")
_SUFFIX_STARTS = "".join(sorted({suffix[0] for suffix in _SUFFIXES.split("|")}))
# (the class first: the alternation is tried only where a title can start)
_TITLED_NAME = re.compile(rf"(?=[{_SUFFIX_STARTS}])(?:{_SUFFIXES})([{''.join(sorted(SINGLE))}][\u4e00-\u9fff]{{1,2}})")
_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委", "党委", "党组")
_RUN_LIMIT = 24  # characters looked at before a name for its titles
_ENUMERATION_GLUE = re.compile(r"[、，,和及与同志\s]+")


@dataclass(frozen=True, slots=True)
class _Mention:
    block: int
    start: int
    end: int


def run(context: CheckContext) -> list[Finding]:
    people = desk_lists.current().people
    listing = _listing(people)
    findings: list[Finding] = []
    taken: set[tuple[int, int]] = set()
    sections: list[tuple[Article, list[int]]] = []
    page = context.document.blocks
    for article in context.articles:
        blocks = [i for i in article.block_indices if page[i].role in PROOFREAD_ROLES]
        if not blocks:
            continue
        sections.append((article, blocks))
        if listing.by_name:
            findings += _listed(context, blocks, listing, taken)
    findings += _two_ways(context, sections, listing, taken)
    return findings


# ---- the desk's list ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class _Listing:
    by_name: dict[str, tuple[Person, ...]]
    by_first: dict[str, tuple[str, ...]]  # first character -> listed names, longest first
    firsts: re.Pattern[str]  # any first character of a listed name
    masked: dict[tuple[int, str], tuple[str, ...]]  # (differing position, name with it masked) -> names
    cores: dict[str, frozenset[str]]  # name -> the cores of its listed titles


def _listing(people: tuple[Person, ...]) -> _Listing:
    return _cached_listing(people)


@lru_cache(maxsize=4)
def _cached_listing(people: tuple[Person, ...]) -> _Listing:
    by_name: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if len(person.name) >= 2 and all(is_cjk(c) for c in person.name):
            by_name[person.name].append(person)
    names = sorted(by_name, key=len, reverse=True)
    masked: dict[tuple[int, str], list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_first[name[0]].append(name)
        for position in range(1, len(name)):
            masked[(position, name[:position] + "?" + name[position + 1 :])].append(name)
    firsts = "".join(sorted(by_first))
    return _Listing(
        {name: tuple(found) for name, found in by_name.items()},
        {first: tuple(found) for first, found in by_first.items()},
        re.compile(f"[{re.escape(firsts)}]" if firsts else r"(?!)"),
        {key: tuple(found) for key, found in masked.items()},
        {name: frozenset(core for person in found for core in _cores_of(person)) for name, found in by_name.items()},
    )


Spot = tuple[int, int, str]  # start, end, the text there


@lru_cache(maxsize=CACHE_SIZE)
def _scan(listing: _Listing, text: str) -> tuple[tuple[Spot, ...], tuple[Spot, ...]]:
    """Where ``text`` names a listed person exactly, and where it is one character (not the first) from one."""
    exact: list[Spot] = []
    near: list[Spot] = []
    covered = 0
    for match in listing.firsts.finditer(text):
        start = match.start()
        for name in listing.by_first[match.group()]:
            end = start + len(name)
            if end > len(text):
                continue
            if text.startswith(name, start):
                if start >= covered:
                    exact.append((start, end, name))
                    covered = end
                break
            candidate = text[start:end]
            differing = [i for i in range(1, len(name)) if candidate[i] != name[i]]
            if len(differing) == 1 and is_cjk(candidate[differing[0]]):
                near.append((start, end, candidate))
    return tuple(exact), tuple(dict.fromkeys(near))


def _listed(context: CheckContext, blocks: list[int], listing: _Listing, taken: set[tuple[int, int]]) -> list[Finding]:
    texts = context.texts
    findings: list[Finding] = []
    scans = [(index, _scan(listing, texts[index])) for index in blocks]
    if not any(exact or near for _index, (exact, near) in scans):
        return findings
    article_text = "\n".join(texts[i] for i in blocks)
    for index, (_exact, near) in scans:
        text = texts[index]
        mentions, wrong_titles = _mentions(listing, text)
        for start, end, name in wrong_titles:
            finding = _wrong_title(context, index, start, end, listing, name)
            if finding is not None:
                taken.add((index, start))
                findings.append(finding)
        if len(mentions) > 1:
            findings += _order(context, index, list(mentions), listing)
        shielded = shielded_ranges(text, quoted=False, titles=True) if near and "《" in text else []
        for start, end, candidate in near:
            if candidate in listing.by_name or _inside(shielded, start) or (index, start) in taken:
                continue
            finding = _near_name(context, index, start, end, listing, article_text)
            if finding is not None:
                taken.add((index, start))
                findings.append(finding)
    return findings


@lru_cache(maxsize=CACHE_SIZE)
def _mentions(listing: _Listing, text: str) -> tuple[tuple[Spot, ...], tuple[Spot, ...]]:
    """The listed names ``text`` prints (outside book titles, where a name ends), and those right after a title."""
    exact = _scan(listing, text)[0]
    shielded = shielded_ranges(text, quoted=False, titles=True) if exact and "《" in text else []
    mentions = tuple(
        (start, end, name)
        for start, end, name in exact
        if not _inside(shielded, start) and (end - start >= 3 or _name_ends(text, end))
    )
    titled = tuple(spot for spot in mentions if spot[0] > 0 and text[spot[0] - 1] in _TITLE_ENDS)
    return mentions, titled


def _wrong_title(
    context: CheckContext, index: int, start: int, end: int, listing: _Listing, name: str
) -> Finding | None:
    text = context.texts[index]
    cores = _title_cores(text, start)
    listed = listing.cores[name]
    people = listing.by_name[name]
    if not cores or not listed or cores[0] in _ALONGSIDE or any(core in listed for core in cores):
        return None
    if listed <= _ALONGSIDE:
        return None  # the list names only a post held beside another one: it cannot contradict a title
    said = "、".join(dict.fromkeys(person.title for person in people))
    title_start = start - len(cores[0])
    if text.endswith(_COMMITTEES, 0, title_start):
        title_start -= 2  # 市委书记, not 书记
    return _finding(
        context,
        index,
        title_start,
        end,
        None,
        message=say(
            "“{name}”的职务与人名表不符：这里写作“{written}”，人名表为“{listed}”",
            name=name,
            written=text[title_start:start],
            listed=said,
        ),
        evidence=say(
            "本社人名表：“{name}”，“{listed}”；名字前的职务“{titles}”不在其中",
            name=name,
            listed=said,
            titles="、".join(reversed(cores)),
        ),
        confidence=0.85 if len(name) >= 3 else 0.7,
    )


def _near_name(
    context: CheckContext, index: int, start: int, end: int, listing: _Listing, article_text: str
) -> Finding | None:
    text = context.texts[index]
    candidate = text[start:end]
    matches = [
        (name, position)
        for position in range(1, len(candidate))
        for name in listing.masked.get((position, candidate[:position] + "?" + candidate[position + 1 :]), ())
    ]
    if len(matches) != 1:
        return None  # no listed name, or several one character away: which one is meant is unclear
    name, position = matches[0]
    wrong, right = candidate[position], name[position]
    if wrong in _AFTER_NAME or (position == len(name) - 1 and not _name_ends(text, end)):
        return None
    cores = _title_cores(text, start)
    alike = same_sound(wrong, right) or look_alike(wrong, right)
    people = listing.by_name[name]
    own = listing.cores[name]
    if cores and alike:
        confidence = 0.9 if len(name) >= 3 else 0.8
    elif cores and len(name) >= 3 and cores[0] in own and _titled_as(text, start, people):
        confidence = 0.75
    elif not cores and alike and len(name) >= 3 and name in article_text:
        confidence = 0.8
    else:
        return None
    titles = "、".join(dict.fromkeys(person.title for person in people if person.title)) or "—"
    how = _how_alike(wrong, right)
    where = say("前面是职务“{title}”", title=cores[0]) if cores else say("本篇也写有“{name}”", name=name)
    return _finding(
        context,
        index,
        start,
        end,
        name,
        message=say("人名“{written}”可能是“{name}”之误", written=candidate, name=name),
        evidence=joined([say("本社人名表有“{name}”（“{titles}”）", name=name, titles=titles), how, where]),
        confidence=confidence,
    )


def _order(context: CheckContext, index: int, mentions: list[Spot], listing: _Listing) -> list[Finding]:
    """Leaders enumerated against the list's protocol order (only titles and 、，和 between them)."""
    return [
        _finding(
            context,
            index,
            start,
            end,
            None,
            message=say(
                "排序与人名表不符：“{name}”（第 {rank} 位）列在“{first}”（第 {first_rank} 位）之后",
                name=name,
                rank=rank,
                first=first,
                first_rank=first_rank,
            ),
            evidence=say(
                "本社人名表的排序：“{name}”第 {rank} 位，“{first}”第 {first_rank} 位；两人在同一处并列",
                name=name,
                rank=rank,
                first=first,
                first_rank=first_rank,
            ),
            confidence=0.75,
        )
        for start, end, name, rank, first, first_rank in _out_of_order(listing, context.texts[index], tuple(mentions))
    ]


@lru_cache(maxsize=CACHE_SIZE)
def _out_of_order(
    listing: _Listing, text: str, mentions: tuple[Spot, ...]
) -> tuple[tuple[int, int, str, int, str, int], ...]:
    """(start, end, name, rank, the earlier name it should precede, its rank) of each name listed too late."""
    found = []
    run: list[tuple[int, int, int, str]] = []  # (start, end, rank, name)
    for start, end, name in mentions:
        ranks = {person.rank for person in listing.by_name[name]}
        rank = ranks.pop() if len(ranks) == 1 else 0
        if run and not _enumerated(text[run[-1][1] : start]):
            run = []
        if rank <= 0:
            run = []
            continue
        before = [entry for entry in run if entry[2] > rank]
        if before:
            found.append((start, end, name, rank, before[0][3], before[0][2]))
        run.append((start, end, rank, name))
    return tuple(found)


def _enumerated(gap: str) -> bool:
    """Whether the text between two names is a list's glue: separators and titles only."""
    if not gap or any(c in gap for c in "。；！？：“”（）"):
        return False
    pieces = [piece for piece in _ENUMERATION_GLUE.split(gap) if piece]
    separated = bool(_ENUMERATION_GLUE.search(gap))
    return separated and all(_TITLE_TAIL.search(piece) and len(piece) <= 12 for piece in pieces)


# ---- without a list: one titled person written two ways on the page ---------------------------------


def _two_ways(
    context: CheckContext,
    sections: list[tuple[Article, list[int]]],
    listing: _Listing,
    taken: set[tuple[int, int]],
) -> list[Finding]:
    texts = context.texts
    blocks = [index for _article, indices in sections for index in indices]
    found = [pair for index in blocks for pair in _titled_in(texts[index])]
    if not found:
        return []
    titled = Counter(name for name, _title in found)
    titles: dict[str, set[str]] = defaultdict(set)
    for name, title in found:
        titles[name].add(title)
    page_text = "\n".join(texts[i] for i in blocks)
    article_of = {index: article for article, indices in sections for index in indices}
    findings: list[Finding] = []
    variants = _page_variants(frozenset(name for name in titled if name not in listing.by_name), page_text)
    for name in titled:
        for variant, position in variants.get(name, {}).items():
            if variant in listing.by_name or (len(name) == 2 and variant not in titled):
                continue
            if variant in titled and not titles[variant] & titles[name]:
                continue  # each form with a title of its own: two people (局长王金, 处长王今)
            ours, theirs = page_text.count(name), page_text.count(variant)
            if theirs > ours or (theirs == ours and variant in titled and _first(page_text, variant, name)):
                continue  # the other form is the usual one here: it is flagged from its side
            name_articles = {
                article_of[index].index: article_of[index] for index, _start in _places(context, blocks, name)
            }
            for index, start in _places(context, blocks, variant):
                article = article_of[index]
                if (index, start) in taken or (article.index not in name_articles and variant in titled):
                    continue  # (a form titled in an article of its own is more likely another person)
                taken.add((index, start))
                if article.index in name_articles:
                    counts = say(
                        "本篇“{name}”{ours} 次（前有职务），“{variant}”{theirs} 次",
                        name=name,
                        ours=_count_in(context, article_of, article, name),
                        variant=variant,
                        theirs=_count_in(context, article_of, article, variant),
                    )
                else:
                    there = name_articles[min(name_articles)]
                    counts = say(
                        "本版“{name}”{ours} 次（前有职务），见于《{there}》；“{variant}”{theirs} 次，见于《{here}》",
                        name=name,
                        ours=ours,
                        there=_headline(there),
                        variant=variant,
                        theirs=theirs,
                        here=_headline(article),
                    )
                findings.append(
                    _finding(
                        context,
                        index,
                        start,
                        start + len(variant),
                        name if ours > theirs else None,
                        message=say("同一人名两种写法：“{variant}”与“{name}”", variant=variant, name=name),
                        evidence=joined([counts, _how_alike(variant[position], name[position])]),
                        confidence=(0.8 if ours > theirs else 0.6) if len(name) >= 3 else 0.6,
                    )
                )
    return findings


def _count_in(context: CheckContext, article_of: dict[int, Article], article: Article, name: str) -> int:
    return sum(context.texts[index].count(name) for index, owner in article_of.items() if owner.index == article.index)


def _headline(article: Article) -> str:
    headline = article.headline.strip() or (article.paragraphs[0] if article.paragraphs else "")
    return headline if len(headline) <= 24 else headline[:23] + "…"


@lru_cache(maxsize=CACHE_SIZE)
def _titled_in(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(titled_names(text)) if _TITLED_NAME.search(text) else ()


def titled_names(text: str) -> Iterator[tuple[str, str]]:
    """Every ``(name, title)`` of ``text`` where a title stands right before a name (市长林可舟 → 林可舟, 市长)."""
    for match in _TITLED_NAME.finditer(text):
        name = match.group(1)
        if len(name) == 3 and name[2] in _AFTER_NAME:
            name = name[:2]
        if len(name) == 2 and not _name_ends(text, match.start(1) + 2):
            continue
        cores = _title_cores(text, match.start(1))
        if cores:
            yield name, cores[0]


def _page_variants(names: frozenset[str], text: str) -> dict[str, dict[str, int]]:
    """For each of ``names``, the forms in ``text`` one same-sounding or look-alike character away (never the
    surname), with the differing position.

    One regular expression finds every window that is one character (not the first) from a name; only
    those are weighed (a page of 1 MB has thousands of places where a surname stands).
    """
    if not names:
        return {}
    found: dict[str, dict[str, int]] = defaultdict(dict)
    pattern, masked, forms = _near_pattern(names)
    for match in pattern.finditer(text):
        start = match.start()
        window = _near_window(text, start, forms[text[start]])
        if window is None:
            continue
        size = len(window)
        for position in range(1, size):
            wrong = window[position]
            for name in masked.get(window[:position] + "?" + window[position + 1 :], ()):
                if (
                    window not in found[name]
                    and wrong not in _AFTER_NAME
                    and (position < size - 1 or _name_ends(text, start + size))
                    and _alike(wrong, name[position])
                ):
                    found[name][window] = position
    return found


@lru_cache(maxsize=16)
def _near_pattern(
    names: frozenset[str],
) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, int], ...]]]:
    """A pattern finding (overlapping) every window one character from one of ``names`` (any character but a line
    end: ``_near_window`` keeps a Chinese one), the first character kept; the names by their form with one
    character masked (林?舟 -> 林可舟); and by their first character, each position that may differ.

    (A Chinese character class in each alternative took 0.6 ms each to compile, a page's names a second.)
    """
    by_first: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, list[tuple[str, int]]] = defaultdict(list)
    masked: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        for position in range(1, len(name)):
            masked[name[:position] + "?" + name[position + 1 :]].append(name)
            forms[name[0]].append((name, position))
            by_first[name[0]].append(
                re.escape(name[1:position]) + f"(?!{re.escape(name[position])})." + re.escape(name[position + 1 :])
            )
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in by_first.items())
    return (
        re.compile(f"(?=({alternatives}))"),
        {key: tuple(found) for key, found in masked.items()},
        {first: tuple(found) for first, found in forms.items()},
    )


def _near_window(text: str, start: int, forms: tuple[tuple[str, int], ...]) -> str | None:
    """The text at ``start`` of the first of ``forms`` (a name and the position that differs) it matches with a
    Chinese character of its own there."""
    for name, position in forms:
        window = text[start : start + len(name)]
        if (
            len(window) == len(name)
            and window[:position] == name[:position]
            and window[position] != name[position]
            and "\u4e00" <= window[position] <= "\u9fff"
            and window[position + 1 :] == name[position + 1 :]
        ):
            return window
    return None


def _alike(wrong: str, right: str) -> bool:
    return same_sound(wrong, right) or look_alike(wrong, right)


def _how_alike(wrong: str, right: str) -> Text:
    """Why ``wrong`` may stand for ``right``: they sound alike, look alike, or are just one character apart."""
    if same_sound(wrong, right):
        return say("“{wrong}”与“{right}”同音（{sound}）", wrong=wrong, right=right, sound=reading(wrong))
    if look_alike(wrong, right):
        return say("“{wrong}”与“{right}”形近", wrong=wrong, right=right)
    return say("“{wrong}”与“{right}”只差一个字", wrong=wrong, right=right)


def _first(text: str, one: str, other: str) -> bool:
    """Whether ``one`` first appears before ``other``."""
    return text.find(one) < text.find(other)


def _places(context: CheckContext, blocks: list[int], name: str) -> Iterator[tuple[int, int]]:
    for index in blocks:
        text = context.texts[index]
        start = text.find(name)
        while start != -1:
            yield index, start
            start = text.find(name, start + len(name))


# ---- shared ------------------------------------------------------------------------------------------


@lru_cache(maxsize=CACHE_SIZE)
def _title_cores(text: str, start: int) -> tuple[str, ...]:
    """The titles right before a name, nearest first (市委副书记、市长林可舟: 市长, 副书记); none if past or acting.

    (Memoised: every mention of a listed name asks.)
    """
    low = start
    while low > 0 and start - low < _RUN_LIMIT and (is_cjk(text[low - 1]) or text[low - 1] == "、"):
        low -= 1
    cores: list[str] = []
    for piece in reversed(text[low:start].split("、")):
        match = _TITLE_TAIL.search(piece)
        if match is None:
            break
        if piece[: match.start()].endswith(_PAST):
            return ()  # a past, acting or new title: not the current one to compare with
        cores.append(match.group().removeprefix("常务"))
    return tuple(cores)


def _titled_as(text: str, start: int, people: tuple[Person, ...]) -> bool:
    """Whether the text right before ``start`` is one of the listed titles in full (市委书记, not 县委书记)."""
    return any(text.endswith(title, 0, start) for person in people for title in person.titles if len(title) >= 3)


def _cores_of(person: Person) -> set[str]:
    cores = set()
    for title in person.titles:
        match = _TITLE_TAIL.search(title)
        if match is not None:
            cores.add(match.group().removeprefix("常务"))
    return cores


def _name_ends(text: str, end: int) -> bool:
    """Whether a name can end at ``end``: the text stops, or goes on with a predicate, a particle or a title."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    return text[end] in _NAME_FOLLOWERS or _TITLE_HEAD.match(text, end) is not None


def _inside(ranges: list[tuple[int, int]], position: int) -> bool:
    return any(a <= position < b for a, b in ranges)


def _finding(
    context: CheckContext,
    index: int,
    start: int,
    end: int,
    replacement: str | None,
    *,
    message: str,
    evidence: str,
    confidence: float,
) -> Finding:
    return replacement_finding(
        context,
        NAME,
        index,
        start,
        end,
        replacement,
        message=message,
        evidence=evidence,
        severity=Severity.WARNING,
        confidence=confidence,
    )
