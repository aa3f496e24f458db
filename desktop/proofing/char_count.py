"""字数: an article's length as desks count it (no Qt).

The body's characters, punctuation included, whitespace left out; headline, subtitle and
byline are set apart on the page and not counted.
"""

from __future__ import annotations

from desktop.proofing.model import Article


def article_char_count(article: Article) -> int:
    return sum(1 for paragraph in article.paragraphs for char in paragraph if not char.isspace())
