"""Line breaks judged by the form of the two lines, on e-paper copies (one paragraph a line).

Forms met on real pages of papers the team had not seen (issue 18): a bracketed note after the
last sentence (an agency's photo credit, a jump to another page), items of a list opened by the
same dash, a new speaker under a quotation that already had one, a credit's job or a notice to
scan a code left on a line of its own, a headline opened by a time word and a comma.  Every line
here is invented (names such as 林可舟, places such as 青禾县); only the form follows real pages.
"""

from __future__ import annotations

import pytest

from desktop.proofing.continuation import PageStats, assess_break
from desktop.proofing.pipeline import analyse, document_from_text


def _joins(page: str) -> list[int]:
    """The first block of every broken-line-break finding."""
    document = document_from_text(page)
    return [f.blocks[0] for f in analyse(document, ["broken-line-break"]) if f.check == "broken-line-break"]


def _roles(page: str) -> list[str]:
    return [block.role.value for block in document_from_text(page).blocks]


def _starts(page: str) -> list[int]:
    return [index for index, block in enumerate(document_from_text(page).blocks) if block.starts_article]


OPENING = (
    "柳湾镇文化广场开放\n本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式开放，附近居民有了休闲的好去处。\n"
)


@pytest.mark.parametrize("newline", ["", "wrap", "wrap-body"])
@pytest.mark.parametrize(
    "first",
    [
        "近日，游人在柳湾镇张家村一处杏花园里游玩。（□青禾社发）",
        "游客在青禾市北塘公园内游览、赏花。（青禾社记者 林可舟 摄）",
        "一语道破山区群众生活的艰辛……（下转第六版）",
    ],
)
def test_a_bracketed_note_after_the_last_sentence_ends_the_text(first: str, newline: str) -> None:
    second = "3月26日，游客在青禾市北塘公园内游览、赏花，感受春天的气息。"
    assessment = assess_break(first, second, PageStats(30.0, None), None, False, "", newline)  # type: ignore[arg-type]
    assert not assessment.joins


def test_captions_closed_by_a_bracketed_credit_stay_apart() -> None:
    page = (
        OPENING + "春日游园正当时\n近日，游人在柳湾镇一处杏花园里游玩。（青禾社发）\n"
        "3月26日，游客在北塘公园内游览、赏花。（青禾社记者 林可舟 报道）\n"
        "阳春三月，春意盎然，树木吐露新芽，鲜花竞相开放。各地居民纷纷走出家门踏青游玩。\n"
    )
    assert _joins(page) == []
    assert _starts(page) == [0, 2]


def test_a_jump_to_another_page_ends_the_story_and_the_next_headline_opens_one() -> None:
    page = (
        "青禾山区的变迁\n——柳\n湾山、北塘山、九峰大山……一个个流传已久的地名，是各族群众生存环境的写照；\n"
        "——“缺水、少土、石头缝里种苞谷”，一语道破山区群众生活的艰辛……（下转第六版）\n"
        "红霞满天\n最近，青禾天气晴好，晚霞美景频频出现，吸引大家关注。\n记者林可舟 摄\n"
    )
    assert _joins(page) == [1]  # (only the column's cut inside ``柳湾山``)
    assert _roles(page)[4] == "headline"
    assert _starts(page) == [0, 4]


def test_items_opened_by_the_same_dash_are_paragraphs_of_their_own() -> None:
    page = (
        OPENING + "青禾山区的变迁\n"
        "——柳湾山、北塘山、九峰大山……一个个流传已久的地名，是各族群众生存环境的写照；\n"
        "——石漠化被称为“地\n球之癌”，而青禾\n是石漠化严重的地区之一；\n"
        "——“缺水、少土、石头缝里种苞谷”，一语道破山区群众生活的艰辛。\n"
    )
    joins = _joins(page)
    assert 3 not in joins and 6 not in joins  # (``……写照；`` / ``——……``, ``……之一；`` / ``——……``)
    assert _roles(page)[3:8] == ["body"] * 5
    assert _starts(page) == [0, 2]


def test_a_new_speaker_under_a_quotation_that_had_one_opens_a_paragraph() -> None:
    page = (
        "社区志愿者扮靓楼道\n"
        "社区主任林可舟表示，春节前，志愿者把楼道清理干净，“以后跟居民有关的事情都不用居委会操心了。”\n"
        "志愿者代表苗若溪说，自己作为社区里的居民，能够为社区做些力所能及的工作非常开心。\n"
    )
    assert _joins(page) == []


def test_the_speaker_of_an_unattributed_quotation_still_closes_its_sentence() -> None:
    page = (
        "社区志愿者扮靓楼道\n本报讯 春节前，志愿者把楼道清理干净。“以后跟居民有关的事情都不用居委会操心了。”\n"
        "社区主任林可舟说。\n"
    )
    assert _joins(page) == [1]


def test_a_credit_s_job_and_a_notice_to_scan_a_code_stand_on_lines_of_their_own() -> None:
    page = (
        "柳湾公园座椅被“霸占”\n◎ 青禾都市报实习记者 林可舟\n摄影报道\n?扫码观看更多现场视频\n"
        "近日，青禾天气转热，公园、广场等绿化较好的公共场所成了市民歇凉避暑的好去处。\n"
    )
    assert _joins(page) == []
    assert _roles(page)[4] == "body"


def test_a_line_that_ends_with_a_semicolon_is_no_headline() -> None:
    page = OPENING + "柳湾镇今年将新建三座便民桥；\n北塘区新增口袋公园两处。\n"
    assert "headline" not in _roles(page)[2:]
    assert _starts(page) == [0]


