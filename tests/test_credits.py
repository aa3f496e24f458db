"""The credit grammar: every credit form of formats.md §1, each with made-up text, and the look-alikes.

Names (林可舟, 苗若溪, 韩松岭…), places (青禾县, 柳湾镇) and papers (青禾日报, 青禾网…) are invented.
"""

from __future__ import annotations

import pytest

from desktop.proofing import credits
from desktop.proofing.credits import Person, Position
from desktop.proofing.credits.names import split_run
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse


def _people(credit: credits.Credit | None) -> list[tuple[str, str, str]] | None:
    return None if credit is None else [(p.name, p.role, p.job) for p in credit.people]


# --- 1.1 datelines in the first paragraph: (lead, agency, people, the text after the credit) ----------
DATELINES = [
    ("本报讯（记者林可舟）近日，青禾县柳湾镇", "本报", [("林可舟", "记者", "")], "近日，"),
    ("本报讯(记者 苗若溪)3月2日,青禾县", "本报", [("苗若溪", "记者", "")], "3月2日,"),
    (
        "本报讯（青禾日报全媒体记者韩松岭通讯员费雨桐）近日，",
        "本报",
        [("韩松岭", "青禾日报全媒体记者", ""), ("费雨桐", "通讯员", "")],
        "近日，",
    ),
    (
        "本报讯（记者 吕清禾 摄影 卜星野 实习生郁文川）近日，",
        "本报",
        [("吕清禾", "记者", ""), ("卜星野", "摄影", ""), ("郁文川", "实习生", "")],
        "近日，",
    ),
    ("本报讯 （记者 宣慕白）5月8日，", "本报", [("宣慕白", "记者", "")], "5月8日，"),
    (
        "本报讯 （记者 戚小满 通讯员 乔立夏 殷子衡） 今年，",
        "本报",
        [("戚小满", "记者", ""), ("乔立夏", "通讯员", ""), ("殷子衡", "通讯员", "")],
        " 今年，",
    ),
    ("本报讯 (记者樊星河 通讯员伍柏舟)近日", "本报", [("樊星河", "记者", ""), ("伍柏舟", "通讯员", "")], "近日"),
    ("本报4月9日讯(记者鲁山青通讯员车晓岚)近日", "本报", [("鲁山青", "记者", ""), ("车晓岚", "通讯员", "")], "近日"),
    ("本报青禾6月3日电（通讯员邰晴记者甘棠）近日", "本报", [("邰晴", "通讯员", ""), ("甘棠", "记者", "")], "近日"),
    ("本报青禾3月7日讯记者林可舟报道：今天上午，", "本报", [("林可舟", "记者", "")], "今天上午，"),
    (
        "本报青禾今晨专电 （记者苗若溪 韩松岭 实习生费雨桐）近日",
        "本报",
        [("苗若溪", "记者", ""), ("韩松岭", "记者", ""), ("费雨桐", "实习生", "")],
        "近日",
    ),
    (
        "青禾日报/青禾网讯(记者吕清禾通讯员卜星野报道)近日",
        "青禾日报/青禾网",
        [("吕清禾", "记者", "报道"), ("卜星野", "通讯员", "报道")],
        "近日",
    ),
    ("青禾日报／青禾网柳湾讯（通讯员郁文川报道）近日", "青禾日报／青禾网", [("郁文川", "通讯员", "报道")], "近日"),
    ("青禾日报讯（记者 宣慕白）近日", "青禾日报", [("宣慕白", "记者", "")], "近日"),
    ("青禾都市报6月3日讯（记者 戚小满 文/图）近日", "青禾都市报", [("戚小满", "记者", "文/图")], "近日"),
    ("青禾新闻网1月5日讯（青禾日报记者乔立夏）近日", "青禾新闻网", [("乔立夏", "青禾日报记者", "")], "近日"),
    ("青禾在线消息（青禾都市报）（记者殷子衡）近日", "青禾在线", [("殷子衡", "记者", "")], "近日"),
    (
        "青禾网消息(青禾都市报)(记者樊星河 通讯员伍柏舟 实习生鲁山青)近日",
        "青禾网",
        [("樊星河", "记者", ""), ("伍柏舟", "通讯员", ""), ("鲁山青", "实习生", "")],
        "近日",
    ),
    (
        "青禾网青禾都市报记者车晓岚 井一帆 实习生邰晴 昨日上午，",
        "",
        [("车晓岚", "青禾网青禾都市报记者", ""), ("井一帆", "青禾网青禾都市报记者", ""), ("邰晴", "实习生", "")],
        "昨日上午，",
    ),
    ("新华社青禾3月5日电（记者甘棠、林可舟）近日", "新华社", [("甘棠", "记者", ""), ("林可舟", "记者", "")], "近日"),
    ("（记者 苗若溪） 昨日，", "", [("苗若溪", "记者", "")], " 昨日，"),
    ("本报讯 记者 林可舟 通讯员 甘棠 报道：近日", "本报", [("林可舟", "记者", ""), ("甘棠", "通讯员", "")], "近日"),
]


@pytest.mark.parametrize(("lead", "agency", "people", "after"), DATELINES)
def test_every_dateline_form_names_its_people(lead, agency, people, after):
    credit = credits.dateline(lead)
    assert credit is not None
    assert (credit.agency, _people(credit), lead[credit.end :].startswith(after)) == (agency, people, True)
    assert credit.position is Position.FIRST_PARAGRAPH and credit.signed


@pytest.mark.parametrize(
    "lead",
    ["本报讯 近日，青禾县", "本报讯昨天上午，青禾县", "本报青禾12日电 在柳湾镇的山坡上，", "青禾日报讯 即日起，"],
)
def test_a_dateline_without_a_person_signs_nothing(lead):
    credit = credits.dateline(lead)
    assert credit is not None and credit.people == () and not credit.signed


def test_a_website_dateline_alone_on_its_line_and_the_bracket_below():
    first = credits.dateline("青禾新闻网-青禾日报讯：")
    assert first is not None and not first.signed
    assert credits.dateline("（记者 苗若溪） 昨日，青禾县").names == ("苗若溪",)


def test_a_wire_dateline_without_names_is_signed_by_the_agency():
    credit = credits.dateline("新华社青禾3月5日电 近日，")
    assert credit is not None and credit.agency == "新华社" and credit.signed


@pytest.mark.parametrize("text", ["本报记者近日走访了青禾县", "中国网民在消息中说", "记者在现场看到，村民们"])
def test_body_openings_are_no_datelines(text):
    assert credits.dateline(text) is None


# --- 1.3 and 1.5: a whole line is the credit --------------------------------------------------------
LINES = [
    ("□晚报记者 伍柏舟", [("伍柏舟", "晚报记者", "")]),
    ("□图/文 鲁山青", [("鲁山青", "", "文/图")]),
    ("□图/ 车晓岚  文/井一帆", [("车晓岚", "", "图"), ("井一帆", "", "文")]),
    ("文/图 青禾晚报记者 邰晴", [("邰晴", "青禾晚报记者", "文/图")]),
    ("■记者甘棠", [("甘棠", "记者", "")]),
    ("● 林可舟", [("林可舟", "", "")]),
    ("本报记者 苗若溪", [("苗若溪", "本报记者", "")]),
    ("通讯员 韩松岭", [("韩松岭", "通讯员", "")]),
    (
        "青禾日报/青禾网记者费雨桐吕清禾卜星野",
        [
            ("费雨桐", "青禾日报/青禾网记者", ""),
            ("吕清禾", "青禾日报/青禾网记者", ""),
            ("卜星野", "青禾日报/青禾网记者", ""),
        ],
    ),
    ("青禾日报记者 邰 晴", [("邰晴", "青禾日报记者", "")]),
    ("记者 戚小满 摄", [("戚小满", "记者", "摄")]),
    ("通讯员 乔立夏 摄", [("乔立夏", "通讯员", "摄")]),
    ("■ 本报记者 殷子衡", [("殷子衡", "本报记者", "")]),
    ("本报通讯员 樊星河", [("樊星河", "本报通讯员", "")]),
    ("（伍柏舟 鲁山青 车晓岚 文/摄）", [("伍柏舟", "", "文/摄"), ("鲁山青", "", "文/摄"), ("车晓岚", "", "文/摄")]),
    ("（井一帆 邰晴 摄）", [("井一帆", "", "摄"), ("邰晴", "", "摄")]),
    ("（甘棠/文 林可舟/摄）", [("甘棠", "", "文"), ("林可舟", "", "摄")]),
    ("记者 苗若溪 通讯员 韩松岭", [("苗若溪", "记者", ""), ("韩松岭", "通讯员", "")]),
    ("本报记者 费雨桐 摄", [("费雨桐", "本报记者", "摄")]),
    ("文/摄 记者 吕清禾", [("吕清禾", "记者", "文/摄")]),
    ("文并摄卜星野", [("卜星野", "", "文并摄")]),
    ("文并摄卜星野J311", [("卜星野", "", "文并摄")]),
    ("晚报记者 郁文川 通讯员 宣慕白/文", [("郁文川", "晚报记者", "文"), ("宣慕白", "通讯员", "文")]),
    ("晚报记者 戚小满/图", [("戚小满", "晚报记者", "图")]),
    ("本报记者 樊星河 本报通讯员 伍柏舟 摄", [("樊星河", "本报记者", "摄"), ("伍柏舟", "本报通讯员", "摄")]),
    ("新华社记者 鲁山青 摄", [("鲁山青", "新华社记者", "摄")]),
    ("（车晓岚）", [("车晓岚", "", "")]),
    ("井一帆 摄影报道", [("井一帆", "", "摄影报道")]),
    ("实习生 韩松岭 文/摄", [("韩松岭", "实习生", "文/摄")]),
    ("新华社发（车晓岚摄）", [("车晓岚", "", "摄")]),
    ("本报记者 方浩 发自上海", [("方浩", "本报记者", "")]),
    ("特约评论员 钱学良", [("钱学良", "特约评论员", "")]),
    ("撰文/李娜", [("李娜", "", "文")]),
    (
        "图片由晚报记者乔立夏摄于青禾档案馆，文字由晚报记者殷子衡整理。",
        [("乔立夏", "晚报记者", ""), ("殷子衡", "晚报记者", "")],
    ),
]


