"""The bad-input corpus: every way a page file can be wrong, made here (nothing downloaded).

Each ``BadInput`` knows how to write itself into a folder, what is wrong with it and a
fragment of the message the editor must get.  ``tools/make_bad_inputs.py`` writes the
corpus into ``tests/data/bad/`` (the small files are committed; see the README there);
the tests build the big ones and the ones git cannot hold (a folder, a file without
permission, a symlink loop, a named pipe) into a temporary folder with the same functions.
Everything is deterministic: the same bytes on every run.
"""

from __future__ import annotations

import codecs
import datetime
import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Paragraphs written for this corpus (not taken from a real page).
PARAGRAPHS = (
    "市政府召开常务会议研究部署秋粮收购工作",
    "本报讯（记者 赵静 通讯员 王刚）9月16日，市政府召开常务会议，研究部署今年秋粮收购工作。",
    "会议指出，要切实抓好粮食收购、储存和运输等环节，确保农民售粮顺畅，种粮收益稳定增长。",
    "会议强调，各县（市、区）要压实责任，做好仓容准备，加强市场监管，严厉打击压级压价行为。",
    "据了解，今年全市秋粮播种面积达到560万亩，预计总产量比去年增长3.2%，丰收已成定局。",
)
PAGE = "\n\n".join(PARAGRAPHS) + "\n"

MB = 1024 * 1024

# Root reads a file of mode 000 anyway: the tests run the CLI (or a window) without any capability,
# so it really meets EACCES (setpriv is in util-linux).  An ordinary user needs no help.
NO_CAPABILITIES = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] if os.geteuid() == 0 else []


@dataclass(frozen=True, slots=True)
class BadInput:
    name: str
    problem: str  # what is wrong with it (for the README)
    expect: tuple[str, ...]  # fragments the refusal must contain
    make: Callable[[Path], Path]  # writes it into a folder and returns the path to open
    committed: bool = True  # small enough and a plain file: kept in tests/data/bad/


def _writer(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data())
        return path

    return make


def _file(
    name: str, problem: str, expect: tuple[str, ...], data: Callable[[], bytes], *, committed: bool = True
) -> BadInput:
    """A bad input that is a single file holding ``data()``."""
    return BadInput(name, problem, expect, _writer(name, data), committed)


def random_bytes() -> bytes:
    return random.Random(7).randbytes(4096)


def elf_binary() -> bytes:
    header = (
        b"\x7fELF\x02\x01\x01"
        + bytes(9)
        + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    )
    return header + random.Random(11).randbytes(2048)