def test_a_notice_to_scan_a_code_may_end_a_sentence_cut_above_it() -> None:
    stats = PageStats(30.0, None)
    assert assess_break("请下载“青禾通”APP，", "扫描二维码即可预约挂号。", stats, None, True).joins


@pytest.mark.parametrize("newline", ["", "wrap-body"])
def test_who_tipped_the_story_off_run_on_after_its_last_sentence_ends_it(newline: str) -> None:
    first = "此次活动的负责人介绍，活动分为五个主题展出。线索提供 苗若溪"
    second = "柳湾小记者走进高新区 用文字记录时代风貌"
    assert not assess_break(first, second, PageStats(30.0, None), None, True, "", newline).joins  # type: ignore[arg-type]


def test_a_headline_marked_as_having_pictures_ends_there_and_a_time_word_opens_its_lead() -> None:
    page = (
        OPENING + "走马看街市感受年味浓(图)\n年前，青禾老街商业街\n上人头攒动，好不热闹。本报记者苗若溪摄\n"
        "北塘区春季招聘会举行（组图）\n昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。\n"
    )
    paragraph = "百余名农业科技、卫生、法律走马看街市感受年味浓(图)"
    assert not assess_break(
        "走马看街市感受年味浓(图)", "年前，青禾老街上人头攒动。", PageStats(30.0, None), paragraph
    ).joins
    assert _roles(page)[2:5] == ["headline", "body", "body"]
    assert _starts(page) == [0, 2, 5]


def _wrapped(text: str, width: int) -> str:
    return "".join(text[i : i + width] + "\n" for i in range(0, len(text), width))


def test_on_column_text_a_whole_credit_line_as_wide_as_the_column_is_complete() -> None:
    lead = (
        "本报讯 “江滩防洪堤上，有人任性涂鸦，大煞风景！”近日，市民林先生向本报反映，柳湾江滩防洪堤墙上"
        "出现了不少涂鸦，十分碍眼，影响城市形象。记者随后来到现场核实，情况属实。"
    )
    page = "柳湾江滩涂鸦何时休\n■文/图  本报记者  苗若溪\n" + _wrapped(lead, 13)
    assert 1 not in _joins(page)
    assert _roles(page)[1] != "body" and _roles(page)[2] == "body"


LEAD = (
    "本报讯（记者 林可舟）周末约上三两好友吃饭喝酒，是不少市民的习惯。但记者昨晚跟随交警在柳湾镇路口"
    "检查时发现，仍有司机抱着侥幸心理酒后驾车。"
)


@pytest.mark.parametrize(
    ("credit", "rest"),
    [
        ("青禾晚报记者 苗若溪 通讯员 陆明光 韩松", "岭"),
        ("青禾晚报记者 苗若溪 通讯员 陆明", "光 韩松岭"),
        ("青禾新闻·青禾晨报记者 苗若溪 罗雪梅 摄", "影 钱波 高科"),
    ],
)
def test_on_column_text_a_credit_line_cut_inside_a_name_or_its_job_is_one_credit(credit: str, rest: str) -> None:
    story = "北塘区夜查酒驾\n" + _wrapped("本报讯 两个晚上，北塘区交警共查获酒驾十七起。交警提醒，喝酒不开车。", 19)
    page = story + credit + "\n" + rest + "\n柳湾镇查获酒驾17起\n" + _wrapped(LEAD, 19)
    credit_at = page.splitlines().index(credit)
    assert credit_at in _joins(page)
    roles = _roles(page)
    assert roles[credit_at + 1] not in ("headline", "subtitle", "kicker")
    assert _starts(page) == [0, credit_at + 2]


@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        # a hotline column: a reader's words as a whole quotation, then the caller
        (None, "“感觉和家里的厕所差不多”", "林先生：我是一名出租车司机，经常到公厕方便。"),
        (
            "“露出的豁口足以掉进去一个小孩”",
            "以掉进去一个小孩”",
            "苗女士：青禾二中校门口通往北塘苑的路上，一直没有路灯。",
        ),
        # the labels of a pair of photos, and a paragraph opened by a bracketed tag
        (None, "更换前", "更换后"),
        (None, "更换后", "【办好了】 柳湾路与北塘大道交叉口西南角，被轧碎的水泥井盖已换上了铁质井盖。"),
    ],
)
@pytest.mark.parametrize("newline", ["", "wrap-body"])
def test_units_of_their_own_join_nothing_above_them(
    paragraph: str | None, first: str, second: str, newline: str
) -> None:
    stats = PageStats(30.0, None)
    assert not assess_break(first, second, stats, paragraph, True, "", newline).joins  # type: ignore[arg-type]


def test_on_column_text_a_caller_s_name_may_be_cut_by_the_wrap() -> None:
    before = "本报讯 近日，本报热线接到不少市民的来电，反映柳湾广场一带的卫生问题。垃圾岂能随处丢弃呢？市民的"
    after = "李女士：前几天我经过柳湾广场附近，看到一位年轻男子边骑电动车边喝饮料，喝完随手就把瓶子扔在路边。"
    assert len(before) == 48
    page = "垃圾岂能随处丢弃\n" + _wrapped(before + after, 16)
    lines = page.splitlines()
    cut = lines.index(before[32:])
    assert lines[cut + 1].startswith("李女士")
    assert cut in _joins(page)
    assert _roles(page)[1:] == ["body"] * (len(lines) - 1)
