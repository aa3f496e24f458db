"""number-usage: one article writes years and percentages one way (made-up sentences)."""

from __future__ import annotations

import pytest

from desktop.proofing import fixes
from desktop.proofing.pipeline import analyse, document_from_text


def _consistency(body: str) -> list:
    document = document_from_text(f"青禾县召开秋收工作会议\n{body}\n")
    return [f for f in analyse(document, ["number-usage"]) if "写法不一致" in f.message]


@pytest.mark.parametrize(
    ("body", "before", "after"),
    [
        ("2020年，青禾县建成新校区。二〇二一年，又建了一座。2022年完工。", "二〇二一年", "2021年"),
        ("产量增长30%，销售额增长百分之二十，利润增长15%。", "百分之二十", "20%"),
        ("亩产提高百分之十二点五，收入提高8%，成本下降6%。", "百分之十二点五", "12.5%"),
        ("二〇二〇年，青禾县建成新校区。2021年，又建了一座。", "二〇二〇年", "2020年"),  # a tie: Arabic wins
    ],
)
def test_the_fewer_form_is_flagged_and_fixed_to_the_usual_one(body: str, before: str, after: str) -> None:
    document = document_from_text(f"青禾县召开秋收工作会议\n{body}\n")
    (finding,) = [f for f in analyse(document, ["number-usage"]) if "写法不一致" in f.message]
    assert before in finding.message and finding.confidence == pytest.approx(0.7)
    fixed = fixes.fix_edit(document, finding).apply(document)
    assert after in fixed.blocks[1].text and before not in fixed.blocks[1].text


def test_the_chinese_form_as_the_usual_one_flags_the_arabic_without_a_percent_fix() -> None:
    (year,) = _consistency("一九四九年，青禾县解放；一九五〇年，建起第一所小学；1951年通了公路。")
    assert "1951年" in year.message and year.fix is not None and "一九五一年" in year.fix.label
    (percent,) = _consistency("合格率为百分之九十，优良率为百分之六十，返工率为5%。")
    assert "5%" in percent.message and percent.fix is None


@pytest.mark.parametrize(
    "body",
    [
        "2020年建成新校区，2021年又建了一座。",  # one form
        "《二〇二〇年政府工作报告》提出，2021年要再接再厉。",  # a book title prints as written
        "“二〇二〇年我们就开始了”，他说，2021年建成。",  # so does a quotation
        "他说有百分之百的把握，产量增长30%。",  # 百分之百 is no percentage to rewrite
        "比例达到百分之一百二十，产量增长30%。",  # nor is a number the parser does not read whole
        "网址是www.qh2020.cn，编号2020年度第3号。",  # digits inside an address
    ],
)
def test_leaves_alone(body: str) -> None:
    assert _consistency(body) == []
