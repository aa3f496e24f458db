"""The rule book's checks on made-up sentences: what each must flag, what it must leave alone, what its fix does."""

from __future__ import annotations

import pytest

from desktop.proofing import fixes
from desktop.proofing.pipeline import analyse, document_from_text

RULEBOOK = ["wrong-character", "variant-form", "repeated-word", "number-usage", "banned-wording"]


def _found(sentence: str, check: str, headline: str = "青禾县召开秋收工作会议") -> list:
    document = document_from_text(f"{headline}\n{sentence}\n")
    return [f for f in analyse(document, [check]) if f.check == check]


def _fixed(sentence: str, check: str) -> str:
    document = document_from_text(f"青禾县召开秋收工作会议\n{sentence}\n")
    for _ in range(5):
        found = [f for f in analyse(document, [check]) if f.fix is not None]
        if not found:
            break
        document = fixes.fix_edit(document, found[0]).apply(document)
    return document.blocks[1].text


@pytest.mark.parametrize(
    ("check", "sentence", "expected"),
    [
        ("wrong-character", "林可舟说，合作社将再接再励，争取明年丰收。", "林可舟说，合作社将再接再厉，争取明年丰收。"),
        ("wrong-character", "游客们迫不急待地走进青禾县的果园。", "游客们迫不及待地走进青禾县的果园。"),
        ("wrong-character", "面对旱情，村里一度一愁莫展。", "面对旱情，村里一度一筹莫展。"),
        ("wrong-character", "新建的家俱市场下月开业。", "新建的家具市场下月开业。"),
        ("variant-form", "土壤的成份经过化验后公布。", "土壤的成分经过化验后公布。"),
        ("variant-form", "他热中于收集青禾县的老照片。", "他热衷于收集青禾县的老照片。"),
        ("variant-form", "这部纪录片的画面十分精采。", "这部纪录片的画面十分精彩。"),
        ("variant-form", "全年计画新建道路十二公里。", "全年计划新建道路十二公里。"),
        ("repeated-word", "青禾县的的小米远近闻名。", "青禾县的小米远近闻名。"),
        ("repeated-word", "合作社在在县城开设了门店。", "合作社在县城开设了门店。"),
        ("repeated-word", "他去了了白石镇。", "他去了白石镇。"),
        ("repeated-word", "他是是青禾县人。", "他是青禾县人。"),
        ("repeated-word", "我们我们要把路修好。", "我们要把路修好。"),
        ("number-usage", "二0二0年，青禾县建成新校区。", "二〇二〇年，青禾县建成新校区。"),
        ("number-usage", "二OO八年，林可舟来到白石镇。", "二〇〇八年，林可舟来到白石镇。"),
        ("number-usage", "展销会吸引了3千人参观。", "展销会吸引了3000人参观。"),
        ("number-usage", "每亩增收1.5千元。", "每亩增收1500元。"),
        ("number-usage", "预计投资10～20万元。", "预计投资10万～20万元。"),
        ("number-usage", "产量提高了3-5%。", "产量提高了3%-5%。"),
        ("number-usage", "总投资2至3亿元。", "总投资2亿至3亿元。"),
        ("banned-wording", "他是一名聋子，却学会了木雕。", "他是一名聋人，却学会了木雕。"),
        ("banned-wording", "北朝鲜代表团访问了青禾县。", "朝鲜代表团访问了青禾县。"),
        ("banned-wording", "参展的有维族和汉族的手艺人。", "参展的有维吾尔族和汉族的手艺人。"),
    ],
)
def test_flags_and_fixes(check, sentence, expected):
    found = _found(sentence, check)
    assert found, f"{check} found nothing in {sentence}"
    finding = found[0]
    assert finding.evidence and finding.fix is not None and finding.spans
    assert _fixed(sentence, check) == expected


@pytest.mark.parametrize(
    ("check", "sentence"),
    [
        # names, book titles, words that hold a listed form inside them
        ("variant-form", "记者张澹然报道，村里的路修好了。"),
        ("variant-form", "他在火热中的生活里找到了方向。"),
        ("variant-form", "部分付费项目下月取消，每股分红0.3元。"),
        ("variant-form", "她读完了《胡涂的夏天》这本书。"),
        ("variant-form", "这是青禾县的成分分析报告，标志已经更新。"),
        ("wrong-character", "合作社将再接再厉，争取明年丰收。"),
        ("wrong-character", "他把家具搬进了新房，既使用旧家具，又添置了新的。"),
        # reduplications and legitimate doubled characters
        ("repeated-word", "村民们天天锻炼，常常看看书，谢谢大家，人人动手，天气渐渐转凉。"),
        ("repeated-word", "他说的的确是实话，的的确确如此。"),
        ("repeated-word", "这件事实实在在，问题存在在哪里，最后不了了之。"),
        ("repeated-word", "终于了了一桩心事，一个个笑逐颜开。"),
        ("repeated-word", "“是是是，”林可舟连声答应，“对对，就这样。”"),
        ("repeated-word", "这是是非问题，不能等等再说，就就业问题开会。"),
        ("repeated-word", "他们一次次为为人民服务的人送去锦旗，都说要去过过瘾。"),
        # numbers in codes, addresses, units and correct forms
        ("number-usage", "二〇二〇年，青禾县建成新校区，二〇二一年又建成一座。"),  # one form
        ("number-usage", "详见 https://example.cn/a/10-20万.html 或编号QH10-20%的文件。"),
        ("number-usage", "线路全长5千米，电压10千伏，共3000人，投资10万～20万元，增长3%～5%。"),
        ("number-usage", "2026年12月7日（星期一），展销会开幕。"),
        ("number-usage", "会议室在G3十层。"),
        # quotations and titles keep their words
        ("banned-wording", "他笑着说：“我年轻时是个聋子，听不见鸟叫。”"),
        ("banned-wording", "她演过电影《北朝鲜来信》。"),
        ("banned-wording", "这位书呆子成了村里的木匠，看完电影后回家。"),
    ],
)
def test_leaves_alone(check, sentence):
    assert _found(sentence, check) == []