@pytest.mark.parametrize(("text", "people"), LINES)
def test_every_credit_line_form_names_its_people(text, people):
    assert _people(credits.line(text)) == people


@pytest.mark.parametrize(
    ("text", "office"), [("（农业办）", "农业办"), ("(人大办)", "人大办"), ("◎ 本报评论员", "本报评论员")]
)
def test_an_office_signs_without_a_person(text, office):
    credit = credits.line(text)
    assert credit is not None and credit.office == office and credit.people == () and credit.signed


@pytest.mark.parametrize(("text", "source"), [("（据新华社）", "新华社"), ("□据 《青禾晚报》", "青禾晚报")])
def test_a_source_line_signs_without_naming_anyone(text, source):
    credit = credits.line(text)
    assert credit is not None and (credit.source, credit.names, credit.signed) == (source, (), True)


def test_a_lead_saying_whose_story_it_is_signs_it():
    credit = credits.dateline("本报讯 据新华社消息，青禾县")
    assert credit is not None and credit.source == "新华社" and credit.signed


def test_a_group_credit_under_the_headline():
    credit = credits.line("□本报“春日进万家”特别报道组")
    assert credit is not None and credit.office == "本报“春日进万家”特别报道组" and credit.signed


def test_photo_credits_say_so():
    assert credits.line("记者 戚小满 摄").photo
    assert credits.line("新华社发（车晓岚摄）").agency == "新华社发"
    assert not credits.line("本报记者 苗若溪").photo


def test_the_credit_span_leaves_out_marks_and_codes():
    text = "  ■ 本报记者 殷子衡"
    credit = credits.line(text)
    assert text[credit.start : credit.end] == "本报记者 殷子衡"
    text = "文并摄卜星野J311"
    credit = credits.line(text)
    assert text[credit.start : credit.end] == "文并摄卜星野"


# --- 1.4 run on after the last sentence, and 1.2's name-less 本报讯 with the names at the end -----------
TRAILING = [
    ("……已全部完工。（林可舟）", "（林可舟）", [("林可舟", "", "")]),
    ("……荣获二等奖。 （甘棠）", "（甘棠）", [("甘棠", "", "")]),
    (
        "……送到了居民手中。（苗若溪、见习记者 韩松岭）",
        "（苗若溪、见习记者 韩松岭）",
        [("苗若溪", "", ""), ("韩松岭", "见习记者", "")],
    ),
    ("……大家都很满意。”（记者 费雨桐）", "（记者 费雨桐）", [("费雨桐", "记者", "")]),
    ("……不会再发生了。”（记者 吕清禾 青禾晚报）", "（记者 吕清禾 青禾晚报）", [("吕清禾", "记者", "")]),
    ("……正式更名。 （卜星野 郁文川）", "（卜星野 郁文川）", [("卜星野", "", ""), ("郁文川", "", "")]),
    (
        "……成效。”（本报记者 吕清禾 卜星野）",
        "（本报记者 吕清禾 卜星野）",
        [("吕清禾", "本报记者", ""), ("卜星野", "本报记者", "")],
    ),
    (
        "……顺利开展。（青禾日报/青禾网记者郁文川通讯员宣慕白摄影）",
        "（青禾日报/青禾网记者郁文川通讯员宣慕白摄影）",
        [("郁文川", "青禾日报/青禾网记者", "摄影"), ("宣慕白", "通讯员", "摄影")],
    ),
    (
        "……顺利开展。（青禾日报全媒记者戚小满摄）",
        "（青禾日报全媒记者戚小满摄）",
        [("戚小满", "青禾日报全媒记者", "摄")],
    ),
    ("……顺利开展。（乔立夏摄）", "（乔立夏摄）", [("乔立夏", "", "摄")]),
    ("……图为村民在晾晒稻谷。（殷子衡 摄）", "（殷子衡 摄）", [("殷子衡", "", "摄")]),
    ("……图为柳湾镇。（半亩方塘 摄）", "（半亩方塘 摄）", [("半亩方塘", "", "摄")]),
    ("……秋收已近尾声。        本报记者 樊星河", "本报记者 樊星河", [("樊星河", "本报记者", "")]),
    ("……已收割过半。 青禾晚报记者 伍柏舟 摄", "青禾晚报记者 伍柏舟 摄", [("伍柏舟", "青禾晚报记者", "摄")]),
    ("……游人络绎不绝。 鲁山青 摄", "鲁山青 摄", [("鲁山青", "", "摄")]),
    ("……栖息着多种候鸟。      新华社发（车晓岚摄）", "新华社发（车晓岚摄）", [("车晓岚", "", "摄")]),
    ("……值得大家学习。 读者 井一帆", "读者 井一帆", [("井一帆", "读者", "")]),
    ("……迎来了好收成。记者 林可舟 文/摄", "记者 林可舟 文/摄", [("林可舟", "记者", "文/摄")]),
    ("……开启研学之旅。记者 苗若溪", "记者 苗若溪", [("苗若溪", "记者", "")]),
    (
        "……笑声不断。记者费雨桐 实习生吕清禾 摄",
        "记者费雨桐 实习生吕清禾 摄",
        [("费雨桐", "记者", "摄"), ("吕清禾", "实习生", "摄")],
    ),
    ("……丰收在望。记者卜星野 摄 信息来源:郁文川 宣慕白", "记者卜星野 摄", [("卜星野", "记者", "摄")]),
    ("……持续到月底。（林可舟）J205", "（林可舟）", [("林可舟", "", "")]),
    ("……真让人高兴！”（甘棠）②7", "（甘棠）", [("甘棠", "", "")]),
]


@pytest.mark.parametrize(("text", "span", "people"), TRAILING)
def test_every_run_on_credit_form_names_its_people(text, span, people):
    credit = credits.trailing(text)
    assert credit is not None and text[credit.start : credit.end] == span and _people(credit) == people


def test_bare_names_after_the_last_closing_quote_count_only_at_the_article_end():
    text = "……心里暖洋洋的。”邰晴 甘棠"
    assert credits.trailing(text) is None  # (a column wrap may cut a sentence after a name)
    assert credits.trailing(text, bare=True).names == ("邰晴", "甘棠")


def test_an_office_closing_the_last_paragraph():
    credit = credits.trailing("……全部完成。（农业办）")
    assert credit is not None and credit.office == "农业办"


# --- 1.12 look-alikes and 1.13 editor codes ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "线索提供 林可舟 苗若溪",
        "（报料人韩先生 奖金50元）",
        "信息来源:郁文川 宣慕白",
        "柳湾大桥。图由青禾交投提供",
        "责任编辑:林可舟",
        "（责编:林可舟、甘棠）",
        "【责任编辑:林可舟】",
        "林可舟",  # an unmarked name alone: segmentation judges it by its place
        "秋收时节",
        "(完)",
        "（待续）",
        "（记者手记）",
        "（上接第1版）",
        "(附图片)",
        "（组图）",
        "王者归来",
        "李白 杜甫 白居易 王维 孟浩然",
        "06",
    ],
)
def test_look_alikes_are_no_credit_lines(text):
    assert credits.line(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "费雨桐（左二）在展会现场。",
        "……真让人高兴！”②7",
        "……持续到月底。J205",
        "……活动现场。（前排右三）",
        "咱柳湾镇(志愿者)的服务",
        "……报名截止。（上接第1版）",
        "……更多精彩。线索提供 林可舟 苗若溪",
    ],
)
def test_look_alikes_and_editor_codes_close_no_paragraph_with_a_credit(text):
    assert credits.trailing(text, bare=True) is None


def test_metadata_and_tip_offs_after_a_credit_are_not_names():
    credit = credits.trailing("……丰收在望。记者卜星野 摄 信息来源:郁文川 宣慕白")
    assert credit.names == ("卜星野",)


# --- names run together ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("林可舟苗若溪韩松岭", ("林可舟", "苗若溪", "韩松岭")),
        ("邰晴甘棠", ("邰晴", "甘棠")),
        ("欧阳明", ("欧阳明",)),
        ("半亩方塘", ("半亩方塘",)),  # a pen name: one name when it cannot be cut
        ("阿依古丽·买买提", ("阿依古丽·买买提",)),
        ("左二", None),
    ],
)
def test_names_run_together_are_cut_at_surnames(run, names):
    assert split_run(run) == names


