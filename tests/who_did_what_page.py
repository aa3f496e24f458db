"""The made-up page the who-did-what tests share (storage and windows): two articles by two invented reporters.

Test modules bind the fixtures by assignment (``document = who_did_what_page.document``), as with
``storage_fixtures``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop.proofing.model import Document
from desktop.proofing.pipeline import document_from_text

PAGE_TEXT = textwrap.dedent(
    """\
    青禾县新建三座乡村图书馆
    本报记者 林可舟
    本报讯 青禾县今年在三个镇新建乡村图书馆，藏书共两万册。
    图书馆由县文化馆统一配送图书，每月轮换一次。

    白石镇举办秋收农具展
    本报记者 苏望舒
    本报讯 白石镇日前举办秋收农具展，展出新式脱粒机十余台。
    """
)
SOURCE_NAME = "青禾日报-第3版.txt"


@pytest.fixture
def document() -> Document:
    """The page as the engine reads it."""
    return document_from_text(PAGE_TEXT, source_name=SOURCE_NAME)


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    """The page as a file an editor opens."""
    path = tmp_path / SOURCE_NAME
    path.write_text(PAGE_TEXT, encoding="utf-8")
    return path
