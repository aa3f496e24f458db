"""Who wrote an article: the reporters' names wherever the page put them."""

from __future__ import annotations

import re

from desktop.proofing import bylines
from desktop.proofing.continuation import unclosed_opening
from desktop.proofing.model import Article, Block, Role

_BROKEN_BYLINE_TAIL = 12
# A credit broken over two lines may have lost the space between two names at the break
# (``陈雨`` / ``周扬``), or have a name cut in two (``赵`` / ``晨``): try both.
_JOINTS = (" ", "")
# An editor's note (编者按) may stand above the dateline: the lead comes after it.
_EDITORS_NOTE_RE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编前|编后|编者)[】\]）)]?[：:\s]")
_NOTE_MAX_LINES = 20
# In the byline slot (typed by the editor or attached by a fix) bare names count: ``赵静 王刚``.
_SLOT_SEPARATORS_RE = re.compile(r"[\s、，,/；;]+")
_BARE_NAME_RE = re.compile(r"^[\u3400-\u9fff·]{2,6}$")
_SLOT_BRACKETS = "()（）[]【】〔〕 \u3000"


def byline_of(article: Article) -> str | None:
    """The names of the article's reporters (``"赵静 王刚"``), or None when it carries no byline."""
    names = byline_names(article)
    return " ".join(names) if names else None


def byline_names(article: Article) -> tuple[str, ...] | None:
    blocks = dict(zip(article.block_indices, article.blocks, strict=True))
    if article.byline_index is not None:
        names = _slot_names(blocks[article.byline_index].text)
        if names:
            return tuple(dict.fromkeys(names + _credit_line_below(article, blocks)))
    text_blocks = [blocks[i] for i in article.block_indices if blocks[i].role in (Role.BODY, Role.DATELINE)]
    lead = _after_editors_note([block.text for block in text_blocks])
    for number, block in enumerate(text_blocks[lead : lead + 2], start=lead):
        dateline = bylines.parse_dateline(block.text)
        broken = dateline is None or unclosed_opening(block.text[: dateline.end + 1])
        if broken and number + 1 < len(text_blocks) and bylines.starts_like_dateline(block.text):
            # a dateline broken over two lines: ``新华社北京9月16日电（记者 陈雨`` / ``周扬）……``
            for joint in _JOINTS:
                joined = bylines.parse_dateline(block.text + joint + text_blocks[number + 1].text)
                if joined is not None and joined.names and joined.end > len(block.text):
                    dateline = joined
                    break
        if dateline is not None and dateline.names:
            return dateline.names
    return _other_bylines(article, blocks, text_blocks)


def _credit_line_below(article: Article, blocks: dict[int, Block]) -> tuple[str, ...]:
    """A labelled credit line right under the byline: ``记者 马琳`` / ``通讯员 何婷婷 报道`` split over two lines."""
    position = article.block_indices.index(article.byline_index) + 1
    if position >= len(article.block_indices):
        return ()
    below = blocks[article.block_indices[position]]
    if below.role is Role.BYLINE or not bylines.has_label(below.text):
        return ()
    return bylines.byline_line_names(below.text) or ()


def _slot_names(text: str) -> tuple[str, ...] | None:
    """Names in the article's byline slot: any credit form, or names standing bare."""
    names = bylines.byline_line_names(text)
    if names:
        return names
    tokens = tuple(token for token in _SLOT_SEPARATORS_RE.split(text.strip(_SLOT_BRACKETS)) if token)
    if tokens and all(_BARE_NAME_RE.match(token) for token in tokens):
        return tokens
    return None


def _after_editors_note(texts: list[str]) -> int:
    """Where the lead starts: after an editor's note (its lines up to the one that opens a dateline), else 0."""
    if not texts or _EDITORS_NOTE_RE.match(texts[0].lstrip()) is None:
        return 0
    for number, text in enumerate(texts[1:_NOTE_MAX_LINES], start=1):
        if bylines.starts_like_dateline(text.lstrip()):
            return number
    return 0


def _other_bylines(article: Article, blocks: dict[int, Block], text_blocks: list[Block]) -> tuple[str, ...] | None:
    """A □ credit, a byline line at the end, or a closing ``（张三）``."""
    for block in (blocks[i] for i in article.block_indices):
        if block.role is Role.CAPTION and block.text.lstrip().startswith(("□", "■")):
            names = bylines.byline_line_names(block.text)
            if names:
                return names
    if text_blocks:
        last = text_blocks[-1].text
        names = bylines.byline_line_names(last)
        if names:
            return names
        trailing = bylines.trailing_byline(last)
        if trailing is None and len(text_blocks) > 1 and len(last) <= _BROKEN_BYLINE_TAIL:
            # the closing byline broken over the last two lines: ``……以上。（赵`` / ``晨 刘敏）``
            joined = (bylines.trailing_byline(text_blocks[-2].text + joint + last) for joint in _JOINTS)
            trailing = next((found for found in joined if found is not None), None)
        if trailing is not None:
            return trailing[1]
    return None
