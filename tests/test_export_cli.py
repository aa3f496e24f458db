"""``proofsheet export``: fixes as ``proofsheet fix`` chooses them, then Word files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from desktop.cli import main
from desktop.export.readback import View, read_paragraphs
from desktop.paths import sample_page


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_applies_the_chosen_fixes_and_writes_page_and_articles(tmp_path: Path, capsys, sample_truth: dict):
    out = tmp_path / "out"
    code, stdout, _ = run(
        capsys,
        str(sample_page()),
        "-o",
        str(out),
        "--checks",
        "broken-line-break,detached-byline",
        "--edition",
        "2020-09-16",
        "--page-number",
        "6",
        "--no-comments",
    )
    assert code == 0
    written = [Path(line) for line in stdout.splitlines()]
    assert [p.parent for p in written] == [out] * 15
    assert written[0].name == "20200916-06-00-page.docx"
    for article, path in zip(sample_truth["articles"], written[1:], strict=True):
        paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
        assert paragraphs[0] == article["headline"]
        body = [text for text in paragraphs if text in article["body"]]
        assert body == article["body"]  # the broken lines are joined as in the truth file
    assert not any(docx.Document(str(p)).comments for p in written)


def test_page_only_with_tracked_changes_and_comments(tmp_path: Path, capsys):
    code, stdout, _ = run(capsys, str(sample_page()), "-o", str(tmp_path), "--page", "--track-changes")
    assert code == 0
    [path] = [Path(line) for line in stdout.splitlines()]
    assert path.name == "20200916-01-00-page.docx"  # the date comes from the file name
    raw_lines = [line.strip() for line in sample_page().read_text(encoding="utf-8").splitlines() if line.strip()]
    rejected = "".join(p.text for p in read_paragraphs(path, View.REJECTED))
    assert sorted(rejected) == sorted("".join(raw_lines))
    assert len(read_paragraphs(path, View.ACCEPTED)) < len(raw_lines)
    assert list(docx.Document(str(path)).comments)


def test_per_article_only_and_overwrite(tmp_path: Path, capsys):
    args = [str(sample_page()), "-o", str(tmp_path), "--per-article", "--checks", "broken-line-break"]
    assert run(capsys, *args)[0] == 0
    assert len(list(tmp_path.iterdir())) == 14
    code, _, stderr = run(capsys, *args)
    assert code == 2 and "已存在" in stderr and "--overwrite" in stderr
    assert run(capsys, *args, "--overwrite")[0] == 0


def test_bad_input_exits_2_with_the_load_message(tmp_path: Path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, stderr = run(capsys, str(empty), "-o", str(tmp_path / "out"))
    assert code == 2 and "empty.txt" in stderr and "空" in stderr
    code, _, stderr = run(capsys, str(sample_page()), "-o", str(tmp_path), "--checks", "no-such-check")
    assert code == 2 and "no-such-check" in stderr
    with pytest.raises(SystemExit):
        main(["export", str(sample_page()), "-o", str(tmp_path), "--per-article", "--page"])


def test_the_exported_page_renders_with_every_headline_and_byline(tmp_path: Path, capsys, sample_truth: dict):
    """One LibreOffice conversion of the sample page's export, read with pdftotext."""
    code, stdout, _ = run(capsys, str(sample_page()), "-o", str(tmp_path / "docx"), "--page", "--no-comments")
    assert code == 0
    [path] = [Path(line) for line in stdout.splitlines()]
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is installed by .ci/run"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = tmp_path / (path.stem + ".pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = "".join(text.split())
    lines = ["".join(line.split()) for line in text.splitlines() if line.strip()]
    fullwidth = str.maketrans(",:;!?()", "，：；！？（）")
    for article in sample_truth["articles"]:
        headline = "".join(article["headline"].split()).translate(fullwidth)
        assert headline in flat
        for name in (article["byline"] or "").split():
            assert name in flat
        # a headline that wraps never leaves one or two characters alone on its last line
        first_line = next(line for line in lines if line and headline.startswith(line))
        assert first_line == headline or len(headline) - len(first_line) >= 3, headline
    pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "pts (A4)" in pages


def test_report_is_written_next_to_the_export(tmp_path: Path, capsys):
    page = tmp_path / "page.txt"
    page.write_text("合作社再接再励迎丰收\n本报讯（记者 林可舟）昨天，合作社表示将再接再励。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(page), "-o", str(out), "--page", "--edition", "2026-12-07", "--report"]) == 0
    report = out / "page-校对报告.txt"
    assert str(report) in capsys.readouterr().out
    text = report.read_text(encoding="utf-8")
    assert "原稿：" in text and "差错 3 个" in text  # the headline's counts twice
    assert "导出稿：" in text and "差错 0 个" in text  # the export took the one-click fixes
    assert main(["export", str(page), "-o", str(out), "--page", "--edition", "2026-12-07", "--report"]) != 0


def test_export_works_on_the_file_alone_and_leaves_the_database_as_it_was(tmp_path: Path, capsys, monkeypatch):
    """The page is in the configured database (a real SQLite file), proofed there by 林可舟: the command-line
    export writes Word files from the file and, as its help says, records no export and archives nothing."""
    from desktop.proofing.pipeline import document_from_text
    from storage.db import open_database
    from storage.headline_index import SqlHeadlineArchive
    from storage.pages import PageStore

    text = "青禾县新建三座乡村图书馆\n本报记者 林可舟\n本报讯 青禾县今年在三个镇新建乡村图书馆，藏书共两万册。\n"
    page = tmp_path / "青禾日报-第3版.txt"
    page.write_text(text, encoding="utf-8")
    url = f"sqlite+pysqlite:///{tmp_path / 'desk.sqlite3'}"
    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", url)
    with open_database(url) as database:
        document = document_from_text(text, source_name=page.name)
        PageStore(database).import_page(page.read_bytes(), document, raw_text=text, author="林可舟").close()

    code, stdout, _ = run(capsys, str(page), "-o", str(tmp_path / "out"), "--edition", "2026-03-02", "--no-comments")
    assert code == 0 and len(stdout.splitlines()) == 2  # the page and its one article
    with open_database(url) as database:
        (summary,) = PageStore(database).pages()
        assert summary.exported_by is None and summary.exported_at is None
        assert {record.status for record in PageStore(database).articles(summary.page_id)} == {"draft"}
        assert SqlHeadlineArchive(database).search("青禾县新建三座乡村图书馆", limit=1) == []

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "不打开数据库" in capsys.readouterr().out