def test_the_roster_or_the_pages_other_credits_decide_a_doubtful_cut():
    # 林可舟 苗若溪 or 林可 舟苗 ...: three-character names win; a known two-character name wins over that
    assert split_run("甘棠林可舟") == ("甘棠", "林可舟")
    assert split_run("林可舟甘棠") == ("林可舟", "甘棠")
    assert split_run("韩松岭费雨", known=frozenset({"韩松", "岭费雨"})) == ("韩松", "岭费雨")
    reading = credits.read_phrase("记者韩松岭费雨", known=frozenset({"韩松", "岭费雨"}))
    assert [p.name for p in reading.people] == ["韩松", "岭费雨"]


def test_a_person_knows_whether_they_took_the_picture():
    assert Person("林可舟", "记者", "摄").photographer
    assert Person("林可舟", "摄影", "").photographer
    assert not Person("林可舟", "记者", "文").photographer


# --- a page: every form signs its article, and the segmenter keeps the credits with their stories -------
FILL = "青禾县柳湾镇今年新建了三座蔬菜大棚，村民们在家门口就能找到活干，收入比去年明显增加。"
ARTS = [
    ("本报讯（记者林可舟）近日，" + FILL, None),
    ("本报讯(青禾日报全媒体记者韩松岭通讯员费雨桐)近日," + FILL, None),
    ("青禾日报/青禾网讯(记者吕清禾通讯员卜星野报道)近日," + FILL, None),
    ("青禾网消息(青禾都市报)(记者樊星河 通讯员伍柏舟 实习生鲁山青)近日," + FILL, None),
    ("青禾网青禾都市报记者车晓岚 井一帆 实习生邰晴 昨日上午，" + FILL, None),
    ("本报讯 " + FILL + "（苗若溪、见习记者 韩松岭）", None),
    ("本报讯 " + FILL, "（宣慕白）"),
    ("本报讯昨天上午，" + FILL, "文并摄戚小满"),
    ("本报讯 " + FILL, "晚报记者 乔立夏 通讯员 殷子衡/文\n晚报记者 樊星河/图"),
    ("□晚报记者 伍柏舟\n本报讯 " + FILL, None),
    ("□图/文 鲁山青\n" + FILL, None),
    ("■记者甘棠\n" + FILL, None),
    ("青禾日报/青禾网记者费雨桐吕清禾卜星野\n" + FILL, None),
    ("青禾日报记者 邰 晴\n" + FILL, None),
    (FILL + "（林可舟）", None),
    (FILL + "”（记者 费雨桐）", None),
    (FILL + "（青禾日报/青禾网记者郁文川通讯员宣慕白摄影）", None),
    (FILL + "        本报记者 樊星河", None),
    (FILL + " 青禾晚报记者 伍柏舟 摄", None),
    (FILL + " 新华社发（车晓岚摄）", None),
    (FILL + "”邰晴 甘棠", None),
    (FILL + "记者 苗若溪", "实习生 韩松岭 文/摄"),
    (FILL + "记者卜星野 摄 信息来源:郁文川 宣慕白", None),
    (FILL, "（农业办）"),
    (FILL, "记者 戚小满 摄\n06"),
    (FILL, "■ 本报记者 殷子衡\n本报通讯员 樊星河"),
    (FILL, "（甘棠/文 林可舟/摄）"),
    (FILL, "井一帆 摄影报道"),
    (FILL + "J205", "文并摄卜星野J311"),
]
HEADS = [
    "柳湾镇新建蔬菜大棚",
    "青禾县开展春耕培训",
    "城区新增三处停车场",
    "青禾网推出便民服务",
    "老街改造完工",
    "社区开展志愿服务",
    "图书馆延长开放时间",
    "青禾河治理见成效",
    "文化广场举办演出",
    "春季运动会开幕",
    "油菜花开引客来",
    "青禾中学举办科技节",
    "农产品展销会开幕",
    "青禾公交新开两条线路",
    "乡村道路全部硬化",
    "敬老院迎来新设备",
    "青禾县举办招聘会",
    "秋收已近尾声",
    "小麦收割过半",
    "候鸟来青禾过冬",
    "邻里互助暖人心",
    "研学之旅开启",
    "果园迎来丰收",
    "农田水利建设提速",
    "稻谷晾晒忙",
    "小区加装电梯",
    "夜市重新开放",
    "青禾湖畔赏春花",
    "社区食堂开业",
]
NAMES = [
    "林可舟", "韩松岭 费雨桐", "吕清禾 卜星野", "樊星河 伍柏舟 鲁山青", "车晓岚 井一帆 邰晴", "苗若溪 韩松岭", "宣慕白",
    "戚小满", "乔立夏 殷子衡 樊星河", "伍柏舟", "鲁山青", "甘棠", "费雨桐 吕清禾 卜星野", "邰晴", "林可舟", "费雨桐",
    "郁文川 宣慕白", "樊星河", "伍柏舟", "车晓岚", "邰晴 甘棠", "苗若溪 韩松岭", "卜星野", None, "戚小满", "殷子衡",
    "甘棠 林可舟", "井一帆", "卜星野",
]  # fmt: skip


def test_every_credit_form_on_a_page_signs_its_article():
    from desktop.proofing.pipeline import analyse, byline_of, document_from_text

    lines = []
    for (body, after), head in zip(ARTS, HEADS, strict=True):
        lines += [head, body] + ([after] if after else [])
    document = document_from_text("\n".join(lines) + "\n")
    articles = document.articles()
    assert [a.headline for a in articles] == HEADS
    assert [byline_of(a) for a in articles] == NAMES
    assert analyse(document, ["missing-byline"]) == ()
    office = credits.article_credits(articles[NAMES.index(None)])
    assert [c.office for c in office] == ["农业办"]


def test_credits_know_where_they_stand():
    from desktop.proofing.pipeline import document_from_text

    page = "柳湾镇新建蔬菜大棚\n本报讯（记者林可舟）近日，" + FILL + "\n青禾河治理见成效\n" + FILL + "（甘棠）\n"
    first, second = document_from_text(page).articles()
    (dateline,) = credits.signing_credits(first)
    assert (dateline.position, dateline.block, dateline.names, dateline.dateline) == (
        Position.FIRST_PARAGRAPH,
        1,
        ("林可舟",),
        True,
    )
    (closing,) = credits.signing_credits(second)
    text = second.blocks[-1].text
    assert (closing.position, closing.block, text[closing.start : closing.end]) == (Position.END, 3, "（甘棠）")


def test_the_pages_other_credits_and_the_roster_cut_names_run_together():
    from desktop.proofing.pipeline import document_from_text

    page = "柳湾镇新建蔬菜大棚\n" + FILL + "（记者 王明高 周丽）\n青禾河治理见成效\n" + FILL + "（记者王明高马亮）\n"
    articles = document_from_text(page).articles()
    assert credits.page_names(articles) == (("王明高", "周丽"), ("王明高", "马亮"))
    assert credits.byline_names(articles[1], frozenset({"王明", "高马亮"})) == ("王明", "高马亮")
    assert credits.byline_names(articles[1], frozenset({"王明高"})) == ("王明高", "马亮")


class _Roster:
    """A roster that knows 王明 and 周丽 (storage's ``RosterNames`` implements the same protocol)."""

    names = ("王明", "周丽")

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def nearest(self, name: str, limit: int = 3) -> list:
        return []


def test_the_roster_check_cuts_names_run_together_where_the_roster_knows_one():
    from desktop.proofing.pipeline import analyse, document_from_text

    document = document_from_text("柳湾镇新建蔬菜大棚\n" + FILL + "（记者王明高马亮 周丽）\n")
    findings = analyse(document, ["unknown-reporter"], roster=_Roster())
    assert [(f.subject, f.blocks) for f in findings] == [("高马亮", (1,))]
    (span,) = findings[0].spans
    assert document.blocks[1].text[span.start : span.end] == "高马亮"


# --- forms met on real pages beyond the catalogue (made-up text in the same forms) ---------------------
MORE_LINES = [
    ("■ 首席摄影记者 林可舟", [("林可舟", "首席摄影记者", "")]),
    (
        "青禾新闻·青禾晨报记者 苗若溪 韩松岭 摄影 费雨桐 吕清禾",
        [
            ("苗若溪", "青禾新闻·青禾晨报记者", ""),
            ("韩松岭", "青禾新闻·青禾晨报记者", ""),
            ("费雨桐", "摄影", ""),
            ("吕清禾", "摄影", ""),
        ],
    ),
    ("青禾晚报、青禾客户端记者 郁文川 文", [("郁文川", "青禾客户端记者", "文")]),
    ("车晓岚 图 井一帆 整理", [("车晓岚", "", "图"), ("井一帆", "", "整理")]),
    ("拍摄者:本报记者 邰晴", [("邰晴", "本报记者", "摄")]),
    ("报道组 甘棠 报道", [("甘棠", "报道组", "报道")]),
    ("本版文字 林可舟", [("林可舟", "", "文")]),
]


@pytest.mark.parametrize(("text", "people"), MORE_LINES)
def test_more_credit_lines_of_real_pages(text, people):
    assert _people(credits.line(text)) == people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("……拉开大幕。 青禾日报社全媒体记者 卜星野", ("卜星野",)),
        ("……早日搬离主干道。作者:宣慕白来源:青禾在线—青禾都市报", ("宣慕白",)),
        ("……纪录被刷新。记者戚小满 摄 信息来源 乔立夏 殷子衡", ("戚小满",)),
    ],
)
def test_more_run_on_credits_of_real_pages(text, names):
    assert credits.trailing(text).names == names


