"""The page's pair counts follow its paragraphs as segmentation joins and parts them between passes."""

from __future__ import annotations

from collections import Counter

from desktop.proofing import pipeline, topic
from desktop.proofing.topic import TopicIndex

STORY = [
    "青禾县新建三座便民桥",
    "本报讯 近日，青禾县柳湾镇三座便民桥完工通车，附近村民出行更方便了。",
    "林可舟说，过去村民过河要绕行五公里，如今几分钟就到。",
    "柳湾镇茶园喜获丰收",
    "柳湾镇的茶园里，茶农们正忙着采摘新茶，一派繁忙景象。",
    "苗若溪告诉记者，今年茶叶产量比去年增长两成。",
]


def _fresh(paragraphs: list[str]) -> Counter[str]:
    counted: Counter[str] = Counter()
    for text in paragraphs:
        counted.update(topic.pairs(text))
    return counted


def _same_counts(index: TopicIndex, paragraphs: list[str]) -> bool:
    fresh = _fresh(paragraphs)
    pairs = set(fresh) | set(index.frequency)
    return all(index.frequency.get(pair, 0) == fresh.get(pair, 0) for pair in pairs)


def test_counts_follow_joined_parted_and_repeated_paragraphs():
    topic.forget_counts()
    assert _same_counts(TopicIndex(STORY), STORY)
    joined = [STORY[0], STORY[1] + STORY[2], *STORY[3:]]  # (a broken line joined in the next pass)
    assert _same_counts(TopicIndex(joined), joined)
    repeated = [*joined, STORY[3]]  # (a headline printed twice)
    assert _same_counts(TopicIndex(repeated), repeated)
    assert _same_counts(TopicIndex(STORY), STORY)  # (parted again)


def test_an_index_keeps_its_counts_when_the_next_page_is_counted():
    topic.forget_counts()
    first = TopicIndex(STORY)
    before = dict(first.frequency)
    TopicIndex(STORY[:-1])
    assert dict(first.frequency) == before
    assert first.weight("茶园") == TopicIndex(STORY).weight("茶园")


def test_forget_lines_drops_the_last_count():
    TopicIndex(STORY).frequency  # noqa: B018 (counted on first use)
    pipeline.forget_lines()
    assert not topic._last_count
