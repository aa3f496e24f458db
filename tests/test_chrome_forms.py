"""Page chrome judged by its form, not by the strings of one site (issue 18, item 3).

A reader's buttons written with its interface words (``返回版面``, ``按日期查找``), a web
page's list items (``- ``, ``1. ``), counts (``阅读量:``), paths with ``>``, screen notes,
footers; and on the page: lines among the chrome that head no article (a menu of section
names, a slogan) and lists of headlines longer than any heading group.  Every line here is
invented (names such as 林可舟, places such as 青禾县); only the form follows real pages.
"""

from __future__ import annotations

import pytest

from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.pipeline import analyse, document_from_text

CHROME_BY_FORM = [
    "返回版面 版面导航",
    "收藏 打印 推荐  更多功能",
    "2024年3月5日     收藏 打印 推荐 朗读 评论 更多功能",
    "03-05 青禾新闻·青禾晚报 阅读:",
    "阅读量:2046",
    "文章字数：356",
    "本期发布:",
    "举报/反馈",
    "1. 版面导航",
    "2. 3上一期  下一期4",
    "3. 按日期查找",
    "- 青禾快讯",
    "- 早春时节,青禾县柳湾镇的油菜花陆续开放。记者走访发现,不少游客专程前来赏花拍照",
    "第3B版:社区 上一版 下一版",
    "你的位置：青禾网 > 新闻动态 >",
    "建议使用IE8.0以上 1280*800 分辨率浏览",
    "青禾日报社版权所有,未经书面授权,禁止转载使用。电话:(0917)1234567 E-mail:qh@example.com 青ICP备12345678号",
    "广告热线:0917-1234567 新闻热线:0917-7654321 发行:0917-7651234",
    "【打印此页】",
    "【大 中 小】",
    "字体：大 中 小",
    "网友评论",
    "0条评论",
    "已有12人参与",
    "浏览：1234次",
    "赞 12",
    "微信扫一扫",
    "青公网安备 45010202000123号",
    "A- A+",
    "编审：苗若溪",
    "发布者：",
    "数字报首页",
    "青禾日报电子版",
    # (a date and a time alone; a page label of two letters; a source line naming an outlet; a link bar's
    # tail; a keyword slot; sections joined by semicolons; a list item cut by ``~~~``; recommendation labels)
    "03-12 09:57",
    "第QB03版: 晚报03版",
    "信息来源:青禾日报",
    "新闻来源：青禾网",
    "订阅青禾晚报体育版,送你柳湾马拉松名额 | ||",
    "关键词一",
    "要闻;公告",
    "城事；社区；民生",
    "柳湾镇:~~~",
    "北塘区新增口袋公园~~~",
    "相关推荐：",
    "猜你喜欢:",
    "频道推荐",
    "评论：（柳湾老街迎来赏灯季）",
    "不支持Flash",
    "本期推荐新闻",
    "往日回顾：",
    "第B07:版面七",
    "（版权作品，未经青禾网书面授权，",
    # (a stamp's, a link's and a notice's forms: an issue number, a label in brackets, an arrow, an address)
    "总第1234期",
    "第1234期",
    "期次:第567期",
    "【第A01版：要闻】",
    "[上一篇 下一篇]",
    "← 上一篇",
    "<<上一篇 下一篇>>",
    "原文链接：http://www.qinghe.cn/a/1.html",
    "凡本网注明“来源：青禾日报”的作品，版权均属于青禾日报社，未经本网授权，不得转载、摘编或以其他方式使用。",
    "未经青禾网授权，不得转载。电话：0917-1234567",
    # (the reader's buttons, the paper's imprint, the template's fields of a story)
    "下载本版PDF",
    "查看PDF版面",
    "点击排行",
    "相关稿件",
    "客户端下载",
    "用户名： 密码：",
    "上一条：青禾县新建三座便民桥",
    "青禾日报社出版",
    "青禾日报社主管主办",
    "社长：林可舟 总编辑：苗若溪",
    "邮发代号：1-23",
    "零售价：1.00元",
    "印刷：青禾日报社印务中心",
    "本期16版",
    "农历甲辰年二月廿五",
    "作者：林可舟 来源：青禾日报",
    "来源：青禾日报 | 时间：2024-03-05 10:00",
]

