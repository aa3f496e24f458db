"""The forms real pages print (formats.md §2-§4), each with made-up text: chrome, headline groups, captions.

Every line here is invented (names such as 林可舟, places such as 青禾县); only the form
of each line follows the catalogue.
"""

from __future__ import annotations

import pytest

from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, document_from_text

CHROME_LINES = [
    "第A05版:城市新闻",
    "07版:文化周刊",
    "0809版:特别报道",
    "00012版:要闻",
    "当前版:04版",
    "当前版: 04版 上一版  下一版",
    "B02:区县新闻",
    "版面:第A3版:要闻          上一篇    下一篇",
    "2024年3月5日青禾日报 第4版",
    "第4版(要闻)",
    "第4版()",
    "专栏:",
    "日期:[2024年03月05日] -- 青禾日报 -- 版次:[A4]",
    "来源:青禾晚报     2024年03月05日        版次:A05    栏目:城事    作者:林可舟",
    "《青禾日报》(2024年03月05日 005版)",
    "作者:林可舟 《青禾日报》( 2024年03月05日 05版)",
    "青禾都市报 -A1 要闻-",
    "A1要闻",
    "P04 要闻",
    "出版日期:2024年03月05日",
    "06",
    "栏目:    作者:",
    "2024年03月05日 星期二",
    "青禾日报 2024年03月05日 星期二",
    "2024年3月5日 星期",
    "2024-03-05",
    "星期二",
    "日期:03-05",
    "青禾晚报 2024-03-05 10:20 大字",
    "青禾晚报     2024年03月05日",
    "http://www.sina.com.cn 2024年03月05日10:20 青禾网-青禾晚报",
    "2024-03-05 10:20:33 来源:青禾网",
    "2024年03月05日10:20  来源:青禾日报",
    "时间:2024-03-05 10:20   来源:青禾日报",
    "(2024年03月05日) 来源:青禾日报",
    "( 2024-03-05 ) 稿件来源:青禾日报 城事",
    "青禾网  日期: 2024-03-05  来源: 青禾晚报",
    "上一篇",
    "3 上一篇",
    "下一篇 4",
    "3上一篇",
    "下一篇4",
    "上一版3",
    "4下一版",
    "往期阅读",
    "返回主页",
    "返回新数字报",
    "回到首页",
    "版面概览",
    "版面导航",
    "标题导航",
    "本版列表新闻",
    "本版导读",
    "PDF 版",
    "打印页面",
    "【打印】",
    "回顶部 到底部",
    "注册",
    "English",
    "放大 缩小 默认",
    "放大",
    "大字",
    "字号:",
    "通版阅读请点击:",
    "展开通版",
    "收缩通版",
    "发布日期:",
    "新闻推荐",
    "推荐阅读",
    "相关阅读:",
    "相关链接",
    "热点新闻",
    "精彩图片推荐",
    "大家都在看",
    "本网快讯",
    "标签:",
    "推荐",
    "关键词:",
    "电子报阅读机",
    "当前报纸名称:青禾日报",
    "分享",
    "分享到微信朋友圈",
    "扫一扫",
    "扫码关注",
    "下载青禾新闻APP",
    "体验更多精彩",
    "登录后发表评论",
    ">>我要举报",
    "【发表评论 】",
    "发表评论 _COUNT_条",
    "点击数:",
    "×",
    "客户端",
    "即时新闻",
    "·",
    "dlrb",
    "hkwb",
    "阴影",
    "阴影 阴影",
    "广告",
    "~~~",
    "|",
    "收藏此页】【下载点点通】【打印】【】【关闭】",
    "推荐】【小字】【打印】【关闭】",
    "爱问(青禾网)",
    "新 闻 查 询",
    "首页 > 新闻 > 正文",
    "青禾网首页 > 新闻 > 本地 > 正文",
    "当前位置     首页 > 本地 > 正文",
    "青禾网首页 > 新闻 > 本地 > 柳湾古镇迎来赏花季",
    "来源:",
    "编辑:林可舟",
    "责任编辑:苗若溪",
    "（责编:林可舟、苗若溪）",
    "作者:",
    "发布时间:2024-03-05",
    "稿件来源:青禾日报",
    "文章来源:http://www.qinghe.cn/a.html",
    "原标题:柳湾古镇迎来赏花季",
    "我有话说",
    "继续浏览",
    "版权所有:青禾日报  技术支持:青禾科技",
    "青ICP备12345678号-1",
    "琼ICP备12345678号",
    "@CopyRight2019-2024 qinghe.cn AllRights Reserved",
    "青禾日报版权所有 未经书面许可不得转载",
    "青 禾 日 报 社      版 权 所 有",
    "版权声明 @ 青禾网 网站版权所有",
    "Copyright © 2019-2024 青禾网",
    "青禾网版权所有",
    "国内统一刊号:CN12-3456 青禾日报社出版",
    "集团数字报刊 : 青禾日报 | 青禾晚报 | 青禾都市报",
    "2024-03-05 1 2 青禾日报 content_12345.html 1 柳湾古镇迎来赏花季 /enpproperty-->",
    "12345 2024-03-05 00:00:00 星期二 柳湾古镇<BR/>迎来赏花季KeywordPh",
    "--> 2024-03-05 记者 林",
    "·青禾县新建三座便民桥",
    "热点人物",
    "热门推荐",
    "下载",
    "读报纸首页",
    "手机青禾网",
    "小字体大字体",
    "站内搜索:",
    "青禾日报 数字报纸",
    "青禾客户端",
    "字数:293 2024年03月05日",
    "2024年3月5日,星期二(GSM+8 北京时间)",
    "青禾法制报 > 第二版:城事 改变文字大小:   | 打印 | 关闭",
    "第二版:新闻",
    "[编辑: 林可舟]",
    "【编辑:林可舟】",
    "首页 | 版面导航 | 标题导航 |",
    "首页 新闻 体育 娱乐 游戏 邮箱",
    "青禾网概况 | 关于青禾网 | 联系我们",
    "您当前的位置 : 青禾网  >  新闻中心  >  青禾",
    "您的浏览器版本太低,请升级后浏览",
    "通信地址:青禾县柳湾路6号   邮编:123456   E-mail:news@qinghe.cn",
    "电话 新闻热线:12345 报刊发行:0531-1234567",
    "稿源: 青禾日报  | 2005-12-08 08:46:25",
    "3 上",
    "柳湾古镇迎来赏花季 北塘区新增三处口袋公园 青禾推出便民新举措",
]

