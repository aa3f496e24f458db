"""Whether two stretches of a page talk about the same thing: shared distinctive character pairs.

A sub-heading inside a long article is followed by more of the same story (the
same people, places and things); a new article's headline is followed by
another story.  Words are approximated by pairs of Chinese characters, weighted
by how rare they are on the page, so that pairs every story uses (``今年``,
``工作``) count for little.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property, lru_cache

from desktop.proofing.credits import CACHE_SIZE

_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def pairs(text: str) -> set[str]:
    return set(_pairs(text))


@lru_cache(maxsize=CACHE_SIZE)
def _pairs(text: str) -> frozenset[str]:
    found: set[str] = set()
    for run in _RUN_RE.findall(text):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(found)


class TopicIndex:
    """Rarity of every character pair over the paragraphs of one page (counted on first use)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.count = max(1, len(paragraphs))

    @cached_property
    def frequency(self) -> Counter[str]:
        return _frequency(self.paragraphs)

    @cached_property
    def _log_count(self) -> float:
        return math.log(self.count + 1)

    def weight(self, pair: str) -> float:
        weight = self._weights.get(pair)
        if weight is None:
            weight = self._weights[pair] = self._log_count - math.log(self.frequency.get(pair, 0) + 1)
        return weight

    @cached_property
    def _weights(self) -> dict[str, float]:
        return {}

    def overlap(self, before: str, after: str) -> float:
        """Share (0..1, by weight) of what ``after`` says that ``before`` already said."""
        return self.overlaps(after, [before])[0]

    def overlaps(self, after: str, befores: Sequence[str]) -> list[float]:
        """``overlap(before, after)`` for each of ``befores`` (``after`` weighed once)."""
        weighed = {pair: self.weight(pair) for pair in _pairs(after)}
        total = sum(weighed.values())
        if total <= 0:
            return [0.0] * len(befores)
        return [sum(weighed[pair] for pair in weighed.keys() & _pairs(before)) / total for before in befores]


# The paragraphs last counted and the page's pairs counted over them: segmentation asks again after each pass
# over the page, where a few paragraphs were joined or parted, so the next count starts from the last.
_last_count: list[tuple[Counter[str], Counter[str]]] = []


def _frequency(paragraphs: Sequence[str]) -> Counter[str]:
    """In how many of ``paragraphs`` each pair stands (a pair's count may be left at 0: read with ``get``)."""
    texts = Counter(paragraphs)
    if _last_count:
        counted, frequency = _last_count[0]
        gone, new = counted - texts, texts - counted
        if gone.total() + new.total() < len(paragraphs) // 2:
            frequency = frequency.copy()  # (the last count stays as it was: an index may still read it)
            for text, times in gone.items():
                for pair in _pairs(text):
                    frequency[pair] -= times
            for text, times in new.items():
                for pair in _pairs(text):
                    frequency[pair] += times
            _last_count[0] = (texts, frequency)
            return frequency
    frequency = Counter()
    for text in paragraphs:
        frequency.update(_pairs(text))
    _last_count[:] = [(texts, frequency)]
    return frequency


def forget_counts() -> None:
    """Drop the last page's count (``pipeline.forget_lines``)."""
    _last_count.clear()
