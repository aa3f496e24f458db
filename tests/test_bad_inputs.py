"""The bad-input corpus (tests/data/bad/, tests/bad_inputs.py) through the loader and the real CLI.

Every bad input gets one sentence naming the file, the problem and what to do; the
CLI exits 2 with that sentence on one stderr line, never a traceback, never a hang.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from bad_inputs import BY_NAME, CORPUS, NO_CAPABILITIES, PAGE, PARAGRAPHS, BadInput, page_with_long_line, write_corpus

from desktop.cli import main as cli_main
from desktop.proofing.load import MAX_LINE_CHARS, LoadError, load_text

REPO = Path(__file__).resolve().parent.parent
COMMITTED = REPO / "tests" / "data" / "bad"
README = (COMMITTED / "README.md").read_text(encoding="utf-8")
TIMEOUT = 60  # seconds; a refusal takes well under one (bench/bad_input_refusals.py)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole corpus, big files and special paths included, written once for this module."""
    folder = tmp_path_factory.mktemp("bad")
    write_corpus(folder, include_big=True, include_special=True)
    return folder


def _assert_one_sentence_for_the_editor(message: str, item: BadInput) -> None:
    assert message.startswith(f"无法打开“{item.name}”：")
    for fragment in item.expect:
        assert fragment in message
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith("。") and "请" in message  # what the editor can do


def test_committed_corpus_is_what_the_generator_writes(tmp_path):
    write_corpus(tmp_path, include_special=False)
    committed = {path.name for path in COMMITTED.iterdir()} - {"README.md"}
    assert committed == {item.name for item in CORPUS if item.committed}
    for name in committed:
        assert (COMMITTED / name).read_bytes() == (tmp_path / name).read_bytes(), name
    for item in CORPUS:
        assert f"`{item.name}`" in README, item.name


@pytest.mark.parametrize("item", [i for i in CORPUS if i.name != "no-permission.txt"], ids=lambda i: i.name)
def test_loader_refuses_with_a_sentence(corpus, item):
    with pytest.raises(LoadError) as caught:
        load_text(corpus / item.name)
    _assert_one_sentence_for_the_editor(str(caught.value), item)
    assert f" | {caught.value} |" in README, "tests/data/bad/README.md quotes the message as it is"


def test_committed_files_are_refused_where_they_lie():
    for item in CORPUS:
        if item.committed:
            with pytest.raises(LoadError):
                load_text(COMMITTED / item.name)


def _cli(*args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        env=environment,
        cwd=REPO,
    )


@pytest.mark.parametrize("item", [i for i in CORPUS if i.name != "no-permission.txt"], ids=lambda i: i.name)
def test_check_exits_2_with_one_line_naming_the_file(corpus, item):
    result = _cli("check", "--no-archive", str(corpus / item.name))
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("proofsheet: ")
    _assert_one_sentence_for_the_editor(lines[0].removeprefix("proofsheet: "), item)


def test_a_file_without_read_permission_is_refused_by_the_real_cli():
    folder = Path(tempfile.mkdtemp(prefix="proofsheet-perm-"))
    try:
        folder.chmod(0o755)
        path = BY_NAME["no-permission.txt"].make(folder)
        output = folder / "out.txt"
        for args in (["check", "--no-archive", str(path)], ["fix", str(path), "-o", str(output)]):
            result = _cli(*args, prefix=NO_CAPABILITIES)
            assert result.returncode == 2, result.stderr
            assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
            _assert_one_sentence_for_the_editor(result.stderr.strip().removeprefix("proofsheet: "), BY_NAME[path.name])
        assert not output.exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


REPRESENTATIVE = (
    "random-bytes.txt",
    "mixed-utf8-gbk.txt",
    "utf16le-lone-surrogate.txt",
    "truncated.docx",
    "one-line-20mb.txt",
    "page-60mb.txt",
    "a-folder.txt",
    "missing.txt",
    "loop.txt",
)


