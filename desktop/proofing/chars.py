"""Character classes of Chinese newspaper text, shared by segmentation and the checks."""

from __future__ import annotations

import re

SENTENCE_FINAL = "。！？!?…"
PAUSE = "，、：；,:;"
OPENING = "“‘（(《【「『〈［[｛{"
CLOSING = "”’）)》】」』〉］]｝}"
# Characters that cannot begin a sentence: closing punctuation and pause marks.
CANNOT_START = CLOSING + "，。、：；！？,.;:!?…"
# Structural particles that only ever follow another word.
PARTICLES = "的了着地得们吗呢吧啊么"

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_CJK_RE = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NOT_HAN_RE = re.compile(r"[^\u4e00-\u9fff]+")
_TERMINAL_RE = re.compile(r"[。！？!?…]+[”’）)」』]*$")
_TERMINAL_LAST = frozenset("。！？!?…”’）)」』")  # what a text that ends a sentence ends with
_INTERNAL_TERMINAL_RE = re.compile(r"[。！？!?]")
_TRAILING_END_RE = re.compile(r"[。！？!?…”’）)」』]+$")


def is_cjk(char: str) -> bool:
    return bool(char) and _CJK_RE.match(char) is not None


def count_cjk(text: str) -> int:
    # (what is left with the rest taken out: one string, not findall's list of one string a character)
    return len(_NOT_CJK_RE.sub("", text))


def han_only(text: str) -> str:
    """The text's common Han characters (U+4E00–U+9FFF) run together, everything else taken out."""
    return _NOT_HAN_RE.sub("", text)


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence: final punctuation, possibly inside closing quotes."""
    tail = text.rstrip()[-12:]
    return tail[-1:] in _TERMINAL_LAST and _TERMINAL_RE.search(tail) is not None


def has_internal_sentence_end(text: str) -> bool:
    """A sentence ends before the text's own end (so this is running text)."""
    body = _TRAILING_END_RE.sub("", text.rstrip())
    return _INTERNAL_TERMINAL_RE.search(body) is not None


def pause_count(text: str) -> int:
    return sum(map(text.count, PAUSE))  # (no generator: asked of many lines, several times)


def display_width(text: str) -> int:
    """Width in half-width cells: CJK and full-width characters count two, ASCII one.

    GBK happens to encode exactly so (one byte for ASCII, two for Chinese and
    full-width forms), and encoding runs in C.
    """
    return len(text.encode("gbk", errors="replace"))


def common_ends(first: str, second: str) -> tuple[int, int]:
    """How many characters ``first`` and ``second`` share at the start, and then at the end.

    The end is counted only in what the shared start left over, so the two never overlap:
    ``first[head:len(first) - tail]`` became ``second[head:len(second) - tail]``.
    """
    shorter = min(len(first), len(second))
    head = 0
    while head < shorter and first[head] == second[head]:
        head += 1
    tail = 0
    while tail < shorter - head and first[-1 - tail] == second[-1 - tail]:
        tail += 1
    return head, tail