NOT_CHROME = [
    "柳湾古镇迎来赏花季",
    "“山海同心”青禾采访团走进柳湾——",
    "柳湾：梯田里长出新希望",
    "青禾日报/青禾网记者费雨桐吕清禾卜星野",
    "本报讯（记者林可舟）近日，青禾县柳湾镇举行活动。",
    "□晚报记者 伍柏舟",
    "□图/ 车晓岚  文/井一帆",
    "文/图 青禾晚报记者 邰晴",
    "■记者甘棠",
    "● 林可舟",
    "本报记者 苗若溪",
    "通讯员 韩松岭",
    "青禾日报记者 邰 晴",
    "（农业办）",
    "记者 戚小满 摄",
    "■ 本报记者 殷子衡",
    "（甘棠/文 林可舟/摄）",
    "文/摄 记者 吕清禾",
    "文并摄卜星野",
    "晚报记者 郁文川 通讯员 宣慕白/文",
    "新华社记者 鲁山青 摄",
    "井一帆 摄影报道",
    "▲游客在柳湾古镇赏灯。",
    "①居民在湖边散步",
    "这是3月5日在青禾县拍摄的新建大桥。新华社记者 韩松岭 摄",
    "图为车队驶过新修的盘山路（无人机照片，2024年5月1日摄）。",
    "图片新闻",
    "图片新闻01",
    "本地新闻",
    "柳湾短波",
    "简讯",
    "雪落在屋檐上",
    "也落在远行人的",
    "名字。回家过年",
    "又讯：昨日下午，青禾县举行活动。",
    "△柳湾镇建成首个村级书屋。 （林可舟）",
    "2024年青禾县经济运行稳中有进",
    "青禾县2024年3月5日召开两会",
    "——全县新增就业岗位两千余个",
    "信息来源:郁文川 宣慕白",
    "（报料人韩先生 奖金50元）",
    "5G网络覆盖全县",
    "时间:上午7时30分",
    "地点:柳湾镇",
    "雪舞冰城 景美情浓",
    "技术工人 就业服务站 安全生产检查",
    "记者 林可舟 苗若溪 韩松岭",
    "本报记者 林可舟/摄 实习生 苗若溪/文",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_page_chrome_forms_are_chrome(line: str) -> None:
    assert line_kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", NOT_CHROME)
def test_headlines_credits_captions_and_body_are_not_chrome(line: str) -> None:
    assert line_kind(line) is not LineKind.CHROME


def _roles(text: str) -> list[tuple[str, bool, str]]:
    document = document_from_text(text)
    return [(block.role.value, block.starts_article, block.text) for block in document.blocks]


def _findings(text: str, check: str) -> list[tuple[int, ...]]:
    return [finding.blocks for finding in analyse(document_from_text(text)) if finding.check == check]


HEADLINE_LIST = """标题导航
柳湾古镇迎来赏花季
青禾推出便民新举措
北塘区新增三处口袋公园
返回新数字报
2024年3月5日 星期
3 上一篇  下一篇 4
北塘区新增三处口袋公园
本报3月4日讯（记者林可舟）近日，北塘区新建的三处口袋公园正式向市民开放，附近居民散步又多了好去处。
公园里设置了健身步道和儿童游乐设施，周末吸引了不少家庭前来游玩。
通版阅读请点击:
展开通版
"""


def test_a_headline_list_is_chrome_and_the_real_headline_is_the_one_over_the_dateline() -> None:
    roles = _roles(HEADLINE_LIST)
    assert [role for role, _, _ in roles] == ["chrome"] * 7 + ["headline", "body", "body", "chrome", "chrome"]
    assert [index for index, (_, starts, _) in enumerate(roles) if starts] == [7]
    assert _findings(HEADLINE_LIST, "duplicate-headline") == []
    assert _findings(HEADLINE_LIST, "broken-line-break") == []


def test_a_page_list_then_the_pages_headlines_is_chrome() -> None:
    page = (
        "第A01版:要闻\n第A02版:城事\n第A03版:区县\n柳湾古镇迎来赏花季\n青禾推出便民新举措\n"
        "青禾推出便民新举措\n本报讯（记者 苗若溪）近日，青禾县推出十项便民举措，群众办事更方便了。\n"
    )
    roles = _roles(page)
    assert [role for role, _, _ in roles] == ["chrome"] * 5 + ["headline", "body"]
    assert _findings(page, "duplicate-headline") == []


def test_a_headline_printed_twice_before_its_body_is_chrome_the_first_time() -> None:
    page = "柳湾古镇迎来赏花季\n柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客不断。\n"
    roles = _roles(page)
    assert [role for role, _, _ in roles] == ["chrome", "headline", "body"]
    assert _findings(page, "duplicate-headline") == []


def test_the_same_story_printed_twice_is_still_a_duplicate_headline() -> None:
    story = "柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客络绎不绝。\n"
    assert _findings(story + story, "duplicate-headline") == [(0, 2)]


def test_a_kicker_ending_with_a_dash_heads_its_headline_and_is_never_a_broken_line() -> None:
    page = (
        "“山海同心”青禾采访团走进柳湾——\n柳湾：梯田里长出新希望\n"
        "本报讯（记者 费雨桐）初春时节，走进柳湾镇，层层梯田错落有致，村民们正忙着春耕备耕。\n"
        "“今年的收成一定错不了。”村民井一帆说。\n"
    )
    roles = _roles(page)
    assert [(role, starts) for role, starts, _ in roles[:2]] == [("subtitle", True), ("headline", False)]
    assert _findings(page, "broken-line-break") == []


def test_a_kicker_ending_with_a_colon_heads_its_headline() -> None:
    page = (
        "聚焦春耕备耕：\n青禾县备足种子两千余吨\n"
        "本报讯（记者 林可舟）连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕。\n"
    )
    roles = _roles(page)
    assert [(role, starts) for role, starts, _ in roles[:2]] == [("subtitle", True), ("headline", False)]
    assert _findings(page, "broken-line-break") == []


def test_a_subtitle_starting_with_a_dash_is_the_decks() -> None:
    page = (
        "青禾县新增就业岗位两千余个\n——产业园区带动周边农户增收\n"
        "本报讯（记者 苗若溪）今年以来，青禾县依托产业园区，带动周边农户就近就业。\n"
    )
    roles = _roles(page)
    assert [(role, starts) for role, starts, _ in roles[:2]] == [("headline", True), ("subtitle", False)]


CAPTIONS = """柳湾古镇元宵灯会开幕
▲游客在柳湾古镇赏灯。（林可舟 摄）
▶孩子们在学包粽子。 （苗若溪 摄）
本报讯 元宵节前夕，柳湾古镇举办灯会，数百盏花灯点亮了古镇的街巷，吸引了大批市民前来观赏。（韩松岭）
青禾县新建大桥通车
这是3月5日在青禾县拍摄的新建大桥。新华社记者 韩松岭 摄
①居民在湖边散步
②车辆有序驶出小区
本报讯（记者 甘棠）3月5日，青禾县柳湾大桥正式通车，两岸居民出行时间缩短了半个小时。
↑ 工人在桥面绑扎钢筋。
大桥全长一千二百米，历时两年建成。
"""


def test_captions_are_captions_never_headlines_nor_article_starts() -> None:
    roles = _roles(CAPTIONS)
    assert [index for index, (_, starts, _) in enumerate(roles) if starts] == [0, 4]
    assert [index for index, (role, _, _) in enumerate(roles) if role == "caption"] == [1, 2, 5, 6, 7, 9]


COLUMNS = """青禾县春耕备耕有序推进
本报讯 连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕，田间地头一派繁忙景象。
县农业农村局派出技术人员深入田间，指导农户科学施肥、合理用药。
截至目前，全县已备足种子两千余吨、化肥一万余吨。（林可舟）
图片新闻01
柳湾镇的油菜花竞相开放，金黄的花海吸引了众多游客前来观赏拍照。 鲁山青 摄
图片新闻02
北塘区的志愿者走进社区，为老人义务理发、测量血压。（邰晴 摄）
柳湾镇新建五座便民桥
本报讯 近日，柳湾镇新建的五座便民桥全部完工，解决了沿河村民出行难的问题。
据了解，这五座桥总投资三百余万元。（苗若溪）
柳湾短波
△柳湾镇建成首个村级书屋。书屋藏书三千余册，免费向村民开放。 （甘棠）
△柳湾镇举办春季招聘会，二十余家企业提供岗位四百余个。 （卜星野）
"""


def test_column_titles_head_their_own_items_and_keep_their_photo_credits() -> None:
    document = document_from_text(COLUMNS)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0, 4, 6, 8, 11]
    headlines = [article.headline for article in document.articles()]
    assert headlines == ["青禾县春耕备耕有序推进", "图片新闻01", "图片新闻02", "柳湾镇新建五座便民桥", "柳湾短波"]
    photo = document.articles()[1]
    assert photo.block_indices == (4, 5)  # the one paragraph of photo news and its ``X 摄`` stay together
    assert document.blocks[11].role is Role.HEADLINE