@pytest.mark.parametrize("name", REPRESENTATIVE)
def test_fix_and_export_exit_2_and_write_nothing(corpus, tmp_path, capsys, name):
    output = tmp_path / "fixed.txt"
    assert cli_main(["fix", str(corpus / name), "-o", str(output)]) == 2
    assert not output.exists()
    folder = tmp_path / "export"
    assert cli_main(["export", str(corpus / name), "-o", str(folder)]) == 2
    assert not folder.exists()
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 2 and lines[0] == lines[1]
    _assert_one_sentence_for_the_editor(lines[0].removeprefix("proofsheet: "), BY_NAME[name])


def test_a_named_pipe_is_refused_by_fix_and_export_without_waiting(corpus, tmp_path):
    for args in (
        ["fix", str(corpus / "pipe.txt"), "-o", str(tmp_path / "o.txt")],
        ["export", str(corpus / "pipe.txt"), "-o", str(tmp_path)],
    ):
        result = _cli(*args)
        assert result.returncode == 2 and "不是普通文件" in result.stderr


def test_check_goes_on_with_the_good_files_after_a_bad_one(corpus, sample_text, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(sample_text, encoding="utf-8")
    result = _cli("check", "--no-archive", "--json", str(corpus / "mixed-utf8-gbk.txt"), str(good))
    assert result.returncode == 2
    assert "mixed-utf8-gbk.txt" in result.stderr and result.stdout.count("\n") == 1
    assert '"file": ' in result.stdout and "good.txt" in result.stdout


def test_load_error_survives_the_helper_process():
    """Big pages are opened in a helper process; the refusal must come back intact (it used to break the pool)."""
    error = pickle.loads(pickle.dumps(LoadError(Path("/pages/第3版.txt"), "文件是空的（0 字节）。")))
    assert str(error) == "无法打开“第3版.txt”：文件是空的（0 字节）。"
    assert error.path == Path("/pages/第3版.txt")


def test_a_page_pasted_as_one_line_still_loads(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_bytes(page_with_long_line(MAX_LINE_CHARS))
    assert len(load_text(path).text.split("\n")[1]) == MAX_LINE_CHARS
    path.write_bytes(page_with_long_line(MAX_LINE_CHARS + 1))
    with pytest.raises(LoadError, match="第 2 行有 100,001 个字符"):
        load_text(path)


def test_mixed_file_starting_in_gbk_is_not_loaded_as_mojibake(tmp_path):
    """GBK first, then UTF-8: decoding it all as GB18030 would succeed and garble the UTF-8 part."""
    data = "\n".join(PARAGRAPHS[:3]).encode("gbk") + b"\n" + "\n".join(PARAGRAPHS[3:]).encode("utf-8") + b"\n"
    path = tmp_path / "gbk-then-utf8.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="混用了两种编码：第 4、5 行是 UTF-8 编码，其余是 GBK"):
        load_text(path)


def test_a_word_file_with_a_text_extension_and_a_text_with_a_word_extension(tmp_path):
    from bad_inputs import word_document

    path = tmp_path / "page.txt"
    path.write_bytes(word_document())
    with pytest.raises(LoadError, match=r"\.docx 扩展名"):
        load_text(path)
    good = tmp_path / "page.docx"
    good.write_bytes(word_document())
    assert load_text(good).text == "\n".join(PARAGRAPHS)


def test_good_text_next_to_the_corpus_still_loads(tmp_path):
    for encoding in ("utf-8", "gb18030", "utf-16"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(PAGE.encode(encoding))
        assert load_text(path).text == PAGE


def test_word_tables_and_content_controls_are_not_dropped(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("秋粮收购进度表")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("县区", "收购量"), ("东昌府区", "12.5万吨"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "其中小麦8万吨"
    document.add_paragraph("表后的正文。")
    document.element.body.insert(
        -1,
        parse_xml(
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:sdtContent><w:p><w:r><w:t>控件里的署名</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    path = tmp_path / "table.docx"
    document.save(str(path))
    lines = load_text(path).text.split("\n")
    assert lines == [
        "秋粮收购进度表",
        "县区",
        "收购量",
        "东昌府区",
        "12.5万吨",
        "其中小麦8万吨",
        "",
        "表后的正文。",
        "控件里的署名",
    ]