@pytest.mark.parametrize(
    ("lead", "agency", "names"),
    [
        ("【新华社青禾十四日电】柳湾讯：执行", "新华社", ()),
        ("青禾特区报讯 （记者 樊星河 伍柏舟）美丽", "青禾特区报", ("樊星河", "伍柏舟")),
    ],
)
def test_more_datelines_of_real_pages(lead, agency, names):
    credit = credits.dateline(lead)
    assert (credit.agency, credit.names, credit.signed) == (agency, names, True)


def _page(text: str):
    from desktop.proofing.pipeline import analyse, document_from_text

    document = document_from_text(text)
    return document, [f.article for f in analyse(document, ["missing-byline"])]


def test_a_readers_letter_signed_with_the_name_alone_on_the_last_line():
    document, missing = _page("柳湾路灯坏了\n青禾日报编辑部：\n" + FILL + "\n希望有关部门尽快修好。\n林可舟\n")
    assert missing == [] and credits.byline_names(document.articles()[0]) == ("林可舟",)


def test_a_run_on_credit_cut_by_the_column_wrap():
    page = "沙滩倩影\n4月10日天气晴好，江滩上的游人在沙滩上\n拍照，与江景融为一体。记\n者苗若溪 实习生韩松岭 摄\n"
    document, missing = _page(page)
    (credit,) = credits.signing_credits(document.articles()[0])
    assert missing == [] and credit.names == ("苗若溪", "韩松岭") and credit.block == 2


def test_a_dateline_cut_by_the_column_wrap_after_its_role_word():
    page = "自行车赛落幕\n本报青禾12月6日电 记者\n林可舟报道：第八届自行车赛今天在\n此间落幕。\n"
    document, missing = _page(page)
    assert missing == [] and credits.byline_names(document.articles()[0]) == ("林可舟",)


def test_an_outlet_line_over_the_closing_credit_line_is_part_of_the_credit_not_a_headline():
    page = "樱花迎来贵客\n" + FILL + "\n青禾都市报青禾新闻\n记者柯小川 通讯员刘铮 宋博 摄影报道\n"
    document, missing = _page(page)
    assert len(document.articles()) == 1 and missing == []
    page += "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    document, missing = _page(page)
    assert [block.starts_article for block in document.blocks] == [True, False, False, False, True, False]
    assert missing == []


def test_an_outlet_like_headline_over_a_top_credit_stays_a_headline():
    document, missing = _page("编织社区防护网\n记者 林可舟\n" + FILL + "\n")
    assert document.blocks[0].role is Role.HEADLINE and missing == []


def test_a_story_credited_in_its_lead_to_an_agency_is_signed():
    _, missing = _page("田径场刮起东北风\n本报讯 据新华社消息，随着田径赛场战火燃起，比赛进入高潮。\n")
    assert missing == []


def test_a_name_line_taken_for_the_next_kicker_still_signs_the_letter_above():
    page = "柳湾路灯坏了\n青禾日报编辑部：\n" + FILL + "\n希望有关部门尽快修好。\n林可舟\n山乡问诊忙\n" + FILL + "\n"
    document, missing = _page(page)
    letter, following = document.articles()
    assert letter.index not in missing and following.blocks[0].text == "林可舟"


def test_a_run_on_credit_cut_by_a_column_end_is_one_line_again():
    from desktop.proofing.continuation import credit_across
    from desktop.proofing.pipeline import analyse, document_from_text

    assert credit_across("……世界纪录被刷新。记者任", "勇 摄 信息来源 张静 刘季珩")
    assert not credit_across("……世界纪录被刷新。", "记者任勇 摄")  # (a credit line of its own)
    assert not credit_across("……世界纪录被刷新。记者任勇", "说，明天再来。")
    page = "桥塔封顶\n" + FILL + "纪录被刷新。记者任\n勇 摄 信息来源 张静 刘季珩\n樱花迎来贵客\n" + FILL + "（甘棠）\n"
    document = document_from_text(page)
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(1, 2)]


@pytest.mark.parametrize(
    ("text", "people", "agency"),
    [
        ("N青禾都市报 林可舟", [("林可舟", "", "")], "青禾都市报"),
        ("青禾日报全媒体记者/苗若溪 摄", [("苗若溪", "青禾日报全媒体记者", "摄")], ""),
        ("QHG全媒体记者 韩松岭 通讯员 费雨桐", [("韩松岭", "QHG全媒体记者", ""), ("费雨桐", "通讯员", "")], ""),
        ("本报记者 林可舟/摄 实习生 苗若溪/文", [("林可舟", "本报记者", "摄"), ("苗若溪", "实习生", "文")], ""),
        (
            "晚报记者 吕清禾 实习生 卜星野/文 晚报记者 郁文川/图 线索提供 宣先生",
            [("吕清禾", "晚报记者", "文"), ("卜星野", "实习生", "文"), ("郁文川", "晚报记者", "图")],
            "",
        ),
    ],
)
def test_credit_lines_with_a_papers_mark_a_latin_brand_or_a_tip_off_after_them(text, people, agency):
    credit = credits.line(text)
    assert (_people(credit), credit.agency) == (people, agency)


@pytest.mark.parametrize("text", ["NBA总决赛今晚开打", "N次元", "线索提供 宣先生"])
def test_lines_that_only_look_marked_are_no_credits(text):
    assert credits.line(text) is None


def test_a_brief_columns_credit_with_a_lost_mark_after_it():
    assert credits.trailing("……荣获辅导奖。 (卜星野)?").names == ("卜星野",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("本报记者 林可舟/摄 实习", "生 苗若溪/文"),
        ("晚报记者 韩松岭 实习生 费雨桐/文 晚报记", "者 吕清禾/图 线索提供 宣先生"),
        ("□晚报记者 卜星野/文 樊", "星河/图"),
    ],
)
def test_a_credit_line_wrapped_by_the_column_is_one_line_again(first, second):
    from desktop.proofing.continuation import credit_across

    assert credit_across(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("本报记者 林可舟", "通讯员 苗若溪 摄"), ("柳湾大桥合龙", "记者 林可舟"), ("记者 林可舟", "近日，柳湾镇")],
)
def test_credit_lines_next_to_each_other_or_to_text_stay_apart(first, second):
    from desktop.proofing.continuation import credit_across

    assert not credit_across(first, second)


def test_a_credit_line_wrapped_at_the_end_signs_the_story():
    page = "柳湾王莲受损\n" + FILL + "\n晚报记者 林可舟 实习生 苗若溪/文 晚报记\n者 韩松岭/图\n"
    document, missing = _page(page)
    assert missing == [] and credits.byline_names(document.articles()[0]) == ("林可舟", "苗若溪", "韩松岭")


def test_a_wrapped_credit_line_taken_for_a_headline_signs_the_story_above_and_is_not_flagged():
    from desktop.proofing.checks import run_checks
    from desktop.proofing.model import Block, Document, Role

    roles = [Role.HEADLINE, Role.BODY, Role.HEADLINE, Role.HEADLINE]
    texts = ["柳湾王莲受损", FILL, "晚报记者 林可舟 实习生 苗若溪/文 晚报记", "者 韩松岭/图"]
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i in (0, 2), indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    assert run_checks(Document(blocks), ["missing-byline"], None) == []
    unsigned = Document((*blocks[:3], blocks[3].with_text("者 韩松岭 说")))
    # (the titles below hold no sentence: no story of their own to flag)
    assert [f.blocks for f in run_checks(unsigned, ["missing-byline"], None)] == [(0,)]


# --- forms met on more real pages (made-up text) ------------------------------------------------------------


def test_a_marked_credit_signed_with_a_reporters_brand_of_the_paper():
    credit = credits.line("N青禾邦邦 林可舟")
    assert (_people(credit), credit.agency) == ([("林可舟", "", "")], "青禾邦邦")
    assert credits.line("N青禾邦邦 柳湾新桥通车") is None  # (no name after the brand)
    assert credits.line("青禾邦邦 林可舟") is None  # (no mark: a title as well as a credit)


def test_common_surnames_lai_and_fu_lead_bare_names():
    assert credits.bare_names("赖可舟 傅若溪") == ("赖可舟", "傅若溪")


def test_an_agency_dateline_in_lenticular_brackets_cut_by_the_column_wrap_signs_the_story():
    page = "柳湾大桥合龙\n【新华社青禾十四\n日电】柳湾讯：青禾大桥今天\n上午顺利合龙，预计年底通车。\n"
    _, missing = _page(page)
    assert missing == []


def test_a_website_dateline_cut_after_the_sites_name_is_one_line_again():
    from desktop.proofing.continuation import credit_across

    assert credit_across("青禾网", "讯（记者林可舟通讯员苗若溪）昨天，柳湾镇举行了春季运动会。")
    assert not credit_across("青禾网", "近日，柳湾镇举行了春季运动会。")
    page = "柳湾镇办运动会\n青禾网\n讯（记者林可舟通讯员苗若溪）昨天，柳湾镇举行了春季运动会。\n"
    document, missing = _page(page)
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(1, 2)] and missing == []