def png_image() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    width = height = 16
    rows = b"".join(b"\x00" + bytes(random.Random(row).randbytes(width * 3)) for row in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def pdf_file() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Page 3) Tj ET")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + b"4 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def old_word_document() -> bytes:
    """The start of an OLE2 compound file, as Word 97-2003 (.doc) writes it."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    return header + bytes(512 - len(header)) + random.Random(13).randbytes(1536)


def utf8_cut_at_end() -> bytes:
    data = PAGE.rstrip("\n").encode("utf-8")
    return data[:-1]  # the last character (。) loses its last byte


def utf8_cut_in_middle() -> bytes:
    """Two UTF-8 pieces glued together where the first was cut inside a character."""
    first = (PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1]).encode("utf-8")[:-2]
    return first + ("\n\n" + "\n\n".join(PARAGRAPHS[2:]) + "\n").encode("utf-8")


def gb18030_cut_at_end() -> bytes:
    return PAGE.rstrip("\n").encode("gb18030")[:-1]


def gbk_cut_short() -> bytes:
    """Two characters and the first byte of a third: too short for any guess, still a cut GBK page."""
    return "正文的".encode("gbk")[:-1]


def western_page() -> bytes:
    """A page in a Western code page (Windows-1252): no Chinese encoding reads it."""
    return "Qinghe Daily – Café Müller öffnet, berichtet Lin Kezhou.\r\n".encode("cp1252")


def gb18030_cut_in_middle() -> bytes:
    first = (PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1]).encode("gb18030")[:-1]
    return first + ("\n\n" + "\n\n".join(PARAGRAPHS[2:]) + "\n").encode("gb18030")


def mixed_utf8_and_gbk() -> bytes:
    """Paragraphs 1, 2 and 5 in UTF-8, paragraphs 3 and 4 in GBK (two files pasted together)."""
    parts = [paragraph.encode("gbk" if index in (2, 3) else "utf-8") for index, paragraph in enumerate(PARAGRAPHS)]
    return b"\n\n".join(parts) + b"\n"


def nul_in_utf8_text() -> bytes:
    lines = PAGE.encode("utf-8").split(b"\n")
    lines[4] = lines[4][:30] + b"\x00\x00\x00\x00" + lines[4][30:]
    return b"\n".join(lines)


def _with_lone_surrogate(encoding: str, bom: bytes, surrogate: int) -> bytes:
    """The page in UTF-16 with one unpaired surrogate code unit inside paragraph 2."""
    text = PAGE.replace("\n", "\r\n")
    at = text.index("召开常务会议，")
    unit = struct.pack("<H" if encoding.endswith("le") else ">H", surrogate)
    return bom + text[:at].encode(encoding) + unit + text[at:].encode(encoding)


def utf16le_bom_lone_high_surrogate() -> bytes:
    return _with_lone_surrogate("utf-16-le", codecs.BOM_UTF16_LE, 0xD83D)


def utf16be_bom_lone_low_surrogate() -> bytes:
    return _with_lone_surrogate("utf-16-be", codecs.BOM_UTF16_BE, 0xDE00)


def utf16le_lone_low_surrogate() -> bytes:
    return _with_lone_surrogate("utf-16-le", b"", 0xDC00)


def utf16be_lone_high_surrogate() -> bytes:
    return _with_lone_surrogate("utf-16-be", b"", 0xD83D)


def utf16le_bom_odd_length() -> bytes:
    return (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"))[:-1]


def whitespace_ascii() -> bytes:
    return b"   \n\t\t\n        \n\n \t \n"


def whitespace_ideographic() -> bytes:
    return ("\u3000\u3000\n\u3000\u3000\u3000\u3000\n\n\u3000 \u3000\n").encode("utf-8")


def whitespace_crlf() -> bytes:
    return b"\r\n" * 40


def whitespace_gbk() -> bytes:
    return ("\u3000\u3000\r\n\u3000\u3000\r\n" * 3).encode("gbk")


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 9, 16, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, body)
    return buffer.getvalue()


def zip_of_photos() -> bytes:
    return _zip({"photos/p1.png": png_image(), "photos/readme.txt": "版面照片".encode()})


def spreadsheet_as_docx() -> bytes:
    """An Excel workbook (another Office Open XML package) renamed to .docx."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        "</Types>"
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
    )
    return _zip(
        {
            "[Content_Types].xml": content_types.encode(),
            "_rels/.rels": relationships.encode(),
            "xl/workbook.xml": workbook.encode(),
        }
    )


def word_document() -> bytes:
    """A real Word file with the page's paragraphs (python-docx, the app's own writer)."""
    import docx

    document = docx.Document()
    fixed = datetime.datetime(2020, 9, 16)
    document.core_properties.created = document.core_properties.modified = fixed
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    # rewrite with fixed timestamps so the bytes are the same on every run
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    return _zip({info.filename: source.read(info.filename) for info in source.infolist()})


