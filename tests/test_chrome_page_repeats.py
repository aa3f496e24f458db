"""Page chrome shown by the page itself: a title restated over its headline, lists that head nothing.

Made-up text only (青禾县, 柳湾镇, 林可舟 …).
"""

from __future__ import annotations

import pytest
from chrome_test_lines import BAR, DATE, STORY, roles_of, starts_of

from desktop.proofing.chrome import is_chrome_line, page_chrome, stamped_titles
from desktop.proofing.chrome_page import unrelated_heads
from desktop.proofing.pipeline import analyse, document_from_text


def test_a_title_restated_over_its_headline_with_a_note_is_the_pages_title_bar() -> None:
    page = DATE + "柳湾镇文化广场开放\n柳湾镇文化广场开放（图）\n" + STORY
    assert roles_of(page) == ["chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [2]
    assert [f for f in analyse(document_from_text(page)) if f.check == "duplicate-headline"] == []


def test_a_title_printed_twice_then_with_its_note_leaves_only_the_headline() -> None:
    page = DATE + "柳湾镇文化广场开放\n柳湾镇文化广场开放\n柳湾镇文化广场开放（组图）\n" + STORY
    assert roles_of(page) == ["chrome", "chrome", "chrome", "headline", "body"]
    assert [f for f in analyse(document_from_text(page)) if f.check == "duplicate-headline"] == []


def test_a_headline_set_on_two_lines_restated_on_one_above_it_is_chrome() -> None:
    page = DATE + "文化广场 正式开放\n文化广场\n正式开放\n" + STORY
    roles = roles_of(page)
    assert roles[1] == "chrome"
    assert "chrome" not in roles[2:]
    assert starts_of(page) == [2]


def test_a_line_whose_wrapped_paragraph_repeats_it_is_not_restated() -> None:
    """The pieces under it are a paragraph's wraps (no title lines): nothing is restated."""
    texts = ["“把好事办好，把实事办实！”", "“把好事办好，", "把实事办实！”", STORY.strip()]
    chrome = [False] * 4
    assert page_chrome(texts, chrome, [True, False, False, False], [False, True, True, True]) == set()


def test_the_last_item_of_a_headline_list_over_a_headline_is_chrome_when_only_the_headline_shares_the_story() -> None:
    page = "标题导航\n东山新添两处停车场\n西坝路口改造完工通车\n南苑小学开展读书节\n柳湾镇文化广场开放\n" + STORY
    assert roles_of(page) == ["chrome", "chrome", "chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [4]


def test_a_kicker_after_a_headline_list_that_shares_the_story_stays_in_the_heading() -> None:
    page = "标题导航\n东山新添两处停车场\n西坝路口改造完工通车\n柳湾镇喜事多\n文化广场开放\n" + STORY
    roles = roles_of(page)
    assert roles[:3] == ["chrome", "chrome", "chrome"]
    assert roles[3] != "chrome"
    assert starts_of(page) == [3]


def test_a_list_over_chrome_and_a_notice_that_shares_none_of_its_words_heads_nothing() -> None:
    texts = ["第02版：要闻", "东山新添两处停车场", "西坝路口改造完工通车", "南苑小学开展读书节", "北塘夜市人气旺"]
    texts += ["上一篇 下一篇", "订阅手机报请发送短信到10658300，每月3元。", "版权所有 青禾日报社"]
    chrome = [True, False, False, False, False, True, False, True]
    titles = [False, True, True, True, True, False, False, False]
    body = [False] * 6 + [True, False]
    assert page_chrome(texts, chrome, titles, body) == {1, 2, 3, 4}
    # (a story under the chrome that takes up the last line's words: that line heads it, the list stays unread)
    texts[6] = "本报讯（记者 林可舟）近日，北塘夜市重新开张，附近居民有了休闲的好去处。"
    assert page_chrome(texts, chrome, titles, body) == set()


def test_a_heading_parted_from_its_story_by_chrome_under_a_list_stays() -> None:
    """The list's last lines share the words of the text under the chrome: a page break parted them."""
    page = (
        "北塘区春季招聘会举行\n本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会。\n"
        + BAR
        + "东山新添两处停车场\n西坝路口改造完工通车\n南苑小学开展读书节\n柳湾镇文化广场开放\n"
        + BAR
        + STORY
    )
    roles = roles_of(page)
    assert roles[6] == "headline"


def test_dates_and_page_labels_as_templates_print_them_are_chrome() -> None:
    """A count with a thousands separator beside a date, a weekday left empty, a page label after an issue number."""
    for line in ("12,345 2024年03月05日", "星期", "1024 期 / 第3版：要闻"):
        assert is_chrome_line(line), line
    for line in ("2024年3月5日，全县共有1,234名考生参加考试", "本报今日 第3版：刊发林可舟的文章，敬请关注。"):
        assert not is_chrome_line(line), line


def test_a_label_over_a_headline_with_a_field_under_it_is_compared_with_the_story() -> None:
    """``投诉人：……`` under the headline is the story's field: the headline above it is the one compared."""
    texts = ["论坛 博客 推荐", "柳湾镇路灯不亮", "投诉人：林先生", "投诉内容：柳湾镇东街的路灯已经二十天不亮了。"]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)]) == {0}
    # (a column's title over its fields: no headline to compare with, nothing is judged)
    texts = ["街拍", "时间：3月6日上午", "地点：柳湾镇", "柳湾镇东街的路灯已经二十天不亮了。"]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)]) == set()