def test_a_credit_line_the_wrap_cut_inside_a_name_is_one_credit_line():
    from desktop.proofing.continuation import credit_across

    assert credit_across("青禾新闻·青禾晨报记者 林可舟 苗", "若溪 摄影 韩松岭 费雨桐")
    assert credit_across("……成为时代的印记。 林可舟 图 苗若", "溪 整理")
    assert not credit_across("……成为时代的印记。 林可舟 图", "苗若溪 整理")  # (two credits)
    page = (
        "柳湾古镇迎春\n" + FILL + "\n青禾新闻·青禾晨报记者 林可舟 苗\n若溪 摄影 韩松岭 费雨桐\n"
        "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    )
    document, missing = _page(page)
    assert [block.starts_article for block in document.blocks].count(True) == 2 and missing == []


def test_a_name_list_after_the_last_quote_ends_the_story_and_the_next_headline_stands():
    page = (
        "外地游客说青禾\n" + FILL + "乘客说，只要去比较近的地方，\n"
        "司机要么绕道，要么拒载，“就没有这样的情况发生。”林可舟 苗若溪\n"
        "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    )
    document, missing = _page(page)
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(1, 2)]
    assert document.blocks[3].starts_article and missing == []


def test_one_name_after_a_full_stop_may_be_the_next_sentences_subject():
    from desktop.proofing.continuation import _ends_with_names

    assert _ends_with_names("……情况发生。”林可舟 苗若溪")
    assert not _ends_with_names("……来了十多名年轻人。林可舟")


def test_a_letters_salutation_is_a_paragraph_of_its_own_and_no_heading():
    page = "柳湾路灯坏了\n四十盏景观灯不亮了\n青禾日报编辑部：\n" + FILL + "\n希望有关部门尽快修好。\n林可舟\n"
    document, missing = _page(page)
    assert analyse(document, ["broken-line-break"]) == () and missing == []
    assert document.blocks[2].role is Role.BODY


def test_a_name_alone_after_a_letter_and_before_chrome_signs_the_letter():
    page = "柳湾路灯坏了\n青禾日报编辑部：\n" + FILL + "\n希望有关部门尽快修好。\n林可舟\n上一篇\n下一篇\n"
    _, missing = _page(page)
    assert missing == []
    from desktop.proofing.checks import run_checks
    from desktop.proofing.model import Block, Document

    # (segmentation may take the name for a heading of its own: it still signs the letter above)
    roles = [Role.HEADLINE, Role.BODY, Role.HEADLINE, Role.CHROME]
    texts = ["柳湾路灯坏了", FILL, "林可舟", "上一篇"]
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i in (0, 2), indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    assert run_checks(Document(blocks), ["missing-byline"], None) == []
    unsigned = Document((*blocks[:2], blocks[2].with_text("柳湾新闻"), blocks[3]))
    # (the titles below hold no sentence: no story of their own to flag)
    assert [f.blocks for f in run_checks(unsigned, ["missing-byline"], None)] == [(0,)]


def test_who_supplied_the_picture_signs_it_when_a_person_does():
    assert _people(credits.line("苗若溪供图")) == [("苗若溪", "", "供图")]
    assert credits.line("苗若溪供图").photo
    assert credits.line("（受访单位供图）") is None  # (a unit lent the picture)
    page = "柳湾新麦归仓\n本报讯 6月9日下午，" + FILL + "本报记者林可舟\n苗若溪供图\n"
    page += "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    document, missing = _page(page)
    assert [block.starts_article for block in document.blocks] == [True, False, False, True, False]
    assert missing == []


def test_a_top_credit_line_the_column_wrapped_signs_the_story():
    page = "柳湾植树忙\n□晚报记者 林可舟/文 苗\n若溪/图\n植树活动现场。\n本报讯 又是一年植树时。\n" + FILL + "\n"
    document, missing = _page(page)
    assert missing == [] and credits.byline_names(document.articles()[0]) == ("林可舟", "苗若溪")


def test_a_credit_line_cut_inside_a_name_whose_rest_reads_as_a_credit_joins_it():
    page = "柳湾古镇迎春\n" + FILL + "\n青禾新闻·青禾晨报记者 林可舟 苗\n若溪 摄影 韩松岭 费雨桐\n"
    page += "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    document = _page(page)[0]
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(2, 3)]
    assert [block.starts_article for block in document.blocks] == [True, False, False, False, True, False]


def test_a_caption_the_wrap_cut_inside_a_quotation_is_one_caption_whatever_its_width():
    story = "昨天晚上，青禾县发布公告，宣布取消出入证管理。" * 3
    lines = [story[i : i + 14] for i in range(0, len(story), 14)]
    page = "柳湾生活如往昔\n①不少居民趁周末到“柳湾\n之鱼”公园内游玩\n" + "\n".join(lines) + "\n"
    document = _page(page)[0]
    assert (1, 2) in [f.blocks for f in analyse(document, ["broken-line-break"])]
    assert [block.starts_article for block in document.blocks].count(True) == 1


def test_a_run_on_photo_credit_cut_inside_a_name_joins_its_line_on_an_e_paper_copy():
    page = "沙滩倩影\n4月10日天气晴好，江滩上的游人在沙滩上拍照，与江景融为一体。记者苗若溪 实习生韩\n松岭 摄\n"
    page += "柳湾老街换新颜\n" + FILL + "（甘棠）\n"
    document, missing = _page(page)
    assert [f.blocks for f in analyse(document, ["broken-line-break"])] == [(1, 2)] and missing == []


def test_a_caption_closed_by_its_photographer_is_complete_at_any_width():
    from desktop.proofing.classify import LineKind
    from desktop.proofing.continuation import PageStats
    from desktop.proofing.segment import _wrapped_caption

    stats = PageStats(typical_length=30.0, wrap_width=28)
    kinds = [LineKind.CAPTION, LineKind.TEXT]
    assert _wrapped_caption(["▲居民在小区花园里散步 林可舟 摄", "最高桥塔诞生"], kinds, 0, stats) is None
    assert _wrapped_caption(["▲居民在小区花园里散步，孩子", "们在草地上追逐嬉戏"], kinds, 0, stats) is not None
    assert _wrapped_caption(["▲居民在小区花园里散步，在柳湾镇拍摄", "的孩子们"], kinds, 0, stats) is not None


def test_a_line_ending_with_a_verb_whose_object_is_a_clause_goes_on_in_the_next():
    from desktop.proofing.continuation import PageStats, assess_break

    stats = PageStats(typical_length=40.0, wrap_width=None)
    assert assess_break("售货员林可舟也觉得", "自己很冤，当时天太黑了。", stats).strong
    assert not assess_break("市民希望", "柳湾老街早日改造完工。", stats).joins  # (too short to be a clause's start)


def test_a_paper_is_any_name_ending_in_bao_before_the_role_word():
    assert _people(credits.line("青禾工人报记者 林可舟")) == [("林可舟", "青禾工人报记者", "")]
    assert _people(credits.trailing("现场气氛温馨。 青禾农村报记者 苗若溪 摄")) == [("苗若溪", "青禾农村报记者", "摄")]


def test_a_name_after_the_last_sentence_that_no_credit_form_reads_is_named_evidence():
    from desktop.proofing.pipeline import document_from_text

    document = document_from_text("柳湾老街换新颜\n" + FILL + "线索提供 林可舟\n")
    (finding,) = analyse(document, ["missing-byline"])
    assert "name_in_tail" in finding.features
    document = document_from_text("柳湾老街换新颜\n" + FILL + "J328\n")
    (finding,) = analyse(document, ["missing-byline"])
    assert "short_tail_after_last_sentence" in finding.features and "name_in_tail" not in finding.features


def test_where_the_picture_is_is_no_credit():
    assert credits.trailing("……栽下了一片“青禾林”。（见上图）", bare=True) is None
    assert credits.line("（见右图）") is None and credits.line("（左二）") is None


# --- forms met on the second held-out set (made-up text of the same forms) ----------------------------


def test_a_paper_named_by_its_kind_alone_opens_a_dateline_only_before_a_date_or_xun():
    credit = credits.dateline("时报3月5日讯(见习记者 林可舟)今天,青禾县")
    assert (credit.agency, credit.names) == ("时报", ("林可舟",))
    unnamed = credits.dateline("晚报讯 近日，柳湾镇")
    assert unnamed is not None and not unnamed.signed  # a paper's own dateline names nobody
    assert credits.dateline("警报电话响起，青禾县") is None
    assert credits.dateline("周报讯 近日，柳湾镇") is None  # (not a kind of paper: no agency made up of it)


def test_when_the_pictures_were_taken_stands_between_the_names_and_the_job():
    credit = credits.dateline("（记者 林可舟苗若溪韩松岭昨晚9时摄影报道）昨晚，一轮满月")
    assert credit.names == ("林可舟", "苗若溪", "韩松岭") and credit.photo
    assert _people(credits.trailing("游人如织。本报记者 林可舟 3月5日摄")) == [("林可舟", "本报记者", "摄")]


def test_a_desks_reporter_signs_a_run_on_photo_report():
    credit = credits.trailing("街面一片狼藉。图片中心记者林可舟摄影报道")
    assert _people(credit) == [("林可舟", "图片中心记者", "摄影报道")]
    assert _people(credits.line("视觉中心记者 苗若溪 摄")) == [("苗若溪", "视觉中心记者", "摄")]


def test_a_list_of_names_run_together_before_a_photo_job_may_hold_one_rare_surname():
    credit = credits.trailing("准备欢欢喜喜过大年。林可舟郄山苗若溪岳青韩松摄")
    assert credit is not None and credit.names == ("林可舟", "郄山", "苗若溪", "岳青", "韩松") and credit.photo
    assert credits.trailing("准备欢欢喜喜过大年。郄山郄水郄云摄") is None  # (one stranger at most)


