"""Loading a page: bytes on disk → text, with the encoding that was used.

Plain text may be UTF-8 (with or without BOM), UTF-16/32 with or without BOM, or one
of the legacy Chinese encodings (GB18030 and its subsets GBK/GB2312, Big5).  Word
files contribute one line per paragraph.  Anything else is refused with one sentence
that names the file, says what is wrong (with the line or byte where it is) and what
the editor can do.  Nothing is ever decoded "with replacement", nothing is dropped:
a file that cannot be read whole is refused whole (tests/data/bad/README.md lists
every kind of bad input and its message).

Every refusal takes bounded time: the size is checked before reading, magic numbers
and NUL bytes are seen before any decoding, and the encoding guesser only ever sees
the first ``GUESS_SAMPLE_BYTES``.
"""

from __future__ import annotations

import codecs
import errno
import io
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_BYTES = 50 * 1024 * 1024
# A whole page pasted as one line is 5 000-40 000 characters; 100 000 is more than twice
# the densest broadsheet page.  Anything longer is not a newspaper page (a log, a dump,
# a file whose line breaks were lost) and would only make the editor wait.
MAX_LINE_CHARS = 100_000
# word/document.xml of a .docx, inflated: a 50 MB page of text makes well under this.
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
GUESS_SAMPLE_BYTES = 256 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    (b"\x84\x31\x95\x33", "gb18030", "GB18030"),  # (the gb18030 codec keeps it: it is U+FEFF, stripped below)
)
_TRUNCATED = ("unexpected end of data", "truncated data", "incomplete multibyte sequence")
# (VT and FF are line ends, see normalise_newlines: Word writes VT for a manual line break, pdftotext FF between pages)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CJK_CHARS = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2018-\u201d\u2014\u2026"
# Counting by deleting runs (C speed, no list of matches): a 50 MB page is 20 million characters.
_ASCII_OR_CJK_RUNS = re.compile(f"[\\x00-\\x7f{_CJK_CHARS}]+")
_NON_ASCII_BYTES = re.compile(rb"[\x80-\xff]")

# Files that are plainly something else, told by their first bytes: (magic, what it is, what to do).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "这是 PDF 文件，不是版面文字", "请先从 PDF 导出文字（.txt）或 Word 文件再打开"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "这是旧版 Office 文件（如 Word 97-2003 的 .doc），本程序读不了",
        "请在 Word 里“另存为” .docx 或 .txt 后再打开",
    ),
    (b"{\\rtf", "这是 RTF 格式的文件", "请在 Word 里“另存为” .docx 或 .txt 后再打开"),
    (b"\x89PNG\r\n\x1a\n", "这是一张 PNG 图片，不是文字", "请打开版面的文字文件（.txt 或 .docx）"),
    (b"\xff\xd8\xff", "这是一张 JPEG 图片，不是文字", "请打开版面的文字文件（.txt 或 .docx）"),
    (b"GIF8", "这是一张 GIF 图片，不是文字", "请打开版面的文字文件（.txt 或 .docx）"),
    (b"II*\x00", "这是一张 TIFF 图片，不是文字", "请打开版面的文字文件（.txt 或 .docx）"),
    (b"MM\x00*", "这是一张 TIFF 图片，不是文字", "请打开版面的文字文件（.txt 或 .docx）"),
    (b"\x7fELF", "这是一个程序文件，不是文字", "请确认选对了文件"),
    (b"MZ", "这是一个 Windows 程序文件，不是文字", "请确认选对了文件"),
    (b"Rar!\x1a\x07", "这是 RAR 压缩包", "请先解压，再打开里面的 .txt 或 .docx 文件"),
    (b"7z\xbc\xaf\x27\x1c", "这是 7z 压缩包", "请先解压，再打开里面的 .txt 或 .docx 文件"),
    (b"\x1f\x8b", "这是 gzip 压缩包", "请先解压，再打开里面的 .txt 文件"),
)