def test_a_line_between_chrome_lines_over_text_that_shares_none_of_its_words_is_chrome() -> None:
    """Only a heading a page break parted from its text shares that text's words."""
    page = (
        "柳湾镇文化广场开放\n" + STORY + BAR + "青禾报业集团主办\n当前位置：首页>新闻\n"
        "本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。\n"
    )
    assert roles_of(page)[3] == "chrome"
    parted = page.replace("青禾报业集团主办", "北塘区春季招聘会举行")
    assert roles_of(parted)[3] == "headline"
    assert starts_of(parted) == [0, 3]


def test_a_label_over_a_headline_and_a_subtitle_sharing_nothing_is_compared_with_the_whole_group() -> None:
    """The headline under the label shares the story's words though the subtitle under it does not."""
    texts = ["晨读", "柳湾镇文化广场开放", "周末带上孩子去走走", STORY.strip()]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)]) == {0}
    # (a kicker that shares the subtitle's words is the heading's own)
    texts[0] = "孩子"
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)]) == set()


def test_a_line_over_a_heading_that_the_page_prints_again_inside_another_line_is_the_sites() -> None:
    """``云帆在线`` over the heading and again in the page's own line further down: the site's name, not a kicker."""
    texts = ["云帆在线", "柳湾镇文化广场开放", STORY.strip(), "北塘区春季招聘会举行"]
    texts += ["本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会。", "欢迎关注云帆在线官方微信平台"]
    above = [True, False, False, False, False, True]
    runs = [(0, 2), (3, 4)]
    assert unrelated_heads(texts, [True] * 6, above, runs) == {0}
    # (printed once, a phrase over the heading may be a series' kicker: it stays)
    texts[5] = "欢迎关注官方微信平台"
    assert unrelated_heads(texts, [True] * 6, above, runs) == set()


def test_a_promotion_between_chrome_lines_that_names_the_stories_town_is_still_chrome() -> None:
    promotion = "柳湾新闻，讲述家乡的故事。有观点、有态度，看家乡事，品故乡情。家的声音，天涯咫尺。"
    page = "柳湾镇文化广场开放\n" + STORY + BAR + promotion + "\n返回首页\n北塘区春季招聘会举行\n"
    page += "本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。\n"
    assert roles_of(page)[3] == "chrome"
    # (a paragraph of the story that chrome parted from it shares many of its words: it stays)
    own = "柳湾镇新建的文化广场正式开放后，附近居民每天都来广场休闲。"
    assert roles_of(page.replace(promotion, own))[3] != "chrome"


def test_a_short_story_parted_from_its_headline_by_chrome_keeps_it() -> None:
    """One pair shared with the headline right above the chrome makes the paragraph its story's."""
    page = (
        "柳湾镇文化广场开放\n"
        + STORY
        + "消防宣传进校园\n"
        + BAR
        + "日前，青禾县消防大队走进柳湾小学，为师生讲解安全知识，"
        "并组织开展了疏散演练，三百多名师生参加。\n责任编辑：苗若溪\n"
    )
    roles = roles_of(page)
    assert roles[2] == "headline"
    assert roles[4] == "body"


