"""Segmentation on pages of other papers' styles, written for these tests."""

from __future__ import annotations

from desktop.proofing import fixes, render
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, byline_of, document_from_text

WIRE_AND_LOCAL = """当前版:03版
上一篇 下一篇

聚焦乡村振兴
东阿县阿胶产业链延伸带动农户增收
——全县新增就业岗位两千余个
本报讯（记者 刘洋 通讯员 孙丽）近日，记者从东阿县了解到，今年以来，该县依托阿胶产业，
推动深加工项目落地，带动周边农户增收。
图为工人在生产线上忙碌。
“我们村现在家家都有活干。”村民王大姐说。

阳谷县景阳冈景区国庆假期接待游客
新华社济南10月8日电（记者 陈明）记者8日从阳谷县文化和旅游局获悉，国庆假期景阳冈景区接待游客12.5万人
次，同比增长18%。

版权所有 聊城日报社 Copyright 2020
"""

TOP_BYLINES = """　　临清运河钞关修缮工程完工
　　记者 张三
　　经过两年修缮，临清运河钞关于近日完工并对外开放。修缮工程按照“修旧如旧”的原则，保留了原有的
　　建筑格局。
　　市民李先生说：“这里是我们临清人的骄傲。”
　　高唐“书画之乡”再添新名片
　　（赵敏）
　　日前，高唐县举办书画作品展，共展出作品三百余幅。
　　展览将持续到本月底。
　　茌平区信发街道开展秋季消防安全检查
　　为防范火灾事故，信发街道组织人员对辖区内企业进行了消防安全检查，共排查隐患十二处，已全部
　　整改到位。
　　文/王五
　　茌平区 信发街道开展秋季消防安全检查
　　信发街道近日再次组织检查，督促企业落实主体责任。
"""


def _roles(document) -> list[str]:
    return [block.role.value for block in document.blocks]


def test_kicker_headline_deck_datelines_captions_and_chrome():
    document = document_from_text(WIRE_AND_LOCAL)
    assert _roles(document) == [
        "chrome", "chrome", "subtitle", "headline", "subtitle", "body", "body", "caption", "body",
        "headline", "body", "body", "chrome",
    ]  # fmt: skip
    assert [i for i, b in enumerate(document.blocks) if b.starts_article] == [2, 9]
    first, second = document.articles()
    assert first.headline == "东阿县阿胶产业链延伸带动农户增收"
    assert first.subtitle == "聚焦乡村振兴 ——全县新增就业岗位两千余个"
    assert byline_of(first) == "刘洋 孙丽"
    assert byline_of(second) == "陈明"
    findings = analyse(document)
    assert sorted(f.blocks for f in findings if f.check == "broken-line-break") == [(5, 6), (10, 11)]
    assert sorted(f.blocks for f in findings if f.check == "page-chrome") == [(0,), (1,), (12,)]
    assert not [f for f in findings if f.check == "missing-byline"]
    assert not [f for f in findings if f.check == "halfwidth-punctuation" and f.blocks == (0,)]


def test_chrome_fixes_delete_the_lines_and_render_keeps_the_articles():
    document = document_from_text(WIRE_AND_LOCAL)
    fixed, _, skipped = fixes.batch_fix(document, fixes.select_fixable(analyse(document)))
    assert skipped == []
    assert render.render_text(fixed) == (
        "聚焦乡村振兴\n东阿县阿胶产业链延伸带动农户增收\n——全县新增就业岗位两千余个\n"
        "本报讯（记者 刘洋 通讯员 孙丽）近日，记者从东阿县了解到，今年以来，该县依托阿胶产业，"
        "推动深加工项目落地，带动周边农户增收。\n图为工人在生产线上忙碌。\n“我们村现在家家都有活干。”村民王大姐说。\n\n"
        "阳谷县景阳冈景区国庆假期接待游客\n"
        "新华社济南10月8日电（记者 陈明）记者8日从阳谷县文化和旅游局获悉，国庆假期景阳冈景区接待游客12.5万人次，"
        "同比增长18%。\n"
    )


def test_top_bylines_end_bylines_and_identical_headlines():
    document = document_from_text(TOP_BYLINES)
    assert all(block.indent == "\u3000\u3000" for block in document.blocks)
    articles = document.articles()
    assert [a.headline_index for a in articles] == [0, 5, 9, 13]
    assert document.blocks[1].role is Role.BYLINE
    assert [byline_of(a) for a in articles] == ["张三", "赵敏", "王五", None]
    findings = analyse(document)
    assert [f.blocks for f in findings if f.check == "detached-byline"] == [(12,)]
    assert [f.blocks for f in findings if f.check == "missing-byline"] == [(13,)]
    (duplicate,) = [f for f in findings if f.check == "duplicate-headline"]
    assert duplicate.blocks == (9, 13) and duplicate.severity.value == "error"


