"""What a page says about one of its heading runs: does an article start there?

Segmentation's rules find runs of title-like lines over body text; a run may still be a
sub-heading, a caption, a deck or a paragraph opening a column cut left short.  The
evidence for and against a start is named here, one feature a fact about the run, the
lines around it or the page's other runs (how this page opens and closes its stories),
or a general property of Chinese text (a headline seldom holds a comma; a story cut off
above goes on below).  ``start_model`` weighs the features with weights fitted on
generated pages (``tools/fit_starts.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.proofing import chrome_page, credits
from desktop.proofing.classify import LineKind
from desktop.proofing.continuation import LEAD_RE, ends_article_text
from desktop.proofing.topic import TopicIndex

if TYPE_CHECKING:
    from desktop.proofing.segment import _Paragraph

SHORT_HEADLINE = 6
SUBHEADING_CHARS = 12  # a sub-heading inside a story is a short phrase; a headline longer than this seldom is one
LONG_HEADLINE = 24
STORY_CHARS = 400  # characters of a story under (or above) a heading read for shared words
SAME_STORY_RATIO = 5.0  # times the share with the page's other stories (``segment`` asks 1.8 where credits say more)
PAGE_SHARE = 0.5  # share of the page's other runs that makes a convention
_COMMAS = "，,、"  # (a colon makes headlines: ``柳湾镇：梯田里长出新希望``; a comma seldom does)


def run_features(
    paragraphs: Sequence[_Paragraph],
    runs: Sequence[tuple[int, int]],
    number: int,
    blank_before: Sequence[bool],
    opened: RunOpenings,
    closed: Sequence[bool],
    index: TopicIndex | None = None,
) -> tuple[str, ...]:
    """The named evidence about ``runs[number]`` (``opened``/``closed``: whether each run has a story opening
    under it / a closing credit over it, read once for the page).

    A run with evidence the rules are sure of (``start_model.SURE``) is named by that evidence
    alone: the model does not judge it, and the rest would cost time on every story of a long page.
    """
    from desktop.proofing import segment  # (segment imports this module)

    first, end = runs[number]
    features: list[str] = []
    add = features.append
    if end < len(paragraphs) and segment._credit_after(paragraphs, end):
        add("credit_under")
    if end < len(paragraphs) and LEAD_RE.match(paragraphs[end].text) is not None:
        add("lead_under")
    if first == 0:
        add("page_top")
    elif closed[number]:
        add("closing_credit_above")
    elif segment._is_credit_line(paragraphs[first - 1]):
        add("credit_line_above")
    if not features and opened[number]:  # (asked last: the dearest of the sure evidence)
        add("story_opens_under")
    if features:
        return tuple(features)
    head = paragraphs[first]
    heading = paragraphs[first:end]
    headline = max((p.text.strip() for p in heading), key=len)
    next_first = runs[number + 1][0] if number + 1 < len(runs) else len(paragraphs)
    previous_end = runs[number - 1][1] if number else 0
    above = paragraphs[first - 1]
    if segment._chrome_between(above, head):
        add("chrome_above")
    if above.kind is LineKind.TEXT and not ends_article_text(above.text):
        add("above_unfinished")
    if number and previous_end == first:
        add("right_under_a_heading")
    if blank_before[head.indices[0]]:
        add("blank_above")
    if end - first == 1 and any(comma in head.text.rstrip(_COMMAS) for comma in _COMMAS):
        add("comma_in_heading")  # (a one-line heading: a deck or a kicker under or over a headline may hold one)
    if headline.endswith(("：", ":")):
        add("colon_end")
    if end - first >= 2:
        add("several_lines")
    if len(headline) <= SHORT_HEADLINE:
        add("short_headline")
    elif len(headline) > LONG_HEADLINE:
        add("long_headline")
    elif len(headline) > SUBHEADING_CHARS:
        add("headline_length")
    if any(segment._TWO_PART_HEADLINE_RE.search(p.text) for p in heading):
        add("two_part_headline")
    if credits.line(headline) is not None or credits.bare_names(headline) is not None:
        add("credit_like_heading")
    # the page's conventions, read from its other runs
    others = len(runs) - 1
    if others >= 2:
        if opened.count() >= PAGE_SHARE * others:
            add("unopened_where_page_opens")
        if number and sum(closed) >= PAGE_SHARE * others:
            add("unclosed_where_page_closes")
        blanks = sum(blank_before[paragraphs[f].indices[0]] for f, _ in runs)
        if not blank_before[head.indices[0]] and blanks >= PAGE_SHARE * others:
            add("no_blank_where_page_blanks")
    # words the heading shares with the story under it and with the one above
    own = chrome_page.pairs("".join(p.text for p in heading))
    if own:
        if own & _pairs_of(paragraphs[end:next_first]):
            add("shares_words_below")
        elif own & _pairs_of(paragraphs[previous_end:first], from_end=True):
            add("shares_words_above_only")
    if number and index is not None and _continues_above(paragraphs, runs, number, index):
        add("same_story_as_above")
    return tuple(features)


def _continues_above(
    paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]], number: int, index: TopicIndex
) -> bool:
    """The heading and the paragraphs under it go on with the story above: they share its words, and many
    times more than they share with the page's other stories (two stories of one place share a few).

    (Against no other story, two stories alone on a page share a word by chance: no evidence then.)
    """
    from desktop.proofing import segment

    first, end = runs[number]
    next_first = runs[number + 1][0] if number + 1 < len(runs) else len(paragraphs)
    before = "".join(p.text for p in paragraphs[runs[number - 1][1] : first])
    others = segment._other_stories(paragraphs, runs, runs[number - 1], number)
    if not before or not others:
        return False
    after = "".join(p.text for p in paragraphs[first : min(end + segment.FOLLOWING_PARAGRAPHS, next_first)])
    shared, *baseline = index.overlaps(after, [before, *(other[: len(before)] for other in others)])
    return shared >= segment.SAME_STORY and shared >= SAME_STORY_RATIO * (sum(baseline) / len(baseline))


def _pairs_of(paragraphs: Sequence[_Paragraph], from_end: bool = False) -> frozenset[str]:
    text = "".join(p.text for p in paragraphs)
    return chrome_page.pairs(text[-STORY_CHARS:] if from_end else text[:STORY_CHARS])


class RunOpenings:
    """Whether a story opens under each run (``segment.story_opens_under``), asked only where needed."""

    def __init__(
        self, paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]], openings: frozenset[str]
    ) -> None:
        self._paragraphs, self._runs, self._openings = paragraphs, runs, openings
        self._flags: list[bool | None] = [None] * len(runs)
        self._count: int | None = None

    def __getitem__(self, number: int) -> bool:
        flag = self._flags[number]
        if flag is None:
            from desktop.proofing import segment

            end = self._runs[number][1]
            stop = self._runs[number + 1][0] if number + 1 < len(self._runs) else len(self._paragraphs)
            paragraphs = self._paragraphs
            flag = end < len(paragraphs) and segment.story_opens_under(paragraphs, end, stop, self._openings)
            self._flags[number] = flag
        return flag

    def count(self) -> int:
        if self._count is None:  # (asked for each run the rules are unsure of: once a page)
            self._count = sum(self[number] for number in range(len(self._runs)))
        return self._count


def page_runs_evidence(
    paragraphs: Sequence[_Paragraph], runs: Sequence[tuple[int, int]], openings: frozenset[str]
) -> tuple[RunOpenings, list[bool]]:
    """Whether a story opens under each run (asked lazily), and whether a closing credit stands over it."""
    from desktop.proofing import segment

    closed = [first > 0 and segment._closes_article(paragraphs[first - 1]) for first, _ in runs]
    return RunOpenings(paragraphs, runs, openings), closed
