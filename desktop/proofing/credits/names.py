"""The one rule for what a person's name in a credit is, and how names run together are split.

A name is two to four Han characters (or two parts joined by ``·``: 阿依古丽·买买提).
Where the credit gives no other evidence (a bare name list run on after the last
sentence, an unmarked line), it must also start with a common surname
(``surnames.py``).  Names printed without a separator (``林可舟苗若溪韩松岭``) are
split into surname-led pieces of two or three characters, preferring names the
caller already knows (the roster, the page's other credits).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from desktop.proofing.credits.words import COMMON_WORDS
from desktop.proofing.surnames import COMPOUND, SINGLE

HAN = "\u3400-\u9fff"
_HAN_RE = re.compile(rf"^[{HAN}]+$")
_DOT_NAME_RE = re.compile(rf"^[{HAN}]{{1,6}}[·•][{HAN}]{{1,6}}$")
MAX_NAMES = 6
MAX_RUN = 12  # characters of names run together (four three-character names)
# Words that stand where a name would and are none: notes, column labels, a photo's position.
NOT_NAMES = frozenset(
    {
        "本报", "本刊", "待续", "未完待续", "完", "续", "资料图", "资料图片", "图片", "综合", "本报综合", "有删节",
        "据新华社", "新华社", "手记", "记者手记", "观察", "调查", "来信", "点评", "快评", "短评", "时评", "述评",
        "专访", "连线", "视点", "聚焦", "特写", "独家", "整理", "供图", "翻拍", "航拍", "合影", "上接", "下转",
        "附图", "附图片", "组图", "多图", "配图", "附表", "图表", "视频", "附件", "详见", "见图", "有图",
    }
)  # fmt: skip
# ``（左二）``, ``（前排右三）``, ``（中）``: who is where in a photo, not a credit.
_PHOTO_PLACE_RE = re.compile(
    r"^(?:(?:前排|后排|中排|左|右|中|上|下)[左右中]?[一二三四五六七八九十\d]*|[见如][上下左右]?图[一二三四五六七八九十\d]*)$"
)  # (and ``（见上图）``: where the picture is)


def is_surname_name(token: str) -> bool:
    """``林可舟``, ``甘棠``, ``欧阳明``: a common surname and one or two given-name characters."""
    if token[:2] in COMPOUND:
        return 3 <= len(token) <= 4 and _HAN_RE.match(token) is not None
    return 2 <= len(token) <= 3 and token[0] in SINGLE and _HAN_RE.match(token) is not None


def is_word(token: str) -> bool:
    """``游客争``, ``居民``: the piece opens with a common word, so it is no name where nothing vouches for it."""
    return token[:2] in COMMON_WORDS


def is_name(token: str, strict: bool = False) -> bool:
    """A person's name: surname-led when ``strict``, else any two to four Han characters (a pen name too)."""
    if token in NOT_NAMES or _PHOTO_PLACE_RE.match(token):
        return False
    if _DOT_NAME_RE.match(token):
        return True
    if strict:
        return is_surname_name(token)
    return 2 <= len(token) <= 4 and _HAN_RE.match(token) is not None


def split_run(run: str, known: Container[str] = frozenset(), strict: bool = False) -> tuple[str, ...] | None:
    """The names in ``run`` (one name, or several printed without a separator), or None.

    ``记者林可舟苗若溪韩松岭`` has the run ``林可舟苗若溪韩松岭``: three names.  ``known`` is any
    hashable container of names (a frozenset, the roster): its names cost least.  A run
    that cannot be cut into surname-led names is one name when it is one (a pen name,
    a rare surname) and ``strict`` is off.
    """
    if not run or run in NOT_NAMES:
        return None
    if run in known:
        return (run,)
    if len(run) <= 3 or _DOT_NAME_RE.match(run):
        return (run,) if is_name(run, strict) else None
    if len(run) > MAX_RUN or _HAN_RE.match(run) is None:
        return None
    cut = _cut(run, known)
    if cut is not None and (len(cut) > 1 or run[:2] in COMPOUND):
        return cut
    return (run,) if len(run) == 4 and is_name(run, strict) else None


_STRANGER_COST = 3.0  # a piece not led by a common surname, in a list of names a job vouches for
MIN_LIST = 3  # names a run must hold before one of them may have a rare surname


def split_list(run: str, known: Container[str] = frozenset()) -> tuple[str, ...] | None:
    """A run of three names or more that a job word vouches for (``林可舟苗若溪郦山摄``): one may have a rare surname.

    Cut as ``split_run`` does, but one piece of two or three characters need not start with
    a common surname; every other piece must.
    """
    if _HAN_RE.match(run) is None or not 6 <= len(run) <= MAX_RUN:
        return None
    cut = _cut(run, known, stranger=True)
    if cut is None or len(cut) < MIN_LIST:
        return None
    strangers = [piece for piece in cut if piece not in known and not is_surname_name(piece)]
    return cut if len(strangers) <= 1 and not any(piece in NOT_NAMES for piece in cut) else None


@lru_cache(maxsize=4096)
def _cut(run: str, known: Container[str], stranger: bool = False) -> tuple[str, ...] | None:
    """The cheapest cut of ``run`` into surname-led names (known names cost least, three characters less than two).

    ``stranger``: a piece of two or three characters that no surname leads may stand in the cut, at a high cost.
    """
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (len(run) + 1)
    best[0] = (0.0, ())
    for end in range(2, len(run) + 1):
        for size in (2, 3, 4):
            start = end - size
            if start < 0 or best[start] is None:
                continue
            piece = run[start:end]
            if piece in known:
                cost = 0.1
            elif is_surname_name(piece):
                cost = 1.0 if size == 3 else 1.3
            elif stranger and size < 4:
                cost = _STRANGER_COST
            else:
                continue
            previous = best[start]
            assert previous is not None
            candidate = (previous[0] + cost, (*previous[1], piece))
            if best[end] is None or candidate[0] < best[end][0]:  # type: ignore[index]
                best[end] = candidate
    found = best[len(run)]
    return found[1] if found is not None else None
