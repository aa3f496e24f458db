"""Article starts on papers never seen: what the page shows about where a story ends and the next one opens.

Every line here is invented (names such as 林可舟, places such as 青禾县).
"""

from __future__ import annotations

from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, document_from_text


def _starts(text: str) -> list[str]:
    return [block.text for block in document_from_text(text).blocks if block.starts_article]


def _pdf_column(paragraphs: list[str], width: int, indent: str = "\u3000\u3000") -> list[str]:
    """Paragraphs hard-wrapped at ``width`` characters, the first line indented (closing marks hang)."""
    lines: list[str] = []
    for paragraph in paragraphs:
        first = width - len(indent)
        pieces = [paragraph[:first]] + [paragraph[i : i + width] for i in range(first, len(paragraph), width)]
        for number in range(1, len(pieces)):
            while pieces[number] and pieces[number][0] in "，。、；：！？”）":
                pieces[number - 1] += pieces[number][0]
                pieces[number] = pieces[number][1:]
        lines += [(indent if number == 0 else "") + piece for number, piece in enumerate(p for p in pieces if p)]
    return lines


# The first story was cut off after a comma (the rest of it is on another page); the next story's headline
# stands over its dateline.
CUT_OFF_ON_A_COMMA = """青禾县春耕备耕全面展开
本报讯（记者 林可舟）连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕，农机在田间往来穿梭。
县农业农村局负责人说，今年全县计划播种粮食三十万亩，种子化肥已全部到位，农机检修也已完成。
种粮大户苗若溪，
柳湾镇农机合作社开足马力
本报讯（记者 韩松岭）近日，柳湾镇农机合作社的二十台拖拉机开进田间，为周边农户代耕代种农田。
合作社负责人说，今年春耕农机作业订单已排到下月中旬，农户们对代耕代种服务十分满意。
"""


def test_a_headline_over_a_dateline_opens_its_story_under_a_line_cut_off_on_a_comma() -> None:
    document = document_from_text(CUT_OFF_ON_A_COMMA)
    starts = [block.text for block in document.blocks if block.starts_article]
    assert starts == ["青禾县春耕备耕全面展开", "柳湾镇农机合作社开足马力"]
    roles = {block.text: block.role for block in document.blocks}
    assert roles["种粮大户苗若溪，"] is Role.BODY  # (no heading or kicker ends on a comma)
    assert roles["柳湾镇农机合作社开足马力"] is Role.HEADLINE


def test_a_short_line_ending_on_a_comma_is_never_a_kicker() -> None:
    page = CUT_OFF_ON_A_COMMA.replace("种粮大户苗若溪，\n", "").replace(
        "柳湾镇农机合作社开足马力\n本报讯", "柳湾镇农机合作社，\n柳湾镇农机合作社开足马力\n本报讯"
    )
    blocks = document_from_text(page).blocks
    assert [b.text for b in blocks if b.role in (Role.HEADLINE, Role.SUBTITLE)] == [
        "青禾县春耕备耕全面展开",
        "柳湾镇农机合作社开足马力",
    ]


def test_on_column_text_a_credit_the_column_cut_inside_the_name_is_no_heading() -> None:
    first = [
        "本报讯（记者 苗若溪）三月刚过，柳湾镇河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。",
        "灯会将持续到正月十八，其间还将举办猜灯谜、舞龙舞狮等民俗活动，市民可免费参加。",
        # (wrapped at 14: ``本周末迎来赏花高峰。记者林可`` reads as signed by 林可; the column cut the name)
        "公园管理处工作人员说，今年新栽的樱花树已经开花，预计本周末迎来赏花高峰。记者林可舟摄",
    ]
    second = [
        "本报讯（记者 韩松岭）近日，青禾县农机合作社的二十台拖拉机开进田间，为周边农户代耕代种农田。",
        "合作社负责人说，今年春耕农机作业订单已排到下月中旬，农户们对代耕代种服务十分满意。",
    ]
    lines = ["柳湾古镇迎来赏花季", *_pdf_column(first, 14), "青禾县农机忙春耕", *_pdf_column(second, 14)]
    cut = lines.index("舟摄")
    assert lines[cut - 1].endswith("记者林可")
    document = document_from_text("\n".join(lines) + "\n")
    assert [b.text for b in document.blocks if b.starts_article] == ["柳湾古镇迎来赏花季", "青禾县农机忙春耕"]
    breaks = [f.blocks for f in analyse(document) if f.check == "broken-line-break"]
    assert (cut - 1, cut) in breaks


def test_a_credit_line_as_wide_as_the_column_over_the_next_headline_stays_apart() -> None:
    # (the line above is signed and the headline under it makes no longer credit with it)
    story = [
        "本报讯（记者 苗若溪）三月刚过，柳湾镇河岸边的柳树就抽出了新芽，老街上的茶馆也早早支起了桌椅。",
        "公园管理处工作人员说，今年新栽的樱花树已经开花，预计本周末迎来赏花高峰。记者林可舟",
    ]
    second = ["本报讯（记者 韩松岭）近日，青禾县农机合作社的拖拉机开进田间，为周边农户代耕代种农田。"]
    lines = ["柳湾古镇迎来赏花季", *_pdf_column(story, 14), "春耕忙", *_pdf_column(second, 14)]
    assert _starts("\n".join(lines) + "\n") == ["柳湾古镇迎来赏花季", "春耕忙"]