class LoadError(Exception):
    """A page could not be loaded; the message is one sentence for the editor."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(path, problem)  # both arguments, so the error survives pickling (helper process)

    def __str__(self) -> str:
        return f"无法打开“{self.path.name or self.path}”：{self.problem}"


@dataclass(frozen=True, slots=True)
class LoadedText:
    path: Path
    text: str
    encoding: str


def load_text(path: Path | str) -> LoadedText:
    path = Path(path)
    data = _read_bytes(path)
    if path.suffix.lower() == ".docx":
        text, encoding = _docx_text(path, data), "docx"
    else:
        _refuse_other_formats(path, data)
        text, encoding = decode_bytes(path, data)
    text = normalise_newlines(text)
    if not text.strip():
        raise LoadError(path, "文件里只有空白，没有可校对的文字，请确认选对了文件。")
    _refuse_overlong_line(path, text)
    return LoadedText(path=path, text=text, encoding=encoding)


_LINE_BREAKS = "\r\v\f"


def normalise_newlines(text: str) -> str:
    """Every line end becomes ``\\n``: CRLF, CR, Word's manual line break (VT) and pdftotext's page break (FF)."""
    # (str.replace per mark, and only if present: str.translate over Chinese text took 25 ms a megabyte)
    text = text.replace("\r\n", "\n")
    for mark in _LINE_BREAKS:
        if mark in text:
            text = text.replace(mark, "\n")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(path, "这是一个文件夹，不是文件，请打开文件夹里的版面文件。")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(
                path, "这不是普通文件（而是管道、设备或套接字），读取它可能永远等不到结束，请打开版面文件。"
            )
        if info.st_size > MAX_BYTES:
            raise LoadError(
                path, f"文件有 {_megabytes(info.st_size)}，超过 50 MB 的上限，不像是一个版面，请确认选对了文件。"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(path, "找不到这个文件，它可能已被移动、改名或删除，请重新选择文件。") from None
    except PermissionError:
        raise LoadError(
            path, "没有读取这个文件的权限，请让管理员开放权限，或把文件复制到自己的文件夹再打开。"
        ) from None
    except IsADirectoryError:
        raise LoadError(path, "这是一个文件夹，不是文件，请打开文件夹里的版面文件。") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LoadError(path, "这是一个循环指向自身的快捷方式（符号链接），请打开它本来指向的文件。") from None
        raise LoadError(
            path, f"读取失败（{error.strerror or error}），请确认文件所在的磁盘或网络位置可以访问。"
        ) from None
    if len(data) > MAX_BYTES:
        raise LoadError(path, "文件超过 50 MB 的上限，不像是一个版面，请确认选对了文件。")
    if not data:
        raise LoadError(path, "文件是空的（0 字节），请确认选对了文件，或重新导出一次。")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def _refuse_other_formats(path: Path, data: bytes) -> None:
    """Zip files, PDFs, pictures, programs: say what the file is instead of decoding it."""
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        raise LoadError(path, "这是一个压缩包或 Word 文件；Word 文件请使用 .docx 扩展名，压缩包请先解压。")
    for magic, what, advice in _MAGIC:
        if data.startswith(magic) and (magic != b"MZ" or b"\x00" in data[:64]):
            raise LoadError(path, f"{what}，{advice}。")


def decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns the text (without byte-order marks at its start) and the encoding used."""
    text, encoding = _decode(path, data)
    # A byte-order mark is not part of the page: drop the one a codec keeps, and a second one written by a
    # tool that added its own BOM in front of the file's.
    return text.lstrip("\ufeff"), encoding


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise LoadError(path, _decode_problem(data, error, codec, label)) from None
            _refuse_binary(path, text)
            return text, codec
    if b"\x00" in data:
        return _decode_with_nuls(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        _refuse_binary(path, text)
        return text, "utf-8"
    profile = _line_profile(data)
    if profile.utf8_lines:
        if utf8_error.end >= len(data) and utf8_error.reason in _TRUNCATED and len(profile.damaged) == 1:
            raise LoadError(path, _decode_problem(data, utf8_error, "utf-8", "UTF-8"))
        raise LoadError(path, _damaged_or_mixed_utf8(profile))
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_chinese(text):
            _refuse_binary(path, text)
            return text, encoding
    damage = _damaged_gb18030(data) or _legacy_cut_at_end(data)
    if damage is not None:
        raise LoadError(path, damage)
    guessed = _guess_with_charset_normalizer(data)
    if guessed is not None:
        text, encoding = guessed
        _refuse_binary(path, text)
        return text, encoding
    line = _line_of(data, utf8_error.start, "utf-8")
    raise LoadError(
        path,
        f"无法识别文件的编码：第 {line} 行（第 {utf8_error.start} 字节）起的内容不是 UTF-8、UTF-16、GB18030/GBK "
        "或 Big5 编码的中文，可能不是文本文件，或是别的编码，请用文本编辑器另存为 UTF-8 后再打开。",
    )


def _line_of(data: bytes, at: int, codec: str) -> int:
    """The 1-based line number of byte ``at`` (decoding the bytes before it with ``codec``)."""
    if codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        head = data[:at]
        head = head[: len(head) - len(head) % (4 if codec == "utf-32" else 2)]
        return head.decode(codec, errors="replace").count("\n") + 1
    return data.count(b"\n", 0, at) + 1


def _decode_problem(data: bytes, error: UnicodeDecodeError, codec: str, label: str) -> str:
    line = _line_of(data, error.start, codec)
    if error.end >= len(data) and error.reason in _TRUNCATED:
        return (
            f"文件是 {label} 编码，但在末尾被截断：第 {line} 行最后一个字不完整（第 {error.start} 字节起），"
            "文件可能没有保存或复制完整，请从原稿重新导出。"
        )
    if "surrogate" in error.reason or (codec.startswith("utf-16") and error.reason == "illegal encoding"):
        return (
            f"文件是 {label} 编码，但第 {line} 行（第 {error.start} 字节）有一个不成对的代理项，不是合法的字符，"
            "请从原稿重新导出。"
        )
    return f"文件是 {label} 编码，但第 {line} 行（第 {error.start} 字节）有无法解码的字节，请从原稿重新导出。"


def _decode_with_nuls(path: Path, data: bytes) -> tuple[str, str]:
    """NUL bytes: UTF-16 without BOM, a text with NULs spliced in, or binary."""
    for encoding, strong in _utf16_candidates(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            if strong:
                raise LoadError(path, _decode_problem(data, error, encoding, encoding.upper())) from None
            continue
        if not _CONTROL.search(text) and _plausible_text_share(text) > 0.98:
            return text, encoding
    without = data.replace(b"\x00", b"")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = without.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.strip() and _plausible_text_share(text) > 0.98 and _looks_like_chinese(text):
            lines = sorted({data.count(b"\n", 0, at) + 1 for at in _positions(data, 0)})
            raise LoadError(
                path,
                f"文字中混有 {data.count(0)} 个 NUL 空字节（在{_line_list(lines)}），文件可能已损坏，"
                "请从原稿重新导出，或在文本编辑器里删除这些字符后再打开。",
            )
    raise LoadError(path, "文件含有 NUL 字节，看起来是二进制文件（程序、图片或压缩包），不是文本，请确认选对了文件。")


def _utf16_candidates(data: bytes) -> list[tuple[str, bool]]:
    """UTF-16 byte orders whose NUL pattern fits ``data``, and whether the fit is strong.

    Each ASCII character (digits, spaces, line ends) puts one NUL byte on the same side;
    a page of Chinese with a few percent of them is a strong fit.  A weak fit (NULs on
    one side only, but few) is tried and kept only if it decodes to plausible text.
    """
    half = max(len(data) // 2, 1)
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    candidates = []
    for encoding, here, there in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if here >= 2 and here > there * 3:
            candidates.append((encoding, here > half * 0.05))
    return candidates


def _positions(data: bytes, byte: int) -> list[int]:
    found, at = [], data.find(byte)
    while at != -1:
        found.append(at)
        at = data.find(byte, at + 1)
    return found


def _line_list(lines: list[int], limit: int = 5) -> str:
    shown = "、".join(str(line) for line in lines[:limit])
    more = f" 等 {len(lines)} 行" if len(lines) > limit else " 行"
    return f"第 {shown}{more}"


_PLAUSIBLE_RUNS = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2010-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+"
)


def _plausible_text_share(text: str) -> float:
    """How much of ``text`` is in the character ranges a Chinese newspaper page uses."""
    if not text:
        return 0.0
    return 1 - len(_PLAUSIBLE_RUNS.sub("", text)) / len(text)


@dataclass(slots=True)
class _LineProfile:
    """Which lines of a file that is not valid UTF-8 as a whole are UTF-8, GBK, or neither."""

    utf8_lines: list[int]  # valid UTF-8 holding Chinese text (not just ASCII)
    legacy_lines: list[int]  # not UTF-8, but GB18030 Chinese
    damaged: list[tuple[int, int]]  # (line, byte offset) of lines that are neither


def _line_profile(data: bytes) -> _LineProfile:
    """Decoding once with replacement only to find the lines; nothing decoded this way is ever kept."""
    profile = _LineProfile([], [], [])
    lines = data.decode("utf-8", errors="replace").split("\n")
    for number, line in enumerate(lines, start=1):
        if "\ufffd" not in line and _non_ascii_count(line) >= 4 and _looks_like_chinese(line):
            profile.utf8_lines.append(number)
    if not profile.utf8_lines:
        return profile  # not a UTF-8 file at all: the legacy encodings are tried next
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if "\ufffd" in lines[number - 1]:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as error:
                bad_spots = lines[number - 1].count("\ufffd")
                if bad_spots > 2 and _decodes_as_chinese(raw, "gb18030"):
                    profile.legacy_lines.append(number)
                else:
                    profile.damaged.append((number, offset + error.start))
        offset += len(raw) + 1
    return profile


def _damaged_or_mixed_utf8(profile: _LineProfile) -> str:
    """Why a file with UTF-8 lines does not decode: lines in GBK among them, or cut characters."""
    if profile.legacy_lines and not profile.damaged:
        if len(profile.legacy_lines) <= len(profile.utf8_lines):
            where = f"{_line_list(profile.legacy_lines)}是 GBK/GB18030 编码，其余是 UTF-8"
        else:
            where = f"{_line_list(profile.utf8_lines)}是 UTF-8 编码，其余是 GBK/GB18030"
        return f"文件混用了两种编码：{where}，请从原稿重新复制这几行，或把两部分分别另存为 UTF-8 后再合并。"
    lines = sorted({line for line, _ in profile.damaged} | set(profile.legacy_lines))
    first = profile.damaged[0][1]
    return (
        f"文件是 UTF-8 编码，但{_line_list(lines)}有无法解码的字节（第 {first} 字节起，"
        f"可能是文件被截断后又接上了别的内容），请从原稿重新复制{'这一行' if len(lines) == 1 else '这几行'}。"
    )


def _decodes_as_chinese(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not text.isascii() and _looks_like_chinese(text)


def _damaged_gb18030(data: bytes) -> str | None:
    """A GB18030 page with a few undecodable spots (cut or spliced): say where, instead of guessing."""
    if len(_NON_ASCII_BYTES.findall(data[:GUESS_SAMPLE_BYTES])) < 16:
        return None
    text = data.decode("gb18030", errors="replace")
    spots = text.count("\ufffd")
    readable = text.replace("\ufffd", "")
    if spots > 3 or not _looks_like_chinese(readable):
        return None
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as error:
        return _decode_problem(data, error, "gb18030", "GB18030")
    return None  # pragma: no cover - a replacement character means the strict decode failed


def _non_ascii_count(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _looks_like_chinese(text: str) -> bool:
    """More than 90% of the non-ASCII characters are Chinese characters or CJK punctuation."""
    non_ascii = _non_ascii_count(text)
    if not non_ascii:
        return True
    other = len(_ASCII_OR_CJK_RUNS.sub("", text))
    return other / non_ascii < 0.1


def _legacy_cut_at_end(data: bytes) -> str | None:
    """A GB18030 or Big5 page, however short, whose last character lost its last byte."""
    for codec, label in (("gb18030", "GB18030"), ("big5", "Big5")):
        try:
            data.decode(codec)
        except UnicodeDecodeError as error:
            cut = error.end >= len(data) and error.reason in _TRUNCATED
            if cut and _decodes_as_chinese(data[: error.start], codec):
                return _decode_problem(data, error, codec, label)
    return None


# What a Chinese page may be in besides the encodings tried strictly above (UTF-16 without BOM and without
# ASCII, Big5 with Hong Kong characters): never a code page of another script, whatever the guesser prefers.
_GUESSABLE = ("gb18030", "big5", "big5hkscs", "cp950", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")


def _guess_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """A Chinese encoding told from a sample by the guesser, then the whole file decoded strictly."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:GUESS_SAMPLE_BYTES], cp_isolation=list(_GUESSABLE)).best()
    if best is None or best.encoding is None or best.chaos > 0.2:
        return None
    encoding = codecs.lookup(best.encoding).name
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text, encoding


def _refuse_binary(path: Path, text: str) -> None:
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise LoadError(path, "文件含有大量控制字符，看起来是二进制文件而不是文本，请确认选对了文件。")


def _refuse_overlong_line(path: Path, text: str) -> None:
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if end - start > MAX_LINE_CHARS:
            raise LoadError(
                path,
                f"第 {number} 行有 {end - start:,} 个字符却没有换行，超过了每行 {MAX_LINE_CHARS:,} 字的上限"
                "（整版文字贴成一行也不到 5 万字），不像是版面文字，请确认选对了文件，或按段落换行后再打开。",
            )
        start, number = end + 1, number + 1


def _docx_text(path: Path, data: bytes) -> str:
    if not data.startswith(b"PK"):
        raise LoadError(path, _not_a_zip_problem(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # (a zip version or method unknown)
        raise LoadError(
            path, "Word 文件不完整或已损坏（压缩结构无法读取），可能没有保存或下载完整，请重新获取。"
        ) from None
    if "word/document.xml" not in names:
        raise LoadError(path, f"{_other_package(names)}，不是 Word 文档，请打开版面的 Word (.docx) 或 .txt 文件。")
    inflated = archive.getinfo("word/document.xml").file_size
    if inflated > MAX_DOCX_XML_BYTES:
        raise LoadError(
            path,
            f"Word 文件解压后正文有 {_megabytes(inflated)}，超过 {_megabytes(MAX_DOCX_XML_BYTES)} 的上限，"
            "不像是一个版面，请确认选对了文件。",
        )
    try:
        import docx
    except ImportError as error:  # pragma: no cover - python-docx is a hard dependency
        raise LoadError(path, f"缺少读取 Word 文件所需的组件（{error}）。") from None
    try:
        document = docx.Document(io.BytesIO(data))
        return "\n".join(_body_lines(document.element.body))
    except Exception:  # zlib, lxml and python-docx errors alike: the package is damaged inside
        raise LoadError(path, "Word 文件内容已损坏，无法读取，请在 Word 里打开它并另存一份后再试。") from None


def _body_lines(container: Any) -> Iterator[str]:
    """The text of every paragraph in page order, those inside tables and content controls included.

    ``Document.paragraphs`` skips tables: a fact box set as a table would be lost without a word.
    """
    from docx.oxml.ns import qn

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield child.text
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    yield from _body_lines(cell)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_lines(content)


def _not_a_zip_problem(data: bytes) -> str:
    for magic, what, advice in _MAGIC:
        if data.startswith(magic):
            return f"扩展名是 .docx，但{what}，{advice}。"
    if b"\x00" not in data[:4096]:
        try:
            data[:4096].decode("utf-8")
            plain = True
        except UnicodeDecodeError as error:
            plain = error.start > 4090 or _decodes_as_chinese(data[:4096], "gb18030")
        if plain:
            return "扩展名是 .docx，但内容是纯文本，请把扩展名改为 .txt 后再打开。"
    return "这不是有效的 Word (.docx) 文件，请在 Word 里打开它并另存为 .docx 后再试。"


def _other_package(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "这是 Excel 表格文件"
    if "ppt/presentation.xml" in names:
        return "这是 PowerPoint 演示文稿"
    if "content.xml" in names and "mimetype" in names:
        return "这是 OpenDocument（WPS/LibreOffice）文件"
    return "这是一个普通压缩包"