def test_photo_news_cut_by_a_column_is_one_paragraph_with_its_run_on_photo_credit() -> None:
    page = (
        "图片新闻\n柳湾镇的油菜花竞相开放，金黄的花海与白墙黛瓦相映成趣，吸引\n"
        "了众多游客前来观赏拍照。 鲁山青 摄\n"
        "北塘区新增三处口袋公园\n本报讯（记者 苗若溪）近日，北塘区新建的三处口袋公园正式向市民开放。\n"
    )
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0, 3]
    assert _findings(page, "broken-line-break") == [(1, 2)]


def test_chrome_between_two_title_like_lines_ends_the_story_above_and_opens_the_next() -> None:
    page = (
        "青禾县图书馆延长开放时间\n本报讯 即日起，青禾县图书馆每周五、周六开放时间延长至晚上九点。\n"
        "读书让生活更美好\n"
        "http://www.sina.com.cn 2024年03月05日10:20 青禾网-青禾晚报\n"
        "柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客不断。\n"
    )
    document = document_from_text(page)
    assert document.blocks[4].starts_article and document.blocks[4].role is Role.HEADLINE
    assert not document.blocks[2].starts_article


def _pdf_column(paragraphs: list[str], width: int, indent: str = "\u3000\u3000") -> tuple[list[str], set[int]]:
    """Paragraphs hard-wrapped at ``width`` characters, the first line indented; (lines, wrapped line numbers)."""
    lines: list[str] = []
    wrapped: set[int] = set()
    for paragraph in paragraphs:
        first = width - len(indent)
        pieces = [paragraph[:first]] + [paragraph[i : i + width] for i in range(first, len(paragraph), width)]
        for number in range(1, len(pieces)):
            while pieces[number] and pieces[number][0] in "，。、；：！？”）":  # closing marks hang on the line above
                pieces[number - 1] += pieces[number][0]
                pieces[number] = pieces[number][1:]
        pieces = [piece for piece in pieces if piece]
        for number, piece in enumerate(pieces):
            if number:
                wrapped.add(len(lines))
            lines.append((indent if number == 0 else "") + piece)
    return lines, wrapped