# An unsigned story closed by a credit in a form the credit grammar does not know, over the next story's
# headline: the line shares words with the story above (``记者``) and nothing else with the story below.
UNKNOWN_CLOSING_CREDIT = """柳湾社区雨后积水难排
柳湾社区居民韩先生告诉记者，每逢大雨，小区大门外必定积水，车辆进出十分不便。
记者来到现场看到，大门外的排水口被落叶堵住，积水没过了脚踝，几位居民正在清理。
社区工作人员表示，已联系市政部门疏通排水管道，预计本周内完工。
来源丨青禾早报记者苗若溪
老街夜市人气旺
近日，桐溪镇老街夜市重新开张，摊位沿着河岸一字排开，小吃、手工艺品琳琅满目。
夜市管理方介绍，开张以来每晚客流都在三千人次以上，周末更是人头攒动。
"""


def test_a_line_going_with_the_unsigned_story_above_is_no_kicker_of_the_next_headline() -> None:
    assert _starts(UNKNOWN_CLOSING_CREDIT) == ["柳湾社区雨后积水难排", "老街夜市人气旺"]


def test_a_kicker_sharing_words_with_its_story_stays_the_start() -> None:
    page = UNKNOWN_CLOSING_CREDIT.replace("来源丨青禾早报记者苗若溪\n老街夜市人气旺", "夜市重开\n老街夜市人气旺")
    assert _starts(page) == ["柳湾社区雨后积水难排", "夜市重开"]


def test_under_a_signed_story_the_line_atop_the_heading_stays_its_kicker() -> None:
    page = UNKNOWN_CLOSING_CREDIT.replace("预计本周内完工。\n", "预计本周内完工。（林可舟）\n").replace(
        "来源丨青禾早报记者苗若溪", "社区回声"
    )
    assert _starts(page) == ["柳湾社区雨后积水难排", "社区回声"]


def test_the_rest_of_a_photo_credit_over_a_dateline_is_no_headline() -> None:
    page = """柳湾镇充电桩投用
社区志愿者在充电桩旁发放宣传册，向居民讲解充电安全知识。（林
可舟 摄）
新华社青禾2月9日电（记者苗若溪）柳湾镇首批二十个充电桩日前投入使用，居民纷纷点赞。
镇里负责人说，年内还将新建充电桩三十个，覆盖全镇所有行政村。
"""
    assert _starts(page) == ["柳湾镇充电桩投用"]


# The story above stops without its full stop (the rest was cut off), and the next story's heading group
# (a kicker, a headline, a deck) stands over its dateline.
CUT_OFF_OVER_A_HEADING_GROUP = """青禾县春耕备耕全面展开
本报讯（记者 林可舟）连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕，农机在田间往来穿梭。
县农业农村局负责人说，今年全县种子化肥已全部到位，农机检修也已完成，农户们纷纷把新买的农机开进了
{heading}
本报讯（记者 韩松岭）近日，柳湾镇举办农技培训会，百余名农户参加，专家在田间地头现场答疑解惑。
培训会上，农技专家讲解了水稻育秧、病虫害防治等实用技术，农户们边听边记，收获满满。
"""


def test_a_dash_kicker_over_a_headline_over_a_dateline_opens_its_story_under_a_cut_off_story() -> None:
    heading = "聚焦乡村振兴——\n柳湾镇举办农技培训会\n百余名农户参加 专家现场答疑"
    page = CUT_OFF_OVER_A_HEADING_GROUP.format(heading=heading)
    blocks = document_from_text(page).blocks
    assert [b.text for b in blocks if b.starts_article] == ["青禾县春耕备耕全面展开", "聚焦乡村振兴——"]
    assert [b.role for b in blocks[3:6]] == [Role.SUBTITLE, Role.HEADLINE, Role.SUBTITLE]


def test_a_short_kicker_over_a_headline_over_a_dateline_is_not_joined_to_a_cut_off_story() -> None:
    page = CUT_OFF_OVER_A_HEADING_GROUP.format(heading="农技下乡\n柳湾镇举办农技培训会")
    page = page.replace("农机在田间往来穿梭。", "农机在田间往\n来穿梭。")  # (a page that breaks its lines)
    assert _starts(page) == ["青禾县春耕备耕全面展开", "农技下乡"]


def test_a_credits_role_alone_over_the_photographers_name_is_no_heading() -> None:
    page = """柳湾镇清扫落叶
连日来，柳湾镇环卫工人清扫街头落叶，保持道路干净整洁，方便居民出行。
全媒体记者
苗若溪 摄
青禾县新建口袋公园开放
本报讯（记者 林可舟）近日，青禾县城区新建的三座口袋公园向市民开放，吸引了不少居民前来休闲。
"""
    blocks = document_from_text(page).blocks
    assert [b.text for b in blocks if b.starts_article] == ["柳湾镇清扫落叶", "青禾县新建口袋公园开放"]
    assert blocks[2].role not in (Role.HEADLINE, Role.SUBTITLE)


