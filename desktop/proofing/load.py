"""Loading a page: bytes on disk → text, with the encoding that was used.

Plain text may be UTF-8 (with or without BOM), UTF-16/32 with BOM, or one of the
legacy Chinese encodings (GB18030 and its subsets GBK/GB2312, Big5).  Word files
contribute one line per paragraph.  Anything else is refused with one sentence
that names the file and the problem; nothing is ever decoded "with replacement".
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2018-\u201d\u2014\u2026]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class LoadError(Exception):
    """A page could not be loaded; the message is one sentence for the editor."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"无法打开“{self.path.name}”：{problem}")


@dataclass(frozen=True, slots=True)
class LoadedText:
    path: Path
    text: str
    encoding: str


def load_text(path: Path | str) -> LoadedText:
    path = Path(path)
    data = _read_bytes(path)
    if path.suffix.lower() == ".docx" or data[:4] == b"PK\x03\x04":
        if path.suffix.lower() != ".docx":
            raise LoadError(path, "这是一个压缩包或 Word 文件，请使用 .docx 扩展名打开 Word 文件。")
        text, encoding = _docx_text(path, data), "docx"
    else:
        text, encoding = decode_bytes(path, data)
    text = normalise_newlines(text)
    if not text.strip():
        raise LoadError(path, "文件里只有空白，没有可校对的文字。")
    return LoadedText(path=path, text=text, encoding=encoding)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise LoadError(path, "这是一个文件夹，不是文件。")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(path, f"文件有 {size / 1024 / 1024:.0f} MB，超过 50 MB 的上限，不像是一个版面。")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(path, "找不到这个文件。") from None
    except PermissionError:
        raise LoadError(path, "没有读取这个文件的权限。") from None
    except IsADirectoryError:
        raise LoadError(path, "这是一个文件夹，不是文件。") from None
    except OSError as error:
        raise LoadError(path, f"读取失败（{error.strerror or error}）。") from None
    if len(data) > MAX_BYTES:
        raise LoadError(path, "文件超过 50 MB 的上限，不像是一个版面。")
    if not data:
        raise LoadError(path, "文件是空的（0 字节）。")
    return data


def decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns the text and the name of the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise LoadError(
                    path, f"文件声明为 {encoding.upper()}，但第 {error.start} 字节处的数据无法解码。"
                ) from None
            _refuse_binary(path, text)
            return text, {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}[encoding]
    if b"\x00" in data:
        return _decode_bomless_utf16(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        _refuse_binary(path, text)
        return text, "utf-8"
    if _mostly_utf8(data, utf8_error.start):
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise LoadError(path, f"文件是 UTF-8 编码，但第 {line} 行有无法解码的字节（文件可能被截断或混入了其他编码）。")
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_chinese(text):
            _refuse_binary(path, text)
            return text, encoding
    guessed = _guess_with_charset_normalizer(data)
    if guessed is not None:
        text, encoding = guessed
        _refuse_binary(path, text)
        return text, encoding
    raise LoadError(path, "无法识别文件的编码（不是 UTF-8、GB18030 或 Big5），可能不是文本文件。")


def _decode_bomless_utf16(path: Path, data: bytes) -> tuple[str, str]:
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = max(len(data) // 2, 1)
    candidates = []
    if odd_nuls > half * 0.2 and len(data) % 2 == 0:
        candidates.append("utf-16-le")
    if even_nuls > half * 0.2 and len(data) % 2 == 0:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text) and _plausible_text_share(text) > 0.98:
            return text, encoding
    raise LoadError(path, "文件含有 NUL 字节，看起来是二进制文件而不是文本。")


_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2010-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
)


def _plausible_text_share(text: str) -> float:
    """How much of ``text`` is in the character ranges a Chinese newspaper page uses."""
    if not text:
        return 0.0
    return len(_PLAUSIBLE.findall(text)) / len(text)


def _mostly_utf8(data: bytes, error_at: int) -> bool:
    """True when the bytes before the first error are valid UTF-8 with real multi-byte text.

    That is a UTF-8 page that was truncated or had foreign bytes spliced in: guessing
    another encoding for it would turn the whole page into mojibake.
    """
    head = data[:error_at]
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(_NON_ASCII.findall(decoded)) >= 8


def _looks_like_chinese(text: str) -> bool:
    non_ascii = _NON_ASCII.findall(text)
    if not non_ascii:
        return True
    cjk = sum(1 for ch in non_ascii if _CJK.match(ch))
    return cjk / len(non_ascii) > 0.9


def _guess_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None or best.encoding is None:
        return None
    if best.chaos > 0.2:
        return None
    return str(best), best.encoding


def _refuse_binary(path: Path, text: str) -> None:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(2, len(text[:65536]) // 200):
        raise LoadError(path, "文件含有大量控制字符，看起来是二进制文件而不是文本。")


def _docx_text(path: Path, data: bytes) -> str:
    del data
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as error:  # pragma: no cover - python-docx is a hard dependency
        raise LoadError(path, f"缺少读取 Word 文件所需的组件（{error}）。") from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise LoadError(path, "这不是有效的 Word (.docx) 文件。") from None
    return "\n".join(paragraph.text for paragraph in document.paragraphs)
