"""Answers about one article by itself, memoised on its roles and texts (all such an answer depends on).

A re-analysis after an edit asks again about every article the edit left alone; keyed by the
texts, an edited article is simply asked afresh.  Bounded: full, the memo starts over.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from desktop.proofing.model import Article, Role

Answer = TypeVar("Answer")
MEMO_SIZE = 65_536  # articles, as the line memos keep lines


def article_key(article: Article) -> tuple[tuple[Role, str], ...]:
    return tuple([(block.role, block.text) for block in article.blocks])


class ArticleMemo(Generic[Answer]):
    def __init__(self, size: int = MEMO_SIZE) -> None:
        self._answers: dict[Hashable, Answer] = {}
        self._size = size

    def get(self, key: Hashable, compute: Callable[[], Answer]) -> Answer:
        """The answer kept under ``key`` (``article_key`` and whatever else it depends on), or ``compute()``'s."""
        try:
            return self._answers[key]
        except KeyError:
            answer = compute()
            if len(self._answers) >= self._size:
                self._answers.clear()
            self._answers[key] = answer
            return answer

    def clear(self) -> None:
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)