def test_weekday_wrong_for_the_year_written_or_the_year_of_the_article():
    (explicit,) = _found("2026年12月7日（星期二），展销会开幕。", "number-usage")
    assert "星期一" in explicit.message and explicit.fix is None
    (inferred,) = _found("2026年秋，青禾县开展评比。12月7日（星期二），展销会开幕。", "number-usage")
    assert "星期一" in inferred.message
    assert _found("12月7日（星期二），展销会开幕。", "number-usage") == []  # no year on the page: no guess


def test_every_finding_names_its_source():
    sentences = {
        "wrong-character": "将再接再励。",
        "variant-form": "成份。",
        "number-usage": "二0二0年。",
        "banned-wording": "北朝鲜。",
    }
    sources = {
        "wrong-character": "现代汉语词典",
        "variant-form": "第一批异形词整理表",
        "number-usage": "GB/T 15835-2011",
        "banned-wording": "新华社",
    }
    for check, sentence in sentences.items():
        (finding,) = _found(sentence, check)
        assert sources[check] in finding.evidence


def test_a_clean_page_of_ordinary_news_makes_no_rulebook_finding():
    page = (
        "青禾县秋季农产品展销会开幕\n"
        "本报讯（记者 林可舟）10月5日，青禾县秋季农产品展销会在县城广场开幕。来自全县12个乡镇的合作社"
        "带来了300多种农产品，吸引了3000余名市民参观。\n"
        "“今年小米亩产提高了5%，我们的的确确尝到了甜头。”白石镇种植户苗若溪说。展销会将持续三天。\n"
    )
    document = document_from_text(page)
    assert [f for f in analyse(document, RULEBOOK)] == []


@pytest.mark.parametrize(
    ("check", "sentence"),
    [
        ("variant-form", "那场被称为“日蚀”的比赛，至今让人难忘。"),  # the whole quotation is a name
        ("number-usage", "月薪要求从3000-1万元不等，尺价30989至3.2万元。"),  # the first number is whole
        ("banned-wording", "消费者都不是傻子，看得清价格。"),  # figurative: not on the list
    ],
)
def test_leaves_alone_what_published_text_writes_on_purpose(check, sentence):
    assert _found(sentence, check) == []


def test_a_mixed_numeral_ending_a_range_is_flagged_without_a_fix_that_would_change_the_range():
    (finding,) = _found("今年的利润有2—3千万元。", "number-usage")
    assert finding.fix is None and "3千" in finding.message


def test_the_cli_json_carries_rulebook_findings_in_the_same_shape(tmp_path, capsys):
    import json

    from desktop.cli import main

    page = tmp_path / "page.txt"
    page.write_text(
        "青禾县召开秋收工作会议\n合作社的的小米很精采，大家将再接再励，吸引了3千人，他不再被叫作聋子。\n",
        encoding="utf-8",
    )
    assert main(["check", "--json", "--no-archive", str(page)]) == 1  # 别字 is an error
    report = json.loads(capsys.readouterr().out)
    shapes = {tuple(sorted(f)) for f in report["findings"]}
    assert len(shapes) == 1
    assert {"wrong-character", "variant-form", "repeated-word", "number-usage", "banned-wording"} <= {
        f["check"] for f in report["findings"]
    }
    assert all(f["fixable"] for f in report["findings"] if f["check"] in RULEBOOK)


def test_export_writes_open_rulebook_findings_as_word_comments(tmp_path):
    import re
    import zipfile

    from desktop.cli import main

    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋收工作会议\n合作社将再接再励，成份合格。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(page), "-o", str(out), "--per-article", "--checks", "halfwidth-punctuation"]) == 0
    (docx,) = out.glob("*.docx")
    comments = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(docx).read("word/comments.xml").decode()))
    assert "“再接再励”是别字" in comments and "别字" in comments
    assert "“成份”是异形词的非推荐词形" in comments and "第一批异形词整理表" in comments


def test_what_a_million_characters_of_news_taught():
    assert _found("两种不同射程的地地常规导弹亮相。", "repeated-word") == []  # surface-to-surface
    assert _found("这场比赛仍是两大巨星的对决。", "banned-wording") == []  # sports stars: not on the list
    (finding,) = _found("项目占地2万5千平米。", "number-usage")
    assert finding.fix is None  # 2.5万, not 2万5000


def test_the_weekday_takes_its_year_from_the_edition_date_in_the_file_name():
    def found(text: str, name: str) -> list[str]:
        document = document_from_text(f"青禾县召开秋收工作会议\n{text}\n", name)
        return [f.message for f in analyse(document, ["number-usage"])]

    (message,) = found("12月7日（星期二），展销会开幕。", "青禾日报-2026-12-07.txt")
    assert "2026年12月7日是星期一" in message and "版面日期 2026-12-07" in message
    assert found("12月7日（星期一），展销会开幕。", "青禾日报-2026-12-07.txt") == []
    # a date recalled in a January edition is of the year before
    assert found("去年12月30日（星期三），合作社成立。", "青禾日报-2027-01-05.txt") == []
    (recalled,) = found("去年12月30日（星期二），合作社成立。", "青禾日报-2027-01-05.txt")
    assert "2026年12月30日是星期三" in recalled
    assert found("12月7日（星期二），展销会开幕。", "青禾日报.txt") == []  # no date anywhere: no guess