@pytest.mark.parametrize(
    ("text", "agency", "office"),
    [
        ("……运走鞭炮碎屑近600吨。新华社发", "新华社", ""),
        ("游人在杏花园里游玩。（□新华社发）", "新华社", ""),
        ("……参加培训。本报通讯员 摄", "", "本报通讯员"),
    ],
)
def test_a_wire_picture_or_the_papers_staff_signs_without_a_name(text, agency, office):
    credit = credits.trailing(text)
    assert credit is not None and (credit.agency, credit.office, credit.signed) == (agency, office, True)
    assert credits.line(text.split("。")[-1]).signed


def test_a_mark_inside_the_closing_bracket_does_not_hide_the_credit():
    credit = credits.trailing("游客在青禾湖公园内赏花。（□新华社记者 林可舟 报道）")
    assert _people(credit) == [("林可舟", "新华社记者", "报道")]


def test_a_note_of_thanks_in_brackets_after_the_credit_line():
    line = "本报记者 林可舟 （感谢苗女士提供新闻线索，请于周三下午到本报领取线索费）"
    assert _people(credits.line(line)) == [("林可舟", "本报记者", "")]
    assert credits.line("（感谢苗女士提供新闻线索，请于周三下午到本报领取线索费）") is None


def test_a_portal_author_line_with_its_source_run_on():
    assert _people(credits.line("作者:林可舟来源:青禾在线—青禾都市报")) == [("林可舟", "", "文")]
    assert credits.line("来源:青禾在线—青禾都市报") is None


def test_a_staff_reporters_photo_credit_closing_a_caption_signs_the_story():
    page = "柳湾集市开张了\n柳湾集市 青禾晚报全媒体记者 林可舟 摄\n" + FILL + "\n"
    document, missing = _page(page)
    assert document.blocks[1].role is Role.CAPTION and missing == []
    credit = credits.caption_credit("柳湾集市 青禾晚报全媒体记者 林可舟 摄")
    assert credit is not None and credit.names == ("林可舟",)
    assert credits.caption_credit("柳湾集市 林可舟 摄") is None  # (two words of the caption, perhaps)


def test_a_dateline_under_a_caption_read_as_text_signs_the_story():
    lead = "本报讯（记者 林可舟）随着中元节文明祭扫观念深入人心，"
    page = "江边烧纸污染环境\n江边残留的纸堆及灰烬。\n" + lead + FILL + "\n"
    document, missing = _page(page)
    assert missing == [] and credits.byline_names(document.articles()[0]) == ("林可舟",)


def test_a_wrapped_credit_over_a_short_leftover_line_of_the_page_signs_the_story():
    page = (
        "柳湾窨井何时闭嘴\n青禾县柳湾镇的窨井大多没有井盖，行人经过时十分危\n险，附近居民盼望有关部门尽快处理。本报记\n"
        "者林可舟 实习生苗若溪\n往日回顾：\n"
    )
    document, missing = _page(page)
    assert missing == [] and credits.is_signed(document.articles()[0])


@pytest.mark.parametrize(
    ("first", "second"),
    [("晚报3月5", "日讯（见习记者 林可舟）今天，青禾县"), ("（记者 林", "可舟苗若溪昨晚9时摄影报道）昨晚，柳湾镇")],
)
def test_a_dateline_an_e_paper_copy_cut_in_a_short_first_line_signs_the_story(first, second):
    document, missing = _page(f"柳湾新景\n{first}\n{second}{FILL}\n")
    assert missing == [] and "林可舟" in credits.byline_names(document.articles()[0])


def test_a_run_on_credit_cut_by_the_line_end_signs_the_story_even_with_text_below_it():
    from desktop.proofing.checks import run_checks
    from desktop.proofing.model import Block, Document, Role

    # (the next story's headline and credit line were read as text of this one)
    texts = ["柳湾小学入选示范校", FILL + "占全省的十分之", "一。（记者 林可舟 通讯", "员 苗若溪）"]
    texts += ["柳湾座椅不雅观", FILL]
    roles = [Role.HEADLINE, *[Role.BODY] * 5]
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i == 0, indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    assert run_checks(Document(blocks), ["missing-byline"], None) == []
    unsigned = Document((*blocks[:3], blocks[3].with_text("员都很满意"), *blocks[4:]))
    assert [f.blocks for f in run_checks(unsigned, ["missing-byline"], None)] == [(0,)]


def test_a_caption_credit_the_wrap_cut_over_two_lines_signs_the_story():
    from desktop.proofing.checks import run_checks
    from desktop.proofing.model import Block, Document, Role

    texts = ["柳湾集市开张了", "柳湾集市 青禾晚报全媒体记", "者 林可舟 摄", FILL]
    roles = [Role.HEADLINE, Role.SUBTITLE, Role.CAPTION, Role.BODY]
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i == 0, indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    assert run_checks(Document(blocks), ["missing-byline"], None) == []
    unsigned = Document((*blocks[:2], blocks[2].with_text("者 林可舟 说"), blocks[3]))
    assert [f.blocks for f in run_checks(unsigned, ["missing-byline"], None)] == [(0,)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("本报特派记者 林可舟", [("林可舟", "本报特派记者", "")]),
        ("主任记者 林可舟 视频记者 苗若溪", [("林可舟", "主任记者", ""), ("苗若溪", "视频记者", "")]),
        ("新媒体记者 林可舟", [("林可舟", "新媒体记者", "")]),
        ("本报实习生 林可舟", [("林可舟", "本报实习生", "")]),
        ("青禾县融媒体中心记者 林可舟", [("林可舟", "青禾县融媒体中心记者", "")]),
        ("记者｜林可舟", [("林可舟", "记者", "")]),
        ("★本报记者 林可舟", [("林可舟", "本报记者", "")]),
        ("文·林可舟 图·苗若溪", [("林可舟", "", "文"), ("苗若溪", "", "图")]),
        ("图文/林可舟", [("林可舟", "", "文/图")]),
        ("口述：林可舟 整理：苗若溪", [("林可舟", "", "文"), ("苗若溪", "", "整理")]),
        ("林可舟（作者系青禾大学教授）", [("林可舟", "", "")]),
    ],
)
def test_more_roles_jobs_and_marks_of_credit_lines(text, people):
    assert _people(credits.line(text)) == people


def test_a_county_newsroom_and_its_reporter_in_brackets():
    credit = credits.line("（青禾县融媒体中心 林可舟）")
    assert (credit.agency, credit.names) == ("青禾县融媒体中心", ("林可舟",))


@pytest.mark.parametrize("note", ["（作者系青禾大学教授）", "（作者单位：青禾县柳湾镇政府）"])
def test_who_the_author_is_signs_the_story(note):
    assert credits.line(note).signed and credits.trailing("……这就是柳湾的故事。" + note).signed
    assert credits.line("他说（作者系青禾大学教授）") is None


def test_a_papers_digest_of_several_sources_notes_its_source():
    assert credits.is_source_note("（本报综合青禾新闻、青禾网、柳湾客户端）")


def test_a_headline_holding_a_clause_break_is_named_evidence_of_a_piece_of_text():
    from desktop.proofing.pipeline import document_from_text

    document = document_from_text("柳湾新街亮灯，老街坊笑开颜\n" + FILL + "\n")
    (finding,) = analyse(document, ["missing-byline"])
    assert "headline_clause" in finding.features and finding.confidence < 0.7
    document = document_from_text("柳湾“早，晚”两市开张\n" + FILL + "\n")
    (finding,) = analyse(document, ["missing-byline"])
    assert "headline_clause" not in finding.features


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("青禾融媒记者 林可舟", [("林可舟", "青禾融媒记者", "")]),
        ("特约撰稿人 林可舟", [("林可舟", "特约撰稿人", "")]),
        ("执笔：林可舟", [("林可舟", "", "文")]),
    ],
)
def test_a_media_brands_reporters_and_the_writer_of_a_piece(text, people):
    assert _people(credits.line(text)) == people


@pytest.mark.parametrize(
    ("text", "office", "source"),
    [
        ("（青禾县委宣传部供稿）", "青禾县委宣传部", ""),
        ("（新华社）", "", "新华社"),
        ("（青禾日报）", "", "青禾日报"),
        ("（青禾网）", "", "青禾网"),
    ],
)
def test_an_office_that_supplied_the_story_or_the_outlet_it_came_from_signs_it(text, office, source):
    for credit in (credits.line(text), credits.trailing("……活动圆满结束。" + text)):
        assert credit is not None and (credit.office, credit.source, credit.names, credit.signed) == (
            office,
            source,
            (),
            True,
        )


@pytest.mark.parametrize("text", ["（本报）", "（图片新闻）", "（网）"])
def test_the_paper_itself_or_a_column_label_in_brackets_signs_nothing(text):
    assert credits.line(text) is None


