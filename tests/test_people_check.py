"""The people check on made-up sentences and a made-up desk list: what it must flag, what it must leave alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.proofing import desk_lists, fixes
from desktop.proofing.desk_lists import DeskLists, Person
from desktop.proofing.pipeline import analyse, document_from_text

PEOPLE = (
    Person("林可舟", "市委书记", 1),
    Person("苗若溪", "市委副书记、市长", 2),
    Person("顾远山", "市人大常委会主任", 3),
    Person("沈青禾", "市政协主席", 4),
    Person("郑晓帆", "副市长", 5),
    Person("王刚", "市委常委、秘书长", 6),
)


@pytest.fixture
def desk_list() -> Iterator[None]:
    desk_lists.install(DeskLists(people=PEOPLE))
    yield
    desk_lists.install(DeskLists())


@pytest.fixture
def no_list() -> Iterator[None]:
    desk_lists.install(DeskLists())
    yield


def _found(body: str) -> list:
    document = document_from_text(f"青禾县召开秋收工作会议\n{body}\n")
    return [f for f in analyse(document, ["people-names"])]


def _flagged(body: str) -> list[str]:
    document = document_from_text(f"青禾县召开秋收工作会议\n{body}\n")
    out = []
    for finding in analyse(document, ["people-names"]):
        span = finding.spans[0]
        out.append(document.blocks[span.block].text[span.start : span.end])
    return out


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("昨天，市长林可舟主持召开秋收工作会议。", "市长林可舟"),  # the list says 市委书记
        ("会议由市委书记苗若溪主持。", "市委书记苗若溪"),
        ("市长郑晓帆到白石镇调研。", "市长郑晓帆"),  # 副市长 on the list
        ("市委书记林可周主持会议。", "林可周"),  # 周/舟 sound the same
        ("市政协主席沈清禾出席。", "沈清禾"),
        ("林可舟说，今年秋粮丰收。林可洲还说，要抓好仓储。", "林可洲"),  # the listed name in the same article
        ("市委书记林可丹主持会议。", "林可丹"),  # one other character, right after his own title
        ("市委副书记、市长苗若溪，市委书记林可舟出席。", "林可舟"),  # the list puts 林可舟 first
        ("市政协主席沈青禾、市人大常委会主任顾远山等出席会议。", "顾远山"),
    ],
)
def test_flags_names_titles_and_order_against_the_desk_list(desk_list: None, body: str, flagged: str) -> None:
    assert _flagged(body) == [flagged]


@pytest.mark.parametrize(
    "body",
    [
        "昨天，市委书记林可舟主持召开秋收工作会议。",
        "市委副书记、市长苗若溪讲话。",
        "市长苗若溪讲话，市委书记林可舟作总结。",  # different sentences, no enumeration
        "市委书记林可舟、市委副书记、市长苗若溪、市人大常委会主任顾远山出席。",  # in order
        "苗若溪向林可舟汇报了秋收进展。",  # not an enumeration
        "原市长林可舟出席了座谈会。",  # a past title
        "时任市长林可舟曾到白石镇调研。",
        "代市长林可舟作政府工作报告。",  # acting
        "市委常委、副市长王刚出席。",  # 常委 is on his list
        "县委书记林可丹主持会议。",  # another county's secretary: not his title in full
        "林可周是白石镇的一名村医。",  # a homophone but no title and the listed name absent
        "王钢厂的工人们正在检修设备。",  # a two-character listed name is never guessed without a title
        "市长王岗主持会议。",  # 岗 sounds like 刚 and a title stands before it: see below
        "《林可州传》是一部小说。",  # inside a book title
        "郑晓帆副市长说，要抓好秋收。",  # the title after the name is not compared
    ],
)
def test_leaves_alone(desk_list: None, body: str) -> None:
    flagged = _flagged(body)
    if body.startswith("市长王岗"):
        # 岗 and 刚 sound the same and a title stands before it: the one 2-character guess allowed, at 0.8
        assert flagged == ["王岗"]
        assert _found(body)[0].confidence == pytest.approx(0.8)
        return
    assert flagged == []


def test_the_fix_writes_the_listed_name(desk_list: None) -> None:
    document = document_from_text("青禾县召开秋收工作会议\n市委书记林可周主持会议。\n")
    finding = analyse(document, ["people-names"])[0]
    assert finding.fix is not None
    fixed = fixes.fix_edit(document, finding).apply(document)
    assert fixed.blocks[1].text == "市委书记林可舟主持会议。"
    assert "zhōu" in finding.evidence and "本社人名表" in finding.evidence


def test_a_wrong_title_has_no_one_click_fix_and_names_the_list(desk_list: None) -> None:
    (finding,) = _found("昨天，市长林可舟主持会议。")
    assert finding.fix is None
    assert "市委书记" in finding.message and finding.confidence >= 0.8


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("市长赵明远主持会议。赵明元说，要抓好秋收。赵明远强调，要落实责任。", ["赵明元"]),
        ("县委书记孙若谷到白石镇调研。孙若古说，要抓好秋收。", ["孙若古"]),
    ],
)
def test_without_a_list_one_person_written_two_ways(no_list: None, body: str, flagged: list[str]) -> None:
    assert _flagged(body) == flagged


@pytest.mark.parametrize(
    "body",
    [
        "市长赵明远主持会议。赵明远说，要抓好秋收。",
        "市长赵明远主持会议，局长赵明亮作报告。",  # two people: 亮 does not sound like 远
        "市长赵明远主持会议。赵明说，这是好事。",  # a shorter name is no second spelling
        "局长张伟主持会议。张炜是一名作家。",  # two-character names: the other form must be titled too
        "“市长赵明远来了”，赵明元说。",  # a homophone of a titled name, still flagged? see below
    ],
)
def test_without_a_list_leaves_alone(no_list: None, body: str) -> None:
    flagged = _flagged(body)
    if body.startswith("“市长赵明远"):
        assert flagged == ["赵明元"]  # quotations are no shelter: both spellings name the same person here
        return
    assert flagged == []


def test_a_whitelisted_name_is_not_flagged() -> None:
    desk_lists.install(DeskLists(people=PEOPLE, whitelist=frozenset({"林可周"})))
    try:
        assert _flagged("市委书记林可周主持会议。") == []
        assert _flagged("市长林可舟主持会议。") == ["市长林可舟"]
    finally:
        desk_lists.install(DeskLists())


# ---- look-alike characters (形近) -------------------------------------------------------------------

LOOK_ALIKE_PEOPLE = (*PEOPLE, Person("韩若宇", "副市长", 7))


@pytest.fixture
def look_alike_list() -> Iterator[None]:
    desk_lists.install(DeskLists(people=LOOK_ALIKE_PEOPLE))
    yield
    desk_lists.install(DeskLists())


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("市长韩若字主持会议。", "韩若字"),  # 字 looks like 宇, after a title (not his own)
        ("韩若宇说，今年秋粮丰收。韩苦宇还说，要抓好仓储。", "韩苦宇"),  # 苦/若, the listed name in the article
    ],
)
def test_a_look_alike_character_in_a_listed_name(look_alike_list: None, body: str, flagged: str) -> None:
    (finding,) = _found(body)
    document = document_from_text(f"青禾县召开秋收工作会议\n{body}\n")
    span = finding.spans[0]
    assert document.blocks[span.block].text[span.start : span.end] == flagged
    assert "形近" in finding.evidence and finding.fix is not None


@pytest.mark.parametrize(
    "body",
    [
        "韩若字是白石镇的一名教师。",  # look-alike but no title, and the listed name is absent
        "市长韩若山主持会议。",  # 山 neither sounds nor looks like 宇, and 市长 is not his title
    ],
)
def test_a_look_alike_needs_the_same_evidence(look_alike_list: None, body: str) -> None:
    assert _flagged(body) == []


def test_without_a_list_a_name_written_with_a_look_alike_character(no_list: None) -> None:
    (finding,) = _found("县委书记周慕戌到白石镇调研。周慕戍说，要抓好秋收。")
    assert "周慕戍" in finding.message and "形近" in finding.evidence


# ---- two ways on one page: the name in one article, its other spelling in another ---------------------

TWO_ARTICLES = (
    "青禾县召开秋收工作会议\n市长赵明远主持会议。赵明远强调，要抓好秋收。\n\n"
    "白石镇新建文化广场投入使用\n白石镇文化广场占地二十亩。赵明元说，广场明年扩建。\n"
)


def test_two_ways_across_two_articles_names_both(no_list: None) -> None:
    document = document_from_text(TWO_ARTICLES)
    assert len(document.articles()) == 2
    (finding,) = analyse(document, ["people-names"])
    span = finding.spans[0]
    assert document.blocks[span.block].text[span.start : span.end] == "赵明元"
    assert "青禾县召开秋收工作会议" in finding.evidence and "白石镇新建文化广场投入使用" in finding.evidence
    assert finding.fix is not None


@pytest.mark.parametrize(
    "second",
    [
        "局长张炜说，广场明年扩建。",  # a two-character name: a different person with his own title
        "赵明亮说，广场明年扩建。",  # 亮 neither sounds nor looks like 远
        "赵明元县的客人也来了。",  # not where a name ends
    ],
)
def test_two_ways_across_articles_leaves_alone(no_list: None, second: str) -> None:
    page = (
        "青禾县召开秋收工作会议\n市长赵明远主持会议，局长张伟作报告。\n\n"
        f"白石镇新建文化广场投入使用\n白石镇文化广场占地二十亩。{second}\n"
    )
    assert analyse(document_from_text(page), ["people-names"]) == ()


def test_the_incremental_analysis_finds_the_other_spelling_in_another_article(no_list: None) -> None:
    """An edit far from the titled name: the re-analysis of the edited articles alone would miss it."""
    from desktop.proofing import incremental

    fillers = "".join(f"青禾县第{n}批秋粮入库\n青禾县第{n}批秋粮今天入库，共三百吨。\n\n" for n in "一二三四五")
    first = "青禾县召开秋收工作会议\n市长赵明远主持会议。赵明远强调，要抓好秋收。\n\n"
    page = f"{first}{fillers}白石镇广场投入使用\n他说，广场明年扩建。\n"
    document = document_from_text(page)
    assert len(document.articles()) == 7
    findings = analyse(document)
    index = next(i for i, block in enumerate(document.blocks) if "他说" in block.text)
    block = document.blocks[index]
    edited = document.with_blocks(
        [
            *document.blocks[:index],
            block.with_text(block.text.replace("他说", "赵明元说")),
            *document.blocks[index + 1 :],
        ]
    )
    delta = incremental.reanalysis_delta(document, edited)
    assert not delta.full  # a windowed re-analysis
    again = incremental.apply_delta(findings, delta)
    assert again == analyse(edited)
    assert [f.check for f in again if f.check == "people-names"] == ["people-names"]
