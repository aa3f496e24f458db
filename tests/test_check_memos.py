"""The checks' memos are keyed by the texts they read: after an edit the answer follows the page as it now stands.

A memo keyed by a position or an object that outlives an edit would serve the answer about the
text that stood there before; these tests edit exactly what a memoised answer depends on and
ask again, incrementally (as the app does after each edit) and from scratch.
"""

from __future__ import annotations

from desktop.proofing import edits
from desktop.proofing.incremental import reanalyse
from desktop.proofing.pipeline import analyse, document_from_text

TEASER = "柳湾镇老街改造完工，村民们在家门口就能逛集市。"
STORY = "本报讯（记者 林可舟）" + TEASER + "改造历时半年，街面焕然一新，游客比去年多了不少。"
OTHER_OPENING = "本报讯（记者 林可舟）青禾县图书馆今年新增图书两万册，市民借阅更方便了，周末读者比平日多一倍。"


def _missing(findings) -> list[int | None]:
    return [finding.article for finding in findings if finding.check == "missing-byline"]


def test_a_teaser_is_judged_against_the_opening_under_it_as_it_stands_after_each_edit():
    document = document_from_text("青禾网主办\n" + TEASER + "\n柳湾老街换新颜\n" + STORY + "\n")
    findings = analyse(document)
    assert _missing(findings) == []  # the line over the story tells its opening again: a teaser
    story = next(i for i, block in enumerate(document.blocks) if block.text == STORY)
    edit = edits.set_text(document, story, OTHER_OPENING)
    edited = edit.apply(document)
    again = reanalyse(document, findings, edited)
    assert _missing(again) == [0] == _missing(analyse(edited))  # now a brief of its own, unsigned
    restored = edit.inverse().apply(edited)
    assert _missing(reanalyse(edited, again, restored)) == [] == _missing(analyse(restored))
    # the teaser's own text edited: it no longer tells the opening again
    teaser = next(i for i, block in enumerate(document.blocks) if block.text == TEASER)
    brief = edits.set_text(document, teaser, "青禾县图书馆今年新增图书两万册，市民借阅更方便了。").apply(document)
    assert _missing(reanalyse(document, findings, brief)) == [0] == _missing(analyse(brief))


FILL = "青禾县柳湾镇今年新建了三座蔬菜大棚，村民们在家门口就能找到活干，收入比去年明显增加。"
OTHER = "北塘区图书馆今年新增图书两万册，周末前来借阅的市民比平日多了一倍，阅览室座无虚席。"


def _edited(document, index: int, text: str):
    return edits.set_text(document, index, text).apply(document)


def test_an_articles_reading_follows_its_credit_through_edits():
    page = "柳湾老街换新颜\n" + FILL + "\n（记者 林可舟）\n青禾图书馆新增图书\n" + OTHER + "\n"
    document = document_from_text(page)
    findings = analyse(document)
    assert _missing(findings) == [1]
    credit = next(i for i, block in enumerate(document.blocks) if block.text == "（记者 林可舟）")
    unsigned = _edited(document, credit, "大家都说这是件好事。")  # the credit typed over: no one signs it
    again = reanalyse(document, findings, unsigned)
    assert _missing(again) == [0, 1] == _missing(analyse(unsigned))
    # signed again, the second story too
    second = len(document.blocks) - 1
    signed = _edited(_edited(unsigned, credit, "（记者 林可舟）"), second, OTHER + "（记者 苗若溪）")
    assert _missing(reanalyse(unsigned, again, signed)) == [] == _missing(analyse(signed))


def test_a_credit_cut_off_below_signs_the_story_above_until_it_is_edited_away():
    page = "柳湾老街换新颜\n" + FILL + "\n青禾图书馆新增图书\n本报记者 林可舟\n"
    document = document_from_text(page)
    findings = analyse(document)
    assert _missing(findings) == []  # the titles-and-credit piece below signs the story above
    credit = len(document.blocks) - 1
    edited = _edited(document, credit, OTHER)
    again = reanalyse(document, findings, edited)
    assert _missing(again) == _missing(analyse(edited)) != []


def test_opening_another_page_drops_the_articles_readings():
    from desktop.proofing.checks import missing_byline
    from desktop.proofing.pipeline import forget_lines

    analyse(document_from_text("柳湾老街换新颜\n" + FILL + "\n"))
    assert missing_byline._READINGS
    forget_lines()
    assert not missing_byline._READINGS


