"""A story whose last line stops short, with the next story's heading under it.

An e-paper copy sometimes ends a story mid-sentence (the rest is on another page, or the copy was cut).
The unfinished line looks like a column cut, but nothing at the junction says the sentence goes on into
the line below, and the line below is a heading: short, unfinished, with new text under it.  A heading
taken to go on from the line above "continues" it only by that assumption, so its own join to the text
below is no evidence against its being a heading.  Every line here is invented.
"""

from __future__ import annotations

from desktop.proofing.classify import LineKind
from desktop.proofing.continuation import PageStats, assess_break, crosses_into, restated_below
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.proofing.segment import line_breaks

STATS = PageStats(typical_length=60.0, wrap_width=None)
CUT_SHORT = "此外，镇里还计划在广场东侧新建一座图书室、一个老年活动中心和一处停车场，方便周边"


def _joins(texts: list[str], stats: PageStats = STATS) -> list[bool]:
    result = line_breaks(texts, [LineKind.TEXT] * len(texts), stats, known_broken=True)
    return [assessment is not None and assessment.joins for assessment in result]


def test_a_story_cut_short_does_not_run_into_a_brief_column_heading() -> None:
    texts = [
        CUT_SHORT,
        "本周青禾要事",
        "◆在重阳节来临之际，柳湾镇组织志愿者走进敬老院，为老人们打扫房间、理发、表演",
        "节目，老人们拉着志愿者的手说个不停。",
    ]
    joins = _joins(texts)
    assert joins[:2] == [False, False]
    assert joins[2]  # (the item's own cut is still a cut)


def test_a_story_cut_short_does_not_run_into_a_kicker_and_its_headline() -> None:
    texts = [
        CUT_SHORT,
        "聚焦青禾春耕——",
        "柳湾镇三千亩稻田插秧忙",
        "本报讯（记者 苗若溪）连日来，青禾县柳湾镇的农民抢抓农时，三千亩稻田的插秧工作已完成大半。",
    ]
    assert _joins(texts)[:3] == [False, False, False]


def test_a_comma_at_the_end_still_joins_a_short_piece_below() -> None:
    texts = [
        "此外，镇里还计划在广场东侧新建一座图书室、一个老年活动中心，",
        "和一处停车场",
        "◆在重阳节来临之际，柳湾镇组织志愿者走进敬老院，为老人们打扫房间。",
    ]
    assert _joins(texts)[0]


def test_on_a_page_the_kicker_heads_the_next_story_and_no_break_is_reported_into_it() -> None:
    page = "\n".join(
        [
            "青禾县柳湾镇文化广场正式开放",
            "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了",
            "休闲的好去处。广场占地二十余亩，设有健身区、儿童游乐区和露天舞台。",
            "每到傍晚，广场上便热闹起来，跳舞的、散步的、下棋的，各得其所，镇里还计划在广场东侧",
            "聚焦青禾春耕——",
            "柳湾镇三千亩稻田插秧忙",
            "本报讯（记者 苗若溪）连日来，青禾县柳湾镇的农民抢抓农时，三千亩稻田的插秧工作已完成大半。",
            "“今年的秧苗长得好，收成错不了。”村民韩松岭说。",
        ]
    )
    document = document_from_text(page)
    reported = [finding.blocks for finding in analyse(document, ["broken-line-break"])]
    assert reported == [(1, 2)]
    assert document.blocks[4].starts_article


def test_a_line_ending_in_half_width_dots_after_chinese_is_cut_on_purpose() -> None:
    teaser = "柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。最近，镇里还..."
    below = "青禾新闻，讲述家乡的故事，关注身边的变化"
    assert not assess_break(teaser, below, STATS, None, True).joins
    assert not assess_break(teaser, below, STATS, teaser, True).joins  # (also as the end of a paragraph)
    # (without the dots the same line is a cut in the middle of a clause)
    assert assess_break(teaser[:-3], below, STATS, None, True).joins


def test_lines_opened_by_the_same_bullet_are_items_whatever_their_ends() -> None:
    first, second = "●时间：本月12日上午9时许", "●地点：青禾县柳湾镇文化广场东侧"
    assert not assess_break(first, second, STATS, None, True).joins
    # (a line cut from the first item, by contrast, carries no bullet)
    assert assess_break("●时间：本月12日上午9时许，活动持续到", "下午5时，青禾县柳湾镇", STATS, None, True).joins


def test_an_open_quotation_at_a_story_cut_short_is_not_reported_into_the_next_headline() -> None:
    page = "\n".join(
        [
            "青禾县柳湾镇文化广场正式开放",
            "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了",
            "休闲的好去处。广场占地二十余亩，设有健身区、儿童游乐区和露天舞台。",
            "每到傍晚，常来散步的村民苗若溪对此深有感触：“每次走到广场",
            "柳湾镇三千亩稻田插秧忙",
            "本报讯（记者 韩松岭）连日来，青禾县柳湾镇的农民抢抓农时，三千亩稻田的插秧工作已完成大半。",
            "“今年的秧苗长得好，收成错不了。”村民林可舟说。",
        ]
    )
    reported = [finding.blocks for finding in analyse(document_from_text(page), ["broken-line-break"])]
    assert reported == [(1, 2)]


