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

from desktop.proofing.bylines import CACHE_SIZE

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
        frequency: Counter[str] = Counter()
        for text in self.paragraphs:
            frequency.update(_pairs(text))
        return frequency

    def weight(self, pair: str) -> float:
        return math.log((self.count + 1) / (self.frequency.get(pair, 0) + 1))

    def overlap(self, before: str, after: str) -> float:
        """Share (0..1, by weight) of what ``after`` says that ``before`` already said."""
        after_pairs = pairs(after)
        total = sum(self.weight(pair) for pair in after_pairs)
        if total <= 0:
            return 0.0
        shared = after_pairs & pairs(before)
        return sum(self.weight(pair) for pair in shared) / total