NOT_CHROME = [
    "柳湾社区>>",
    "查找失物 民警帮忙",
    "新规发布 市民点赞",
    "返乡青年 柳湾创业",
    "晨光 汗水 守路人",
    "北塘区总工会",
    "金台村:",
    "咨询电话：0917-1234567。",
    "林可舟 苗若溪",
    "本报青禾9月16日讯(记者林可舟) 9",
    "大中小学生同上一堂课",
    "报名电话：0917-1234567 0917-7654321",
    "参加人数：300人",
    "阅读点亮青禾 书香满城",
    "2024青禾马拉松开跑",
    "信息来源:苗若溪 韩松岭",
    "评论：这样的好事要多办",
    "稳就业 保民生",
    "第一中学开学",
    "（版权归柳湾镇所有的三块老匾已修复）",
    "第3期培训班开班",
    "【柳湾镇】",
    "详见http://www.qinghe.cn，欢迎报名。",
    "法院认为，被告未经许可使用原告作品，侵犯了原告的著作权。",
    "作者：林可舟",
    "农历新年到了",
    "出版社新书推介会举行",
    "热点排行榜出炉 柳湾镇上榜",
]


@pytest.mark.parametrize("line", CHROME_BY_FORM)
def test_chrome_forms_are_chrome_by_themselves(line: str) -> None:
    assert line_kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", NOT_CHROME)
def test_headlines_kickers_and_credits_are_not_chrome(line: str) -> None:
    assert line_kind(line) is not LineKind.CHROME


def _roles(text: str) -> list[str]:
    return [block.role.value for block in document_from_text(text).blocks]


def _starts(text: str) -> list[int]:
    return [index for index, block in enumerate(document_from_text(text).blocks) if block.starts_article]


STORY = "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。\n"
OTHER = "本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。\n"


def test_section_names_among_the_chrome_are_chrome() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "上一篇\n要闻\n第02版\n城事\n第03版\n社会\n返回主页\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert _roles(page) == ["headline", "body"] + ["chrome"] * 7 + ["headline", "body"]
    assert _starts(page) == [0, 9]


def test_a_slogan_between_chrome_lines_is_chrome() -> None:
    page = "第03版:城事\n青禾万家 耕读传家\n上一篇 下一篇\n柳湾镇文化广场开放\n" + STORY
    assert _roles(page) == ["chrome", "chrome", "chrome", "headline", "body"]
    assert _starts(page) == [3]


def test_a_headline_parted_from_its_text_by_chrome_stays_a_headline() -> None:
    page = "上一篇\n柳湾镇文化广场开放\n2024-03-05 10:20:33 来源:青禾网\n" + STORY
    assert _roles(page) == ["chrome", "headline", "chrome", "body"]
    assert _starts(page) == [1]


def test_a_list_of_headlines_after_a_story_is_chrome() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "青禾县新建三座便民桥\n北塘区新增口袋公园\n柳湾老街 迎来赏灯季\n"
        "北塘区春季招聘会举行\n3上一篇  下一篇4\n北塘区春季招聘会举行\n" + OTHER
    )
    assert _roles(page) == ["headline", "body"] + ["chrome"] * 5 + ["headline", "body"]
    assert _starts(page) == [0, 7]
    assert [f for f in analyse(document_from_text(page)) if f.check == "duplicate-headline"] == []


def test_a_name_line_closing_a_story_over_chrome_stays_in_its_story() -> None:
    page = "柳湾镇文化广场开放\n" + STORY + "林可舟 苗若溪\n3上一篇  下一篇4\n北塘区春季招聘会举行\n" + OTHER
    roles = _roles(page)
    assert roles[2] != "chrome" and roles[3] == "chrome"
    assert _starts(page) == [0, 4]


def test_a_bulleted_credit_closing_a_story_leaves_the_next_headline_a_headline() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "■ 首席摄影记者 林可舟\n2024-03-05 10:20 青禾晚报\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert _roles(page)[4] == "headline"
    assert _starts(page) == [0, 4]


def test_a_link_under_the_copyright_line_is_no_kicker_of_the_next_heading() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "版权所有 ©2024 青禾日报 青ICP备12345678号\n青禾网络举报中心\n"
        "春来柳湾花正好\n市民踏青赏花去\n" + OTHER
    )
    assert _roles(page)[3] == "chrome"
    assert _starts(page) == [0, 4]


def test_a_kicker_under_a_page_label_stays_a_kicker() -> None:
    page = "第03版:城事\n北塘区总工会\n做实职工服务工作\n" + OTHER
    assert _roles(page)[1] != "chrome"
    assert _starts(page) == [1]


def test_a_series_kicker_behind_a_square_opens_its_article() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "□“柳湾老街”追踪\n老街路面已经修好\n"
        "本报讯（记者 苗若溪）上周本报报道柳湾老街路面破损一事后，有关部门连夜组织修补。\n"
    )
    roles = _roles(page)
    assert roles[2:4] == ["subtitle", "headline"]  # (the kicker's role is called subtitle, above the headline)
    assert _starts(page) == [0, 2]


def test_a_pointer_to_another_page_is_no_headline() -> None:
    page = "柳湾镇文化广场开放\n" + STORY + "更多报道见A6版\n春来柳湾花正好\n市民踏青赏花去\n" + OTHER
    assert _roles(page)[2] == "body"
    assert _starts(page) == [0, 3]


