"""Minimal inputs found by ``tools/fuzz.py`` (see docs/fuzzing.md), each pinned after its fix."""

from __future__ import annotations

import codecs

import pytest

from desktop.commands.fix import apply_selected_fixes
from desktop.proofing.checks.halfwidth_punctuation import halfwidth_offsets
from desktop.proofing.load import LoadError, load_text
from desktop.proofing.pipeline import document_from_text
from desktop.proofing.render import render_text


def _fixed_page(text: str) -> str:
    fixed, _batches = apply_selected_fixes(document_from_text(text), None, 0.0)
    return render_text(fixed)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # fuzz engine finding 1: each pass made one more colon full-width (the one next to the last fixed)
        (":::::::3", "：：：：：：：3"),
        # the same cascade on real text: the comma is fixed first, then the gloss's parentheses stand before it
        ("采用GPS(Global Positioning System),该系统", "采用GPS（Global Positioning System），该系统"),
        ("见WTO(World Trade Organization):它", "见WTO（World Trade Organization）：它"),
    ],
)
def test_halfwidth_fix_reaches_its_fixpoint_in_one_pass(line, expected):
    offsets = halfwidth_offsets(line)
    assert len(offsets) == sum(a != b for a, b in zip(line, expected, strict=True))
    cleaned = _fixed_page(line)
    assert cleaned == expected + "\n"
    assert _fixed_page(cleaned) == cleaned


def test_export_shows_characters_xml_cannot_carry_as_replacement_marks(tmp_path):
    # fuzz export finding: a page the loader accepts may hold a few control characters (\x08, \x07 left
    # by a PDF extractor); the body showed them as U+FFFD but a comment quoting them and a headline
    # holding one (the file's title property) made lxml raise ValueError, and no file was written
    import datetime as dt

    import docx

    from desktop.export import ExportOptions, export_document
    from desktop.proofing.pipeline import analyse

    page = document_from_text("标题\x08测试\n本报讯（记者 张伟）今天\x07天气很好,大家都出门了。\n")
    options = ExportOptions(overwrite=True, timestamp=dt.datetime(2026, 1, 1, 8, 0))
    findings = analyse(page)  # exported unfixed: the half-width comma's comment quotes the \x07
    assert any(finding.check == "halfwidth-punctuation" for finding in findings)
    written = export_document(page, tmp_path, options, raw=page, findings=findings)
    assert len(written) == 2
    for path in written:
        read = docx.Document(str(path))
        text = "".join(paragraph.text for paragraph in read.paragraphs)
        assert "标题\ufffd测试" in text
        assert "今天\ufffd天气很好,大家都出门了。" in text
        assert any("今天\ufffd天气很好【,】" in comment.text for comment in read.comments)
    (article_file,) = [path for path in written if "-00-" not in path.name]
    assert docx.Document(str(article_file)).core_properties.title == "标题\ufffd测试"


@pytest.mark.parametrize(
    "data",
    [
        # fuzz load finding 3: GB18030's own byte-order mark (the codec keeps it as U+FEFF) on a long and a short page
        b"\x84\x31\x95\x33" + ("中文测试" * 20).encode("gb18030"),
        bytes.fromhex("84319533cec4cffeb6f5d9bb"),
        # fuzz load finding 4: a tool put its own BOM in front of the file's
        codecs.BOM_UTF8 * 2 + "头条标题\n正文第一段。".encode(),
        codecs.BOM_UTF16_LE + "\ufeff头条标题\n正文第一段。".encode("utf-16-le"),
    ],
)
def test_no_byte_order_mark_reaches_the_page(tmp_path, data):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    loaded = load_text(path)
    assert not loaded.text.startswith("\ufeff")
    assert loaded.text.strip()


def test_a_docx_whose_zip_needs_an_unknown_version_is_refused_in_a_sentence(tmp_path):
    # fuzz load finding 7: the central directory claims zip version 6.4, zipfile raised NotImplementedError
    path = tmp_path / "photos.docx"
    path.write_bytes(
        bytes.fromhex(
            "504b504b0102140340000000080000003051b32fef7759030000540300000d000000000000000000000080010000000070686f"
            "746f732f70312e706e67504b0102140314000000080000003051f0fc49db0f0000000c000000110000000000000000000000"
            "80018403000070686f746f732f726561646d652e747874504b050600000000020002007a000000c20300000000"
        )
    )
    with pytest.raises(LoadError, match=r"photos\.docx.*损坏"):
        load_text(path)
