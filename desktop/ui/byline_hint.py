"""Who wrote the article when it has no byline line of its own: the names the engine found, and where.

Many stories credit their reporters in the dateline (``本报聊城9月16日讯(记者张同建)``)
or in brackets at the end of the last paragraph (``……(宋瑜)``).  The byline field
then shows those names as a hint instead of looking empty; typing in it still sets
an explicit byline line.  The engine reads the names (``pipeline.byline_of``); here
we only look up which of the article's blocks carries them, to say where they stand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desktop.proofing.model import Article, Role
from desktop.ui.engine_gateway import byline_of

_TEXT_ROLES = (Role.BODY, Role.DATELINE)


class BylineOrigin(StrEnum):
    LINE = "line"  # a byline line of its own (the explicit byline)
    DATELINE = "dateline"  # the credit at the start of the story
    CLOSING = "closing"  # brackets at the end of the last paragraph
    CAPTION = "caption"  # a □ credit line or a photo caption
    BODY = "body"  # somewhere else in the text
    NONE = "none"  # no names anywhere


@dataclass(frozen=True, slots=True)
class BylineHint:
    names: str  # "赵静 王刚", or "" when the article names nobody
    origin: BylineOrigin

    @property
    def derived(self) -> bool:
        """The names come from the text, not from a byline line."""
        return bool(self.names) and self.origin is not BylineOrigin.LINE


NO_HINT = BylineHint("", BylineOrigin.NONE)


def byline_hint(article: Article) -> BylineHint:
    names = byline_of(article)
    if not names:
        return NO_HINT
    if article.byline_index is not None:
        return BylineHint(names, BylineOrigin.LINE)
    return BylineHint(names, _origin(article, names.split()[0]))


def _origin(article: Article, first_name: str) -> BylineOrigin:
    text_blocks = [block for block in article.blocks if block.role in _TEXT_ROLES]
    for block in article.blocks:
        if first_name not in block.text:
            continue
        if block.role is Role.CAPTION:
            return BylineOrigin.CAPTION
        if text_blocks and block is text_blocks[0]:
            return BylineOrigin.DATELINE
        if text_blocks and block is text_blocks[-1]:
            return BylineOrigin.CLOSING
        return BylineOrigin.BODY
    # a name broken over two lines is in no single block: the engine joins the last lines or the dateline
    return BylineOrigin.BODY


def origin_label(origin: BylineOrigin) -> str:
    labels = {
        BylineOrigin.LINE: QCoreApplication.translate("BylineHint", "署名行"),
        BylineOrigin.DATELINE: QCoreApplication.translate("BylineHint", "电头"),
        BylineOrigin.CLOSING: QCoreApplication.translate("BylineHint", "文末"),
        BylineOrigin.CAPTION: QCoreApplication.translate("BylineHint", "图片署名"),
        BylineOrigin.BODY: QCoreApplication.translate("BylineHint", "正文"),
    }
    return labels.get(origin, "")