def test_a_links_copy_of_a_headline_over_no_story_is_no_second_printing() -> None:
    """The same headline again in a list of short lines over the footer: a link to the story, not a duplicate."""
    from desktop.proofing.checks import duplicate_headline
    from desktop.proofing.model import Block, Role

    texts = [
        ("柳湾镇文化广场开放", Role.HEADLINE),
        (STORY.strip(), Role.BODY),
        ("柳湾镇文化广场开放", Role.HEADLINE),
        ("北塘夜市人气旺", Role.SUBTITLE),
        ("通信地址：青禾县人民路6号 邮编：250014", Role.BODY),
    ]
    blocks = tuple(Block(uid=i, text=text, role=role) for i, (text, role) in enumerate(texts))
    assert duplicate_headline._over_no_story(blocks, 2)
    assert not duplicate_headline._over_no_story(blocks, 0)
    page = (
        "柳湾镇文化广场开放\n"
        + STORY
        + BAR
        + "柳湾镇文化广场开放\n北塘夜市人气旺\n通信地址：青禾县人民路6号 邮编：250014\n"
    )
    assert [f for f in analyse(document_from_text(page)) if f.check == "duplicate-headline"] == []


def test_a_label_sharing_one_word_with_a_promotion_under_it_heads_no_story() -> None:
    from desktop.proofing.checks import duplicate_headline
    from desktop.proofing.model import Block, Role

    texts = [("新闻推荐", Role.HEADLINE), ("青禾新闻，讲述家乡的故事。看家乡事，品故乡情。", Role.BODY)]
    blocks = tuple(Block(uid=i, text=text, role=role) for i, (text, role) in enumerate(texts))
    assert not duplicate_headline._heads_its_story(blocks, 0)
    texts[1] = ("新闻推荐栏目今天起改版，每天推荐五条本地新闻。", Role.BODY)
    blocks = tuple(Block(uid=i, text=text, role=role) for i, (text, role) in enumerate(texts))
    assert duplicate_headline._heads_its_story(blocks, 0)


@pytest.mark.parametrize("line", ["—分享—", "——打印——", "~收藏~"])
def test_a_label_set_off_by_dashes_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["——访柳湾镇党委书记林可舟", "—分享", "—林可舟—"])
def test_a_deck_or_a_name_between_dashes_is_no_label(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_headline_of_the_form_topic_colon_claim_is_no_field() -> None:
    """Fields come in sets (``投诉人：……`` over ``投诉内容：……``); ``争鸣：……`` alone under a label is its headline."""
    story = "柳湾镇东街的路灯已经二十天不亮了，夜里行人只能摸黑走路，居民盼着早日修好。"
    texts = ["热议话题", "争鸣：路灯为何二十天不亮", story]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)], ["青禾论坛 话题广场"]) == {0}
    # (the same line over a second field is one of a set: a column's title over its fields, nothing judged)
    texts = ["热议话题", "争鸣：路灯为何二十天不亮", "地点：柳湾镇东街", story]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)], ["青禾论坛 话题广场"]) == set()


def test_a_stamp_that_holds_a_heading_of_the_page_is_the_sites_record_of_the_story() -> None:
    """``青禾晚报 一版要闻 00001 <headline> 2024-03-05 2``: a heading with a date or numbers around it, no sentence."""
    stamp = "青禾晚报 头版 b0001 柳湾镇文化广场开放 2024-03-05 青禾晚报2024030500017;2609"
    texts = ["柳湾镇文化广场开放", STORY.strip(), stamp]
    assert stamped_titles(texts, [False] * 3, [True, False, False]) == {2}
    assert roles_of("柳湾镇文化广场开放\n" + STORY + stamp + "\n") == ["headline", "body", "chrome"]
    # (a subtitle that takes up its headline with a year, and a sentence that quotes it, are no stamps)
    for line in ("2024年柳湾镇文化广场开放", "3月5日，柳湾镇文化广场开放，200多位居民到场。"):
        assert stamped_titles(["柳湾镇文化广场开放", line], [False, False], [True, True]) == set()
    assert roles_of("柳湾镇文化广场开放\n2024年柳湾镇文化广场开放\n" + STORY) == ["headline", "subtitle", "body"]
