"""Pages composed in other papers' styles (``layout_pages``): the engine must read their structure.

Each paper has its own conventions: datelines or □/文/ credits under the headline
or （X） at the end, kickers and decks, sub-headings, captions, page chrome, 简讯,
indentation that marks paragraph starts, blank lines, GBK.  Unbroken pages, pages
broken like the sample and pages wrapped at a column width must come out exactly;
pages cut at random places nearly so.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_pages import (
    HELDOUT_PAPERS,
    PAPERS,
    LaidOutPage,
    Splitter,
    column_wrap,
    decoded_text,
    dense_breaks,
    lay_out,
    no_breaks,
    sparse_breaks,
    truth_page,
    with_paper,
)

from desktop.commands.fix import apply_selected_fixes
from desktop.proofing import credits
from desktop.proofing.blank_lines import newline_evidence
from desktop.proofing.classify import line_kind
from desktop.proofing.continuation import PageStats
from desktop.proofing.model import Document
from desktop.proofing.pipeline import analyse, byline_of, document_from_text, open_document
from desktop.proofing.render import render_text

ALL_PAPERS = {paper.name: paper for paper in PAPERS + HELDOUT_PAPERS}
LAYOUTS: dict[str, Callable[[], Splitter]] = {
    "unbroken": no_breaks,
    "sparse": lambda: sparse_breaks(1),
    "wrap-64": lambda: column_wrap(64),
    "wrap-48": lambda: column_wrap(48),
}


def _structure(document: Document) -> dict[str, object]:
    findings = analyse(document, ["broken-line-break", "missing-byline"])
    articles = document.articles()
    return {
        "breaks": sorted(f.blocks for f in findings if f.check == "broken-line-break"),
        "starts": [i for i, block in enumerate(document.blocks) if block.starts_article],
        "bylines": [byline_of(article) for article in articles],
        "missing": sorted(f.blocks[0] for f in findings if f.check == "missing-byline"),
    }


def _expected(page: LaidOutPage) -> dict[str, object]:
    return {"breaks": sorted(page.breaks), "starts": page.starts, "bylines": page.bylines, "missing": page.missing}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("paper", sorted(ALL_PAPERS))
def test_paper_page_comes_out_exactly(paper, layout):
    page = lay_out(ALL_PAPERS[paper], LAYOUTS[layout]())
    assert _structure(document_from_text(decoded_text(page))) == _expected(page)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("separator", ["mixed", "mixed-headed"])
@pytest.mark.parametrize(
    "paper", ["evening-indent", "metro-square", "county-gbk-trailing", "weekly-slash", "heldout-centred-detached"]
)
def test_other_papers_with_blank_lines_between_paragraphs(paper, separator, layout):
    """Their stories with a blank line before every paragraph (headings apart, or over their lead)."""
    page = lay_out(with_paper(ALL_PAPERS[paper], separator=separator), LAYOUTS[layout]())
    assert _structure(document_from_text(decoded_text(page))) == _expected(page)


def test_random_cuts_on_every_paper():
    """Cut anywhere but after a sentence end: no false join, no headline lost, nearly everything found."""
    found = wanted = hits = false_starts = 0
    for number, paper in enumerate(PAPERS + HELDOUT_PAPERS):
        for seed in (0, 1):
            page = lay_out(paper, dense_breaks(100 * seed + number))
            result = _structure(document_from_text(decoded_text(page)))
            breaks = set(result["breaks"])
            assert breaks <= set(page.breaks), f"false join on {paper.name} seed {seed}"
            assert set(page.starts) <= set(result["starts"]), f"headline lost on {paper.name} seed {seed}"
            false_starts += len(set(result["starts"]) - set(page.starts))
            found, wanted, hits = found + len(breaks), wanted + len(page.breaks), hits + len(breaks & set(page.breaks))
    assert hits / wanted >= 0.97
    assert false_starts <= 6  # of about 140 articles


def test_gbk_file_is_detected_and_read_like_its_text(tmp_path):
    page = lay_out(ALL_PAPERS["county-gbk-trailing"], sparse_breaks(3))
    path = tmp_path / "county.txt"
    path.write_bytes(page.raw_bytes())
    document = open_document(path)
    assert document.encoding == "gb18030"
    assert _structure(document) == _expected(page)


def _read(text: str) -> tuple[Document, dict[str, object]]:
    document = document_from_text(text)
    return document, _structure(document)


def test_indent_that_opens_paragraphs():
    """Indented lines open paragraphs; a flush line after body text carries on the paragraph above."""
    document, found = _read(
        "县城新建三座口袋公园\n"
        "\u3000\u3000本报讯（记者 王敏）今年以来，县住建局利用城区边角地块，新建了三座口袋公园，为周边居民提供\n"
        "休闲健身的好去处。\n"
        "\u3000\u3000“以前这里堆满了杂物，现在成了我们的小花园。”\n"
        "家住附近的刘大妈说。\n"
        "\u3000\u3000公园的设计方案经过了三轮征求意见，居民提出的增设座椅、照明等建议都被采纳\n"
        "\u3000\u3000目前，三座公园已全部对外开放。\n"
        "秋季运动会开幕\n"
        "\u3000\u3000本报讯（记者 赵青）9月15日，县第五届秋季运动会开幕，全县32支代表队的1200余名运动员参加比赛。\n"
    )
    assert found == {"breaks": [(1, 2), (3, 4)], "starts": [0, 7], "bylines": ["王敏", "赵青"], "missing": []}
    assert [a.headline for a in document.articles()] == ["县城新建三座口袋公园", "秋季运动会开幕"]


def test_subheading_inside_a_credited_story_and_an_unsigned_story_after_it():
    document, found = _read(
        "守护湿地的人\n"
        "□本报记者 方圆\n"
        "清晨六点，老周沿着湿地巡护道路走了一圈，记录下各种鸟类的数量。\n"
        "二十年如一日\n"
        "老周在湿地边住了二十年，每天都要沿着巡护道路走上一圈，风雨无阻。\n"
        "县城新增停车位三百个\n"
        "□本报记者 韩梅\n"
        "近日，县城新增公共停车位三百个，缓解了老城区停车难的问题。\n"
        "菊花展在人民公园开幕\n"
        "近日，人民公园菊花展开幕，三十多个品种的菊花竞相开放。\n"
    )
    assert found == {"breaks": [], "starts": [0, 5, 8], "bylines": ["方圆", "韩梅", None], "missing": [8]}
    first = document.articles()[0]
    assert "二十年如一日" in first.paragraphs


def test_blank_lines_between_articles_only():
    """Where blank lines separate articles, a short comma line inside a story is body that continues."""
    _, found = _read(
        "守护湿地的人\n文/方圆\n清晨六点，老周沿着湿地巡护道路走了一圈，\n记录下各种鸟类的数量。\n"
        "老周在湿地边住了二十年，每天\n都要沿着巡护道路走上一圈，风雨无阻。\n"
        "\n县城新增停车位三百个\n文/韩梅\n近日，县城新增公共停车位三百个，缓解了老城区停车难的问题。\n"
        "\n菊花展在人民公园开幕\n近日，人民公园菊花展开幕，三十多个品种的菊花竞相开放。\n"
    )
    assert found == {"breaks": [(2, 3), (4, 5)], "starts": [0, 6, 9], "bylines": ["方圆", "韩梅", None], "missing": [9]}


def test_break_signals_and_bylines_broken_over_lines():
    document, found = _read(
        "“十一”假期去哪儿？这份出游攻略请收好\n"
        "新华社济南9月16日电（记者 陈雨\n"
        "周扬）国庆假期临近，各地推出了多条精品旅游线路。具体安排如下：\n"
        "一是开放红叶观赏线路；二是推出农家采摘活动。\n"
        "“今年的游客比往年多。”\n"
        "景区负责人说。\n"
        "景区今年共接待游客12\n"
        "万人次，去年是8\n"
        "万余人次。（赵\n"
        "晨 刘敏）\n"
    )
    # a two-part headline; no join after 如下： before the list; the speaker after the quote;
    # a number and its measure word; the dateline and the closing byline read across their breaks
    assert found["breaks"] == [(1, 2), (4, 5), (6, 7), (7, 8), (8, 9)]
    assert found["starts"] == [0]
    assert document.articles()[0].headline == "“十一”假期去哪儿？这份出游攻略请收好"
    assert found["bylines"] == ["陈雨 周扬"]
    tail = document_from_text("标题\n正文第一句。\n景区今年共接待游客十二万人次。（赵\n晨 刘敏）\n")
    assert [byline_of(a) for a in tail.articles()] == ["赵晨 刘敏"]


def test_sentence_tail_and_one_character_clause_join():
    _, found = _read(
        "城市书房开放\n"
        "近日，城市书房正式开放，书房面积约200平方米，实行24小时自助\n"
        "开放。开放首日，就有300多名市民前来看书。\n"
        "书房里环境安静，座位宽敞，每到周末人流\n"
        "多，需要提前预约。\n"
        "打造城市书房是今年市政府向市民作出的庄严\n"
        "承诺，下一步还将新建十家。\n"
    )
    # 承诺， is no way to open a sentence (目前， or 近日， would be)
    assert found["breaks"] == [(1, 2), (3, 4), (5, 6)]
    assert found["starts"] == [0]


def test_page_chrome_of_other_e_papers():
    chrome = [
        "第A03版：要闻",
        "版次：A03",
        "2020年09月16日",
        "放大 缩小 默认",
        "【字体：大 中 小】",
        "上一期 下一期",
        "打印本页 关闭窗口",
        "新闻热线：0635-1234567",
        "（责任编辑：张三）",
        "图片编辑：刘畅",
    ]
    article = ["第十届市民运动会开幕", "作者：王五", "9月15日，第十届市民运动会在市体育中心开幕。"]
    document = document_from_text("\n".join(chrome[:6] + article + chrome[6:]) + "\n")
    roles = [block.role.value for block in document.blocks]
    assert roles == ["chrome"] * 6 + ["headline", "byline", "body"] + ["chrome"] * 4
    (only,) = document.articles()
    assert byline_of(only) == "王五"
    assert [f.blocks for f in analyse(document) if f.check == "page-chrome"] == [
        (i,) for i in (*range(6), *range(9, 13))
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者：张三 通讯员：李四", ("张三", "李四")),
        ("撰文 张三 摄影 李四", ("张三", "李四")),
        ("——记者 张三", ("张三",)),
        ("□本报记者 张三 通讯员 李四", ("张三", "李四")),
        ("记者 张三 摄影报道", ("张三",)),
        ("作者：张三", ("张三",)),
        ("（本报综合）", None),
        ("时间：下午三点", None),
    ],
)
def test_byline_lines_of_other_papers(line, names):
    credit = credits.line(line)
    assert (credit.names if credit else None) == names


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("（记者 张三 通讯员 李四）9月15日，", ("张三", "李四")),
        ("本报记者 张三 李四 报道：近日，", ("张三", "李四")),
        ("央视网消息（记者 张三）：近日，", ("张三",)),
        ("本报记者近日走访了", None),
        ("（记者从市教育局获悉）", None),
    ],
)
def test_credits_that_open_a_first_paragraph(opening, names):
    document = document_from_text(f"秋季运动会开幕\n{opening}县第五届秋季运动会开幕，1200余名运动员参加比赛。\n")
    (article,) = document.articles()
    assert byline_of(article) == (" ".join(names) if names else None)


def test_unfinished_endings_and_a_first_line_that_repeats_the_headline():
    _, found = _read(
        "开发区街道开展党员联系贫困户活动\n"
        "开发区街道积极按照上级\n"
        "有关部署，组织党员与贫困户结对帮扶。打赢脱贫攻坚战是\n"
        "党的重要使命。街道依托新时代文明实践站，先后\n"
        "成立了三支志愿服务队。\n"
    )
    # the first line repeats the headline's words: it is the story's first line, not a new headline;
    # a line ending with 是 or with 先后 waits for the rest of its sentence
    assert found["starts"] == [0]
    assert found["breaks"] == [(1, 2), (2, 3), (3, 4)]


def test_blank_lines_between_paragraphs_make_single_newlines_column_wraps():
    """Where blank lines separate paragraphs, a single newline is a wrap, even right after a full stop."""
    document, found = _read(
        "城市书房开放\n\n"
        "本报讯（记者 王敏）近日，城市书房正式开\n"
        "放，书房面积约两百平方米，开放首日就有三\n"
        "百多名市民前来看书。\n\n"
        "书房里环境安静，座位宽敞，市民刘女士说，\n"
        "这里离家近，下班后常来坐一坐，周末还会带\n"
        "着孩子一起来。\n"
        "书房由市图书馆和街道管理，图书每月更新。\n"
        "市民凭身份证就能借阅，还可以在手机上预约\n"
        "借书。\n\n"
        "书房还开设了少儿阅读区，每到周末，不少家\n"
        "长带着孩子来这里读绘本，听志愿者讲故事。\n\n"
        "书房旁的道路全部硬化，路灯全部安装到位，\n"
        "夜里出门再也不用摸黑，市民出行更加方便\n\n"
        "说起这些变化，家住书房旁的王大爷告诉记者：\n\n"
        "“现在晚上出门再也不怕黑了，看书也方便多\n"
        "了。”市民王大爷说，他每晚饭后都来这里。\n"
        "（赵晨）\n"
    )
    # a wrap right after 。 (a line as wide as the column) joins, and so does the closing byline a wrap put
    # on a line of its own; a short paragraph end the page left without its blank line (6) does not; the
    # unfinished paragraph (13) and the one ending with a colon (14) before a blank line stay whole: on a
    # page without blank lines they would not
    assert found["breaks"] == [(1, 2), (2, 3), (4, 5), (5, 6), (7, 8), (8, 9), (10, 11), (12, 13), (15, 16), (16, 17)]
    assert found["starts"] == [0]
    assert found["bylines"] == ["王敏"]
    assert not [f for f in analyse(document) if f.check == "detached-byline"]
    single_newlines = document_from_text("\n".join(block.text for block in document.blocks) + "\n")
    assert {(13, 14), (14, 15)} <= set(_structure(single_newlines)["breaks"])


def test_headline_on_the_line_above_its_body_where_blank_lines_separate_paragraphs():
    """The headings of such a page may sit on consecutive lines: a short title line is no wrap piece."""
    _, found = _read(
        "金秋时节访乡村\n"
        "寿光蔬菜大棚里的智慧农业\n"
        "走进寿光市古城街道的一处蔬菜大棚，温度、湿度、光照等数据实时显示在墙上的屏幕上，\n"
        "菜农只需动动手指，就能完成卷帘、通风和浇水。\n\n"
        "据了解，今年以来，寿光市共投入资金1.2亿元，为全市八成以上的蔬菜棚室配备了物联网设备。\n\n"
        "下一步，寿光市将继续完善农业社会化服务体系。（李晓东）\n\n"
        "老旧小区改造改出好日子\n"
        "9月15日，潍城区北关街道幸福里小区的改造工程全部完工，新铺的柏油路平平整整，\n"
        "楼道里装上了感应灯。\n\n"
        "今年，潍城区共启动老旧小区改造项目36个，涉及居民1.1万户。（赵晨）\n"
    )
    assert found["starts"] == [0, 6]
    assert found["breaks"] == [(2, 3), (7, 8)]
    assert found["bylines"] == ["李晓东", "赵晨"]


def test_question_headline_after_a_story_closed_by_its_byline():
    _, found = _read(
        "县城新增停车位三百个\n"
        "近日，县城新增公共停车位三百个，缓解了老城区停车难的问题。（韩梅）\n"
        "秋粮收购价格稳中有升，农民卖粮为何更从容？\n"
        "眼下正值秋粮收购时节，前来卖粮的车辆排起了长队，但现场秩序井然。（马骏）\n"
    )
    assert found["starts"] == [0, 2]
    assert found["bylines"] == ["韩梅", "马骏"]


def test_blank_lines_say_nothing_about_wraps_unless_they_separate_paragraphs(sample_text, sample_truth):
    """Blank lines everywhere (the sample: its broken breaks too), none, or between articles only (the
    output of ``proofsheet fix``) tell nothing about breaks; between paragraphs they do."""

    def evidence(text: str) -> tuple[str, ...] | None:
        document = document_from_text(text)
        texts = [block.text for block in document.blocks]
        return newline_evidence(
            texts, [line_kind(t) for t in texts], [b.blank_before for b in document.blocks], PageStats.of(texts)
        )

    fixed, _ = apply_selected_fixes(document_from_text(sample_text), None, 0.0)
    assert evidence(sample_text) is None
    assert evidence(sample_text.replace("\n\n", "\n")) is None
    assert evidence(render_text(fixed)) is None
    mixed = truth_page(sample_truth, "mixed", column_wrap(64, True), wrap_separator="\n")
    found = evidence(mixed.text)
    assert found is not None
    assert all(found[first].startswith("wrap") for first, _ in mixed.breaks)
