"""Broken line breaks judged from general evidence of the two lines, not from a catalogue of forms.

A column cut lands anywhere in a paragraph, so it seldom leaves a line that ends with a colon, a
semicolon or a closing quote or bracket, and the line it leaves below starts in the middle of a
clause.  A line that ends there, or a line without a pause over a line that opens a paragraph of its
own (a quotation, a list item, a speaker, a lead's opener), reads as two units: the two lines stay
one piece of text for segmentation, and no broken line break is reported unless something at the
junction itself (a word cut in two, a particle, a comma) says the sentence goes on.  Every line here
is invented (names such as 林可舟, places such as 青禾县).
"""

from __future__ import annotations

import pytest

from desktop.proofing.continuation import PageStats, assess_break, can_open_paragraph, stands_apart_below
from desktop.proofing.pipeline import analyse, document_from_text

STATS = PageStats(typical_length=60.0, wrap_width=None)
LEAD = "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。"


def _reported(page: str) -> list[int]:
    document = document_from_text(page)
    return [f.blocks[0] for f in analyse(document, ["broken-line-break"])]


def _assess(first: str, second: str, continued: bool = False) -> object:
    return assess_break(first, second, STATS, first if continued else None, True)


@pytest.mark.parametrize(
    "first",
    [
        "村民林可舟站在新修的桥头，指着河对岸的稻田告诉记者：",  # someone's words follow
        "青禾县今年将重点抓好以下几项工作，一是加快道路改造；",  # an item of a list
        "柳湾镇的居民们都说，广场开放以后晚上热闹多了（见图）",  # a closing bracket
        "镇里的老人们把这里叫作“百姓的客厅”",  # a closing quote
    ],
)
def test_a_body_line_that_ends_an_item_or_a_quotation_is_not_reported_as_broken(first: str) -> None:
    second = "“以前晚上没地方去，现在天天来跳舞。”村民苗若溪笑着说。"
    assessment = _assess(first, second)
    assert assessment.joins  # (segmentation keeps the two lines together as body text)
    assert assessment.stands_apart
    assert "first_ends_item_or_closed" in assessment.features


def test_a_junction_inside_a_word_still_joins_after_a_colon_like_end() -> None:
    # a comma at the end is evidence at the junction: the sentence goes on
    assessment = _assess("村民林可舟站在新修的桥头，指着河对岸的稻田，", "告诉记者今年的收成比去年好。")
    assert assessment.joins and not assessment.stands_apart


@pytest.mark.parametrize(
    "second",
    [
        "“感觉和自己家里的差不多。”家住青禾县柳湾镇的苗若溪说。",  # a quotation
        "林先生：我是柳湾镇的居民，家门口的路灯坏了半个月。",  # a caller
        "1.加快推进柳湾镇道路改造，年底前全部完工。",  # a list item
        "近日，记者来到柳湾镇文化广场，只见居民们正在跳舞。",  # a lead's opener
        "韩松岭表示，广场下一步还将增设健身器材。",  # a speaker
    ],
)
def test_a_line_without_a_pause_over_a_line_that_opens_a_paragraph_stands_apart(second: str) -> None:
    assert can_open_paragraph(second)
    assert stands_apart_below("柳湾镇文化广场的路灯亮了", second, continued=False)
    assessment = _assess("柳湾镇文化广场的路灯亮了", second)
    assert not assessment.joins or assessment.stands_apart


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("记者在走访中了解到，青禾县城", "北塘村等地的菜价也比去年同期低了一成。"),  # a pause: body text cut mid-clause
        ("民警赶紧对那名", "男青年表示感谢，这才知道他是附近的居民。"),  # the next line cannot open a paragraph
    ],
)
def test_a_body_line_cut_mid_clause_is_still_broken(first: str, second: str) -> None:
    assert not stands_apart_below(first, second, continued=False)


def test_a_line_that_continues_a_broken_line_is_not_held_apart_by_its_own_look() -> None:
    assert not stands_apart_below("柳湾镇文化广场的路灯", "近日全部修好了。", continued=True)


@pytest.mark.parametrize(
    "text",
    ["广场下一步还将增设健身器材。", "的路灯全部修好了。", "、北塘村等地也在建设中。", "们说，晚上热闹多了。"],
)
def test_a_line_that_starts_mid_clause_cannot_open_a_paragraph(text: str) -> None:
    assert not can_open_paragraph(text)


def test_a_paragraph_cut_by_a_column_end_is_still_reported_next_to_items() -> None:
    page = (
        "柳湾镇文化广场开放\n" + LEAD + "\n"
        "柳湾镇北塘村口的公厕很干净\n“感觉和自己家里的差不多。”\n"
        "记者在采访中了解到，青禾县城的部分居民区，井盖、路灯等设施都有不同程度的损\n"
        "坏，需要有关部门加强巡查维护。\n"
    )
    document = document_from_text(page)
    cut = next(i for i, block in enumerate(document.blocks) if block.text.endswith("的损"))
    assert cut in _reported(page)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("四月十日天气晴好，柳湾镇江滩上的游人比往年同期多了不少，晨练的居民", "在江滩上结伴散步，有说有笑。"),
        ("一改往日的冷清，变身村民们休闲", "娱乐的好去处。"),
    ],
)
def test_a_line_cut_in_the_middle_of_its_last_clause_is_broken_on_a_page_without_other_breaks(
    first: str, second: str
) -> None:
    page = "柳湾镇江滩热闹起来\n" + LEAD + "\n" + first + "\n" + second + "\n"
    document = document_from_text(page)
    cut = next(i for i, block in enumerate(document.blocks) if block.text == first)
    assert cut in _reported(page)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("柳湾镇江滩热闹起来，居民结伴晨练", "青禾县全力推进江滩改造"),  # a heading below: no cut
        ("柳湾镇江滩热闹起来，居民结伴晨练", "“以前这里一到晚上就没人来。”"),  # a quotation opens a paragraph
    ],
)
def test_a_clause_over_a_heading_or_a_paragraph_opening_is_no_cut(first: str, second: str) -> None:
    assert "weak:cut_mid_clause" not in _assess(first, second).features


