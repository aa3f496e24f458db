"""Loading pages: encodings, newlines, indentation, and clear refusals of bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import pytest
from conftest import hypothesis_examples
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.proofing.blocks import split_blocks
from desktop.proofing.load import MAX_BYTES, LoadError, load_text

PAGE = "全国政务公开研讨会召开,聊城市做经验交流发言\n\n本报聊城9月16日讯(记者张同建) 9月16日,会议召开。\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
        ("臺灣報紙的版面，記者報導。\n".encode("big5"), "big5"),
    ],
)
def test_encodings_are_detected_and_reported(tmp_path, data, encoding):
    loaded = load_text(_write(tmp_path, "page.txt", data))
    assert loaded.encoding == encoding
    assert loaded.text == data.decode(encoding).lstrip("\ufeff")


def test_sample_page_loads_as_utf8(sample_text):
    from desktop.paths import sample_page

    loaded = load_text(sample_page())
    assert loaded.encoding == "utf-8"
    assert loaded.text == sample_text


def test_crlf_and_cr_become_lf(tmp_path):
    loaded = load_text(_write(tmp_path, "p.txt", "一\r\n二\r三\n四".encode()))
    assert loaded.text == "一\n二\n三\n四"


def test_indentation_is_layout_not_text():
    blocks = split_blocks("\u3000\u3000第一段。\n    第二段。\n\n\t第三段。  \n")
    assert [b.text for b in blocks] == ["第一段。", "第二段。", "第三段。"]
    assert [b.indent for b in blocks] == ["\u3000\u3000", "    ", "\t"]
    assert [b.blank_before for b in blocks] == [True, False, True]
    assert [b.line for b in blocks] == [1, 2, 4]


def test_docx_paragraphs_become_lines(tmp_path):
    document = docx.Document()
    for text in ("标题", "", "第一段正文。"):
        document.add_paragraph(text)
    path = tmp_path / "page.docx"
    document.save(str(path))
    loaded = load_text(path)
    assert loaded.encoding == "docx"
    assert loaded.text == "标题\n\n第一段正文。"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "空的"),
        ("blank.txt", b" \n\r\n\t \xe3\x80\x80\n", "只有空白"),
        ("binary.txt", bytes(range(256)) * 40, "二进制"),
        ("nul.txt", b"abc\x00def\x00\x01\x02" * 10, "二进制"),
        ("truncated.txt", "这是一段被截断的中文文字，内容足够长。".encode()[:-1], "UTF-8"),
        ("zip.txt", b"PK\x03\x04" + b"\x00" * 100, "压缩包"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_naming_the_file(tmp_path, name, data, problem):
    path = _write(tmp_path, name, data)
    with pytest.raises(LoadError) as caught:
        load_text(path)
    message = str(caught.value)
    assert name in message
    assert problem in message


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(LoadError, match="找不到"):
        load_text(tmp_path / "nowhere.txt")
    with pytest.raises(LoadError, match="文件夹"):
        load_text(tmp_path)


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(LoadError, match="50 MB"):
        load_text(path)


def test_docx_that_is_not_word_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    with pytest.raises(LoadError, match="Word"):
        load_text(path)


def test_utf16_without_bom_is_recognised(tmp_path):
    text = "聊城市召开会议，记者报道。\n第二段1975年。\n"
    loaded = load_text(_write(tmp_path, "le.txt", text.encode("utf-16-le")))
    assert (loaded.text, loaded.encoding) == (text, "utf-16-le")


def test_word_manual_line_breaks_and_pdftotext_page_breaks_are_line_ends(tmp_path):
    # Text copied out of Word keeps a manual line break as VT; pdftotext puts FF between pages.
    page = "聊城召开会议\v本报讯 会议指出，\v要抓好落实。\n（记者 王刚）\n\f第二版标题\n正文第一段。\n"
    loaded = load_text(_write(tmp_path, "word-copy.txt", page.encode("utf-8")))
    assert loaded.text == page.replace("\v", "\n").replace("\f", "\n")
    from desktop.proofing.pipeline import document_from_text

    texts = [block.text for block in document_from_text(loaded.text).blocks]
    assert texts == ["聊城召开会议", "本报讯 会议指出，", "要抓好落实。", "（记者 王刚）", "第二版标题", "正文第一段。"]


# Every decoding the loader may report: the Unicode ones, the Chinese legacy families, and Word.
CHINESE_OR_UNICODE = {
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    "gb18030",
    "big5",
    "big5hkscs",
    "cp950",
}
# Code pages a file of Chinese may be written in by mistake, or whose bytes a guesser might prefer.
OTHER_CODE_PAGES = ("cp1252", "cp1251", "cp1006", "cp437", "latin-1", "koi8-r", "shift_jis", "euc-kr")
MADE_UP_LINES = ("青禾县召开秋粮收购会议", "本报讯（记者 林可舟）", "Café Müller öffnet", "Ünïcödé – “quoted”")


def test_a_cut_gbk_page_is_refused_naming_the_byte_not_read_as_another_code_page(tmp_path):
    path = _write(tmp_path, "cut.txt", b"\xd5\xfd\xce\xc4\xb5")  # 正文 and the first byte of a third character
    with pytest.raises(LoadError) as caught:
        load_text(path)
    assert str(caught.value).startswith("无法打开“cut.txt”：文件是 GB18030 编码，但在末尾被截断")
    assert "第 4 字节" in str(caught.value)


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_a_short_legacy_page_cut_at_its_end_is_refused(tmp_path, codec):
    data = ("林可舟报道" if codec == "gb18030" else "林可舟報導").encode(codec)[:-1]
    with pytest.raises(LoadError, match=f"{codec.upper() if codec == 'gb18030' else 'Big5'} 编码，但在末尾被截断"):
        load_text(_write(tmp_path, "cut.txt", data))


@settings(max_examples=hypothesis_examples(300), deadline=None)
@given(
    data=st.one_of(
        st.binary(min_size=1, max_size=64),
        st.tuples(
            st.lists(st.sampled_from(MADE_UP_LINES), min_size=1, max_size=4),
            st.sampled_from(("gb18030", "big5", "utf-8", "utf-16-le", *OTHER_CODE_PAGES)),
            st.integers(min_value=0, max_value=3),
        ).map(lambda drawn: "\n".join(drawn[0]).encode(drawn[1], errors="ignore")[: -drawn[2] or None]),
    )
)
def test_a_page_is_read_in_a_chinese_or_unicode_encoding_or_refused(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("any") / "page.txt"
    path.write_bytes(data)
    try:
        loaded = load_text(path)
    except LoadError as error:
        assert str(error).startswith("无法打开“page.txt”：")
        return
    assert loaded.encoding in CHINESE_OR_UNICODE
    assert "\ufffd" not in loaded.text or "\ufffd" in data.decode(loaded.encoding)  # nothing decoded "with replacement"