def test_a_storys_unrelated_tail_is_read_from_the_story_as_it_stands_wherever_it_stands():
    from chrome_test_lines import STORY

    from desktop.proofing.chrome_page import unrelated_tails

    story = STORY.strip()
    next_story = "本报讯（记者 苗若溪）昨日，北塘区举行春季招聘会，三十余家企业提供了六百多个岗位。"
    texts = [
        "柳湾镇文化广场开放",
        story,
        "东山新添两处停车场",
        "西坝路口改造完工通车",
        "北塘区春季招聘会举行",
        next_story,
    ]
    assert unrelated_tails(texts, [True] * 6, [(0, 1), (4, 5)]) == {2, 3}
    # the same story lower on the page: the same lines, where they now stand
    shifted = ["青禾县举行植树活动", "本报讯 昨日，青禾县干部群众一起种下了两千棵树苗，绿化了河岸。", *texts]
    assert unrelated_tails(shifted, [True] * 8, [(0, 1), (2, 3), (6, 7)]) == {4, 5}
    # a tail line edited to take up the headline's words: the story's own verse, nothing is chrome
    verse = [*texts[:2], "柳湾的春天来得早", "河边的柳枝先绿了", *texts[4:]]
    assert unrelated_tails(verse, [True] * 6, [(0, 1), (4, 5)]) == set()
    assert unrelated_tails(texts, [True] * 6, [(0, 1), (4, 5)]) == {2, 3}  # (and back)
    # chrome over the tail parts it from the story; the same lines without it judged as a list
    parted = unrelated_tails(texts, [True] * 6, [(0, 1), (4, 5)], [False, False, False, True, False, False])
    assert parted == {3}


def _messages(findings, check: str) -> list[str]:
    return [str(finding.message) for finding in findings if finding.check == check]


def test_the_messages_made_once_a_text_name_the_text_as_it_stands_after_an_edit():
    page = "柳湾老街换新颜\n本报讯（记者 林可舟）柳湾镇老街改造完工，村民们在家\n门口就能逛集市，游客也多了。\n"
    page += "北塘图书馆添新书\n本报讯（记者 苗若溪）北塘区图书馆今年新增图书两万册。\n柳湾老街换新颜\n"
    page += "本报讯（记者 韩松岭）柳湾镇老街改造完工，游客比去年多了不少。\n"
    document = document_from_text(page)
    findings = analyse(document)
    assert _messages(findings, "broken-line-break") == [
        "“…完工，村民们在家”与“门口就能逛集市，…”是同一句话，被错误地断成了两段"
    ]
    assert _messages(findings, "duplicate-headline") == ["标题“柳湾老街换新颜”与前面的标题重复"]
    line = next(i for i, block in enumerate(document.blocks) if block.text.endswith("村民们在家"))
    headline = max(i for i, block in enumerate(document.blocks) if block.text == "柳湾老街换新颜")
    edited = _edited(_edited(document, line, document.blocks[line].text[:-2] + "乡亲"), headline, "柳湾老街 换新颜！")
    again = reanalyse(document, findings, edited)
    for found in (again, analyse(edited)):
        assert _messages(found, "broken-line-break") == [
            "“…完工，村民们乡亲”与“门口就能逛集市，…”是同一句话，被错误地断成了两段"
        ]
        assert _messages(found, "duplicate-headline") == ["标题“柳湾老街 换新颜！”与前面的标题重复"]


def test_a_summary_over_a_headline_is_compared_with_the_lede_as_it_stands():
    from desktop.proofing.chrome_page import restated_ledes

    lede = "本报讯（记者 林可舟）昨日下午，青禾县柳湾镇东街一辆货车侧翻，车上的白菜撒了一地，所幸无人受伤。"
    summary = "青禾县柳湾镇东街一辆货车侧翻，车上的白菜撒了一地，所幸无人受伤。交警随后赶到现场疏导交通。"
    other = "本报讯（记者 林可舟）昨日下午，北塘区图书馆新增图书两万册，周末前来借阅的市民比平日多了一倍。"
    plain, titles, runs, apart = [True, False, True], [False, True, False], [(1, 2)], [False] * 3
    assert restated_ledes([summary, "货车侧翻白菜撒一地", lede], plain, titles, runs, apart) == {0}
    # another story under the headline: the paragraph over it tells nothing of its opening
    assert restated_ledes([summary, "货车侧翻白菜撒一地", other], plain, titles, runs, apart) == set()
    assert restated_ledes([summary, "货车侧翻白菜撒一地", lede], plain, titles, runs, apart) == {0}  # (and back)
