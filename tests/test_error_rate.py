"""The 校对报告's error count on made-up pages: the rules of 《报纸期刊质量管理规定》 as the report applies them."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from desktop.proofing.error_rate import AFTER_FIXES, count_errors, page_characters, report_text
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.proofing.wording import ENGLISH


def _count(text: str):
    document = document_from_text(text)
    return count_errors(document, analyse(document))


def test_a_clean_page_has_no_errors_and_counts_its_characters():
    count = _count("青禾县召开秋收工作会议\n昨天，青禾县召开秋收工作会议。\n")
    assert count.errors == 0 and count.per_10k == 0 and count.within_standard
    assert count.characters == len("青禾县召开秋收工作会议") + len("昨天，青禾县召开秋收工作会议。")


def test_a_headline_error_counts_double_and_a_body_error_once():
    count = _count("合作社再接再励迎丰收\n昨天，合作社表示将再接再励，争取明年丰收。\n")
    (line,) = count.lines
    assert (line.term, line.occurrences, line.in_headline, line.counted) == ("再接再励", 2, 1, 3.0)
    assert count.errors == 3.0
    assert count.per_10k == pytest.approx(3.0 * 10_000 / count.characters)
    assert not count.within_standard


def test_the_same_error_counts_at_most_three_times():
    body = "，".join(["合作社将再接再励"] * 5) + "。"
    count = _count(f"青禾县召开秋收工作会议\n{body}\n")
    assert count.lines[0].occurrences == 5 and count.errors == 3.0


def test_number_usage_counts_a_tenth_each_and_at_most_one():
    few = _count("青禾县召开秋收工作会议\n展销会吸引了3千人参观，销售额达5千元。\n")
    assert few.errors == pytest.approx(0.2)
    many = (
        "，".join(f"第{n}组有{n}千人" for n in range(2, 10))
        + "，"
        + "，".join(f"第{n}队有{n}百人" for n in range(2, 10))
    )
    capped = _count(f"青禾县召开秋收工作会议\n{many}。\n")
    assert sum(line.occurrences for line in capped.lines) == 16
    assert capped.errors == pytest.approx(1.0)


def test_layout_findings_and_page_chrome_are_not_counted():
    document = document_from_text("青禾县召开秋收工作会议\n昨天,青禾县召开会议.\n")
    findings = analyse(document)
    assert any(f.check == "halfwidth-punctuation" for f in findings)
    assert count_errors(document, findings).errors == 0
    assert page_characters(document) == len("青禾县召开秋收工作会议") + len("昨天,青禾县召开会议.")


def test_the_report_text_gives_both_rates_and_each_error():
    before = _count("合作社再接再励迎丰收\n昨天，合作社表示将再接再励。\n")
    after = _count("合作社再接再厉迎丰收\n昨天，合作社表示将再接再厉。\n")
    text = report_text("page.txt", before, after)
    assert "原稿" in text and "修改后" in text and "差错 3 个" in text and "差错 0 个" in text
    assert "别字  “再接再励”  2 处，其中标题 1 处，计 3 个" in text
    assert "《报纸期刊质量管理规定》" in text


def test_the_report_text_in_english_keeps_the_counts_and_the_written_forms():
    before = _count("合作社再接再励迎丰收\n昨天，合作社表示将再接再励。\n")
    after = _count("合作社再接再厉迎丰收\n昨天，合作社表示将再接再厉。\n")
    chinese = report_text("page.txt", before, after)
    text = report_text("page.txt", before, after, AFTER_FIXES, ENGLISH)
    assert text.startswith("Error report: page.txt\n")
    assert "As opened: " in text and "After one-click fixes: " in text and "3 errors" in text and "0 errors" in text
    assert "Wrong characters  “再接再励”  2 times, 1 in headlines, counts 3" in text
    assert "over the standard" in text and "within the standard" in text
    # nothing Chinese is left but the error's written form and the regulation's name, quoted
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"“[^”]*”", "", text))
    assert len(text.splitlines()) == len(chinese.splitlines())
    assert report_text("page.txt", before, after, AFTER_FIXES) == report_text("page.txt", before, after, "一键修正后")


def test_cli_check_report_prints_it_and_json_carries_it(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("合作社再接再励迎丰收\n昨天，合作社表示将再接再励，二0二0年起每年举办。\n", encoding="utf-8")
    run = [sys.executable, "-m", "desktop", "check", "--no-archive", "--report", str(page)]
    shown = subprocess.run(run, capture_output=True, text=True, encoding="utf-8", check=False)
    assert shown.returncode == 1, shown.stderr
    assert "校对报告" in shown.stdout and "一键修正后" in shown.stdout and "差错 3.1 个" in shown.stdout
    plain = subprocess.run([*run[:-2], str(page)], capture_output=True, text=True, encoding="utf-8", check=False)
    assert "校对报告" not in plain.stdout
    as_json = subprocess.run(
        [*run[:-1], "--json", str(page)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    record = json.loads(as_json.stdout)
    assert record["report"]["before"]["errors"] == pytest.approx(3.1)
    assert record["report"]["after"]["errors"] == 0
    assert {"schema", "file", "findings", "articles"} <= set(record)
    without = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--no-archive", "--json", str(page)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert "report" not in json.loads(without.stdout)
