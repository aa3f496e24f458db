"""One house byline style for every article of an export, whatever form each had on the page.

A page credits its stories in several forms: a byline line of its own (``记者 林可舟`` or
``（记者 林可舟）``), brackets at the end of the last paragraph (``……好。（林可舟）``) or
a credit line closing the text.  The desk prints them one way: right-aligned under the
story (右对齐), in brackets at the end of the last paragraph (文末括号), or on a line of
its own under the titles (单独一行), each with or without brackets (文末括号 always has
them).  A credit inside the dateline (``本报讯（记者 林可舟）``) is part of the dateline and
stays there.  Only where the credit stands and its brackets change: no other character.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.proofing import credits


class BylinePlace(StrEnum):
    AS_PAGE = "as_page"  # 按原稿: as the page has it
    RIGHT = "right"  # 右对齐: a line of its own under the story, right-aligned
    END_BRACKET = "end_bracket"  # 文末括号: in brackets at the end of the last paragraph
    OWN_LINE = "own_line"  # 单独一行: a line of its own under the titles


@dataclass(frozen=True, slots=True)
class BylineStyle:
    place: BylinePlace = BylinePlace.AS_PAGE
    brackets: bool = False

    @property
    def active(self) -> bool:
        return self.place is not BylinePlace.AS_PAGE


AS_PAGE = BylineStyle()
_OPEN, _CLOSE = "(（", ")）"


def bare_credit(text: str) -> str:
    """``（记者 林可舟）`` → ``记者 林可舟``: the credit without its brackets and outer spaces."""
    stripped = text.strip()
    while len(stripped) >= 2 and stripped[0] in _OPEN and stripped[-1] in _CLOSE:
        stripped = stripped[1:-1].strip()
    return stripped


def styled_credit(names: Sequence[str], brackets: bool) -> str:
    joined = " ".join(name for name in names if name)
    return f"（{joined}）" if brackets else joined


def closing_credit(text: str) -> tuple[str, str] | None:
    """A body paragraph's closing credit: (the paragraph without it, the credit), or None.

    The whole paragraph may be the credit (a credit line closing the text), or the credit
    may run on after the last sentence (``……好。（林可舟）``, ``……好。 记者 林可舟 摄``).
    """
    whole = credits.line(text)
    if whole is not None and whole.signed:
        return "", text.strip()
    run_on = credits.trailing(text)
    if run_on is None or not run_on.signed:
        return None
    return text[: run_on.start].rstrip(), text[run_on.start : run_on.end]
