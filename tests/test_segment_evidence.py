"""Article starts judged by the page's own evidence: how its stories open, what stands above its headlines.

Every line here is invented (names such as 林可舟, places such as 青禾县).
"""

from __future__ import annotations

import pytest

from desktop.proofing.model import Role
from desktop.proofing.pipeline import document_from_text
from desktop.proofing.segment import page_layout, page_openings, story_opens_under


def _starts(text: str) -> list[str]:
    return [block.text for block in document_from_text(text).blocks if block.starts_article]


# A page whose stories open with a dateline; the third story's headline stands over a photo caption
# set between it and its dateline, right after a story on the same subject that does not close with a credit.
CAPTION_UNDER_HEADLINE = """青禾县春耕备耕全面展开
本报讯（记者 林可舟）连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕，农机在田间往来穿梭。
县农业农村局负责人介绍，今年全县计划播种粮食三十万亩，种子化肥已全部到位，农机检修也已完成。
柳湾镇农机合作社开足马力
本报讯（记者 苗若溪）近日，柳湾镇农机合作社的二十台拖拉机开进田间，为周边农户代耕代种农田。
合作社负责人说，今年春耕农机作业订单已排到下月中旬，农户们对代耕代种服务十分满意，纷纷点赞。
柳湾镇农机作业忙春耕
柳湾镇农机合作社的拖拉机在田里作业。
本报讯（记者 韩松岭）近日，柳湾镇农机合作社又添置了十台新式拖拉机，春耕作业能力提升了三成。
合作社负责人说，新农机作业效率高，能为周边农户节省不少人工，春耕进度比去年同期快了一成多。
"""


def test_a_headline_over_a_caption_over_its_dateline_opens_a_story_not_a_sub_heading() -> None:
    assert _starts(CAPTION_UNDER_HEADLINE) == [
        "青禾县春耕备耕全面展开",
        "柳湾镇农机合作社开足马力",
        "柳湾镇农机作业忙春耕",
    ]


# A paper that opens every story with its own words (no dateline form the engine knows) and closes most
# of them with a credit; the story above the last headline shares its subject and closes with none.
OWN_OPENING = """青禾县老旧小区改造开工
青禾帮办热线报道 昨天，青禾县今年首批老旧小区改造项目开工，涉及小区十二个、住户两千余户。
县住建局负责人说，改造将在年底前完工，重点解决管网老化、停车难等问题。（林可舟）
青禾中学新建操场启用
青禾帮办热线报道 近日，青禾中学新建的塑胶操场启用，两千多名学生有了宽敞的运动场地。
学校负责人介绍，操场建设历时三个月，配有足球场、篮球场和三百米跑道。（苗若溪）
柳湾菜市场升级改造
青禾帮办热线报道 柳湾菜市场升级改造后重新开业，摊位重新规划，地面铺了防滑地砖，市场里干净整洁。
摊主们说，菜市场改造后顾客多了，生意也比以前好做了，大家都很满意菜市场的新面貌。
柳湾菜市场添新摊位
青禾帮办热线报道 前天，柳湾菜市场新增的二十个摊位投入使用，菜市场里的菜品更丰富了。
菜市场管理方负责人说，新摊位优先安排给周边菜农，菜市场还将延长营业时间。（韩松岭）
"""


def test_the_pages_own_story_opening_is_learned_from_what_stands_under_its_headings() -> None:
    texts = tuple(line for line in OWN_OPENING.splitlines() if line)
    layout = page_layout(texts, ("",) * len(texts))
    openings = page_openings(layout.paragraphs, layout.runs)
    assert openings == {"青禾帮办"}
    first, end = layout.runs[-1]
    assert layout.paragraphs[first].text == "柳湾菜市场添新摊位"
    assert story_opens_under(layout.paragraphs, end, len(layout.paragraphs), openings)
    assert not story_opens_under(layout.paragraphs, end, len(layout.paragraphs))
    # (a paragraph that opens otherwise, up to the next heading, opens no story)
    assert not story_opens_under(layout.paragraphs, 2, layout.runs[1][0], openings)