def test_a_row_of_headlines_between_chrome_lines_is_chrome_even_over_a_clause_kicker() -> None:
    page = (
        "下载\n2024年03月05日 星期二\n"
        "柳湾通车了？ 北塘开园 青禾迎春，游人如织 老街换新颜 西岙村种下千亩油菜 荷塘村：口袋公园建成\n"
        "第1版:要闻 2024-03-05\n上午，记者在柳湾镇看到集市如常\n相信小镇会热闹起来\n" + OTHER
    )
    assert _roles(page)[2] == "chrome"


def test_a_brand_line_over_a_closing_credit_closes_the_story_above() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY + "青禾都市报青禾新闻\n记者韩松岭 通讯员宣慕白 摄影报道\n"
        "北塘区春季招聘会举行\n" + OTHER
    )
    assert _starts(page) == [0, 4]


def test_a_headline_with_its_top_credit_over_a_short_first_line_still_opens_its_article() -> None:
    page = (
        "柳湾镇文化广场开放\n记者 韩松岭\n走进柳湾镇的一处\n"
        "文化广场，健身器材、休息座椅一应俱全，附近居民纷纷前来锻炼。\n"
    )
    assert _starts(page) == [0]


def test_a_name_alone_after_a_story_closes_it_and_the_next_heading_starts_under_it() -> None:
    page = (
        "柳湾镇文化广场开放\n"
        "连日来，柳湾镇文化广场人气旺盛，希望有关部门加强管理，让广场更加整洁。\n"
        "林可舟\n北塘区西岙村:\n垃圾堆在渠边村民盼整治\n"
        "4月7日下午，记者在西岙村看到，村里一处渠边堆着不少垃圾，清理也不及时。\n"
    )
    roles = _roles(page)
    assert roles[2] == "body"
    assert _starts(page) == [0, 3]


def test_a_deck_under_a_name_keeps_the_name_as_a_headline() -> None:
    page = (
        "柳湾镇文化广场开放\n" + STORY.replace("本报讯（记者 林可舟）", "") + "林可舟\n——一位乡村教师的三十年\n"
        "在青禾县柳湾镇，提起林老师，村里没有人不知道。\n"
    )
    assert _starts(page) == [0, 2]


@pytest.mark.parametrize("piece", ["杰 摄", "摄", "溪 整理", "报道", "/文", "泡泡公园”里游玩"])
def test_the_rest_of_a_wrapped_credit_or_quote_is_no_headline(piece: str) -> None:
    page = "柳湾镇文化广场开放\n" + STORY + piece + "\n北塘区春季招聘会举行\n" + OTHER
    assert _starts(page) == [0, 3]


def test_a_name_with_its_job_after_a_story_closes_it() -> None:
    page = (
        "柳湾镇文化广场开放\n"
        "连日来，柳湾镇文化广场人气旺盛，希望有关部门加强管理，让广场更加整洁。\n"
        "林可舟供图\n“特殊年货”下乡来\n"
        "戏台搭在家门口，农技专家面对面传经送宝，西岙村的村民们过了一个热闹的周末。\n"
    )
    assert _starts(page) == [0, 3]


def _wrapped(text: str, width: int = 20) -> str:
    return "".join(text[i : i + width] + "\n" for i in range(0, len(text), width))


def test_a_recommended_headline_as_wide_as_the_column_is_still_an_item_of_its_list() -> None:
    body = (
        "昨日，青禾县柳湾镇举行春季招聘会，三十余家企业提供了六百多个岗位，吸引了大批求职者前来咨询。"
        "招聘会现场，不少企业负责人表示，今年的用工需求比往年更大，希望招到更多技术工人和年轻人。"
        "柳湾镇人社所负责人介绍，全镇今年还将举办四场专场招聘会，让群众在家门口就能找到好工作。"
    )
    listed = "北塘区举行消防演练守护辖区群众的生命安全"  # (as wide as the column)
    page = (
        "柳湾镇文化广场开放\n" + _wrapped(body) + "新闻推荐\n" + listed + "\n"
        "青禾讯(记者林可舟)近日,北塘区举行消防安全演练,提高群众的消防安全意识和逃生自救能力...\n"
        "青禾新闻，传播正能量。我们不变的是青禾这个家。\n"  # (a slogan: no island of chrome around the list)
        "第03版:城事\n北塘区春季招聘会举行\n" + _wrapped(OTHER.strip())
    )
    lines = page.splitlines()
    first = lines.index("新闻推荐")
    roles = _roles(page)
    assert roles[first : first + 3] == ["chrome"] * 3
    assert roles[first + 1] not in ("headline", "subtitle")
    assert _starts(page) == [0, first + 5]