def test_a_caption_under_a_writers_and_photographers_credit_is_no_headline() -> None:
    # (``文/图``: the credit signs the story's text too, so what follows is that story, not a next one)
    page = """柳湾镇清扫落叶
本报讯（记者 林可舟）连日来，柳湾镇环卫工人清扫街头落叶，保持道路干净整洁，方便居民出行。
既是读者又是作者
八旬老人讲述与《青禾晚报》的故事
□ 青禾晚报记者 苗若溪 文/图
韩松岭老人在阅读《青禾晚报》
“在十几种报刊中，我与《青禾晚报》的关系最为密切。”九月的一天，记者来到柳湾镇，拜访了韩松岭老人。
"""
    assert _starts(page) == ["柳湾镇清扫落叶", "既是读者又是作者"]


# A story cut off inside a quotation (the rest is on another page), then the next story's headline over its
# dateline: the headline opens that story, and the cut line, its quotation still open, heads nothing.
_CUT_IN_A_QUOTE = (
    "　　青禾县新建三座便民桥\n"
    "　　本报讯（记者 林可舟）近日，青禾县三座便民桥建成通车，柳湾村、苗家村的村民从此过河不再绕远路。"
    "便民桥由青禾县交通局负责建设，桥长八十米，宽六米，总投资三百万元，今年三月开工建设。\n"
    "　　便民桥通车当天，两岸村民早早来到桥头，敲锣打鼓庆祝通车，不少老人拄着拐杖来看新桥，"
    "孩子们在桥上跑来跑去，笑声不断，现场十分热闹。\n"
    "　　苗家村村民韩松岭说：“过去到对岸赶集要绕行十多里路，大家都说\n"
    "柳湾镇春季农民运动会开幕\n"
    "　　本报讯（记者 苗若溪）日前，柳湾镇第三届春季农民运动会开幕，来自全镇十二个村的三百多名农民参加比赛。"
    "运动会设拔河、跳绳、挑担等项目，赛场上欢声笑语不断，运动员们个个精神饱满。\n"
    "　　柳湾镇有关负责人介绍，农民运动会每两年举办一次，已成为当地群众家门口的体育盛会，"
    "今年参赛人数比上届多了一百多人，比赛项目也增加了三项。\n"
)


def test_a_line_left_inside_an_open_quotation_heads_nothing_and_the_headline_over_a_dateline_opens_its_story():
    assert _starts(_CUT_IN_A_QUOTE) == ["青禾县新建三座便民桥", "柳湾镇春季农民运动会开幕"]
    document = document_from_text(_CUT_IN_A_QUOTE)
    assert document.blocks[3].role is Role.BODY
    assert document.blocks[4].role is Role.HEADLINE


# A portal's copy without credits or datelines: the first story stops inside a quotation where the page cut
# it; the next story's headline is said again by its first sentence.
CUT_OFF_OVER_A_RESTATED_HEADLINE = """青禾县三座便民桥建成通车
青禾县三座便民桥日前建成通车，柳湾村、苗家村的村民从此过河不再绕远路，出行方便多了。
苗家村村民林可舟说：“过去到对岸赶集要绕行十多里，如今便民桥修到了家门口，到对岸赶集方便多了，
柳湾镇举办春季农民运动会
柳湾镇第三届春季农民运动会日前开幕，全镇十二个村的三百多名农民参加了拔河、跳绳、挑担等比赛。
赛场上欢声笑语不断，运动员们个个精神饱满，观众的掌声一阵接着一阵。
"""


def test_a_headline_its_lede_says_again_opens_its_story_under_a_story_cut_off_inside_a_quotation() -> None:
    document = document_from_text(CUT_OFF_OVER_A_RESTATED_HEADLINE)
    starts = [block.text for block in document.blocks if block.starts_article]
    assert starts == ["青禾县三座便民桥建成通车", "柳湾镇举办春季农民运动会"]
    headline = next(block.uid for block in document.blocks if block.text == "柳湾镇举办春季农民运动会")
    joins = [f for f in analyse(document, ["broken-line-break"]) if headline in f.anchors]
    assert joins == []  # (the cut-off line above is not joined to the headline)


def test_a_column_cut_whose_rest_says_other_words_stays_joined_to_its_paragraph() -> None:
    page = CUT_OFF_OVER_A_RESTATED_HEADLINE.replace(
        "柳湾镇第三届春季农民运动会日前开幕，全镇十二个村的三百多名农民参加了拔河、跳绳、挑担等比赛。",
        "下一步青禾县交通局还将在苗家村新建两座便民桥，让更多村民过河更方便，出行更安全。",
    )
    starts = [block.text for block in document_from_text(page).blocks if block.starts_article]
    assert starts == ["青禾县三座便民桥建成通车"]