def test_a_lower_dateline_does_not_sign_a_story_whose_text_above_is_signed():
    from desktop.proofing.model import Block, Document, Role

    texts = ["柳湾秋收忙", FILL + "（林可舟）", "柳湾又有新变化", "本报讯（记者 苗若溪）" + FILL]
    roles = [Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY]  # (two stories merged into one)
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i == 0, indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    (article,) = Document(blocks).articles()
    assert "苗若溪" not in (credits.byline_names(article) or ())
    captioned = Document((*blocks[:1], blocks[1].with_text("柳湾河畔的晨景。"), *blocks[2:]))
    assert credits.byline_names(captioned.articles()[0]) == ("苗若溪",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("……活动结束。（林可舟）（完）", ("林可舟",)),
        ("……活动结束。（记者 林可舟）【责任编辑：苗若溪】", ("林可舟",)),
        ("……活动结束。本报记者 林可舟 青禾报道", ("林可舟",)),
    ],
)
def test_a_run_on_credit_with_the_end_mark_the_desk_or_the_place_filed_from(text, names):
    assert credits.trailing(text, bare=True).names == names


def test_a_credit_line_with_the_desk_after_it_and_a_video_maker():
    assert credits.line("记者 林可舟 通讯员 苗若溪 编辑 韩松岭").names == ("林可舟", "苗若溪")
    assert _people(credits.line("记者 林可舟 视频 苗若溪")) == [("林可舟", "记者", ""), ("苗若溪", "视频", "")]
    assert credits.line("责任编辑：韩松岭") is None and credits.trailing("……活动结束。（完）") is None


@pytest.mark.parametrize(
    ("text", "office"), [("（本报通讯员）", "本报通讯员"), ("（青禾县委宣传部）", "青禾县委宣传部")]
)
def test_the_papers_staff_or_a_department_alone_in_brackets_signs(text, office):
    credit = credits.trailing("……活动圆满结束。" + text)
    assert (credit.office, credit.signed) == (office, True)


def test_a_story_whose_last_sentence_is_followed_by_its_source_is_not_flagged():
    _, missing = _page("柳湾航线开通\n" + FILL + "柳湾港至青禾港航线正式开通。（据青禾日报）\n")
    assert missing == []
    _, missing = _page("柳湾航线开通\n" + FILL + "柳湾港至青禾港航线正式开通。\n")
    assert missing == [0]


def test_page_chrome_read_as_an_article_is_no_unsigned_story():
    # a site's teaser under the story, its text cut off mid-sentence: no sentence, no story to sign
    chrome = "新闻推荐\n柳湾镇老年大学开学\n早期症状：活动时肩关节有弹响，首先要对肩膀的结构有一个初步的认识，肩\n"
    document, missing = _page("柳湾老街换新颜\n" + FILL + "（林可舟）\n" + chrome)
    assert len(document.articles()) == 2 and missing == []
    # a one-sentence brief is a story all the same, and a PDF column wraps its sentence over lines
    _, missing = _page("柳湾老街换新颜\n" + FILL + "（林可舟）\n青禾简讯\n柳湾镇今年新修村道\n十二公里，年底通车。\n")
    assert missing == [1]


@pytest.mark.parametrize("phrase", ["游客争相拍摄", "游客拍摄", "居民争相拍照"])
def test_words_of_a_sentence_cut_at_surnames_are_no_names(phrase):
    assert credits.read_phrase(phrase) is None
    _, missing = _page("柳湾灯会开幕\n" + FILL + "\n夜幕降临，彩灯亮起，游客争相拍摄\n")
    assert missing == [0]


@pytest.mark.parametrize(
    ("phrase", "names"),
    [("林可舟苗若溪韩松岭摄", ("林可舟", "苗若溪", "韩松岭")), ("高峰 摄", ("高峰",)), ("记者 居民 摄", ("居民",))],
)
def test_names_that_are_words_still_sign_where_nothing_else_is_cut(phrase, names):
    reading = credits.read_phrase(phrase)
    assert reading is not None and tuple(person.name for person in reading.people) == names


@pytest.mark.parametrize(
    ("text", "names", "office"),
    [
        ("今年的收成比去年好。【林可舟】", ("林可舟",), ""),
        ("今年的收成比去年好。〔林可舟 苗若溪〕", ("林可舟", "苗若溪"), ""),
        ("今年的收成比去年好。[记者 林可舟]", ("林可舟",), ""),
        ("今年的收成比去年好。——林可舟", ("林可舟",), ""),
        ("今年的收成比去年好。（青禾县公安局 林可舟）", ("林可舟",), "青禾县公安局"),
        ("今年的收成比去年好。（柳湾镇政府 苗若溪 韩松岭）", ("苗若溪", "韩松岭"), "柳湾镇政府"),
    ],
)
def test_run_on_credits_in_other_brackets_after_a_dash_or_under_a_unit(text, names, office):
    credit = credits.trailing(text, bare=True)
    assert credit is not None and (credit.names, credit.office, credit.signed) == (names, office, True)


@pytest.mark.parametrize("text", ["【新闻链接】", "【高考】", "【延伸阅读】", "[图片新闻]", "【编者按】"])
def test_labels_in_square_brackets_are_no_credits(text):
    assert credits.line(text) is None and credits.trailing("今年的收成比去年好。" + text, bare=True) is None


def test_a_dash_before_names_signs_only_at_the_story_end():
    assert credits.trailing("今年的收成比去年好。——林可舟") is None  # (a paragraph inside: a quote's source)
    _, missing = _page("柳湾老街换新颜\n" + FILL + "——林可舟\n")
    assert missing == []


def test_a_wrapped_credit_stays_a_credit_under_a_long_footer_line_taken_for_text():
    from desktop.proofing.checks import run_checks
    from desktop.proofing.model import Block, Document, Role

    texts = [
        "柳湾老街换新颜",
        "青禾县柳湾镇老街改造完工，街面焕然",
        "一新，村民们在家门口就能逛集市。",
        "本报记者 林可舟 （感谢苗女士提供新闻线索，",
        "请持本人有效证件于周三下午到",
        "本报领取线索费）",
        "青禾网意见反馈留言板 电话：0719-8110110   欢迎批评指正",
    ]
    roles = [Role.HEADLINE] + [Role.BODY] * (len(texts) - 1)
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i == 0, indent="", origin=(i,), blank_before=False)
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    assert run_checks(Document(blocks), ["missing-byline"], None) == []
    # a line of the story's own text below the credit is no leftover: the credit does not sign from there
    story_line = blocks[-1].with_text("柳湾镇的村民们说，老街的样子又回来了，大家都很高兴。")
    assert [f.check for f in run_checks(Document((*blocks[:-1], story_line)), ["missing-byline"], None)] == [
        "missing-byline"
    ]


@pytest.mark.parametrize(
    ("text", "role", "job"),
    [
        ("社区记者 林可舟", "社区记者", ""),
        ("柳湾办记者 林可舟 文/图", "柳湾办记者", "文/图"),
        ("青禾传媒记者林可舟摄", "青禾传媒记者", "摄"),
        ("□ 乡村频道通讯员 苗若溪", "乡村频道通讯员", ""),
    ],
)
def test_a_reporter_qualified_by_any_desk_or_brand_signs_a_credit_line(text, role, job):
    credit = credits.line(text)
    assert credit is not None
    assert [(p.role, p.job) for p in credit.people] == [(role, job)]
    assert credit.names[0] in ("林可舟", "苗若溪")


@pytest.mark.parametrize(
    "text",
    [
        "市民告诉记者 林可舟",  # a clause's words before 记者
        "他对记者林可舟说",  # names run on with no job: a sentence cut by the line end
        "社区记者林可舟",  # run together and nothing closes it
        "社区记者",  # nobody named
    ],
)
def test_a_qualified_reporter_needs_names_set_apart_or_closed_by_a_job(text):
    assert credits.line(text) is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("青禾晨报现场新闻（记者 林可舟）昨日下午，柳湾镇一辆货车侧翻。", "青禾晨报现场新闻"),
        ("晚报热线1234567讯 (记者苗若溪)有村民反映，路灯坏了半个月。", "晚报热线1234567讯"),
    ],
)
def test_reporters_in_brackets_after_a_lead_of_the_papers_own_wording(text, agency):
    credit = credits.dateline(text)
    assert credit is not None and credit.agency == agency and len(credit.names) == 1


@pytest.mark.parametrize(
    "text",
    [
        "村民林可舟（化名）昨日说，路灯坏了半个月。",  # no role: a name's note
        "昨日，记者（林可舟）来到柳湾镇采访。",  # a clause before the bracket
        "月20日电（通讯员 林可舟）柳湾镇的新路通车了。",  # the second piece of a dateline the line end cut
    ],
)
def test_a_bracket_without_a_role_or_after_a_clause_is_no_opening_credit(text):
    assert credits.dateline(text) is None


def test_stories_signed_by_a_qualified_reporter_or_a_led_bracket_are_not_flagged():
    _, missing = _page("柳湾老街换新颜\n" + FILL + "\n社区记者 林可舟\n")
    assert missing == []
    _, missing = _page("柳湾老街换新颜\n青禾晨报现场新闻（记者 林可舟）昨日，" + FILL + "\n")
    assert missing == []
    _, missing = _page("柳湾老街换新颜\n" + FILL + "\n")
    assert missing == [0]


def test_a_teaser_that_tells_the_next_storys_opening_again_is_no_unsigned_story():
    teaser = "柳湾镇老街改造完工，村民们在家门口就能逛集市。"
    story = "本报讯（记者 林可舟）" + teaser + "改造历时半年，街面焕然一新，游客比去年多了不少。"
    _, missing = _page("青禾网主办\n" + teaser + "\n柳湾老街换新颜\n" + story + "\n")
    assert missing == []
    # a brief of its own above the story is flagged: it says what the story below does not
    brief = "青禾县图书馆今年新增图书两万册，市民借阅更方便了。"
    _, missing = _page("书香青禾\n" + brief + "\n柳湾老街换新颜\n" + story + "\n")
    assert missing == [0]