def test_on_pdf_column_text_an_indented_first_line_at_the_column_less_its_indent_is_a_wrap() -> None:
    story = [
        "本报讯（记者 林可舟）三月刚过，柳湾镇河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。",
        "灯会将持续到正月十八，其间还将举办猜灯谜、舞龙舞狮等民俗活动，市民可免费参加。",
        "公园管理处工作人员说，今年新栽的樱花树已经开花，预计本周末将迎来赏花高峰。",
        "据了解，柳湾镇今年计划新建高标准农田两千亩，配套建设灌溉渠道和机耕道路。",
    ]
    lines, wrapped = _pdf_column(story, 14)
    page = "柳湾古镇迎来赏花季\n" + "\n".join(lines) + "\n"
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0]
    assert {second for _, second in _findings(page, "broken-line-break")} == {number + 1 for number in wrapped}


def test_a_caption_the_column_wrapped_keeps_its_photo_credit() -> None:
    story = [
        "本报讯（记者 林可舟）三月刚过，柳湾镇河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。",
        "灯会将持续到正月十八，其间还将举办猜灯谜、舞龙舞狮等民俗活动，市民可免费参加。",
        "公园管理处工作人员说，今年新栽的樱花树已经开花，预计本周末将迎来赏花高峰。",
    ]
    lines, _ = _pdf_column(story, 14)
    page = "柳湾古镇迎来赏花季\n▲游客们在柳湾古镇赏灯观花。\n（鲁山青 摄）\n" + "\n".join(lines) + "\n"
    assert (1, 2) in _findings(page, "broken-line-break")


