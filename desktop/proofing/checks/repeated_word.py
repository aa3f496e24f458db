"""``repeated-word``: a function word typed twice (的的, 了了, 在在, 我们我们); the fix deletes the second copy.

Only words that never reduplicate are listed (no 天天, 常常, 看看, 谢谢, 让让, 对对), and
the page's word cut must give the two copies as two words of their own: ``的的确确``,
``他说的的确是`` (的/的确), ``实实在在``, ``不了了之`` and ``问题存在在哪里`` (存在/在)
are not flagged.  Three or more copies are speech (是是是), not a slip of the keyboard.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.term_match import PROOFREAD_ROLES, is_word, replacement_finding
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.wording import say

NAME = "repeated-word"
SINGLE = "的了在是和与及把被将从向也都就又并而或但这那其之以于由着得所给却再才很更"  # not 地: 地地导弹
WORDS = [
    "我们",
    "他们",
    "她们",
    "它们",
    "因为",
    "所以",
    "但是",
    "如果",
    "已经",
    "以及",
    "并且",
    "而且",
    "或者",
    "通过",
    "进行",
    "对于",
    "关于",
    "根据",
    "同时",
    "目前",
    "其中",
    "正在",
    "认为",
]
_DOUBLED = re.compile(f"({'|'.join(WORDS)}|[{SINGLE}])\\1")
# 了 read liǎo (finish) before its object: 终于了了一桩心事
_LIAO_OBJECT = "一这那心此个件桩多些却"
_PUNCTUATION = "，。、；：？！…—”’）》,.;:?!"
_SOURCE = say("同一个虚词连写两次是常见的录入差错，不是叠词")


@lru_cache(maxsize=CACHE_SIZE)
def doubled_words(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each doubled function word in ``text``: the two copies together."""
    found: list[tuple[int, int]] = []
    for match in _DOUBLED.finditer(text):
        start, end = match.span()
        word = match.group(1)
        size = len(word)
        if text[start - size : start] == word or text[end : end + size] == word:
            continue  # three copies or more: speech
        if text[start - 1 : start] == "一":
            continue  # 一把把 一个个: a numeral's measure word repeated
        after = text[end : end + 1]
        if word == "了" and after and after in _LIAO_OBJECT:
            continue
        if word == "是" and (not after or after in _PUNCTUATION):
            continue  # 是是，  an answer in speech
        if is_word(text, start, start + size) and is_word(text, start + size, end):
            found.append((start, end))
    return tuple(found)


def run(context: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for block_index, block in enumerate(context.document.blocks):
        if block.role not in PROOFREAD_ROLES:
            continue
        for start, end in doubled_words(block.text):
            word = block.text[start : (start + end) // 2]
            findings.append(
                replacement_finding(
                    context,
                    NAME,
                    block_index,
                    (start + end) // 2,
                    end,
                    "",
                    message=say("“{word}”连写了两次，应删去一个", word=word),
                    evidence=say("“{word}{word}”中两个“{word}”各自成词；{why}", word=word, why=_SOURCE),
                    severity=Severity.WARNING,
                    confidence=0.85,
                )
            )
    return findings