def test_byline_below_the_next_headline_is_moved_back():
    page = TOP_BYLINES.replace("　　记者 张三\n", "")
    document = document_from_text(page)
    findings = analyse(document)
    (stray,) = [f for f in findings if f.check == "detached-byline" and f.blocks == (5,)]
    assert stray.article == 0
    assert not [f for f in findings if f.check == "missing-byline" and f.article == 0]
    moved = fixes.fix_edit(document, stray).apply(document)
    first, second = moved.articles()[:2]
    assert byline_of(first) == "赵敏"
    assert moved.blocks[first.byline_index].role is Role.BYLINE
    assert second.headline == "高唐“书画之乡”再添新名片"
    assert moved.blocks[second.first_index].starts_article


def test_short_fragment_followed_by_particle_is_a_broken_line_not_a_headline():
    page = "莘县召开秋粮收购工作会议\n\n会议指出，随着秋粮收购\n\n的全面展开，各收购点要做好服务。\n"
    document = document_from_text(page)
    assert [b.role for b in document.blocks] == [Role.HEADLINE, Role.BODY, Role.BODY]
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(1, 2)]


def test_headline_with_comma_space_and_closing_quote():
    page = (
        "冠县：梨园飘香 游客如织\n本报冠县9月20日讯 连日来，冠县万亩梨园迎来采摘季。\n"
        "东阿“黑毛驴”变成“金疙瘩”\n走进东阿县的养殖场，一头头黑毛驴膘肥体壮。\n"
        "秋收正忙，农机手奔走在田间\n眼下正是秋收时节，各地农机手忙个不停。\n"
    )
    document = document_from_text(page)
    assert [a.headline for a in document.articles()] == [
        "冠县：梨园飘香 游客如织",
        "东阿“黑毛驴”变成“金疙瘩”",
        "秋收正忙，农机手奔走在田间",
    ]
    assert analyse(document, ["broken-line-break"]) == ()


def test_dateline_only_line_and_page_without_headline():
    document = document_from_text("新华社北京9月16日电\n国务院新闻办公室今天举行发布会。\n")
    assert [b.role for b in document.blocks] == [Role.DATELINE, Role.BODY]
    (article,) = document.articles()
    assert article.headline_index is None
    assert not [f for f in analyse(document) if f.check == "missing-byline"]


QUESTION_AND_CREDITS = """第06版：民生
你的社保卡激活了吗？
本报讯 记者 张三 通讯员 李四 报道：近日，市人社局提醒市民及时激活社保卡，激活后可在全国范围内
使用。
（下转第2版）
运河岸边的秋色
（张三 摄）
东昌湖畔秋意浓，游人如织。
湖边的银杏叶已经泛黄，成为市民拍照打卡的好去处。记者 王五
国民经济延续稳定恢复态势
据新华社北京9月16日电 国家统计局今天发布数据，8月份国民经济延续稳定恢复态势。
"""


def test_question_headline_bare_credits_photo_credit_and_jump_line():
    document = document_from_text(QUESTION_AND_CREDITS)
    roles = _roles(document)
    assert roles[0] == roles[4] == "chrome"
    assert roles[6] == "caption"
    articles = document.articles()
    assert [a.headline for a in articles] == ["你的社保卡激活了吗？", "运河岸边的秋色", "国民经济延续稳定恢复态势"]
    assert [byline_of(a) for a in articles] == ["张三 李四", "王五", None]
    findings = analyse(document)
    assert [f.blocks for f in findings if f.check == "broken-line-break"] == [(2, 3)]
    assert not [f for f in findings if f.check == "missing-byline"]  # the wire story is attributed by its dateline


def test_heading_broken_over_two_lines_is_one_headline_after_the_join():
    page = (
        "聊城开发区蒋官屯街道办事处“脱贫攻坚规范\n提升”在行动\n"
        "8月以来，街道办事处按照上级部署安排，全面提升脱贫攻坚质量。（张静）\n"
        "乡医助力健康扶贫，\n共同迈入小康生活\n今年五十岁的他，扎根基层近三十年。（王刚）\n"
    )
    document = document_from_text(page)
    assert [i for i, b in enumerate(document.blocks) if b.starts_article] == [0, 3]
    findings = analyse(document, ["broken-line-break"])
    assert [f.blocks for f in findings] == [(0, 1), (3, 4)]
    fixed, _, _ = fixes.batch_fix(document, findings)
    assert [a.headline for a in fixed.articles()] == [
        "聊城开发区蒋官屯街道办事处“脱贫攻坚规范提升”在行动",
        "乡医助力健康扶贫，共同迈入小康生活",
    ]
    assert [byline_of(a) for a in fixed.articles()] == ["张静", "王刚"]


def test_numbered_subheadings_stay_inside_their_article():
    page = (
        "冠县推进农村人居环境整治\n本报冠县讯 今年以来，冠县多措并举推进农村人居环境整治。\n"
        "一、加强组织领导\n县里成立了专门的工作专班，定期调度。\n"
        "二、强化督导考核\n各乡镇每月开展一次互查互评。（李明）\n"
    )
    document = document_from_text(page)
    (article,) = document.articles()
    assert article.headline == "冠县推进农村人居环境整治"
    assert analyse(document, ["broken-line-break"]) == ()
