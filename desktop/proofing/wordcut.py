"""jieba's dictionary segmentation (``cut(text, HMM=False)``), loaded in a fraction of the time.

``jieba.Tokenizer`` keeps every word *and every prefix of every word* in one
dict, which takes about half a second to unmarshal — most of a cold
``proofsheet check``.  This module keeps only the words (with their
frequencies) and reproduces jieba's algorithm exactly: the DAG of dictionary
words, the maximum-probability route, and the grouping of single Latin letters
and digits.  ``tests/test_lexicon.py`` checks it against jieba itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]")


class WordCutter:
    def __init__(self, frequencies: dict[str, int], total: int) -> None:
        self.frequencies = frequencies
        self.total = total
        self.longest = max((len(word) for word in frequencies), default=1)

    def add_word(self, word: str, frequency: int) -> None:
        self.frequencies[word] = frequency
        self.total += frequency
        self.longest = max(self.longest, len(word))

    def cut(self, text: str) -> list[str]:
        words: list[str] = []
        for block in _HAN.split(text):
            if not block:
                continue
            if _HAN.match(block):
                words.extend(self._cut_block(block))
            else:
                for piece in _SKIP.split(block):
                    if _SKIP.match(piece):
                        words.append(piece)
                    else:
                        words.extend(piece)
        return words

    def _route(self, sentence: str) -> list[int]:
        """For each position, where the best word starting there ends (exclusive)."""
        frequencies, length = self.frequencies, len(sentence)
        log_total = math.log(self.total)
        best: list[tuple[float, int]] = [(0.0, 0)] * (length + 1)
        for start in range(length - 1, -1, -1):
            ends = [
                end
                for end in range(start + 1, min(length, start + self.longest) + 1)
                if frequencies.get(sentence[start:end])
            ] or [start + 1]
            best[start] = max(
                (math.log(frequencies.get(sentence[start:end]) or 1) - log_total + best[end][0], end - 1)
                for end in ends
            )
        return [position + 1 for _, position in best[:length]]

    def _cut_block(self, sentence: str) -> Iterator[str]:
        route = self._route(sentence)
        position, latin = 0, ""
        while position < len(sentence):
            end = route[position]
            word = sentence[position:end]
            if len(word) == 1 and _ENG.match(word):
                latin += word
            else:
                if latin:
                    yield latin
                    latin = ""
                yield word
            position = end
        if latin:
            yield latin


def read_jieba_dictionary() -> tuple[dict[str, int], int]:
    """Words and frequencies of jieba's bundled dictionary (about 0.26 s of CPU: no cache needed)."""
    from importlib.resources import files

    return parse_dictionary(files("jieba").joinpath("dict.txt").read_bytes().decode("utf-8"))


def parse_dictionary(text: str) -> tuple[dict[str, int], int]:
    """``word freq [tag]`` lines as words → frequency (words of frequency 0 left out) and the total.

    jieba's own file has three fields on every line: then one ``split`` and slices read it,
    twice as fast as unmarshalling a cached dict of it (which the first start had to build).
    """
    tokens = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if len(tokens) == 3 * lines and all(token.isdigit() for token in tokens[1:60:3]):
        counts = list(map(int, tokens[1::3]))
        return {word: f for word, f in zip(tokens[0::3], counts, strict=True) if f > 0}, sum(counts)
    return parse_lines(text)


def parse_lines(text: str) -> tuple[dict[str, int], int]:
    """``parse_dictionary`` line by line, for a file whose lines differ in their number of fields."""
    frequencies: dict[str, int] = {}
    total = 0
    for line in text.splitlines():
        parts = line.strip().split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        frequency = int(parts[1])
        frequencies[parts[0]] = frequency
        total += frequency
    return {word: f for word, f in frequencies.items() if f > 0}, total
