"""File names for exported articles: ``YYYYMMDD-PP-NN-<pinyin slug>.docx``.

Names are ASCII only (pinyin without tones for Chinese, letters and digits kept,
everything else a hyphen), short enough for deep Windows folders, and unique in a
batch even on case-insensitive file systems.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG = 48
FALLBACK_SLUG = "article"
PAGE_SLUG = "page"

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def pinyin_slug(text: str, max_length: int = MAX_SLUG) -> str:
    """``全国政务公开研讨会召开`` → ``quan-guo-zheng-wu-gong-kai-yan-tao-hui-zhao-kai`` (capped)."""
    from pypinyin import Style, lazy_pinyin

    normalised = unicodedata.normalize("NFKC", text)
    words: list[str] = []
    for piece in lazy_pinyin(normalised, style=Style.NORMAL, errors="default", v_to_u=False):
        if _CJK.search(piece):
            continue
        ascii_piece = unicodedata.normalize("NFKD", piece).encode("ascii", "ignore").decode("ascii").lower()
        words.extend(word for word in _NON_SLUG.split(ascii_piece) if word)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            if not slug:
                slug = word[:max_length]
            break
        slug = candidate
    return slug or FALLBACK_SLUG


def article_file_name(date: dt.date, page: int, number: int, headline: str) -> str:
    return f"{date:%Y%m%d}-{page:02d}-{number:02d}-{pinyin_slug(headline)}.docx"


def page_file_name(date: dt.date, page: int, page_name: str = "") -> str:
    """The whole page sorts before its articles: article number ``00``."""
    slug = pinyin_slug(page_name) if page_name.strip() else PAGE_SLUG
    if slug == FALLBACK_SLUG:
        slug = PAGE_SLUG
    return f"{date:%Y%m%d}-{page:02d}-00-{slug}.docx"


def make_unique(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Append ``-2``, ``-3`` … where a name repeats (ignoring case, as Windows does)."""
    used = {name.casefold() for name in taken}
    result: list[str] = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate = name
        counter = 2
        while candidate.casefold() in used:
            candidate = f"{stem}-{counter}.{suffix}" if suffix else f"{stem}-{counter}"
            counter += 1
        used.add(candidate.casefold())
        result.append(candidate)
    return result