def test_a_recommendation_list_with_teasers_is_chrome() -> None:
    page = (
        "柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客不断。\n"
        "新闻推荐\n北塘区新增三处口袋公园\n春季养生:早睡早起身体好专家介绍,春天要注意保暖,多吃时令蔬菜,适当运动...\n相关新闻\n"
    )
    roles = _roles(page)
    assert [role for role, _, _ in roles] == ["headline", "body", "chrome", "chrome", "chrome", "chrome"]


def test_a_slide_show_prints_the_headline_again_over_its_caption_and_the_headline_stays() -> None:
    page = (
        "西岙村智慧大棚全面铺开\n西岙村智慧大棚全面铺开\n▲合作社社员在大棚里修剪果枝。（林可舟 摄）\n"
        "本报讯（记者 苗若溪）近日，西岙村的智慧大棚全面铺开，果农足不出户就能查看棚内温度。\n"
    )
    document = document_from_text(page)
    assert document.blocks[0].role is Role.HEADLINE and document.blocks[0].starts_article


def test_a_headline_list_holds_exclaimed_headlines_and_bullets() -> None:
    page = (
        "标题导航\n荷塘村：口袋公园完成改造\n“我们会把好事办好，把实事办实！”\n·桐溪村，户外劳动者驿站建成\n"
        "返回新数字报\n荷塘村：口袋公园完成改造\n本报讯（记者 韩松岭）近日，荷塘村口袋公园完成改造，村民有了去处。\n"
    )
    roles = _roles(page)
    assert [role for role, _, _ in roles] == ["chrome"] * 5 + ["headline", "body"]
    assert _findings(page, "duplicate-headline") == []


