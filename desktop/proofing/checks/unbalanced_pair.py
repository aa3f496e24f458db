"""``unbalanced-pair``: quotes and brackets opened and never closed inside a paragraph.

A paragraph is judged after virtually joining its broken lines, so a quote that
closes on the continuation line is not reported.  A quotation running over
several paragraphs (each opening with “, only the last closing) is newspaper
style and is not reported either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.findings import Finding, Severity, Span
from desktop.proofing.model import Role
from desktop.proofing.wording import say

NAME = "unbalanced-pair"
# Opening mark → its family's closing marks.  ( and （ are one family for balance.
_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）)", "(": "）)", "【": "】", "「": "」", "『": "』"}
_CLOSERS = {"”": "“", "’": "‘", "》": "《", "）": "（(", ")": "（(", "】": "【", "」": "「", "』": "『"}
_MARK_RE = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")
_CHECKED_ROLES = (Role.BODY, Role.DATELINE, Role.HEADLINE, Role.SUBTITLE, Role.CAPTION, Role.INTERTITLE)


@dataclass(frozen=True, slots=True)
class _Mark:
    block: int
    offset: int
    char: str


def _is_apostrophe(text: str, offset: int) -> bool:
    before = text[offset - 1] if offset > 0 else ""
    after = text[offset + 1] if offset + 1 < len(text) else ""
    return before.isascii() and before.isalpha() and (not after or after.isascii())


def unbalanced_marks(pieces: list[tuple[int, str]]) -> list[_Mark]:
    """Marks without a partner in the paragraph made of ``pieces`` (block index, text)."""
    texts = tuple(text for _, text in pieces)
    blocks = [block for block, _ in pieces]
    return [_Mark(blocks[m.block], m.offset, m.char) for m in _unbalanced(texts)]


@lru_cache(maxsize=CACHE_SIZE)
def _unbalanced(texts: tuple[str, ...]) -> tuple[_Mark, ...]:
    """Like ``unbalanced_marks`` with blocks numbered from 0 within the paragraph (cached)."""
    stack: list[_Mark] = []
    stray: list[_Mark] = []
    for block, text in enumerate(texts):
        for found in _MARK_RE.finditer(text):
            offset, char = found.start(), found.group()
            if char in _PAIRS:
                stack.append(_Mark(block, offset, char))
            elif char in _CLOSERS:
                if char == "’" and _is_apostrophe(text, offset):
                    continue
                match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].char in _CLOSERS[char]), None)
                if match is None:
                    stray.append(_Mark(block, offset, char))
                else:
                    stray.extend(stack[match + 1 :])
                    del stack[match:]
    return tuple(sorted(stray + stack, key=lambda m: (m.block, m.offset)))


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    breaks = context.breaks
    paragraphs: list[list[int]] = []
    for index, block in enumerate(blocks):
        if block.role not in _CHECKED_ROLES:
            continue
        # (``context.joins_next(index - 1)``, read directly: asked of every line)
        if paragraphs and paragraphs[-1][-1] == index - 1 and (above := breaks[index - 1]) is not None and above.joins:
            paragraphs[-1].append(index)
        else:
            paragraphs.append([index])
    findings: list[Finding] = []
    for number, indices in enumerate(paragraphs):
        if not _unbalanced(tuple([blocks[i].text for i in indices])):
            continue  # (most paragraphs: nothing to map back to the page's blocks)
        marks = unbalanced_marks([(i, blocks[i].text) for i in indices])
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if following and blocks[following[0]].text.startswith("“"):
            marks = [m for m in marks if not (m.char == "“" and m.block == indices[0] and m.offset == 0)]
        if not marks:
            continue
        chars = "".join(dict.fromkeys(m.char for m in marks))
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.WARNING,
                blocks=tuple(indices),
                article=context.owner[indices[0]],
                message=say(
                    "段落“{paragraph}”中的 {chars} 没有配对", paragraph=head(blocks[indices[0]].text, 10), chars=chars
                ),
                evidence=say("在本段（含断行接续的部分）内找不到与之配对的另一半标点"),
                confidence=0.8,
                spans=tuple(Span(m.block, m.offset, m.offset + 1) for m in marks),
            )
        )
    return findings