def truncated_docx() -> bytes:
    data = word_document()
    return data[: len(data) // 2]


def plain_text_docx() -> bytes:
    return PAGE.encode("utf-8")


def docx_bomb() -> bytes:
    """A small .docx whose text part (word/document.xml) inflates to 128 MB."""
    source = zipfile.ZipFile(io.BytesIO(word_document()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            body = source.read(info.filename)
            target = zipfile.ZipInfo(info.filename, date_time=(2020, 9, 16, 0, 0, 0))
            target.compress_type = zipfile.ZIP_DEFLATED
            if info.filename != "word/document.xml":
                archive.writestr(target, body)
                continue
            at = body.index(b"<w:body>") + len(b"<w:body>")
            with archive.open(target, "w", force_zip64=True) as stream:
                stream.write(body[:at])
                block = b"<w:p/>" * (MB // 6)
                for _ in range(128):
                    stream.write(block)
                stream.write(body[at:])
    return buffer.getvalue()


def page_with_long_line(chars: int) -> bytes:
    """A page whose second line runs ``chars`` characters without a break (UTF-8)."""
    filler = "".join(PARAGRAPHS[1:]) * (chars // len("".join(PARAGRAPHS[1:])) + 1)
    return (PARAGRAPHS[0] + "\n" + filler[:chars] + "\n").encode("utf-8")


def write_one_line_of(size: int) -> Callable[[Path], Path]:
    """One line of ``size`` bytes (UTF-8 Chinese text, no line break at all)."""

    def make(folder: Path) -> Path:
        path = folder / f"one-line-{size // MB}mb.txt"
        unit = "".join(PARAGRAPHS[1:]).encode("utf-8")
        with path.open("wb") as handle:
            written = 0
            while written + len(unit) <= size:
                handle.write(unit)
                written += len(unit)
        return path

    return make


def write_big_page(size: int) -> Callable[[Path], Path]:
    """An ordinary page repeated until the file holds ``size`` bytes."""

    def make(folder: Path) -> Path:
        path = folder / f"page-{size // MB}mb.txt"
        unit = PAGE.encode("utf-8")
        with path.open("wb") as handle:
            for _ in range(size // len(unit) + 1):
                handle.write(unit)
        return path

    return make


def make_directory(folder: Path) -> Path:
    path = folder / "a-folder.txt"
    path.mkdir(exist_ok=True)
    (path / "page.txt").write_bytes(PAGE.encode("utf-8"))
    return path


def make_unreadable(folder: Path) -> Path:
    """A good page that only root may read (0o000); tests open it as ``nobody`` to meet EACCES."""
    path = folder / "no-permission.txt"
    path.write_bytes(PAGE.encode("utf-8"))
    path.chmod(0)
    return path


def make_missing(folder: Path) -> Path:
    path = folder / "missing.txt"
    path.unlink(missing_ok=True)
    return path


def make_symlink_loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    partner = folder / "loop-partner.txt"
    for link, target in ((path, partner.name), (partner, path.name)):
        if link.is_symlink():
            link.unlink()
        link.symlink_to(target)
    return path


def make_named_pipe(folder: Path) -> Path:
    """A FIFO: opening it for reading waits for a writer forever."""
    path = folder / "pipe.txt"
    if not path.exists():
        os.mkfifo(path)
    return path


CHINESE_NAME = "聊城日报 第3版 （副本）.txt"

CORPUS: tuple[BadInput, ...] = (
    _file("random-bytes.txt", "4 KB of random bytes", ("NUL 字节", "二进制"), random_bytes),
    _file(
        "elf-binary.txt",
        "a Linux program (ELF header) named .txt",
        ("程序文件",),
        elf_binary,
    ),
    _file("png-image.txt", "a PNG picture named .txt", ("PNG 图片",), png_image),
    _file(
        "epaper.pdf",
        "a PDF (the e-paper itself, not its text)",
        ("PDF 文件", "导出文字"),
        pdf_file,
    ),
    _file(
        "old-word.doc",
        "a Word 97-2003 .doc (OLE2 compound file)",
        ("Word 97-2003", "另存为"),
        old_word_document,
    ),
    _file(
        "utf8-cut-at-end.txt",
        "UTF-8 page cut inside its last character (2 of 3 bytes left)",
        ("UTF-8", "末尾被截断", "第 9 行"),
        utf8_cut_at_end,
    ),
    _file(
        "utf8-cut-in-middle.txt",
        "two UTF-8 pieces glued where the first was cut inside a character (line 3)",
        ("UTF-8", "第 3 行", "第 182 字节"),
        utf8_cut_in_middle,
    ),
    _file(
        "gb18030-cut-at-end.txt",
        "GB18030 page cut inside its last character (1 of 2 bytes left)",
        ("GB18030", "末尾被截断", "第 9 行"),
        gb18030_cut_at_end,
    ),
    _file(
        "gb18030-cut-in-middle.txt",
        "two GB18030 pieces glued where the first was cut inside a character (line 3)",
        ("GB18030", "第 3 行", "第 124 字节"),
        gb18030_cut_in_middle,
    ),
    _file(
        "gbk-cut-short.txt",
        "two GBK characters and the first byte of a third (5 bytes)",
        ("GB18030", "末尾被截断", "第 1 行", "第 4 字节"),
        gbk_cut_short,
    ),
    _file(
        "western-code-page.txt",
        "a line of German in Windows-1252 (no Chinese encoding reads it)",
        ("无法识别文件的编码", "第 1 行", "第 13 字节"),
        western_page,
    ),
    _file(
        "mixed-utf8-gbk.txt",
        "paragraphs 1, 2, 5 in UTF-8 and 3, 4 (lines 5 and 7) in GBK",
        ("混用了两种编码", "第 5、7 行是 GBK"),
        mixed_utf8_and_gbk,
    ),
    _file(
        "nul-in-text.txt",
        "a good UTF-8 page with 4 NUL bytes inside line 5",
        ("4 个 NUL", "第 5 行"),
        nul_in_utf8_text,
    ),
    _file(
        "utf16le-bom-lone-surrogate.txt",
        "UTF-16 LE with BOM, an unpaired high surrogate (D83D) inside line 3",
        ("不成对的代理项", "第 3 行", "第 100 字节"),
        utf16le_bom_lone_high_surrogate,
    ),
    _file(
        "utf16be-bom-lone-surrogate.txt",
        "UTF-16 BE with BOM, an unpaired low surrogate (DE00) inside line 3",
        ("不成对的代理项", "第 3 行", "第 100 字节"),
        utf16be_bom_lone_low_surrogate,
    ),
    _file(
        "utf16le-lone-surrogate.txt",
        "UTF-16 LE without BOM, an unpaired low surrogate (DC00) inside line 3",
        ("UTF-16-LE", "不成对的代理项", "第 3 行", "第 98 字节"),
        utf16le_lone_low_surrogate,
    ),
    _file(
        "utf16be-lone-surrogate.txt",
        "UTF-16 BE without BOM, an unpaired high surrogate (D83D) inside line 3",
        ("UTF-16-BE", "不成对的代理项", "第 3 行", "第 98 字节"),
        utf16be_lone_high_surrogate,
    ),
    _file(
        "utf16-odd-length.txt",
        "UTF-16 LE with BOM cut in the middle of its last code unit",
        ("UTF-16", "末尾被截断"),
        utf16le_bom_odd_length,
    ),
    _file("empty.txt", "0 bytes", ("0 字节",), bytes),
    _file(
        "whitespace-ascii.txt",
        "spaces, tabs and newlines only",
        ("只有空白",),
        whitespace_ascii,
    ),
    _file(
        "whitespace-ideographic.txt",
        "full-width spaces (U+3000) and newlines only, UTF-8",
        ("只有空白",),
        whitespace_ideographic,
    ),
    _file(
        "whitespace-crlf.txt",
        "40 CRLF line ends, nothing else",
        ("只有空白",),
        whitespace_crlf,
    ),
    _file(
        "whitespace-gbk.txt",
        "full-width spaces in GBK (A1A1) with CRLF only",
        ("只有空白",),
        whitespace_gbk,
    ),
    _file(
        "zip-of-photos.docx",
        "a zip of pictures named .docx",
        ("普通压缩包", "不是 Word"),
        zip_of_photos,
    ),
    _file(
        "spreadsheet.docx",
        "an Excel workbook (Office Open XML, but not Word) named .docx",
        ("Excel",),
        spreadsheet_as_docx,
    ),
    _file(
        "truncated.docx",
        "a real Word file cut in half (corrupt zip)",
        ("不完整或已损坏",),
        truncated_docx,
    ),
    _file(
        "plain-text.docx",
        "a plain UTF-8 text page named .docx",
        ("纯文本", ".txt"),
        plain_text_docx,
    ),
    _file(
        "docx-bomb.docx",
        "a small .docx whose document.xml inflates to 128 MB",
        ("解压后", "64 MB"),
        docx_bomb,
        committed=False,
    ),
    _file(
        CHINESE_NAME,
        "Chinese name with spaces; a UTF-8 page cut inside a character (line 3)",
        ("UTF-8", "第 3 行"),
        utf8_cut_in_middle,
    ),
    BadInput(
        "one-line-20mb.txt",
        "20 MB of text on one line (no line break)",
        ("没有换行", "100,000"),
        write_one_line_of(20 * MB),
        committed=False,
    ),
    BadInput(
        "page-60mb.txt",
        "an ordinary page repeated to 60 MB",
        ("60 MB", "50 MB"),
        write_big_page(60 * MB),
        committed=False,
    ),
    BadInput("a-folder.txt", "a folder (named like a page)", ("文件夹",), make_directory, committed=False),
    BadInput(
        "no-permission.txt", "a page the user may not read (mode 000)", ("权限",), make_unreadable, committed=False
    ),
    BadInput("missing.txt", "a path where no file is", ("找不到",), make_missing, committed=False),
    BadInput(
        "loop.txt",
        "a symlink loop (loop.txt -> loop-partner.txt -> loop.txt)",
        ("符号链接",),
        make_symlink_loop,
        committed=False,
    ),
    BadInput(
        "pipe.txt",
        "a named pipe (FIFO) named .txt: reading it would wait forever",
        ("不是普通文件",),
        make_named_pipe,
        committed=False,
    ),
)

BY_NAME = {item.name: item for item in CORPUS}


def write_corpus(folder: Path, *, include_big: bool = False, include_special: bool = True) -> list[Path]:
    """Write the corpus into ``folder``; the big files and the special paths only when asked."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for item in CORPUS:
        big = item.name in ("one-line-20mb.txt", "page-60mb.txt")
        if (big and not include_big) or (not item.committed and not big and not include_special):
            continue
        written.append(item.make(folder))
    return written
