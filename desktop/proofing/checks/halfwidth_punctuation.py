"""``halfwidth-punctuation``: ASCII ``,:;!?()`` inside Chinese text, which print as full-width.

Numbers (``1,975``), times (``10:30``), URLs and Latin text keep their ASCII
punctuation, and no space is ever inserted or removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.proofing.chars import is_cjk
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Fix, Severity, Span
from desktop.proofing.model import Role
from desktop.proofing.wording import say

NAME = "halfwidth-punctuation"
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_HALFWIDTH_RE = re.compile(r"[,:;!?()]")
_CHINESE_PUNCTUATION = "，。、：；！？“”‘’《》（）【】「」『』…—·～"
_PROTECTED_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s\u4e00-\u9fff，。、“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _chinese(char: str) -> bool:
    return is_cjk(char) or char in _CHINESE_PUNCTUATION


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] in " \t\u3000":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _matching_close(text: str, open_at: int) -> int | None:
    depth = 0
    for index in range(open_at, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def halfwidth_offsets(text: str) -> tuple[int, ...]:
    """Offsets of the ASCII punctuation marks in ``text`` that should be full-width."""
    return _halfwidth_offsets(text) if _HALFWIDTH_RE.search(text) else ()


@lru_cache(maxsize=CACHE_SIZE)
def _halfwidth_offsets(text: str) -> tuple[int, ...]:
    """The marks to make full-width, including those that stand next to a mark made full-width.

    A mark made full-width is Chinese punctuation for its neighbours (``吗?!``, ``:::``):
    without following that through, fixing the page would expose new findings every time.
    """
    offsets: set[int] = set()
    current = text
    while True:
        found = set(_offsets_once(current)) - offsets
        if not found:
            return tuple(sorted(offsets))
        offsets |= found
        current = "".join(FULL_WIDTH[c] if i in found else c for i, c in enumerate(current))


def _offsets_once(text: str) -> tuple[int, ...]:
    protected: set[int] = set()
    for match in _PROTECTED_RE.finditer(text) if ("/" in text or "@" in text or "www" in text) else ():
        protected.update(range(match.start(), match.end()))
    offsets: set[int] = set()
    decided_close: set[int] = set()
    for mark in _HALFWIDTH_RE.finditer(text):
        index, char = mark.start(), mark.group()
        if index in protected or index in decided_close:
            continue
        before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
        if char == "(":
            close = _matching_close(text, index)
            inner = text[index + 1 : close] if close is not None else ""
            after_close = _neighbour(text, close, 1) if close is not None else ""
            chinese = _chinese(before) or any(is_cjk(c) for c in inner) or _chinese(after_close)
            if close is None:
                chinese = _chinese(before) or _chinese(after)
            if close is not None:
                decided_close.add(close)
                if chinese:
                    offsets.add(close)
            if chinese:
                offsets.add(index)
            continue
        if char == ")":
            if _chinese(before) or _chinese(after):
                offsets.add(index)
            continue
        if char in ",:;" and before.isdigit() and after.isdigit():
            continue  # 1,975  10:30
        if char in "!?" and before.isascii() and before.isalnum():
            continue  # ends a Latin sentence or sits in a code: ``world!``, ``a?b``
        if _chinese(before) or _chinese(after):
            offsets.add(index)
    return tuple(sorted(offsets))


@lru_cache(maxsize=CACHE_SIZE)
def _repair(text: str) -> tuple[tuple[int, ...], str, tuple[tuple[int, str, str], ...]] | None:
    """Offsets, message and replacements for one block's text (cached: pages are re-checked after each edit)."""
    offsets = halfwidth_offsets(text)
    if not offsets:
        return None
    marks = "、".join(f"“{mark}”" for mark in dict.fromkeys(text[i] for i in offsets))
    message = say("中文里有 {count} 个半角标点 {marks}，应改为全角", count=len(offsets), marks=marks)
    return offsets, message, tuple((i, text[i], FULL_WIDTH[text[i]]) for i in offsets)


_EVIDENCE = say("这些半角标点紧挨着汉字或中文标点；数字、时间、网址和外文中的半角标点不在此列")
_LABEL = say("半角标点改为全角")

# (bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_CHROME, _WARNING = Role.CHROME, Severity.WARNING


def run(context: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    owner = context.owner
    for block_index, block in enumerate(context.document.blocks):
        if block.role is _CHROME:
            continue  # page furniture is deleted, not proofread
        repair = _repair(block.text)
        if repair is None:
            continue
        offsets, message, replacements = repair
        uids = (block.uid,)
        # (positional: ~5000 of these a megabyte on a page typed with half-width punctuation, each with its spans)
        findings.append(
            Finding(
                NAME,
                _WARNING,
                (block_index,),
                owner[block_index],
                message,
                _EVIDENCE,
                0.95,
                Fix("replace_chars", _LABEL, uids, replacements),
                tuple([Span(block_index, i, i + 1) for i in offsets]),
                uids,  # anchors: what ``checks.anchor_blocks`` gives, the block its marks are in
            )
        )
    return findings