def test_a_word_read_across_a_story_cut_short_is_not_reported_into_the_next_headline() -> None:
    # (``……一座图`` / ``书香柳湾……``: the heading's first character happens to finish a word of the line above;
    # ``……中心和`` / ``柳湾……``: a function word ends a line that stops anywhere)
    ends = (("新建一座图", "书香柳湾 乡村读书节开幕"), ("新建一座老年活动中心和", "柳湾乡村读书节开幕"))
    for cut_short, heading in ends:
        page = "\n".join(
            [
                "青禾县柳湾镇文化广场正式开放",
                "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。",
                "每到傍晚，广场上便热闹起来，镇里还计划在广场东侧" + cut_short,
                heading,
                "青禾日报全媒体记者 韩松岭",
                "连日来，青禾县柳湾镇的读书节吸引了上千名村民，镇图书室的借阅量翻了一番。",
                "“今年的书比往年多，孩子们都爱来。”村民林可舟说。",
            ]
        )
        assert [finding.blocks for finding in analyse(document_from_text(page), ["broken-line-break"])] == []


def test_only_the_second_lines_own_start_crosses_into_it() -> None:
    heading = "柳湾镇三千亩稻田插秧忙"
    quote = assess_break("每到傍晚，常来散步的村民苗若溪对此深有感触：“每次走到广场", heading, STATS, None, True)
    assert quote.joins and not crosses_into(quote, heading)
    # (nor does a word read across the junction: ``……使黑`` / ``木耳……``)
    word = assess_break("基地促进了农民就业增收，使黑", "木耳变身致富宝", STATS, None, True)
    assert word.joins and not crosses_into(word, "木耳变身致富宝")
    # a line below that closes the quotation opened above does: ``……“柳湾春耕`` / ``纪实”在行动``
    closed = assess_break("青禾县柳湾镇“柳湾春耕", "纪实”在行动", STATS, None, True)
    assert closed.joins and crosses_into(closed, "纪实”在行动")
    # so does a particle opening it
    particle = assess_break("柳湾镇的农民抢抓农时，把秧苗", "了插进三千亩稻田", STATS, None, True)
    assert particle.joins and crosses_into(particle, "了插进三千亩稻田")


def test_a_heading_its_lede_restates_is_not_joined_to_it() -> None:
    # (the story above stops inside a quotation, so the heading is read as text under it; the lede restates it)
    page = "\n".join(
        [
            "青禾县柳湾镇文化广场正式开放",
            "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。",
            "镇长韩松岭说：“广场只是第一步，接下来我们还要在每个村建一处文化活动室，让村民",
            "青禾县举行柳湾书屋开放暨全民阅读推进仪式",
            "近日，青禾县举行柳湾书屋开放暨全民阅读推进仪式。县里的三百多名读者来到现场，翻看新到的图书。",
            "“书屋就在家门口，周末带孩子来正好。”读者苗若溪说。",
        ]
    )
    reported = [finding.blocks for finding in analyse(document_from_text(page), ["broken-line-break"])]
    assert (3, 4) not in reported


def test_restated_below_needs_a_long_run_of_the_first_line() -> None:
    heading = "青禾县举行柳湾书屋开放暨全民阅读推进仪式"
    assert restated_below(heading, "近日，青禾县举行柳湾书屋开放暨全民阅读推进仪式。")
    # (a cut piece and its rest share a word or two, never half of the piece word for word)
    piece = "近日，青禾县在柳湾镇举行书屋开放仪式，县里的三百多名"
    assert not restated_below(piece, "读者来到柳湾镇书屋，翻看新到的图书。")
    assert not restated_below("柳湾书屋", "柳湾书屋开放了")  # (too short to tell)


_INDENT = "\u3000\u3000"


def test_a_story_whose_sub_headings_share_a_form_keeps_them_apart() -> None:
    # (a page that indents all its text, sub-headings and the pieces of a cut paragraph too, headlines flush)
    lines = [
        "青禾县新建三座文化广场",
        "本报讯（记者 韩松岭）今年，青禾县在柳湾、石桥、东坪三个镇新建文化广场，总面积两万多平方米。",
        "广场建成后，附近居民晚上有了散步、跳舞的去处，镇里还计划在广场东侧再建一座",
        "图书室。",
        "柳湾书屋开到村民家门口",
        "本报讯（记者 林可舟）近日，青禾县柳湾镇的第一座村级书屋正式开放，附近村民有了读书的好去处。",
        "借书不用再进城",
        "书屋离村委会不远，村里的老人们借书方便多了，走几步就到。",
        "周末成了读书日",
        "书屋里坐满了来看书的孩子，志愿者还会给他们讲故事。",
        "柳湾镇今年还计划再建三座书屋，方便周边村民就近借",
        "阅图书。",
    ]
    page = "\n".join(line if index in (0, 4) else _INDENT + line for index, line in enumerate(lines))
    reported = [finding.blocks for finding in analyse(document_from_text(page), ["broken-line-break"])]
    assert reported == [(2, 3), (10, 11)]


def test_a_cut_piece_whose_rest_repeats_a_long_name_is_still_joined() -> None:
    page = "\n".join(
        [
            "乡村医生守护群众健康",
            "青禾县柳湾镇第一中心卫生院成立健",
            "康服务队已有五年，队长林可舟就是青禾县柳湾镇第一中心卫生院的老医生。",
            "五年来，服务队走遍了全镇的二十多个村。",
        ]
    )
    reported = [finding.blocks for finding in analyse(document_from_text(page), ["broken-line-break"])]
    assert (1, 2) in reported
