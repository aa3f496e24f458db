"""The headless commands as a script would use them: JSON Lines, exit codes, the cleaned page."""

from __future__ import annotations

import argparse
import json
import os
import unicodedata
from pathlib import Path

import pytest

from desktop.cli import SUBCOMMANDS, build_parser, gui_positionals, main
from desktop.paths import sample_page

FINDING_KEYS = {"check", "severity", "blocks", "article", "message", "evidence", "confidence", "fixable"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _truth_articles(truth: dict) -> list[list[str]]:
    articles = []
    for article in truth["articles"]:
        lines = [article["headline"]]
        if article["subtitle"]:
            lines.append(article["subtitle"])
        lines.extend(article["body"])
        articles.append(lines)
    return articles


def _output_articles(text: str, truth: dict) -> list[list[str]]:
    """Split the cleaned page into articles, setting aside a detached byline written on the last line."""
    chunks = [chunk.split("\n") for chunk in text.strip("\n").split("\n\n")]
    for lines, article in zip(chunks, truth["articles"], strict=False):
        if article.get("byline_detached"):
            assert lines.pop() in (f"({article['byline']})", f"（{article['byline']}）")
    return chunks


def _fold_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("“", '"').replace("”", '"')


def test_check_json_has_exactly_the_documented_schema(capsys, sample_truth):
    code, out, err = _run(capsys, "check", "--json", "--no-archive", str(sample_page()))
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert set(report) == {"schema", "file", "encoding", "blocks", "articles", "findings"}
    assert report["schema"] == 1
    assert report["file"] == str(sample_page())
    assert report["encoding"] == "utf-8"
    assert report["blocks"] == 70
    assert [a["headline"] for a in report["articles"]] == [a["headline"] for a in sample_truth["articles"]]
    for article in report["articles"]:
        assert set(article) == {"headline", "subtitle", "byline", "credits", "blocks"}
        names = [person["name"] for credit in article["credits"] for person in credit["people"]]
        assert " ".join(dict.fromkeys(names)) == (article["byline"] or "")
        assert article["blocks"] == sorted(article["blocks"])
    owned = [i for a in report["articles"] for i in a["blocks"]]
    assert len(owned) == len(set(owned))
    assert report["articles"][0]["blocks"][0] == 0
    for finding in report["findings"]:
        assert set(finding) == FINDING_KEYS
        assert finding["severity"] in {"error", "warning", "info"}
        assert 0.0 <= finding["confidence"] <= 1.0
        assert isinstance(finding["fixable"], bool)
    assert any(f["severity"] == "error" for f in report["findings"])
    assert code == 1


def test_check_emits_one_json_line_per_file_and_exit_2_on_bad_input(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    clean = tmp_path / "clean.txt"
    clean.write_text("县里召开会议\n\n本报讯（记者 李明）县里昨天召开会议，部署秋收工作。\n", encoding="utf-8")
    code, out, err = _run(capsys, "check", "--json", "--no-archive", str(clean), str(empty), str(clean))
    assert len(out.splitlines()) == 2
    assert all(json.loads(line)["file"] == str(clean) for line in out.splitlines())
    assert "empty.txt" in err and "Traceback" not in err
    assert code == 2


def test_check_exit_0_when_no_error_remains(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("县里召开秋收工作会议\n\n本报讯（记者 李明）县里昨天召开会议，部署秋收工作。\n", encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--json", "--no-archive", str(page))
    report = json.loads(out)
    assert not [f for f in report["findings"] if f["severity"] == "error"]
    assert report["articles"][0]["byline"] == "李明"
    assert code == 0


def test_human_report_names_the_file_and_counts(capsys):
    code, out, _ = _run(capsys, "check", "--no-archive", str(sample_page()))
    assert out.startswith(str(sample_page()))
    assert "broken-line-break" in out and "合计" in out
    assert code == 1


def test_unknown_check_name_is_refused(capsys, tmp_path):
    code, _, err = _run(capsys, "fix", str(sample_page()), "-o", str(tmp_path / "x.txt"), "--checks", "nonsense")
    assert code == 2
    assert "nonsense" in err


def test_fix_breaks_and_bylines_gives_the_truth_paragraphs(capsys, tmp_path, sample_truth):
    out_path = tmp_path / "cleaned.txt"
    code, _, err = _run(
        capsys, "fix", str(sample_page()), "-o", str(out_path), "--checks", "broken-line-break,detached-byline"
    )
    assert (code, err) == (0, "")
    assert _output_articles(out_path.read_text(encoding="utf-8"), sample_truth) == _truth_articles(sample_truth)


def test_full_fix_equals_the_truth_up_to_punctuation_width(capsys, tmp_path, sample_truth):
    out_path = tmp_path / "cleaned.txt"
    code, _, _ = _run(capsys, "fix", str(sample_page()), "-o", str(out_path))
    assert code == 0
    text = out_path.read_text(encoding="utf-8")
    assert "," not in text.replace("1,975", "")  # every half-width comma in Chinese text became full-width
    got = [[_fold_width(line) for line in article] for article in _output_articles(_fold_width(text), sample_truth)]
    want = [[_fold_width(line) for line in article] for article in _truth_articles(sample_truth)]
    assert got == want


def test_fix_is_idempotent_on_its_own_output(capsys, tmp_path):
    first, second = tmp_path / "once.txt", tmp_path / "twice.txt"
    assert _run(capsys, "fix", str(sample_page()), "-o", str(first))[0] == 0
    assert _run(capsys, "fix", str(first), "-o", str(second))[0] == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_fix_on_gb18030_crlf_input_writes_utf8(capsys, tmp_path, sample_text):
    source = tmp_path / "gbk.txt"
    source.write_bytes(sample_text.replace("\n", "\r\n").encode("gb18030"))
    out_path = tmp_path / "out.txt"
    assert _run(capsys, "fix", str(source), "-o", str(out_path), "--min-confidence", "0.5")[0] == 0
    reference = tmp_path / "ref.txt"
    assert _run(capsys, "fix", str(sample_page()), "-o", str(reference), "--min-confidence", "0.5")[0] == 0
    assert out_path.read_bytes() == reference.read_bytes()


def test_fix_refuses_bad_input_with_exit_2(capsys, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    code, _, err = _run(capsys, "fix", str(binary), "-o", str(tmp_path / "o.txt"))
    assert code == 2
    assert "photo.txt" in err
    assert not (tmp_path / "o.txt").exists()


def test_module_entry_point_runs_headless(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--json", "--no-archive", str(sample_page())],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)["schema"] == 1


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path, sample_text):
    import subprocess
    import sys

    page = tmp_path / "long.txt"
    page.write_text(sample_text * 20, encoding="utf-8")  # a report far larger than a pipe's buffer
    command = [sys.executable, "-m", "desktop", "check", "--no-archive", str(page)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # like `proofsheet check page.txt | head -1`
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err


def test_human_report_groups_findings_by_article(capsys):
    _, out, _ = _run(capsys, "check", "--no-archive", str(sample_page()))
    lines = out.splitlines()
    assert lines[1].startswith("  第1篇《全国政务公开研讨会召开")
    second = next(i for i, line in enumerate(lines) if line.startswith("  第2篇《"))
    assert "聊城高新区顾官屯镇" in lines[second]


@pytest.mark.parametrize(
    ("argv", "named", "suggested"),
    [
        (["chek", "page.txt"], "chek", "check"),
        (["sync", "--help"], "sync", None),
        (["-platform", "offscreen", "nowhere.txt"], "nowhere.txt", None),
    ],
)
def test_a_mistyped_subcommand_is_an_error_not_a_window(tmp_path, argv, named, suggested):
    import subprocess
    import sys

    (tmp_path / "page.txt").write_text("青禾县召开会议\n", encoding="utf-8")  # `chek page.txt`: the file is there
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        timeout=60,  # a window started offscreen would never end: the timeout fails the test
    )
    assert result.returncode == 2
    assert result.stdout == ""
    message = result.stderr.splitlines()[-1]
    assert message.startswith(f"proofsheet: “{named}”既不是子命令，也不是已有的文件。")
    assert "check、fix、export、archive、roster" in message
    assert (f"是不是要用“{suggested}”" in message) == (suggested is not None)


def test_subcommands_listed_are_the_parsers_subcommands():
    parser = build_parser()
    (subparsers,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    assert tuple(subparsers.choices) == SUBCOMMANDS


def test_qt_options_and_their_values_are_not_files():
    argv = ["-platform", "offscreen", "--style", "fusion", "page.txt", "-reverse", "第二版.txt"]
    assert gui_positionals(argv) == ["page.txt", "第二版.txt"]
