"""Each check on small pages: what it reports, what it leaves alone, and what its fix does."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop.proofing import credits, fixes
from desktop.proofing.archive_protocol import ArchivedHeadline, HeadlineArchive
from desktop.proofing.checks.halfwidth_punctuation import halfwidth_offsets
from desktop.proofing.findings import Severity
from desktop.proofing.pipeline import analyse, document_from_text


def _fullwidth(text: str) -> str:
    document = document_from_text("标题\n" + text + "\n")
    found = [f for f in analyse(document, ["halfwidth-punctuation"]) if f.blocks == (1,)]
    if not found:
        return text
    return fixes.fix_edit(document, found[0]).apply(document).blocks[1].text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("和老人“拉家常”,让炎炎夏日", "和老人“拉家常”，让炎炎夏日"),
        ("聊城市共举办“公开议事日”1975次,为群众解决", "聊城市共举办“公开议事日”1975次，为群众解决"),
        (
            "本报聊城9月16日讯(记者张同建) 9月16日,《透明度(2020)》发布。",
            "本报聊城9月16日讯（记者张同建） 9月16日，《透明度（2020）》发布。",
        ),
        ("共接待1,975人次,会议10:30开始。", "共接待1,975人次，会议10:30开始。"),
        ("COVID-19疫情期间,我们坚持上班。", "COVID-19疫情期间，我们坚持上班。"),
        ("详见https://www.example.cn/a?b=1,c=2 网页。", "详见https://www.example.cn/a?b=1,c=2 网页。"),
        ("他说:真的吗?太好了!", "他说：真的吗？太好了！"),
        ("英文原话是 Hello, world! 意思是你好。", "英文原话是 Hello, world! 意思是你好。"),
        ("情况。(宋瑜)", "情况。（宋瑜）"),
    ],
)
def test_halfwidth_punctuation_fix(raw, expected):
    assert _fullwidth(raw) == expected


def test_halfwidth_finding_has_one_span_per_mark_and_never_changes_length():
    text = "近日,莘县樱桃园镇通过党委书记上党课,进一步强化认识。"
    offsets = halfwidth_offsets(text)
    assert [text[i] for i in offsets] == [",", ","]
    document = document_from_text("标题\n" + text + "\n")
    (finding,) = analyse(document, ["halfwidth-punctuation"])
    assert [(s.block, s.start, s.end) for s in finding.spans] == [(1, i, i + 1) for i in offsets]
    fixed = fixes.fix_edit(document, finding).apply(document)
    assert len(fixed.blocks[1].text) == len(text)
    assert " " not in fixed.blocks[1].text


def test_unbalanced_pairs_after_joining_broken_lines():
    page = (
        "某某镇举办丰收节\n"
        "活动现场，村民们说：“今年的收成\n"
        "特别好。”大家都很高兴。\n"
        "主办方表示，将把《丰收节活动方案推广到全镇。\n"
        "另外【通知】一栏已经更新（详见公告。\n"
    )
    document = document_from_text(page)
    findings = analyse(document, ["unbalanced-pair"])
    assert [f.blocks for f in findings] == [(3,), (4,)]
    assert [[document.blocks[s.block].text[s.start] for s in f.spans] for f in findings] == [["《"], ["（"]]


def test_quotation_running_over_paragraphs_is_not_unbalanced():
    page = "访谈录\n“第一段话说到这里。\n“第二段话接着说。\n“最后一段话说完了。”\n"
    assert analyse(document_from_text(page), ["unbalanced-pair"]) == ()


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("记者张同建", ("张同建",)),
        ("记者 王五 通讯员 赵六", ("王五", "赵六")),
        ("本报记者 刘明 实习生 孙小红", ("刘明", "孙小红")),
        ("文/王五", ("王五",)),
        ("文/图 李四", ("李四",)),
        ("赵静 王刚", ("赵静", "王刚")),
        ("本报综合", None),
        ("志愿者们正在劳动", None),
    ],
)
def test_names_in_credits(credit, names):
    reading = credits.read_phrase(credit)
    assert (tuple(person.name for person in reading.people) if reading else None) == names


def test_dateline_trailing_and_standalone_bylines():
    assert credits.dateline("本报讯（记者 王五 通讯员 赵六）近日，").names == ("王五", "赵六")
    assert credits.dateline("新华社北京9月16日电（记者 张三）").agency == "新华社"
    assert credits.dateline("本报记者近日走访了") is None
    closing = credits.trailing("……实地走访掌握了产业发展情况。(宋瑜)")
    assert (closing.start, closing.names) == (16, ("宋瑜",))
    assert credits.trailing("咱顾官屯镇(志愿者)的服务") is None
    assert credits.line("（赵静 王刚）").names == ("赵静", "王刚")
    assert credits.line("秋收时节") is None
    assert credits.line("(完)") is None


@dataclass
class _ListArchive:
    """A real, in-memory archive that implements the protocol (storage provides the database one)."""

    entries: list[ArchivedHeadline]

    def find_similar(self, headline: str, limit: int = 5) -> list[ArchivedHeadline]:
        return [e for e in self.entries if e.headline[:6] == headline[:6]][:limit]


def test_duplicate_headline_against_the_archive():
    archive = _ListArchive(
        [
            ArchivedHeadline("莘县朝城镇多措并举完成贫困户清零任务", "2020-09-09", "06", 1.0),
            ArchivedHeadline("莘县朝城镇召开秋季农业生产会议", "2020-09-02", "05", 0.42),
        ]
    )
    assert isinstance(archive, HeadlineArchive)
    document = document_from_text(
        "莘县朝城镇多措并举完成贫困户清零任务\n为确保剩余贫困人口顺利脱贫，朝城镇制定台账。\n"
    )
    findings = analyse(document, ["archive-duplicate"], archive=archive)
    (finding,) = findings
    assert finding.blocks == (0,) and finding.severity is Severity.ERROR
    assert "2020-09-09" in finding.message and "06" in finding.message
    assert analyse(document, ["archive-duplicate"]) == ()


def test_headlines_differing_in_width_and_spaces_are_identical():
    page = (
        "聊城开展“三夏”生产\n全市各地开展“三夏”生产，小麦收获过半。\n"
        "聊城开展\u3000＂三夏＂ 生产\n“三夏”生产在青禾县全面展开。\n"
    )
    (finding,) = analyse(document_from_text(page), ["duplicate-headline"])
    assert finding.blocks == (0, 2) and finding.severity is Severity.ERROR


def test_a_headline_over_the_wrong_story_is_still_a_duplicate():
    page = (
        "青禾县开展“三夏”生产\n全县各地开展“三夏”生产，小麦收获过半。\n"
        "青禾县开展“三夏”生产\n溪口镇新修的文化广场本周投用，居民前来散步。\n"
    )
    (finding,) = analyse(document_from_text(page), ["duplicate-headline"])
    assert finding.blocks == (0, 2)


def test_a_line_repeated_over_stories_that_share_no_word_with_it_is_no_duplicate():
    from desktop.proofing.checks import duplicate_headline
    from desktop.proofing.model import Block, Role

    texts = [
        ("意见反馈留言板", Role.HEADLINE),
        ("全县各地开展“三夏”生产，小麦收获过半。", Role.BODY),
        ("意见反馈留言板", Role.HEADLINE),
        ("溪口镇新修的文化广场本周投用，居民前来散步。", Role.BODY),
    ]
    blocks = tuple(Block(uid=i, text=text, role=role) for i, (text, role) in enumerate(texts))
    assert not duplicate_headline._heads_its_story(blocks, 0)
    assert not duplicate_headline._heads_its_story(blocks, 2)
    shared = (*blocks[:3], Block(uid=3, text="意见箱和留言板本周起设在文化广场。", role=Role.BODY))
    assert duplicate_headline._heads_its_story(shared, 2)


def test_user_dictionary_is_created_and_joins_its_words(isolated_user_folders):
    from desktop.proofing import lexicon

    path = lexicon.user_dictionary_path()
    assert path.exists() and path.parent == isolated_user_folders / "data"
    page = "标题一则\n今天我们来到了聊城市的杳冥\n屯村，看到了丰收。\n"
    assert analyse(document_from_text(page), ["broken-line-break"]) == ()
    path.write_text(path.read_text(encoding="utf-8") + "杳冥屯村 3000 ns\n", encoding="utf-8")
    assert [f.blocks for f in analyse(document_from_text(page), ["broken-line-break"])] == [(1, 2)]


def test_the_dictionary_reads_every_form_of_line():
    from importlib.resources import files

    from desktop.proofing.wordcut import parse_dictionary, parse_lines, read_jieba_dictionary

    three = "青禾 30 ns\n林可舟 5 nr\n零频 0 n\n"
    assert parse_dictionary(three) == ({"青禾": 30, "林可舟": 5}, 35)
    mixed = "青禾 30 ns\n林可舟 5\n坏行\n零频 0 n\n溪口 7 ns"
    assert parse_dictionary(mixed) == ({"青禾": 30, "林可舟": 5, "溪口": 7}, 42)
    words, total = read_jieba_dictionary()
    assert len(words) > 300_000 and words["的"] > 100_000
    assert (words, total) == parse_lines(files("jieba").joinpath("dict.txt").read_text(encoding="utf-8"))


def test_the_word_table_answers_as_a_dict_of_the_same_lines():
    from desktop.proofing.wordcut import WordCutter, WordTable, parse_dictionary, parse_lines

    # out of order, a word listed twice (the last line counts), a word of frequency 0 (absent)
    text = "溪口 7 ns\n林可舟 5 nr\n青禾 30 ns\n零频 0 n\n青禾 12 ns\nB超 3 n\nAT&T 3 nz\n"
    table, total = parse_dictionary(text)
    assert isinstance(table, WordTable)
    assert (dict(table), total) == parse_lines(text) == ({"溪口": 7, "林可舟": 5, "青禾": 12, "B超": 3, "AT&T": 3}, 60)
    assert table.get("零频") is None and table.get("青") is None and "青禾" in table and "零频" not in table
    cutter = WordCutter(table, total)
    cutter.add_word("青禾县", 40)
    assert table["青禾县"] == 40 and cutter.longest == len("AT&T")
    assert cutter.cut("青禾县溪口") == ["青禾县", "溪口"]


def test_reading_jiebas_words_does_not_import_jieba():
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from desktop.proofing.wordcut import read_jieba_dictionary\n"
        "words, total = read_jieba_dictionary()\n"
        "assert words['的'] > 100_000, words['的']\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jieba', 'pkg_resources')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
