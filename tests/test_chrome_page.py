"""Page chrome judged by the page it is on (issue 18, item 3): evidence that holds for papers never seen.

Each line judged here is no chrome by its form (``line_kind`` reads it as text); the page shows
it: it shares no word with the story it would head or close, it stands among chrome with no
sentence of prose, it is not Chinese prose at all.  Every line is invented (names such as 林可舟,
places such as 青禾县); only the shape follows real pages.
"""

from __future__ import annotations

import pytest
from chrome_test_lines import BAR, DATE, STORY, roles_of, starts_of

from desktop.proofing.checks import page_chrome
from desktop.proofing.chrome_page import (
    candidate,
    not_prose,
    pairs,
    restated_ledes,
    undated,
    unrelated_heads,
    unrelated_tails,
)
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, document_from_text

OTHER = "本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。\n"


@pytest.mark.parametrize(
    "line", ["晨读", "掌上看报 天天好新闻", "意见反馈 0917-1234567", "本地新闻，讲述家乡的故事。看家乡事，品故乡情。"]
)
def test_the_lines_judged_here_are_no_chrome_by_their_form(line: str) -> None:
    assert line_kind(line) is LineKind.TEXT


def test_pairs_are_the_words_of_any_paper() -> None:
    assert pairs("柳湾镇 开放") == {"柳湾", "湾镇", "开放"}
    assert pairs("A06 2024") == frozenset()


def test_a_section_label_under_chrome_over_a_headline_is_chrome() -> None:
    page = DATE + "晨读\n柳湾镇文化广场开放\n" + STORY
    assert roles_of(page) == ["chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [2]


def test_a_kicker_that_shares_the_story_words_stays_in_the_heading() -> None:
    page = DATE + "柳湾镇喜事多\n文化广场开放\n" + STORY
    assert roles_of(page)[1] != "chrome"
    assert starts_of(page) == [1]


def test_a_series_kicker_sharing_no_word_stays_in_the_heading() -> None:
    """A phrase over the headline is a kicker though it shares nothing: only a label's look makes it chrome."""
    page = DATE + "暖冬行动在身边\n柳湾镇文化广场开放\n" + STORY
    assert roles_of(page)[1] != "chrome"
    assert starts_of(page) == [1]


def test_a_list_of_other_stories_over_the_next_heading_is_chrome() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "东山新添两处停车场\n西坝路口改造完工通车\n南苑小学开展读书节\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert roles_of(page) == ["headline", "body", "chrome", "chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [0, 5]


def test_a_promotion_line_between_a_story_and_chrome_is_chrome() -> None:
    page = "柳湾镇文化广场开放\n" + STORY + "掌上看报 天天好新闻\n" + BAR + "北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page) == ["headline", "body", "chrome", "chrome", "headline", "body"]


def test_a_line_that_is_not_prose_under_chrome_is_chrome() -> None:
    page = "柳湾镇文化广场开放\n" + STORY + BAR + "意见反馈 0917-1234567\n北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page) == ["headline", "body", "chrome", "chrome", "headline", "body"]


def test_a_telephone_right_under_a_story_is_its_own() -> None:
    """No chrome above it: a tip-off line closes the story."""
    page = "柳湾镇文化广场开放\n" + STORY + "报料电话 0917-1234567\n" + BAR + "北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page)[2] != "chrome"


def test_a_promotion_paragraph_between_chrome_lines_is_chrome_sentences_and_all() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + BAR + "本地新闻，讲述家乡的故事。看家乡事，品故乡情。\n返回首页\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert roles_of(page) == ["headline", "body", "chrome", "chrome", "chrome", "headline", "body"]


def test_a_headline_parted_from_its_story_by_chrome_stays_a_headline() -> None:
    page = "柳湾镇文化广场开放\n" + STORY + "北塘区春季招聘会举行\n" + BAR + OTHER
    assert roles_of(page)[2] == "headline"


def test_a_story_with_few_shared_words_keeps_its_paragraphs() -> None:
    """Only lines with no sentence open a tail of the site's: a story's short last sentences stay its own."""
    page = (
        "柳湾镇文化广场开放\n" + STORY + "这一天，大家盼了很久。\n三年前，这里还是一片荒地。\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert roles_of(page)[:4] == ["headline", "body", "body", "body"]


def test_candidates_are_short_lines_of_words_not_notes_names_or_numbered_parts() -> None:
    assert candidate("东山新添两处停车场")
    assert not candidate("（受访单位供图）")
    assert not candidate("线索提供 林可舟 苗若溪")
    assert not candidate("（二）推进数字化转型")
    assert not candidate("林可舟说：")
    assert not candidate("“我们会把好事办好！”")
    assert not candidate("柳湾镇文化广场正式开放，附近居民有了好去处。")


def test_not_prose_is_little_chinese_or_a_long_number_and_no_sentence() -> None:
    assert not_prose("QQ:12345678")
    assert not_prose("意见反馈 0917-1234567")
    assert not not_prose("三十余家企业提供了600多个岗位")
    assert not not_prose("电话：0917-1234567，欢迎来电。")


def test_unrelated_heads_keep_the_headline_and_need_its_contrast() -> None:
    texts = ["晨读", "柳湾镇文化广场开放", STORY.strip()]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)]) == {0}
    # (a headline sharing nothing with its story gives no contrast: nothing is judged)
    texts = ["晨读", "春天的约会", STORY.strip()]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)]) == set()