def test_a_poem_over_chrome_is_no_list_of_headlines() -> None:
    page = (
        "春到柳湾\n林可舟\n"
        "柳湾的春天来得早\n河边的柳枝先绿了\n放学的孩子跑过石桥\n把风筝放进云里\n"
        "3上一篇  下一篇4\n北塘区春季招聘会举行\n" + OTHER
    )
    roles = _roles(page)
    assert "chrome" not in roles[:6]  # (a story of verse alone is not yet given its heading: no text under it)
    assert roles[6] == "chrome" and _starts(page)[-1] == 7


def test_verse_closing_a_story_over_chrome_stays_its_text() -> None:
    page = (
        "柳湾小学办起诗歌节\n" + STORY + "柳湾的春天来得早\n河边的柳枝先绿了\n放学的孩子跑过石桥\n把风筝放进云里\n"
        "3上一篇  下一篇4\n北塘区春季招聘会举行\n" + OTHER
    )
    roles = _roles(page)
    assert roles[2:6] == ["body"] * 4
    assert _starts(page) == [0, 7]


def test_on_column_text_a_headline_parted_from_its_text_by_chrome_stays_a_headline() -> None:
    body = (
        "连日来，柳湾镇文化广场人气旺盛，附近居民纷纷前来散步锻炼，孩子们在广场上追逐嬉戏。"
        "广场管理员林可舟介绍，广场今年还将增设健身步道和休息座椅，让群众有更多的好去处。"
    )
    page = "上一篇\n柳湾镇文化广场开放\n2024-03-05 10:20:33 来源:青禾网\n" + _wrapped(body, 12)
    roles = _roles(page)
    assert roles[:3] == ["chrome", "headline", "chrome"]
    assert _starts(page) == [1]


def test_a_list_of_headlines_under_a_closing_credit_the_column_wrapped_is_chrome() -> None:
    page = (
        "柳湾镇文化广场开放\n本报讯 近日，青禾县柳湾镇新建的文\n化广场正式开放，附近居民有了休闲\n"
        "的好去处。 记者 林\n可舟\n"
        "年夜饭私房菜 晚报邀您来晒晒\n门卫老周 倒在值班室，没抢救过来\n柳湾老街 迎来赏灯季\n"
        "早起做饭 液化气罐喷火，引发火灾\n九旬老人讨要赡养费 子女称明年再付\n"
        "3上一篇  下一篇4 2024年12月31日 放大 缩小 默认\n返回版面 版面导航\n"
        "北塘区春季招聘会举行 六百岗位等你来\n记者 苗若溪/文 韩松岭/图\n"
        "本报讯 昨日，北塘区举行春季招\n聘会，三十余家企业提供了六百多\n个岗位。\n"
    )
    roles = _roles(page)
    assert roles[4] == "body"
    assert roles[5:12] == ["chrome"] * 7
    assert _starts(page) == [0, 12]


def test_a_stamp_and_a_source_line_over_a_headline_are_no_headings() -> None:
    page = "青禾晚报\n03-12 09:57\n信息来源:青禾晚报\n要闻;公告\n柳湾镇文化广场开放\n" + STORY
    assert _roles(page) == ["chrome"] * 4 + ["headline", "body"]
    assert _starts(page) == [4]


def test_on_column_text_a_list_of_headlines_as_wide_as_the_column_after_a_closed_story_is_chrome() -> None:
    story = (
        "本报讯 昨日上午8时许，车主林先生驾车回青禾途中，经过绕城高速附近，突然发现侧面有一个不明物体袭来，"
        "不偏不倚砸中爱车左侧，留下很深凹痕。林先生猜测，可能是货车超车时，车轮碾压到路面碎石，恰好溅起砸到"
        "后车。 记者 苗若溪"
    )
    listed = [  # (each as wide as the column's lines: 16 characters)
        "年夜饭私房菜品 晚报邀您来晒一晒",
        "门卫老周 倒在值班室里没抢救过来",
        "柳湾老街十分钟滑倒 这冰路真悬哪",
        "早起做饭 液化气罐喷火引发火灾了",
        "九旬老人讨赡养费 子女称明年再付",
    ]
    page = (
        "高速路上 车辆遭飞石“偷袭”\n" + _wrapped(story, 16) + "\n".join(listed) + "\n"
        "3上一篇  下一篇4 2024年12月31日 放大 缩小 默认\n返回版面 版面导航\n"
        "北塘区春季招聘会举行\n记者 韩松岭/文 苗若溪/图\n" + _wrapped(OTHER.strip(), 16)
    )
    lines = page.splitlines()
    first = lines.index(listed[0])
    roles = _roles(page)
    assert roles[first : first + 5] == ["chrome"] * 5
    assert _starts(page) == [0, first + 7]