def test_a_line_of_wrapped_text_with_a_clause_break_taken_for_a_headline_is_no_unsigned_story():
    from desktop.proofing.chars import display_width
    from desktop.proofing.checks.missing_byline import wrapped_text_as_headline
    from desktop.proofing.continuation import PageStats
    from desktop.proofing.model import Block, Document, Role

    line = "现，柳湾镇的游客大多自觉把垃圾"  # a story's line cut at the column width, a clause break inside
    texts = [line, "扔进路边的垃圾桶，街面干净整洁。", "青禾县今年新建了三座蔬菜大棚。"]
    roles = [Role.HEADLINE, Role.BODY, Role.BODY]
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=i == 0, origin=(i,))
        for i, (text, role) in enumerate(zip(texts, roles, strict=True))
    )
    (article,) = Document(blocks).articles()
    width = display_width(line)
    assert wrapped_text_as_headline(article, PageStats(typical_length=16.0, wrap_width=width))
    # not on a page that does not wrap at a fixed width, nor when the line is narrower than the column
    assert not wrapped_text_as_headline(article, PageStats(typical_length=16.0, wrap_width=None))
    assert not wrapped_text_as_headline(article, PageStats(typical_length=16.0, wrap_width=width + 8))
    # a headline without a clause break as wide as the column stays a headline
    plain = Document((blocks[0].with_text("柳湾镇游客自觉把垃圾扔进桶里了"), *blocks[1:])).articles()[0]
    assert not wrapped_text_as_headline(plain, PageStats(typical_length=16.0, wrap_width=display_width(plain.headline)))


# --- session 15: a story whose end is not on the page as read --------------------------------------------


def test_a_story_whose_last_line_stops_inside_a_sentence_is_not_called_unsigned():
    from desktop.proofing.checks.missing_byline import end_unseen

    # the first piece of a story a false start split: its end, and the credit there, are in the other piece
    _, missing = _page("柳湾老街换新颜\n" + FILL + "\n镇上还将在老街两侧栽种银杏，\n")
    assert missing == []
    # a column cut in mid-word, and a line of the page's furniture read as the last line of text
    _, missing = _page("柳湾老街换新颜\n" + FILL + "\n改造后的老街将于下月对\n")
    assert missing == []
    _, missing = _page("柳湾老街换新颜\n" + FILL + "\n欢迎关注青禾网官方微信平台\n")
    assert missing == []
    # a story that closes its last sentence and names nobody is flagged, an editor's code or a desk note after
    # it changes nothing
    for tail in ("\n", "J205\n", "\n责任编辑：苗若溪\n", "线索提供 韩松岭\n"):
        document, missing = _page("柳湾老街换新颜\n" + FILL + "\n游客比去年多了不少。" + tail)
        assert missing == [0], tail
        assert not end_unseen(document.articles()[0])
    # a closing quote, bracket or ellipsis ends a sentence too
    for last in ("他说：“路修好了，果子也好卖了。”", "（完）", "日子越过越红火……"):
        _, missing = _page("柳湾老街换新颜\n" + FILL + "\n" + last + "\n")
        assert missing == [0], last


# --- session 16: a story's own end under lines of the page's own and chrome ------------------------------------


def _hand_page(lines: list[tuple[str, str]]):
    """A page whose roles are given (``h`` headline, ``b`` body, ``c`` chrome): what the chrome reading found."""
    from desktop.proofing.model import Block, Document, Role

    roles = {"h": Role.HEADLINE, "b": Role.BODY, "c": Role.CHROME}
    blocks = tuple(
        Block(uid=i, text=text, role=roles[role], starts_article=role == "h", origin=(i,))
        for i, (role, text) in enumerate(lines)
    )
    return Document(blocks)


def _flagged(document) -> list[int]:
    from desktop.proofing.checks import missing_byline
    from desktop.proofing.checks.context import CheckContext

    return [finding.article for finding in missing_byline.run(CheckContext(document))]


def test_foreign_tail_a_line_of_the_pages_own_over_chrome_does_not_hide_the_storys_end():
    from desktop.proofing.checks.missing_byline import end_unseen

    story = [("h", "柳湾老街换新颜"), ("b", FILL), ("b", "游客比去年多了不少。")]
    # a pointer and another story's title, read as text, between the finished story and the chrome under it
    tail = [("b", "往期回顾："), ("b", "图书馆延长开放时间 市民夜读有了去处")]
    document = _hand_page([*story, *tail, ("c", "网站首页 | 新闻中心 | 联系我们")])
    assert _flagged(document) == [0]
    article = document.articles()[0]
    assert end_unseen(article) and not end_unseen(article, chrome_below=True)
    # one line of a promotion is a tail too
    assert _flagged(_hand_page([*story, ("b", "扫码下载客户端，看更多精彩内容"), ("c", "网站首页 | 联系我们")])) == [0]


def test_foreign_tail_needs_the_chrome_under_it_a_finished_sentence_over_it_and_no_word_of_the_story():
    story = [("h", "柳湾老街换新颜"), ("b", FILL), ("b", "游客比去年多了不少。")]
    chrome = ("c", "网站首页 | 新闻中心 | 联系我们")
    # no chrome under it: the page may have cut the story (a pointer line or not, its end is not seen)
    assert _flagged(_hand_page([*story, ("b", "扫码下载客户端，看更多精彩内容")])) == []
    # the story's own paragraph cut short over the chrome: it shares the story's words
    assert _flagged(_hand_page([*story, ("b", "柳湾镇的蔬菜大棚明年还将扩建，村民们"), chrome])) == []
    # no finished sentence over the lines: the story's last paragraph runs into them
    cut = [("h", "柳湾老街换新颜"), ("b", FILL), ("b", "游客比去年多了不少，"), ("b", "扫码下载客户端")]
    assert _flagged(_hand_page([*cut, chrome])) == []
    # three lines or more under the story are not the few lines a site prints between a story and its chrome
    long_tail = [("b", "往期回顾："), ("b", "图书馆延长开放时间"), ("b", "夜市开张 市民逛吃有好去处")]
    assert _flagged(_hand_page([*story, *long_tail, chrome])) == []
    # the flag names its evidence
    from desktop.proofing.checks import missing_byline
    from desktop.proofing.checks.context import CheckContext

    document = _hand_page([*story, ("b", "扫码下载客户端，看更多精彩内容"), chrome])
    (finding,) = missing_byline.run(CheckContext(document))
    assert "foreign_tail" in finding.features


def _hand_heading_page(lines: list[tuple[str, str]]):
    from desktop.proofing.model import Block, Document, Role

    roles = {"h": Role.HEADLINE, "s": Role.SUBTITLE, "b": Role.BODY, "c": Role.CHROME}
    blocks = tuple(
        Block(uid=i, text=text, role=roles[role], starts_article=i == 0, origin=(i,))
        for i, (role, text) in enumerate(lines)
    )
    return Document(blocks)


def test_headline_apart_the_flag_points_at_the_storys_own_heading_under_a_line_of_the_pages_own():
    from desktop.proofing.checks import missing_byline
    from desktop.proofing.checks.context import CheckContext

    story = [("b", FILL), ("b", "村民们说，大棚里的蔬菜明年还要多种几样。")]
    # a navigation trail taken for the headline, the story's own title under it as a subtitle
    document = _hand_heading_page([("h", "当前位置：首页 > 本地快讯"), ("s", "柳湾镇新建蔬菜大棚"), *story])
    (finding,) = missing_byline.run(CheckContext(document))
    assert finding.blocks == (1,) and "柳湾镇新建蔬菜大棚" in finding.message
    assert "headline_apart" in finding.features
    # a headline that takes up the story's words keeps the flag, whatever the subtitle says
    document = _hand_heading_page([("h", "蔬菜大棚建到家门口"), ("s", "柳湾镇新建三座"), *story])
    (finding,) = missing_byline.run(CheckContext(document))
    assert finding.blocks == (0,) and "headline_apart" not in finding.features
    # no subtitle that takes them up either: the headline it is
    document = _hand_heading_page([("h", "春风又绿江南岸"), ("s", "来自基层的报道"), *story])
    (finding,) = missing_byline.run(CheckContext(document))
    assert finding.blocks == (0,) and "headline_apart" not in finding.features


def test_pauses_a_list_of_titles_taken_for_a_story_is_not_called_unsigned():
    from desktop.proofing.checks.missing_byline import pauses

    # a site's list of other stories, read as a headline over text: sentences, but not one pause in them
    titles = [("h", "青禾要闻"), ("b", "柳湾镇新建三座蔬菜大棚 村民家门口就业")]
    titles.append(("b", "老街改造完工了吗？游客说说看法吧。"))
    document = _hand_page(titles)
    assert _flagged(document) == [] and not pauses(document.articles()[0])
    # a story, a one-sentence brief too, pauses inside its sentences: flagged when it names nobody
    brief = [("h", "青禾图书馆延时开放"), ("b", "青禾县图书馆自下周起延长开放时间，市民晚上也能借书。")]
    document = _hand_page(brief)
    assert _flagged(document) == [0] and pauses(document.articles()[0])
    listing = [("h", "柳湾老街换新颜"), ("b", "老街新铺了青石板、栽了银杏、修了路灯。")]
    assert _flagged(_hand_page(listing)) == [0]