def test_unrelated_tails_need_a_list_and_leave_verse_that_takes_up_the_headline() -> None:
    texts = ["柳湾镇文化广场开放", STORY.strip(), "东山新添两处停车场", "西坝路口改造完工通车"]
    texts += ["北塘区春季招聘会举行", OTHER]
    assert unrelated_tails(texts, [True] * 6, [(0, 1), (4, 5)]) == {2, 3}
    verse = ["柳湾镇文化广场开放", STORY.strip(), "柳湾的春天来得早", "河边的柳枝先绿了"]
    verse += ["北塘区春季招聘会举行", OTHER]
    assert unrelated_tails(verse, [True] * 6, [(0, 1), (4, 5)]) == set()


def test_a_chrome_finding_names_its_evidence() -> None:
    page = DATE + "晨读\n柳湾镇文化广场开放\n" + STORY
    findings = [f for f in analyse(document_from_text(page)) if f.check == page_chrome.NAME]
    by_line = {f.blocks[0]: f.features for f in findings}
    assert "by_page" not in by_line[0]  # (the date is chrome by its form)
    assert "by_page" in by_line[1]
    assert "shares_story_words" not in by_line[1]


CHROME_HEAVY_PAGE = (
    "第03版：城事\n标题导航\n柳湾镇文化广场开放\n北塘区春季招聘会举行\n返回目录\n"
    + DATE
    + "晨读\n柳湾镇文化广场开放\n"
    + STORY
    + "东山新添两处停车场\n西坝路口改造完工通车\n南苑小学开展读书节\n"
    + BAR
    + "北塘区春季招聘会举行\n"
    + OTHER
    + "掌上看报 天天好新闻\n版权所有 青禾日报社\n"
)


def test_no_chrome_line_holds_a_title_role_or_feeds_the_duplicate_headline_check() -> None:
    document = document_from_text(CHROME_HEAVY_PAGE)
    titles = (Role.HEADLINE, Role.SUBTITLE)
    for block in document.blocks:
        if line_kind(block.text) is LineKind.CHROME:
            assert block.role is Role.CHROME
    roles = [block.role for block in document.blocks]
    # (the headline list's lines and the label are chrome; the stories' own headlines head them)
    assert [i for i, role in enumerate(roles) if role in titles] == [7, 13]
    assert [i for i, block in enumerate(document.blocks) if block.starts_article] == [7, 13]
    assert [f for f in analyse(document) if f.check == "duplicate-headline"] == []


def test_a_teaser_parted_from_the_story_by_chrome_is_chrome_sentences_and_all() -> None:
    teaser = "东山中学举办科技节，三百多名学生展示了自己的小发明，吸引了不少家长前来观看。"
    assert line_kind(teaser) is LineKind.TEXT
    page = "柳湾镇文化广场开放\n" + STORY + BAR + teaser + "\n北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page) == ["headline", "body", "chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [0, 4]