def test_an_exclaimed_headline_under_chrome_or_at_the_top_opens_its_article() -> None:
    page = (
        "望山镇茶园迎来开采季啦！\n本报讯（记者 林可舟）近日，望山镇茶园迎来春茶开采，茶农们忙着采摘新茶。\n"
        "第A05版:城市新闻\n“看着家乡一天天变样，真让人高兴！”\n"
        "连日来，柳湾镇的新房一栋栋建起来，村民们的笑容也多了。\n"
    )
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0, 3]


def test_a_bracketed_note_at_a_storys_end_is_no_headline() -> None:
    page = (
        "柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客不断。\n"
        "（报料人韩先生 奖金50元）\n简讯\n本报记者 苗若溪\n近日，青禾县图书馆延长开放时间，方便市民读书学习。\n"
    )
    document = document_from_text(page)
    assert document.blocks[2].role is not Role.HEADLINE
    assert document.blocks[3].starts_article and document.blocks[3].role is Role.HEADLINE


def test_a_comma_line_between_two_paragraphs_of_a_story_is_its_text() -> None:
    page = (
        "柳湾镇建成邻里中心\n本报讯（记者 林可舟）近日，柳湾镇邻里中心建成投用，受到居民欢迎。\n"
        "与去年同期相比，来中心活动的老人增长了三成。\n暖意融融，柳湾镇的一切都在向前奔涌\n"
        "邻里中心占地约八亩，设有服务台、阅览室和活动室。\n"
    )
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0]


def test_fact_lines_under_a_headline_and_an_editors_code_stand_apart() -> None:
    page = (
        "柳湾镇举办春季招聘会\n本报讯（记者 苗若溪）近日，柳湾镇举办春季招聘会，二十余家企业提供岗位四百余个。(B)(12)\n"
        "村干部：今天我扫街\n时间：上午7时30分\n地点：柳湾镇老街\n"
        "清晨，村干部们拿起扫帚，和环卫工人一起清扫老街。\n"
    )
    assert _findings(page, "broken-line-break") == []
    document = document_from_text(page)
    assert document.blocks[2].starts_article


def test_on_pdf_column_text_a_line_at_the_column_width_without_a_pause_is_a_wrap() -> None:
    story = [
        "本报讯（记者 林可舟）三月刚过，柳湾镇河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。",
        "灯会将持续到正月十八，其间还将举办猜灯谜、舞龙舞狮等民俗活动，市民可免费参加。",
        "老街博物馆还开通了服务热线和预约平台扫描二维码即可预约参观。",
        "据了解，柳湾镇今年计划新建高标准农田两千亩，配套建设灌溉渠道和机耕道路。",
    ]
    lines, wrapped = _pdf_column(story, 14, indent="")
    page = "柳湾古镇迎来赏花季\n" + "\n".join(lines) + "\n"
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0]
    assert {second for _, second in _findings(page, "broken-line-break")} == {number + 1 for number in wrapped}


def test_a_storys_trailer_is_no_kicker_of_the_next_headline() -> None:
    page = (
        "柳湾古镇迎来赏花季\n本报讯（记者 韩松岭）连日来，柳湾古镇的桃花竞相开放，游客不断。\n"
        "线索提供 林可舟 苗若溪\n随手拍专用邮箱：qinghe\n"
        "北塘区新增三处口袋公园\n本报讯（记者 苗若溪）近日，北塘区新建的三处口袋公园正式向市民开放。\n"
    )
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0, 4]


def test_a_second_item_briefs_and_one_sentence_paragraphs_stay_in_their_articles() -> None:
    page = (
        "青禾县图书馆延长开放时间\n"
        "本报讯 即日起，青禾县图书馆每周五、周六开放时间延长至晚上九点，方便市民利用业余时间读书学习。\n"
        "又讯：昨日下午，青禾县图书馆举办读书分享会，五十余名读者参加。（宣慕白）\n"
        "柳湾短波\n△柳湾镇建成首个村级书屋。书屋藏书三千余册，免费向村民开放。 （甘棠）\n"
        "△柳湾镇举办春季招聘会，二十余家企业提供岗位四百余个。 （卜星野）\n"
        "小镇的春天\n小镇的春天来得早。\n三月刚过，河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。\n"
        "县政协副主席苗若溪参加活动。（林可舟）\n"
    )
    document = document_from_text(page)
    assert [index for index, block in enumerate(document.blocks) if block.starts_article] == [0, 3, 6]
    assert _findings(page, "broken-line-break") == []
