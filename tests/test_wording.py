"""The engine's messages render in Chinese (as before) and in English, and every one has its English."""

from __future__ import annotations

import ast
import json
import pickle
import re
import string
from pathlib import Path

from desktop.proofing import pipeline
from desktop.proofing.wording import ENGLISH, Text, joined, language_of, render, say
from desktop.proofing.wording_en import ENGLISH as CATALOGUE

ENGINE = Path(__file__).resolve().parent.parent / "desktop" / "proofing"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _templates() -> set[str]:
    found: set[str] = set()
    for path in ENGINE.rglob("*.py"):
        if path.name == "wording.py":
            continue  # (its own _rebuild passes a template on)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say" and node.args:
                first = node.args[0]
                options = (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,)
                assert all(isinstance(o, ast.Constant) for o in options), f"{path.name}: say() needs a literal"
                found.update(o.value for o in options)  # type: ignore[attr-defined]
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_engine_message_has_english_with_the_same_fields() -> None:
    templates = _templates()
    assert len(templates) > 60
    missing = sorted(t for t in templates if t not in CATALOGUE)
    assert missing == []
    for template in templates:
        assert _fields(CATALOGUE[template]) == _fields(template), template
        assert not HAN.search(re.sub(r"“[^”]*”|\{[^}]*\}|[万亿十百千〇年]", "", CATALOGUE[template])), template


def test_a_text_is_its_chinese_and_renders_in_english() -> None:
    text = say("稿件“{title}”没有署名", title="青禾县的秋收")
    assert text == "稿件“青禾县的秋收”没有署名"
    assert json.dumps({"m": text}, ensure_ascii=False) == '{"m": "稿件“青禾县的秋收”没有署名"}'
    assert render(text, ENGLISH) == "the story “青禾县的秋收” has no byline"
    assert render("一句普通的话", ENGLISH) == "一句普通的话"
    both = joined([say("数字被断在两行"), say("上一行以“{last}”结尾，句子没有结束", last="，")])
    assert both == "数字被断在两行；上一行以“，”结尾，句子没有结束"
    assert render(both, ENGLISH) == (
        "a number split over two lines; the line above ends with “，”: the sentence is not finished"
    )
    nested = say(
        "“{word}{word}”中两个“{word}”各自成词；{why}",
        word="的",
        why=say("同一个虚词连写两次是常见的录入差错，不是叠词"),
    )
    assert render(nested, ENGLISH).endswith("not a reduplicated word")
    for value in (text, both, nested):
        copy = pickle.loads(pickle.dumps(value))
        assert isinstance(copy, Text) and copy == value and render(copy, ENGLISH) == render(value, ENGLISH)


def _frame(text: str) -> str:
    assert isinstance(text, Text)
    if text.parts:
        return "; ".join(_frame(part) for part in text.parts)
    args = {name: _frame(value) if isinstance(value, Text) else value for name, value in text.args}
    args = {
        name: value if isinstance(value, int | float) or name in ("year", "month", "day") else "·"
        for name, value in args.items()
    }
    return CATALOGUE[text.template].format(**args)


def test_language_codes() -> None:
    assert [language_of(c) for c in ("en", "en_GB.UTF-8", "English", "zh_CN", "C.UTF-8", None)] == [
        "en",
        "en",
        "en",
        "zh",
        "zh",
        "zh",
    ]


def test_findings_of_a_page_say_everything_in_english() -> None:
    page = (
        "青禾县秋收忙\n\n本报讯 近日，青禾县的农民们在田间忙着收割，今年的\n收成比去年好。\n\n"
        '他说:"今年好."他们的的确确很高兴。再接再励，继续努力\n\n记者 林可舟\n\n'
        "青禾县秋收忙\n\n另一篇稿件的正文写在这里，也没有写完整。\n"
    )
    analysis = pipeline.analyse(pipeline.document_from_text(page))
    findings = analysis.findings if hasattr(analysis, "findings") else analysis
    assert {f.check for f in findings} >= {"broken-line-break", "duplicate-headline", "halfwidth-punctuation"}
    for finding in findings:
        for said in (finding.message, finding.evidence):
            assert render(said, ENGLISH) != str(said)
            frame = _frame(said)  # the English with the page's words and the rule book's entries left out
            assert not HAN.search(re.sub(r"“[^”]*”", "", frame)), frame
        assert finding.to_json()["message"] == str(finding.message)
