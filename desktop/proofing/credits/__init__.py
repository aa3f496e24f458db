"""Credits (bylines): one grammar for every form papers print, and who an article is signed by.

``forms`` reads one block (a dateline, a whole credit line, a credit run on after the
last sentence); ``phrase`` reads the people, roles and jobs inside a credit;
``names`` is the one rule for what a name is; ``article`` gathers an article's credits.
"""

from desktop.proofing.credits.article import (
    article_credits,
    byline_names,
    byline_of,
    is_signed,
    page_names,
    signing_credits,
    slot_names,
)
from desktop.proofing.credits.forms import (
    CACHE_SIZE,
    bare_names,
    caption_credit,
    dateline,
    ends_with_source_note,
    holds_sentence,
    is_group_credit,
    is_look_alike,
    is_parenthesised,
    is_source_note,
    line,
    starts_like_dateline,
    trailing,
    without_code,
)
from desktop.proofing.credits.model import Credit, Person, Position, own_newsroom
from desktop.proofing.credits.phrase import ROLE_RE, is_outlet, read_phrase

__all__ = [
    "CACHE_SIZE",
    "ROLE_RE",
    "Credit",
    "Person",
    "Position",
    "article_credits",
    "bare_names",
    "byline_names",
    "byline_of",
    "caption_credit",
    "dateline",
    "ends_with_source_note",
    "holds_sentence",
    "is_group_credit",
    "is_look_alike",
    "is_outlet",
    "is_parenthesised",
    "is_signed",
    "is_source_note",
    "line",
    "own_newsroom",
    "page_names",
    "read_phrase",
    "signing_credits",
    "slot_names",
    "starts_like_dateline",
    "trailing",
    "without_code",
]
