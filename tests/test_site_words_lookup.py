"""chrome_page finds the page's headings inside its chrome lines by their first characters, as a plain search would."""

from __future__ import annotations

from desktop.proofing import chrome_page

HEADINGS = {"青禾县新建三座便民桥", "柳湾镇茶园喜获丰收", "茶园喜获丰收", "便民桥"}
LINES = [
    "标题导航 青禾县新建三座便民桥 柳湾镇茶园喜获丰收",  # a title list restating the headings
    "原标题：柳湾镇茶园喜获丰收",
    "·茶园喜获丰收",
    "青禾新闻网首页",  # the site's own line
    "青禾县新建三座",  # a heading's start only
    "便民",
    "",
]


def _index(headings: set[str]) -> dict[str, list[str]]:
    by_opening: dict[str, list[str]] = {}
    for heading in headings:
        if len(heading) >= chrome_page.MIN_HEADING_QUOTED:
            by_opening.setdefault(heading[: chrome_page.MIN_HEADING_QUOTED], []).append(heading)
    return by_opening


def test_quotes_any_agrees_with_a_plain_search():
    by_opening = _index(HEADINGS)
    long_enough = [heading for heading in HEADINGS if len(heading) >= chrome_page.MIN_HEADING_QUOTED]
    for line in LINES:
        assert chrome_page._quotes_any(line, by_opening) == any(heading in line for heading in long_enough), line


def test_site_words_leave_out_lines_that_restate_a_heading():
    texts = [
        "青禾县新建三座便民桥",
        "本报讯 近日，三座便民桥完工通车。",
        "柳湾镇茶园喜获丰收",
        "茶农们正忙着采摘新茶。",
    ]
    runs = [(0, 1), (2, 3)]
    site: list[frozenset[str]] = []
    words = chrome_page._site_words(site, ["标题导航 青禾县新建三座便民桥", "青禾新闻网首页"], texts, runs)
    assert "新闻" in words and "首页" in words
    assert "便民" not in words and "标题" not in words