# A story that ends with a photo caption marked ``▲``: the next line is the next story's headline.
CAPTION_ENDS_STORY = """青禾县新建三座桥
本报讯（记者 林可舟）近日，青禾县三座新建桥梁同时通车，沿河两岸的村民出行不再绕远路了。
县交通运输局负责人介绍，三座桥梁总投资一点二亿元，均按百年一遇洪水标准设计建设。
▲柳湾大桥通车当天，村民步行过桥。
柳湾镇中学迎来新校舍
本报讯（记者 苗若溪）近日，柳湾镇中学新教学楼投入使用，一千二百名师生搬进了宽敞明亮的新教室。
校长说，新教学楼配有实验室、图书室和多功能厅，学校办学条件得到了很大改善。
"""


def test_a_headline_under_a_bulleted_caption_closing_the_story_above_opens_a_story() -> None:
    document = document_from_text(CAPTION_ENDS_STORY)
    assert _starts(CAPTION_ENDS_STORY) == ["青禾县新建三座桥", "柳湾镇中学迎来新校舍"]
    assert [b.role for b in document.blocks if b.text.startswith("▲")] == [Role.CAPTION]


NUMBERED_SUBHEADINGS = """青禾县推进营商环境改革
本报讯（记者 林可舟）近日，青禾县出台优化营商环境十条措施，着力解决企业反映的突出问题。
一、审批提速
企业开办时间压缩到一个工作日以内
县政务服务中心设立企业开办专区，营业执照、印章、发票一次办结，企业开办时间大大缩短。
二、服务上门
县里组建了服务专班，定期走访企业，帮助企业解决用工、融资等方面的困难和问题。
"""


def test_a_short_line_under_a_numbered_sub_heading_stays_body() -> None:
    assert _starts(NUMBERED_SUBHEADINGS) == ["青禾县推进营商环境改革"]


# Photo news whose picture is not in the text: a headline over its photo credit alone, then the next story.
PHOTO_ONLY_STORY = """青禾湖畔候鸟翩跹
本报记者 林可舟 摄
柳湾镇新建十座公厕
柳湾镇今年新建的十座公厕近日全部投入使用，每座公厕都配有第三卫生间和无障碍设施。
镇环卫所负责人说，新公厕由专人管理，每天保洁不少于三次，群众如厕更方便了。
"""


def test_a_headline_under_a_photo_story_of_a_credit_alone_opens_the_next_story() -> None:
    document = document_from_text(PHOTO_ONLY_STORY)
    assert _starts(PHOTO_ONLY_STORY) == ["青禾湖畔候鸟翩跹", "柳湾镇新建十座公厕"]
    assert document.blocks[1].role is Role.CAPTION


TOP_CREDIT_SHORT_LEAD = """青禾湖畔候鸟翩跹
本报记者 林可舟
柳湾镇的冬天
是候鸟的天堂。每年入冬，数万只候鸟从北方飞来，在青禾湖畔栖息越冬，吸引了不少摄影爱好者。
镇里组织志愿者巡护湖区，劝阻捕鸟、惊扰鸟群等行为，为候鸟营造安全的越冬环境。
"""


def test_a_short_line_under_a_headline_and_its_writers_credit_is_the_lead_cut_short() -> None:
    assert _starts(TOP_CREDIT_SHORT_LEAD) == ["青禾湖畔候鸟翩跹"]


EDITOR_CODE_ALONE = """青禾县新建三座桥
本报讯（记者 林可舟）近日，青禾县三座新建桥梁同时通车，沿河两岸的村民出行不再绕远路了。
县交通运输局负责人介绍，三座桥梁总投资一点二亿元，均按百年一遇洪水标准设计建设。
J273
柳湾·新风
本报讯（记者 苗若溪）近日，柳湾镇中学新教学楼投入使用，一千二百名师生搬进了宽敞明亮的新教室。
"""


def test_an_editors_code_alone_under_a_story_is_no_heading() -> None:
    document = document_from_text(EDITOR_CODE_ALONE)
    assert _starts(EDITOR_CODE_ALONE) == ["青禾县新建三座桥", "柳湾·新风"]
    assert document.blocks[3].role is not Role.HEADLINE