def test_a_quoted_term_may_close_a_clause_the_column_cut() -> None:
    first, second = "镇里把这次活动与“青禾精神”", "学习结合起来，组织干部走进农户家中。"
    assert not stands_apart_below(first, second, continued=False)
    assert stands_apart_below("镇里把这次活动的照片贴在墙上（见图）", second, continued=False)


def test_on_a_page_that_indents_paragraphs_an_indented_line_opens_one_whatever_its_first_mark() -> None:
    # (``……`` opening a quoted letter taken up mid-way: the page's indent says a paragraph starts there)
    letter = "……这些年，柳湾镇的变化我们都看在眼里。"
    assert not assess_break("村民林可舟在给编辑部的信中写道：", letter, STATS, None, True, indent="opens").joins
    assert not assess_break(LEAD, letter, STATS, None, True, indent="opens").joins
    page = "\n".join(
        [
            "柳湾镇的变化",
            "　　本报讯（记者 苗若溪）近日，青禾县柳湾镇村民林可舟给编辑部寄来一封信，讲述了",
            "家乡这些年的变化。信写了满满三页纸，字迹工整。",
            "　　林可舟今年七十岁，在柳湾镇住了一辈子，亲眼看着镇上的土路变成了",
            "柏油路，镇口的小卖部变成了超市。",
            "　　林可舟在信中写道：",
            "　　" + letter,
            "　　“路修好了，日子也越过越好。”韩松岭说。",
        ]
    )
    assert _reported(page) == [1, 3]  # (the two cuts, no more)


def test_two_lines_opening_with_a_label_and_a_colon_are_two_fields() -> None:
    assert not _assess("投诉人：林先生", "投诉内容：青禾县柳湾镇东街的路灯已经半个月不亮了，晚上走路").joins
    assert not _assess("记者：书屋每天开放到几点", "林可舟：平时到晚上八点，周末延长到九点。").joins
    # (a label below a line that is no field is a cut like any other)
    assert _assess("几年下来，柳湾镇的乡村旅游一下子搅", "热了小南河：农家乐从无到有，客源不断。").joins


def test_a_closing_quote_that_closes_nothing_above_is_no_evidence_of_a_cut() -> None:
    # (``’09`` is 2009 set short: it opens the lead as any word would)
    assert not _assess("青禾县举办读书节。", "’09青禾读书节昨天上午在柳湾镇文化广场开幕。").joins
    heading = _assess("青禾县举办读书节：书香满柳湾", "’09青禾读书节昨天上午在柳湾镇文化广场开幕。")
    assert "next_starts_closing" not in heading.features
    # (a quotation opened above and closed at the head of the line below is still a cut)
    assert _assess("镇长林可舟说：“书屋就建在家门口", "”，村民借书方便多了。").joins
    assert _assess("村民林可舟说：“我提两", "点建议：一是多设指示牌；二是延长开放时间。”").joins  # (a quotation cut)


def test_a_digit_over_a_digit_in_lines_of_figures_is_two_numbers() -> None:
    # (lines mostly of figures, not prose: two entries, not one number cut in two)
    assessment = _assess("青禾县图书馆咨询电话：0571-86001234", "0571-86005678（周末）")
    assert "number_split" not in assessment.features
    assert not assessment.strong
    # (in prose a number cut in two, or a number and its measure word, is still one phrase)
    assert "number_split" in _assess("今年全镇新建的农家书屋已达12", "3座，藏书三万余册。").features
    assert _assess("柳湾镇今年新建农家书屋12", "座，藏书三万余册。").strong


def test_a_credits_role_left_alone_after_the_last_sentence_joins_its_names() -> None:
    first = "村民们在新落成的柳湾书屋里挑选图书，屋里坐满了人。记者"
    joined = _assess(first, "林可舟 实习生苗若溪 摄")
    assert joined.joins and "credit_across" in joined.features
    assert not _assess("村民们在新落成的柳湾书屋里挑选图书，屋里坐满了人。", "林可舟 实习生苗若溪 摄").joins


def test_the_signed_last_piece_of_a_cut_photo_text_joins_the_piece_above() -> None:
    page = "\n".join(
        [
            "柳湾镇雨污分流改造开工",
            "本报讯 近日，柳湾镇雨污分流改造工程开工，工人们正在铺设管道。项目建成后将提升排放雨水和收",
            "集污水的能力，改善镇区水环境。（记者 林可舟 摄）",
            "青禾县新建三座文化广场",
            "本报讯（记者 韩松岭）今年，青禾县在柳湾、石桥、东坪三个镇新建文化广场，总面积两万多平方米。",
        ]
    )
    assert _reported(page) == [1]
