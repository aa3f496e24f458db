"""Writing a document back out as clean text (the output of ``proofsheet fix``).

One article after another, separated by a blank line: headline, subtitle(s), one
paragraph per line, byline last.  Blocks that belong to no article (page chrome
the editor kept) stand alone between articles, so no character is dropped here.
"""

from __future__ import annotations

from desktop.proofing.model import Document, Role


def article_lines(document: Document, block_indices: tuple[int, ...]) -> list[str]:
    blocks = [document.blocks[i] for i in block_indices]
    heading = [b.text for b in blocks if b.role in (Role.HEADLINE, Role.SUBTITLE)]
    body = [b.text for b in blocks if b.role not in (Role.HEADLINE, Role.SUBTITLE, Role.BYLINE)]
    bylines = [b.text for b in blocks if b.role is Role.BYLINE]
    return heading + body + bylines


def render_text(document: Document) -> str:
    owner = document.article_of_block()
    chunks: list[list[str]] = []
    seen_articles: set[int] = set()
    articles = document.articles()
    for index, block in enumerate(document.blocks):
        article = owner[index]
        if article is None:
            chunks.append([block.text])
        elif article not in seen_articles:
            seen_articles.add(article)
            chunks.append(article_lines(document, articles[article].block_indices))
    return "\n\n".join("\n".join(lines) for lines in chunks) + "\n"