# Column text whose headlines carry the paragraph indent, as the first lines of its paragraphs do; the flush
# lines are wrapped ones, some of them right after a sentence that ended at the end of a line.
INDENTED_HEADLINES = [
    "　　青禾县新建三座便民桥",
    "　　本报讯（记者 林可舟）近日，",
    "青禾县三座新建桥梁同时通车了。",
    "沿河两岸的村民出行再也不用绕远路",
    "了，大家都说这是一件大好事情。",
    "县交通运输局负责人介绍，三座桥梁",
    "均按百年一遇洪水标准设计建设。",
    "　　柳湾镇中学迎来新校舍",
    "　　本报讯（记者 苗若溪）近日，",
    "柳湾镇中学的新教学楼投入使用。",
    "一千二百名师生搬进了宽敞明亮的新",
    "教室，同学们都说新教室真漂亮。",
    "校长说新教学楼配有实验室图书室和",
    "多功能厅，办学条件大大改善了。",
    "　　白沙村农家书屋开放",
    "　　本报讯（记者 韩松岭）近日，",
    "白沙村农家书屋正式对外开放了。",
    "书屋里有三千多册图书和二十多种报",
    "刊，村民们一有空就来这里看书。",
    "村支书说书屋每天开放八个小时，还",
    "将定期举办读书分享会和讲座活动。",
]


def test_headlines_carrying_the_paragraph_indent_are_told_by_the_credits_under_them() -> None:
    text = "\n".join(INDENTED_HEADLINES) + "\n"
    assert _starts(text) == ["青禾县新建三座便民桥", "柳湾镇中学迎来新校舍", "白沙村农家书屋开放"]


# A section banner sharing its first words with the headline under it, over a dateline: the lower line is the
# headline (the banner is the page's chrome, not recognised here), not the first line of the story.
BANNER_OVER_HEADLINE = """青禾县新春走基层
青禾县新建三座便民桥
本报讯（记者 林可舟）近日，青禾县三座新建桥梁同时通车，沿河两岸的村民出行不再绕远路了。
县交通运输局负责人介绍，三座桥梁总投资一点二亿元，均按百年一遇洪水标准设计建设。
"""


def test_a_headline_under_a_line_sharing_its_first_words_still_opens_its_story() -> None:
    document = document_from_text(BANNER_OVER_HEADLINE)
    headline = document.blocks[1]
    assert headline.text == "青禾县新建三座便民桥"
    assert headline.starts_article
    assert headline.role is Role.HEADLINE


# A two-part headline (two phrases set apart by a space) over a story with no dateline, right after a story on
# the same subject that is still open on a page whose stories open with datelines: a headline, not a sub-heading.
TWO_PART_HEADLINE = """青禾县春耕备耕全面展开
本报讯（记者 林可舟）连日来，青禾县各乡镇抢抓农时，组织农户开展春耕备耕，农机在田间往来穿梭。
县农业农村局负责人介绍，今年全县计划播种粮食三十万亩，种子化肥已全部到位，农机检修也已完成。
柳湾镇农机合作社开足马力
本报讯（记者 苗若溪）近日，柳湾镇农机合作社的二十台拖拉机开进田间，为周边农户代耕代种农田。
合作社负责人说，今年春耕农机作业订单已排到下月中旬，农户们对代耕代种服务十分满意，纷纷点赞。
春耕正忙 农机轰鸣
柳湾镇农机合作社又添置了十台新式拖拉机，春耕作业能力提升了三成，农户们都说代耕代种省心省力。
合作社负责人说，新农机作业效率高，能为周边农户节省不少人工，春耕进度比去年同期快了一成多。
"""


@pytest.mark.parametrize("headline", ["春耕正忙 农机轰鸣", "柳湾·春耕"])
def test_a_two_part_headline_is_no_sub_heading(headline: str) -> None:
    assert _starts(TWO_PART_HEADLINE.replace("春耕正忙 农机轰鸣", headline))[-1] == headline


def test_a_headline_under_a_line_sharing_its_first_words_over_a_credit_line_opens_its_story() -> None:
    text = BANNER_OVER_HEADLINE.replace("本报讯（记者 林可舟）近日，", "本报记者 林可舟\n近日，")
    headline = document_from_text(text).blocks[1]
    assert headline.text == "青禾县新建三座便民桥"
    assert headline.starts_article
    assert headline.role is Role.HEADLINE
