"""Made-up lines and readers shared by the page-chrome tests (test_chrome_page, test_chrome_page_repeats)."""

from __future__ import annotations

from desktop.proofing.pipeline import document_from_text

STORY = "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。\n"
DATE = "2024年3月5日 星期二\n"
BAR = "上一篇 下一篇\n"


def roles_of(text: str) -> list[str]:
    return [block.role.value for block in document_from_text(text).blocks]


def starts_of(text: str) -> list[int]:
    return [index for index, block in enumerate(document_from_text(text).blocks) if block.starts_article]