def test_the_lines_of_a_list_over_a_heading_group_are_judged_one_by_one() -> None:
    """A listed headline sharing the next story's words stays; the others above and below it are chrome."""
    page = (
        "柳湾镇文化广场开放\n" + STORY + "东山新添两处停车场\n北塘夜市人气旺\n西坝路口改造完工通车\n"
        "南苑小学开展读书节\n东湖公园迎来赏花季\n北塘区春季招聘会举行\n" + OTHER
    )
    assert roles_of(page) == ["headline", "body", "chrome", "body", "chrome", "chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [0, 7]


def test_a_line_that_is_not_prose_atop_a_heading_group_is_chrome_even_after_a_story() -> None:
    line = "青禾 NEWS 0318"
    assert line_kind(line) is LineKind.TEXT
    page = "柳湾镇文化广场开放\n" + STORY + line + "\n北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page) == ["headline", "body", "chrome", "headline", "body"]
    assert starts_of(page) == [0, 3]


def test_a_long_list_over_a_heading_with_no_shared_words_loses_only_the_lines_above_the_group() -> None:
    """No contrast (the headline shares nothing with its story): the lines above a heading group's three are chrome."""
    texts = ["东山新添两处停车场", "西坝路口改造完工通车", "南苑小学开展读书节", "东湖公园迎来赏花季"]
    texts += ["春天的约会", STORY.strip()]
    assert unrelated_heads(texts, [True] * 6, [True] + [False] * 5, [(0, 5)]) == {0, 1}


SITE_HEAD = "来源：青禾晚报 2024年3月5日\n"


def test_a_line_sharing_a_word_with_the_sites_own_lines_over_a_headline_is_chrome() -> None:
    """``晚报视点`` shares ``晚报`` with the site's source line and nothing with the story: the site's column name."""
    page = SITE_HEAD + "晚报视点\n柳湾镇文化广场开放\n" + STORY
    assert roles_of(page) == ["chrome", "chrome", "headline", "body"]
    assert starts_of(page) == [2]
    texts = ["晚报视点", "柳湾镇文化广场开放", STORY.strip()]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)], ["来源：青禾晚报"]) == {0}
    # (without the site's line the same phrase is a kicker's: it has no label's look)
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)]) == set()


def test_a_headline_that_the_sites_lines_restate_gives_no_site_words() -> None:
    """``原标题：……`` and a title list print the page's headings: their words are the stories', not the site's."""
    story = "本报讯 昨晚，东山区新建的步行街迎来首批游客，青禾小吃摊位前排起长队。"
    texts = ["灯火阑珊夜未眠", "游客品尝青禾小吃", story]
    runs = [(0, 2)]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], runs, ["原标题：灯火阑珊夜未眠"]) == set()
    assert unrelated_heads(texts, [True] * 3, [True, False, False], runs, ["·灯火阑珊夜未眠", "·北塘夜市"]) == set()
    # (a line of the site's that restates no heading and shares its word: the line is the site's)
    assert unrelated_heads(texts, [True] * 3, [True, False, False], runs, ["灯火新闻网"]) == {0}


def test_a_series_kicker_stays_when_the_sites_lines_share_nothing_with_it() -> None:
    page = SITE_HEAD + "暖冬行动在身边\n柳湾镇文化广场开放\n" + STORY
    assert roles_of(page)[1] != "chrome"
    assert starts_of(page) == [1]


LEDE = "本报讯（记者 林可舟）昨日下午，青禾县柳湾镇东街一辆货车侧翻，车上的白菜撒了一地，所幸无人受伤。"


def test_a_summary_that_opens_as_the_story_under_the_headline_does_is_chrome() -> None:
    """A portal prints the story's summary right over the headline: the story opens with the same words."""
    summary = "青禾县柳湾镇东街一辆货车侧翻，车上的白菜撒了一地，所幸无人受伤。交警随后赶到现场疏导交通。"
    page = SITE_HEAD + summary + "\n货车侧翻白菜撒一地\n" + LEDE + "\n交警赶到现场后，立即疏导交通，清理路面。\n"
    assert roles_of(page) == ["chrome", "chrome", "headline", "body", "body"]
    assert starts_of(page) == [2]
    texts = [summary, "货车侧翻白菜撒一地", LEDE]
    assert restated_ledes(texts, [True, False, True], [False, True, False], [(1, 2)], [False] * 3) == {0}
    # (chrome between the paragraph and the heading: the story above's, whatever it repeats)
    assert restated_ledes(texts, [True, False, True], [False, True, False], [(1, 2)], [False, True, False]) == set()


