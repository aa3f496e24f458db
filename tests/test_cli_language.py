"""The CLI and the Word comments in the reader's language: Chinese by default, English by ``--lang`` or the locale."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from desktop.cli import main
from desktop.paths import sample_page

HAN = re.compile(r"[\u4e00-\u9fff]")
KEYS = {"check", "severity", "blocks", "article", "message", "evidence", "confidence", "fixable"}


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", str(sample_page()), "--no-archive", *args])
    return capsys.readouterr().out


def test_json_is_chinese_by_default_and_english_on_request_in_the_same_shape(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    chinese = json.loads(_check(capsys, "--json"))["findings"]
    english = json.loads(_check(capsys, "--json", "--lang", "en"))["findings"]
    assert len(chinese) == len(english) > 10
    for zh, en in zip(chinese, english, strict=True):
        assert set(zh) == set(en) == KEYS
        assert {k: v for k, v in zh.items() if k not in ("message", "evidence")} == {
            k: v for k, v in en.items() if k not in ("message", "evidence")
        }
        assert HAN.search(zh["message"])
    missing = next(f for f in english if f["check"] == "missing-byline")
    assert "has no byline" in missing["message"]
    breaks = [f for f in english if f["check"] == "broken-line-break"]
    assert breaks and all("wrongly broken into two paragraphs" in f["message"] for f in breaks)
    assert all(f["message"].endswith("are one sentence wrongly broken into two paragraphs") for f in breaks)


def test_the_report_follows_the_locale(capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    report = _check(capsys)
    assert "Evidence:" in report and "Total: Error" in report and "依据" not in report
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    report = _check(capsys)
    assert "依据：" in report and "合计：错误" in report
    assert "Evidence:" not in _check(capsys, "--lang", "zh")


def test_the_error_report_in_english_with_lang_en(capsys, tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("合作社再接再励迎丰收\n昨天，合作社表示将再接再励，二0二0年起每年举办。\n", encoding="utf-8")
    main(["check", str(page), "--no-archive", "--report", "--lang", "en"])
    out = capsys.readouterr().out
    report = out[out.index("Error report: ") :]
    assert "As opened: " in report and "After one-click fixes: " in report and "3.1 errors" in report
    assert "Number usage  “" in report
    assert not HAN.search(re.sub(r"“[^”]*”", "", report))
    main(["export", str(page), "-o", str(tmp_path / "out"), "--page", "--report", "--lang", "en"])
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    saved = next(path for path in written if path.suffix == ".txt").read_text(encoding="utf-8")
    assert saved.startswith("Error report: page.txt") and "As exported: " in saved


def test_word_comments_in_english_when_asked(tmp_path: Path, capsys):
    code = main(["export", str(sample_page()), "-o", str(tmp_path), "--page", "--lang", "en"])
    assert code == 0
    [path] = [Path(line) for line in capsys.readouterr().out.splitlines()]
    texts = [comment.text for comment in docx.Document(str(path)).comments]
    assert texts
    for text in texts:
        assert "可信度" not in text and "依据" not in text
        assert re.search(r"(Error|Warning|Note) · [A-Z][a-z].* · confidence \d+%$", text), text
    assert any("Evidence: " in text for text in texts)
