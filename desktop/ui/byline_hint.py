"""Who wrote the article when it has no byline line of its own: the names the engine found, and where.

Many stories credit their reporters in the dateline (``本报聊城9月16日讯(记者张同建)``)
or in brackets at the end of the last paragraph (``……(宋瑜)``).  The byline field
then shows those names as a hint instead of looking empty; typing in it still sets
an explicit byline line.  The engine reads the credits (``credits.signing_credits``)
with their names and where each stands; here they become the hint's text and origin.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desktop.proofing.model import Article
from desktop.ui.engine_gateway import credits_anywhere, signing_credits


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
    # (two articles merged: the first one's closing credit now stands mid-text and signs nothing in
    # the engine's reading, yet it is still where the names came from; the label must not flip)
    credits = signing_credits(article) or credits_anywhere(article)
    names = " ".join(dict.fromkeys(name for credit in credits for name in credit.names))
    if not names:
        return NO_HINT
    if article.byline_index is not None and credits[0].block == article.byline_index:
        return BylineHint(names, BylineOrigin.LINE)
    first = credits[0]
    if first.position == "top_line" and article.blocks[article.block_indices.index(first.block)].role != "caption":
        return BylineHint(names, BylineOrigin.BODY)  # a credit line under the titles, in the text
    return BylineHint(names, _ORIGINS.get(first.position, BylineOrigin.BODY))


# Where the engine found the first credit (``credits.Position``), as the hint tells it.
_ORIGINS = {
    "first_paragraph": BylineOrigin.DATELINE,
    "end": BylineOrigin.CLOSING,
    "end_own_line": BylineOrigin.CLOSING,
    "top_line": BylineOrigin.CAPTION,
    "caption": BylineOrigin.CAPTION,
}


def origin_label(origin: BylineOrigin) -> str:
    labels = {
        BylineOrigin.LINE: QCoreApplication.translate("BylineHint", "署名行"),
        BylineOrigin.DATELINE: QCoreApplication.translate("BylineHint", "电头"),
        BylineOrigin.CLOSING: QCoreApplication.translate("BylineHint", "文末"),
        BylineOrigin.CAPTION: QCoreApplication.translate("BylineHint", "图片署名"),
        BylineOrigin.BODY: QCoreApplication.translate("BylineHint", "正文"),
    }
    return labels.get(origin, "")
