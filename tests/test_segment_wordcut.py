"""``wordcut`` must segment exactly like jieba (``cut(..., HMM=False)``) with the same dictionary."""

from __future__ import annotations

import logging
import random

import jieba
import pytest

from desktop.paths import sample_page
from desktop.proofing import lexicon
from desktop.proofing.wordcut import WordCutter


@pytest.fixture(scope="module")
def both() -> tuple[WordCutter, jieba.Tokenizer]:
    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.initialize()
    ours = lexicon.tokenizer()
    for path in (lexicon.desk_dictionary_path(), lexicon.user_dictionary_path()):
        for word, freq, tag in lexicon.dictionary_entries(path):
            reference.add_word(word, freq or lexicon.DEFAULT_FREQUENCY, tag)
    return ours, reference


def test_same_words_as_jieba_on_random_windows_and_the_whole_page(both):
    ours, reference = both
    text = sample_page().read_text(encoding="utf-8") + " COVID-19疫情 3.5% a+b 2020年 ABC公司\u3000\r\n"
    rng = random.Random(7)
    for _ in range(1500):
        start = rng.randrange(len(text))
        window = text[start : start + rng.randrange(1, 24)]
        assert ours.cut(window) == list(reference.cut(window, HMM=False)), window
    assert ours.cut(text) == list(reference.cut(text, HMM=False))


def test_desk_words_are_known(both):
    ours, _ = both
    assert ours.cut("聊城高新区顾官屯镇志愿者") == ["聊城高新区", "顾官屯镇", "志愿者"]
    assert "蒋官屯街道" in ours.cut("聊城开发区蒋官屯街道积极开展")
