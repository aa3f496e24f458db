"""Has an exported article changed since? A digest of what it was when exported, compared with what it is now.

Comparing content rather than counting edits means undoing back to the exported text shows
已导出 again, and an edit elsewhere on the page leaves the article 已导出.
"""

from __future__ import annotations

import hashlib

from desktop.proofing.model import Article


def content_digest(article: Article) -> str:
    """The article's blocks (role and text, in order) as one SHA-256 hex digest."""
    digest = hashlib.sha256()
    for block in article.blocks:
        digest.update(f"{block.role.value}\u0000{block.text}\u0001".encode())
    return digest.hexdigest()