def test_a_closing_paragraph_that_the_next_story_repeats_further_down_is_no_summary() -> None:
    """Two stories of one paper may print the same list of officials, not in their openings."""
    officials = "县委书记林可舟主持会议并讲话，县委副书记、县长苗若溪，县人大常委会主任韩松岭出席会议。"
    second = (
        "本报讯 昨日上午，青禾县召开春季植树动员大会，总结去年造林绿化成效，部署今年的造林绿化和森林防火工作。"
        + officials
    )
    texts = [officials, "青禾县召开春季植树动员大会", second]
    assert restated_ledes(texts, [True, False, True], [False, True, False], [(1, 2)], [False] * 3) == set()


def test_a_quoted_kicker_that_the_story_quotes_in_its_opening_is_no_summary() -> None:
    lede = "本报讯 昨日，柳湾镇便民服务中心启用。“我们会把好事办好，把实事办实。”镇长林可舟说。"
    texts = ["“我们会把好事办好，把实事办实！”", "柳湾镇便民服务中心启用", lede]
    assert restated_ledes(texts, [True, False, True], [False, True, False], [(1, 2)], [False] * 3) == set()


def test_a_paragraph_right_under_a_heading_is_its_story_whatever_the_next_story_repeats() -> None:
    """Two briefs may open alike; the paragraph under the first heading is that brief, not the second's summary."""
    brief = "青禾县柳湾镇东街一辆货车侧翻，车上的白菜撒了一地，所幸无人受伤，交警随后赶到现场疏导交通。"
    texts = ["柳湾镇货车侧翻", brief, "货车侧翻白菜撒一地", LEDE]
    titles = [True, False, True, False]
    assert restated_ledes(texts, [False, True, False, True], titles, [(0, 1), (2, 3)], [False] * 4) == set()


DATED_STORY = "青禾晚报讯（记者 林可舟）近日，柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。"


def test_the_papers_name_in_the_stories_dateline_is_no_word_a_label_over_the_headline_shares() -> None:
    """``青禾晚报 掌上看报`` over the heading shares only the paper's name, which the dateline prints."""
    texts = ["青禾晚报 掌上看报", "柳湾镇文化广场开放", DATED_STORY]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)]) == {0}
    assert undated(DATED_STORY).startswith("近日")
    assert undated("柳湾镇新建的文化广场正式开放。") == "柳湾镇新建的文化广场正式开放。"
    # (the story's own words still make a kicker its story's)
    texts = ["柳湾镇喜事多", "文化广场开放", DATED_STORY]
    assert unrelated_heads(texts, [True] * 3, [True, False, False], [(0, 2)]) == set()


def test_lines_over_the_headline_are_compared_with_the_headline_and_story_not_with_each_other() -> None:
    """Two bars of the reader over a headline share ``上一``: neither is the other's story."""
    texts = ["3 上一篇 下一篇 4", "上一期 下一期 放大 缩小 默认", "柳湾镇文化广场开放", STORY.strip()]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, False], [(0, 3)]) == {0, 1}


def test_the_story_is_read_down_to_the_chrome_under_it() -> None:
    """The site's notice under the story, past chrome, names the paper: no word the story shares with a label."""
    texts = ["青禾晚报 掌上看报", "柳湾镇文化广场开放", DATED_STORY, "凡青禾晚报署名文字，未经授权不得转载。"]
    assert unrelated_heads(texts, [True] * 4, [True, False, False, True], [(0, 2)]) == {0}


def test_a_stamp_atop_a_heading_group_with_no_chrome_above_is_chrome_a_kicker_of_words_is_not() -> None:
    """``看点 A04 | 晚报`` between two stories shares no word with either: the site's line; a kicker is words."""
    stamp = "看点 A04 | 晚报"
    assert line_kind(stamp) is LineKind.TEXT
    page = "柳湾镇文化广场开放\n" + STORY + stamp + "\n北塘区春季招聘会举行\n" + OTHER
    assert roles_of(page) == ["headline", "body", "chrome", "headline", "body"]
    assert starts_of(page) == [0, 3]
    kicker = "柳湾镇文化广场开放\n" + STORY + "暖冬行动 晚报看点\n北塘区春季招聘会举行\n" + OTHER
    assert roles_of(kicker)[2] != "chrome"
    # (nor is the piece of a credit a column cut, ``/林可``: one word to compare is too few)
    assert unrelated_heads(["/林可", "北塘区春季招聘会举行", OTHER.strip()], [True] * 3, [False] * 3, [(0, 2)]) == set()
