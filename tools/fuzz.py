"""Fuzzing the loader and the engine (a script, not part of CI).

Targets and their oracles (see docs/fuzzing.md):

- ``load``: bytes → ``load_text`` (through a real file): returns text or raises
  ``LoadError``; the text has no ``\\r`` and no lone surrogate; decoding the bytes
  again with the encoding it reports gives the same text (valid UTF-8 without BOM
  must come back as itself); nothing else raised, no hang.
- ``engine``: page text → ``document_from_text`` → ``analyse`` (all checks) → the
  batch fix of ``proofsheet fix`` → rendered page: no exception; the blocks are the
  non-blank lines in order with no non-whitespace character lost or added;
  ``render_text`` writes every block once; findings point inside the page; the
  inverse edits restore the page exactly; the fixes change only punctuation width,
  join lines, move bylines and delete page chrome; fixing the fixed page again
  changes nothing.
- ``edits``: random edit sequences: every edit, the batch and the document survive
  the JSON round trip unchanged and apply the same; the batch's inverse restores
  the page.
- ``export``: the fixed page exported as .docx (page and per article) and read back
  with python-docx: every non-whitespace character of the page is there.

Inputs come from atheris (coverage-guided libFuzzer, when installed: ``pip install
-e .[fuzz]``) or from hypothesis (``--mode hypothesis``, a long random run).  The
structured inputs are windows of real pages (the sample and the generated page
variants of ``tests/layout_pages.py``) with mutations chosen by the fuzzer.

Run:  python tools/fuzz.py {load,engine,edits,export} [--seconds N] [--mode atheris|hypothesis]
                           [--corpus DIR] [--time-limit S]
      python tools/fuzz.py engine --sweep        (windows and suffixes of the seed pages, unmutated)
      python tools/fuzz.py TARGET --reproduce FILE [--minimise]
Findings are saved under fuzz-findings/TARGET/ (input + traceback), grouped by signature.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

FINDINGS_DIR = REPO / "fuzz-findings"
CORPUS_DIR = REPO / "fuzz-corpus"
TARGETS = ("load", "engine", "edits", "export")
DEFAULT_TIME_LIMIT = {"load": 5.0, "engine": 10.0, "edits": 10.0, "export": 20.0}
MAX_LEN = 6000
KEEP_PER_SIGNATURE = 30  # inputs kept per failure signature (one signature may hide several causes)

# Characters that stress the line, indent, width and pair logic (all a loader can return).
INTERESTING = (
    ",:;!?()（）“”‘’\"'《》【】「」…—·、。，：；！？ \t\u3000\u00a0\u2002\u2003\u200b\u2028\u2029\x85\x0b\x0c"
    "\x1c\x1e\ufeff\x00\x7f本报讯记者通讯员摄文图□■◎○▲—1234567890.％%abcXYZ\u0301😀𠀀"
)
INSERTIONS = (
    "本报讯（记者 张伟 通讯员 李明）",
    "本报记者 王刚",
    "（记者 赵静）",
    "□ 本报记者 刘洋",
    "文/图 陈晨",
    "A03 要闻",
    "责任编辑：孙丽",
    "上一版  下一版",
    "■两会声音",
    "（本报综合消息）",
    "1.",
    "一是",
    "（一）",
    "“",
    "”",
    "（",
    ")",
    "。",
)
NEWLINES = ("\n", "\r\n", "\r")


class Hang(BaseException):
    """The per-input time limit ran out (a BaseException, so engine code cannot swallow it)."""


class OracleFailure(AssertionError):
    """The input was processed without error but the result breaks a promise."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise OracleFailure(message)


# --- choosing: one interface over atheris' FuzzedDataProvider and hypothesis' data.draw ----------


class Chooser:
    def int(self, low: int, high: int) -> int:
        raise NotImplementedError

    def text(self, max_chars: int) -> str:
        raise NotImplementedError

    def raw(self, max_bytes: int) -> bytes:
        raise NotImplementedError

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.int(0, len(items) - 1)]

    def chance(self, one_in: int) -> bool:
        return self.int(0, one_in - 1) == 0


class ProviderChooser(Chooser):
    def __init__(self, data: bytes) -> None:
        import atheris

        self.provider = atheris.FuzzedDataProvider(data)

    def int(self, low: int, high: int) -> int:
        return self.provider.ConsumeIntInRange(low, high)

    def text(self, max_chars: int) -> str:
        return self.provider.ConsumeUnicodeNoSurrogates(self.int(0, max_chars))

    def raw(self, max_bytes: int) -> bytes:
        return self.provider.ConsumeBytes(self.int(0, max_bytes))


class HypothesisChooser(Chooser):
    def __init__(self, data: Any) -> None:
        from hypothesis import strategies as st

        self.data = data
        self.st = st

    def int(self, low: int, high: int) -> int:
        return self.data.draw(self.st.integers(low, high))

    def text(self, max_chars: int) -> str:
        alphabet = self.st.one_of(
            self.st.sampled_from(INTERESTING), self.st.characters(exclude_categories=("Cs",), max_codepoint=0x2FFFF)
        )
        return self.data.draw(self.st.text(alphabet, max_size=max_chars))

    def raw(self, max_bytes: int) -> bytes:
        return self.data.draw(self.st.binary(max_size=max_bytes))


# --- seeds: real pages ------------------------------------------------------------------------------


@cache
def seed_pages() -> tuple[tuple[str, str], ...]:
    """(name, text) of the sample and of one variant of every generated layout."""
    sample = REPO / "resources/samples/liaocheng-2020-09-16.txt"
    pages = [("sample", sample.read_text(encoding="utf-8"))]
    with contextlib.redirect_stdout(io.StringIO()):
        from layout_pages import HELDOUT_PAPERS, paper_pages, sample_pages

        truth = json.loads(sample.with_suffix(".truth.json").read_text(encoding="utf-8"))
        laid_out = sample_pages(truth, (0,)) + paper_pages((0,)) + paper_pages((0,), HELDOUT_PAPERS)
    pages += [(page.name, page.text) for page in laid_out]
    return tuple(pages)


@cache
def seed_lines() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.replace("\r\n", "\n").split("\n")) for _, text in seed_pages())


def bad_inputs() -> list[Path]:
    folder = REPO / "tests/data/bad"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


# --- structured page generation -------------------------------------------------------------------


def generate_page(chooser: Chooser, max_lines: int = 40) -> str:
    """A window of a real page (or a few real lines), mutated, joined with one newline convention."""
    pages = seed_lines()
    if chooser.chance(4):
        lines = [chooser.pick(chooser.pick(pages)) for _ in range(chooser.int(1, 8))]
    else:
        page = chooser.pick(pages)
        start = chooser.int(0, len(page) - 1)
        lines = list(page[start : start + chooser.int(1, max_lines)])
    for _ in range(chooser.int(0, 8)):
        mutate(chooser, lines)
    newline = chooser.pick(NEWLINES)
    text = newline.join(lines)
    if chooser.chance(8):
        text = "\ufeff" + text
    if chooser.chance(3):
        text += newline
    return text[:MAX_LEN]


def mutate(chooser: Chooser, lines: list[str]) -> None:
    if not lines:
        lines.append("")
    at = chooser.int(0, len(lines) - 1)
    line = lines[at]
    offset = chooser.int(0, len(line))
    kind = chooser.int(0, 12)
    if kind == 0:  # cut the line
        lines[at : at + 1] = [line[:offset], line[offset:]]
    elif kind == 1 and at + 1 < len(lines):  # join it with the next
        lines[at : at + 2] = [line + lines[at + 1]]
    elif kind == 2:
        lines[at] = line[:offset] + chooser.pick(INTERESTING) + line[offset:]
    elif kind == 3:
        lines[at] = line[:offset] + chooser.text(12) + line[offset:]
    elif kind == 4:  # duplicate (a repeated headline)
        lines.insert(at, line)
    elif kind == 5:
        lines[at] = line[:offset] + line[offset + chooser.int(1, 20) :]
    elif kind == 6:  # full-width punctuation made half-width
        lines[at] = line.translate(str.maketrans("，：；！？（）", ",:;!?()"))
    elif kind == 7:
        lines[at] = chooser.pick(("\u3000\u3000", "  ", "    ", "\t", "\u00a0")) + line
    elif kind == 8:
        lines.insert(at, chooser.pick(("", "", " ", "\u3000")))
    elif kind == 9 and len(lines) > 1:
        other = chooser.int(0, len(lines) - 1)
        lines[at], lines[other] = lines[other], lines[at]
    elif kind == 10:
        lines.insert(at, chooser.pick(INSERTIONS))
    elif kind == 11:
        lines[at] = line[:offset] + chooser.pick(INSERTIONS) + line[offset:]
    elif kind == 12:
        del lines[at]


# --- target: load ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadInput:
    data: bytes
    suffix: str


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "big5")


def generate_load(chooser: Chooser) -> LoadInput:
    kind = chooser.int(0, 6)
    if kind == 0:
        data = chooser.raw(4096)
    elif kind == 6:
        return LoadInput(mutate_docx(chooser), ".docx")
    elif kind == 1 and bad_inputs():
        path = chooser.pick(bad_inputs())
        with path.open("rb") as handle:
            data = mutate_bytes(chooser, handle.read(8192))
    else:
        text = generate_page(chooser, 20)
        encoding = chooser.pick(ENCODINGS)
        data = text.encode(encoding, errors="replace" if chooser.chance(2) else "ignore")
        if chooser.chance(2):
            data = mutate_bytes(chooser, data)
    suffix = ".docx" if data.startswith(b"PK") and chooser.chance(2) else chooser.pick((".txt", ".txt", ".TXT", ""))
    return LoadInput(data, suffix)


def mutate_bytes(chooser: Chooser, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(chooser.int(0, 6)):
        at = chooser.int(0, len(buffer))
        kind = chooser.int(0, 3)
        if kind == 0:
            del buffer[at:]  # truncated
        elif kind == 1:
            buffer[at:at] = chooser.raw(8)
        elif kind == 2 and at < len(buffer):
            buffer[at] = chooser.int(0, 255)
        else:
            buffer[at:at] = chooser.pick((b"\x00", b"\r", b"\xef\xbb\xbf", b"\xff\xfe", b"\x80", b"\xe4\xb8"))
    return bytes(buffer)


def mutate_docx(chooser: Chooser) -> bytes:
    """A real .docx with one of its parts mutated, dropped or replaced, zipped again."""
    source = zipfile.ZipFile(io.BytesIO(_sample_docx()))
    names = source.namelist()
    victim = chooser.pick(names)
    action = chooser.int(0, 3)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            data = source.read(name)
            if name == victim:
                if action == 0:
                    continue
                data = mutate_bytes(chooser, data) if action == 1 else chooser.raw(256)
                if action == 3:
                    data = source.read(chooser.pick(names))
            target.writestr(name, data)
    return buffer.getvalue()


@cache
def scratch_dir() -> Path:
    shm = Path("/dev/shm")
    return Path(tempfile.mkdtemp(prefix="proofsheet-fuzz-", dir=shm if shm.is_dir() else None))


def check_load(item: LoadInput) -> None:
    from desktop.proofing.load import LoadError, load_text

    path = scratch_dir() / f"page{item.suffix}"
    path.write_bytes(item.data)
    try:
        loaded = load_text(path)
    except LoadError as error:
        expect(bool(str(error)) and path.name in str(error), f"LoadError message does not name the file: {error}")
        return
    text = loaded.text
    expect(isinstance(text, str) and text.strip() != "", "returned blank text")
    expect("\r" not in text, "carriage return left in the text")
    expect(_newlines(text) == text, "a line end other than \\n left in the text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise OracleFailure(f"text holds a lone surrogate at {error.start}") from None
    if loaded.encoding == "docx":
        return
    data = item.data
    redecoded = _decode_as(data, loaded.encoding)
    expect(redecoded is not None, f"bytes do not decode as the reported encoding {loaded.encoding!r}")
    expect(not text.startswith("\ufeff"), f"a byte-order mark is left at the start of the text ({loaded.encoding})")
    expect(
        _newlines(redecoded or "").removeprefix("\ufeff") == text,
        f"text differs from the bytes decoded as {loaded.encoding!r} (BOM aside)",
    )
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        with contextlib.suppress(UnicodeDecodeError):
            as_utf8 = data.decode("utf-8")
            if "\x00" not in as_utf8:
                expect(text == _newlines(as_utf8), "valid UTF-8 came back changed")


def _decode_as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _newlines(text: str) -> str:
    from desktop.proofing.load import normalise_newlines  # the documented line-end normalisation

    return normalise_newlines(text)


# --- target: engine -------------------------------------------------------------------------------

WIDTH_FOLD = str.maketrans("，：；！？（）", ",:;!?()")
FIX_KINDS = {"join", "set_text", "set_role", "attach_byline", "delete"}


def check_engine(text: str) -> None:
    from desktop.commands.fix import apply_selected_fixes
    from desktop.proofing.blocks import INDENT_CHARS
    from desktop.proofing.edits import EditBatch
    from desktop.proofing.load import normalise_newlines
    from desktop.proofing.model import Role
    from desktop.proofing.pipeline import analyse, document_from_text
    from desktop.proofing.render import render_text

    document = document_from_text(text)
    # documented line ends: \r\n, \r, VT, FF (load.normalise_newlines), U+2028 and U+2029 (blocks.py)
    page = normalise_newlines(text).replace("\u2028", "\n").replace("\u2029", "\n")
    # the blocks are the page's non-blank lines, in order, without their layout whitespace
    cursor = 0
    for block in document.blocks:
        expect(block.text != "" and "\n" not in block.text, f"block {block.uid} is empty or spans lines")
        found = page.find(block.text, cursor)
        expect(found >= 0, f"block {block.uid} {block.text[:20]!r} is not the next piece of the page")
        line_start = page.rfind("\n", 0, found) + 1
        expect(page[line_start:found].strip(INDENT_CHARS) == "", f"block {block.uid} does not start its line")
        cursor = found + len(block.text)
    expect(document.text_signature() == "".join(page.split()), "blocks lose or add non-whitespace characters")
    expect(len({b.uid for b in document.blocks}) == len(document.blocks), "duplicate block uids")

    rendered = render_text(document)
    expect(
        Counter(line for line in rendered.split("\n") if line) == Counter(b.text for b in document.blocks),
        "render_text does not write every block exactly once",
    )

    findings = analyse(document)
    articles = document.articles()
    for finding in findings:
        expect(all(0 <= i < len(document.blocks) for i in finding.blocks), f"{finding.check}: block out of range")
        expect(finding.article is None or 0 <= finding.article < len(articles), f"{finding.check}: bad article")
        for span in finding.spans:
            expect(
                0 <= span.block < len(document.blocks)
                and 0 <= span.start <= span.end <= len(document[span.block].text),
                f"{finding.check}: span {span} outside its block",
            )

    fixed, batches = apply_selected_fixes(document, None, 0.0)
    restored = EditBatch("undo", tuple(e for b in batches for e in b.edits)).inverse().apply(fixed)
    expect(restored == document, "undoing the fixes does not restore the page")

    deleted: set[int] = set()
    moved = False
    for batch in batches:
        for edit in batch.edits:
            expect(edit.kind in FIX_KINDS, f"unexpected edit kind {edit.kind}")
            kept = {b.uid for b in edit.new}
            for block in edit.old:
                if block.uid not in kept:
                    expect(edit.kind in ("delete", "join"), f"{edit.kind} dropped block {block.uid}")
                    if edit.kind == "delete":
                        expect(block.role is Role.CHROME, f"the fix deleted a {block.role} block {block.text[:20]!r}")
                        deleted.add(block.uid)
            if edit.kind == "set_text":
                old, new = edit.old[0].text, edit.new[0].text
                expect(len(old) == len(new), "a punctuation fix changed the length of the text")
                for a, b in zip(old, new, strict=True):
                    expect(a == b or b.translate(WIDTH_FOLD) == a, f"a fix changed {a!r} to {b!r}")
            moved = moved or edit.kind == "attach_byline"
    before = "".join("".join(b.text.split()) for b in document.blocks if b.uid not in deleted).translate(WIDTH_FOLD)
    after = fixed.text_signature().translate(WIDTH_FOLD)
    if moved:
        expect(Counter(before) == Counter(after), "the fixes lost or added characters")
    else:
        expect(before == after, "the fixes changed the non-whitespace character sequence beyond punctuation width")

    cleaned = render_text(fixed)
    again, _ = apply_selected_fixes(document_from_text(cleaned), None, 0.0)
    if render_text(again) != cleaned:
        if not plausible_page(page):
            scope = "page of short fragments"
        elif not ends_like_a_page(page):
            scope = "page ending inside an article"
        else:
            scope = "page of real lines and long pieces"
        raise OracleFailure(f"fixing the fixed page changes it again ({scope})")


PLAUSIBLE_PIECE = 8  # the layout generators cut paragraphs into pieces of 12 characters or more


def plausible_page(page: str) -> bool:
    """Every line is a line of a real page or a piece long enough to be a broken line of one.

    The idempotence promise is made for pages built from real paragraphs; lines of one
    or two characters left by the mutations make segmentation a guess both times.
    """
    real = real_lines()
    return all(
        line.strip() in real or len("".join(line.split())) >= PLAUSIBLE_PIECE
        for line in page.split("\n")
        if line.strip()
    )


def ends_like_a_page(page: str) -> bool:
    """The last line ends a sentence or a credit: not a window cut after a headline or mid-sentence.

    A page that ends on a headline with nothing (or one cut line) under it reads differently once
    ``render_text`` has moved its byline last and set blank lines between articles.
    """
    last = next((line.strip() for line in reversed(page.split("\n")) if line.strip()), "")
    return last.endswith(("）", ")")) or last.rstrip("”’」』").endswith(tuple("。！？!?…"))


@cache
def real_lines() -> frozenset[str]:
    return frozenset(line.strip() for lines in seed_lines() for line in lines)


# --- target: edits --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditsInput:
    text: str
    operations: tuple[tuple[Any, ...], ...]


OPERATIONS = (
    "join",
    "split",
    "set_text",
    "set_role",
    "delete",
    "insert",
    "split_article",
    "merge_article",
    "set_headline",
    "set_subtitle",
    "set_byline",
)


def generate_edits(chooser: Chooser) -> EditsInput:
    from desktop.proofing.model import Role

    text = generate_page(chooser, 15)
    operations = []
    for _ in range(chooser.int(1, 12)):
        name = chooser.pick(OPERATIONS)
        operations.append((name, chooser.int(0, 30), chooser.int(0, 40), chooser.text(16), chooser.pick(list(Role))))
    return EditsInput(text, tuple(operations))


def build_edit(document: Any, operation: tuple[Any, ...]) -> Any:
    from desktop.proofing import edits
    from desktop.proofing.model import Role

    name, index, offset, text, role = operation
    count = max(len(document.blocks), 1)
    articles = max(len(document.articles()), 1)
    block = index % count
    builders: dict[str, Callable[[], Any]] = {
        "join": lambda: edits.join_blocks(document, block),
        "split": lambda: edits.split_block(document, block, offset),
        "set_text": lambda: edits.set_text(document, block, text),
        "set_role": lambda: edits.set_role(document, block, Role(role)),
        "delete": lambda: edits.delete_block(document, block),
        "insert": lambda: edits.insert_block(document, index % (count + 1), text, Role(role)),
        "split_article": lambda: edits.split_article(document, block),
        "merge_article": lambda: edits.merge_article_with_next(document, index % articles),
        "set_headline": lambda: edits.set_headline(document, index % articles, text),
        "set_subtitle": lambda: edits.set_subtitle(document, index % articles, text),
        "set_byline": lambda: edits.set_byline(document, index % articles, text),
    }
    return builders[name]()


def json_round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def check_edits(item: EditsInput) -> None:
    from desktop.proofing.edits import (
        EditBatch,
        EditConflict,
        document_from_dict,
        document_to_dict,
        edit_from_dict,
        edit_to_dict,
    )
    from desktop.proofing.pipeline import document_from_text

    original = document = document_from_text(item.text)
    expect(document_from_dict(json_round_trip(document_to_dict(document))) == document, "document JSON round trip")
    applied = []
    for operation in item.operations:
        try:
            edit = build_edit(document, operation)
        except EditConflict:
            continue
        restored = edit_from_dict(json_round_trip(edit_to_dict(edit)))
        expect(restored == edit, f"{operation[0]}: the edit changes in its JSON round trip")
        after = edit.apply(document)
        expect(restored.apply(document) == after, f"{operation[0]}: the restored edit applies differently")
        expect(edit.inverse().apply(after) == document, f"{operation[0]}: the inverse does not restore the page")
        expect(document_from_dict(json_round_trip(document_to_dict(after))) == after, "document JSON round trip")
        applied.append(edit)
        document = after
    batch = EditBatch("批量", tuple(applied))
    restored_batch = edit_from_dict(json_round_trip(edit_to_dict(batch)))
    expect(restored_batch == batch, "the batch changes in its JSON round trip")
    expect(restored_batch.apply(original) == document, "the restored batch applies differently")
    expect(restored_batch.inverse().apply(document) == original, "the batch's inverse does not restore the page")


# --- target: export -------------------------------------------------------------------------------


def check_export(text: str) -> None:
    import datetime as dt

    import docx

    from desktop.commands.fix import apply_selected_fixes
    from desktop.export import ExportError, ExportOptions, export_document
    from desktop.export.compose import xml_safe
    from desktop.proofing.pipeline import analyse, document_from_text

    document = document_from_text(text)
    fixed, _ = apply_selected_fixes(document, None, 0.0)
    folder = Path(tempfile.mkdtemp(dir=scratch_dir()))
    options = ExportOptions(overwrite=True, timestamp=dt.datetime(2026, 1, 1, 8, 0), page_name="要闻")
    try:
        written = export_document(fixed, folder, options, raw=document, findings=analyse(fixed))
    except ExportError as error:
        raise OracleFailure(f"export refused a page the engine accepted: {error}") from None
    wanted = Counter(xml_safe(fixed.text_signature()))  # documented: what XML cannot carry is shown as U+FFFD
    page_files = [p for p in written if "-00-" in p.name]  # the whole page is article number 00
    expect(len(page_files) == 1, f"expected one whole-page file, got {[p.name for p in written]}")
    in_articles: Counter[str] = Counter()
    for path in written:
        read = docx.Document(str(path))
        present = Counter("".join("".join(p.text.split()) for p in read.paragraphs))
        if path in page_files:
            missing = wanted - present
            expect(not missing, f"whole-page file misses characters: {''.join(missing)[:40]!r} ({path.name})")
        else:
            in_articles += present
        path.unlink()
    folder.rmdir()
    articles_text = Counter(
        xml_safe("".join("".join(fixed[i].text.split()) for a in fixed.articles() for i in a.block_indices))
    )
    missing = articles_text - in_articles
    expect(not missing, f"article files miss characters of their articles: {''.join(missing)[:40]!r}")


# --- running one input under a time limit, recording findings ---------------------------------------


@dataclass
class Target:
    name: str
    generate: Callable[[Chooser], Any]
    check: Callable[[Any], None]
    dump: Callable[[Any], bytes]
    undump: Callable[[bytes], Any]


def _dump_load(item: LoadInput) -> bytes:
    return json.dumps({"suffix": item.suffix}).encode() + b"\n" + item.data


def _undump_load(raw: bytes) -> LoadInput:
    if raw.startswith(b'{"suffix"'):
        head, _, data = raw.partition(b"\n")
        return LoadInput(data, json.loads(head)["suffix"])
    return LoadInput(raw, ".txt")


def _dump_edits(item: EditsInput) -> bytes:
    return json.dumps({"text": item.text, "operations": item.operations}, ensure_ascii=False, indent=1).encode()


def _undump_edits(raw: bytes) -> EditsInput:
    data = json.loads(raw)
    return EditsInput(data["text"], tuple(tuple(op) for op in data["operations"]))


def _dump_text(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _undump_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogatepass")


TARGET_TABLE = {
    "load": Target("load", generate_load, check_load, _dump_load, _undump_load),
    "engine": Target("engine", generate_page, check_engine, _dump_text, _undump_text),
    "edits": Target("edits", generate_edits, check_edits, _dump_edits, _undump_edits),
    "export": Target("export", lambda c: generate_page(c, 25), check_export, _dump_text, _undump_text),
}


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def signature(error: BaseException) -> str:
    """Exception type plus the innermost frame in the project's code (or the oracle's message)."""
    if isinstance(error, OracleFailure):
        return f"oracle: {re.sub(r'[0-9]+', 'N', str(error).split(':')[0])[:80]}"
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/desktop/" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    if isinstance(error, Hang):
        return f"hang in {where}"
    return f"{type(error).__name__} at {where}"


def run_one(target: Target, item: Any, limit: float) -> BaseException | None:
    try:
        with time_limit(limit):
            target.check(item)
    except (Exception, Hang) as error:
        return error
    return None


class Recorder:
    """Saves the first input of every distinct failure signature (and counts the others)."""

    def __init__(self, target: str) -> None:
        self.folder = FINDINGS_DIR / target
        self.folder.mkdir(parents=True, exist_ok=True)
        self.counts: Counter[str] = Counter()
        self.executions = 0

    def record(self, target: Target, item: Any, error: BaseException) -> None:
        key = signature(error)
        self.counts[key] += 1
        counts_file = self.folder / f"counts-{os.getpid()}.json"
        counts_file.write_text(json.dumps(self.counts, ensure_ascii=False, indent=1), encoding="utf-8")
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        kept = len(list(self.folder.glob(f"{digest}*.input")))
        if kept >= KEEP_PER_SIGNATURE:
            return
        stem = self.folder / (digest if kept == 0 else f"{digest}-{kept}")
        stem.with_suffix(".input").write_bytes(target.dump(item))
        report = "".join(traceback.format_exception(error))
        stem.with_suffix(".txt").write_text(f"{key}\n\n{report}", encoding="utf-8")
        print(f"\nFINDING [{key}] saved {stem.with_suffix('.input')}", file=sys.stderr, flush=True)


# --- atheris mode: a worker process per libFuzzer run, restarted if libFuzzer stops early -----------


def atheris_worker(target_name: str, limit: float, libfuzzer_args: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["desktop"]):
        import desktop.commands.fix
        import desktop.export.batch
        import desktop.export.writer
        import desktop.proofing.edits
        import desktop.proofing.load
        import desktop.proofing.pipeline
        import desktop.proofing.render  # noqa: F401

    target = TARGET_TABLE[target_name]
    recorder = Recorder(target_name)
    seed_pages()

    def one_input(data: bytes) -> None:
        if target_name == "load" and data[:1] in (b"R", b"D"):
            item = LoadInput(data[1:], ".docx" if data[:1] == b"D" else ".txt")  # raw bytes: libFuzzer mutates
        elif target_name in ("engine", "export") and data[:1] == b"T":
            item = data[1:].decode("utf-8", "replace")[:MAX_LEN]  # text seeds mutated byte-wise
        else:
            item = target.generate(ProviderChooser(data[1:]))
        recorder.executions += 1
        error = run_one(target, item, limit)
        if error is not None:
            recorder.record(target, item, error)

    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input)
    atheris.Fuzz()


def write_seed_corpus(target: str, folder: Path, extra: Path | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    seeds: list[bytes] = []
    if target == "load":
        for _, text in seed_pages()[:12]:
            window = text[:1500]
            for encoding in ENCODINGS:
                with contextlib.suppress(UnicodeEncodeError):
                    seeds.append(b"R" + window.encode(encoding))
        seeds += [b"R" + p.read_bytes()[:MAX_LEN] for p in bad_inputs()]
        seeds.append(b"D" + _sample_docx())
    elif target in ("engine", "export"):
        for _, text in seed_pages():
            lines = text.split("\n")
            for start in range(0, len(lines), 30):
                seeds.append(b"T" + "\n".join(lines[start : start + 30]).encode("utf-8")[:MAX_LEN])
    if extra is not None:
        seeds += [
            (b"R" if target == "load" else b"T") + p.read_bytes() for p in sorted(extra.rglob("*")) if p.is_file()
        ]
    for seed in seeds:
        (folder / f"seed-{hashlib.sha1(seed).hexdigest()[:16]}").write_bytes(seed)


@cache
def _sample_docx() -> bytes:
    import docx

    document = docx.Document()
    for line in seed_pages()[0][1].split("\n")[:30]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_STATUS = re.compile(r"#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+).*?exec/s: (\d+)")


def run_atheris(target: str, seconds: float, limit: float, corpus: Path | None) -> dict[str, Any]:
    folder = CORPUS_DIR / target
    write_seed_corpus(target, folder, corpus)
    deadline = time.monotonic() + seconds
    started = time.time()
    executions = 0
    cov = features = 0
    restarts = 0
    while (left := deadline - time.monotonic()) > 5:
        command = [
            sys.executable,
            __file__,
            target,
            "--worker",
            "--time-limit",
            str(limit),
            "--",
            str(folder),
            f"-max_total_time={int(left)}",
            f"-timeout={int(limit * 3) + 5}",
            f"-max_len={MAX_LEN}",
            "-rss_limit_mb=3072",
            "-print_final_stats=1",
            f"-artifact_prefix={FINDINGS_DIR / target}/libfuzzer-",
        ]
        (FINDINGS_DIR / target).mkdir(parents=True, exist_ok=True)
        run_started = time.monotonic()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, errors="replace")
        run_executions = 0
        assert process.stderr is not None
        for line in process.stderr:
            if match := _STATUS.search(line):
                run_executions = int(match.group(1))
                cov, features = max(cov, int(match.group(2))), max(features, int(match.group(3)))
                if "pulse" in line or "DONE" in line:
                    print(line.rstrip(), flush=True)
            elif "stat::number_of_executed_units" in line:
                run_executions = int(line.split(":")[-1])
            elif "FINDING" in line or "ERROR" in line or "Traceback" in line or "artifact" in line:
                print(line.rstrip(), flush=True)
        process.wait()
        executions += run_executions
        if process.returncode != 0:
            restarts += 1
            if time.monotonic() - run_started < 3:
                raise SystemExit(f"the libFuzzer worker fails at start (exit {process.returncode})")
            print(f"libFuzzer stopped (exit {process.returncode}); restarting for the time left", flush=True)
    counts: Counter[str] = Counter()
    for counts_file in (FINDINGS_DIR / target).glob("counts-*.json"):
        if counts_file.stat().st_mtime >= started:
            counts.update(json.loads(counts_file.read_text(encoding="utf-8")))
    return {"executions": executions, "coverage": cov, "features": features, "restarts": restarts, "counts": counts}


# --- hypothesis mode ------------------------------------------------------------------------------


def run_hypothesis(target_name: str, seconds: float, limit: float) -> dict[str, Any]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    target = TARGET_TABLE[target_name]
    recorder = Recorder(target_name)
    seed_pages()
    deadline = time.monotonic() + seconds
    failing: list[tuple[Any, BaseException]] = []

    @settings(
        max_examples=200,
        deadline=None,
        database=None,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(st.data())
    def property_holds(data: Any) -> None:
        item = target.generate(HypothesisChooser(data))
        recorder.executions += 1
        error = run_one(target, item, limit)
        if error is not None:
            failing.append((item, error))
            raise error if isinstance(error, Exception) else RuntimeError(str(error))

    while time.monotonic() < deadline:
        failing.clear()
        try:
            property_holds()
        except Exception as failure:
            if failing:  # the last failing input is the shrunk one
                item, error = failing[-1]
                recorder.record(target, item, error)
            else:
                print(f"hypothesis stopped: {type(failure).__name__}: {failure}", file=sys.stderr)
    return {"executions": recorder.executions, "counts": recorder.counts}


# --- deterministic sweep: windows of the seed pages, unmutated ------------------------------------------


def sweep(target: Target, limit: float) -> dict[str, Any]:
    """Every seed page cut two ways, unmutated: windows of 3-40 consecutive lines (one every 9 lines),
    and suffixes (from every 9th line to the end of the page: it may start inside an article)."""
    import random

    rng = random.Random(1)
    recorder = Recorder(target.name)
    counts: Counter[str] = Counter()
    for _, text in seed_pages():
        lines = text.split("\n")
        for start in range(0, len(lines), 9):
            cuts = {"window": lines[start : start + rng.randint(3, 40)], "suffix": lines[start:]}
            for kind, piece in cuts.items():
                page = "\n".join(piece)
                if not page.strip():
                    continue
                counts[f"{kind} checked"] += 1
                recorder.executions += 1
                error = run_one(target, page, limit)
                if error is not None:
                    recorder.record(target, page, error)
                    counts[f"{kind}: {signature(error)}"] += 1
    return {"executions": recorder.executions, "counts": counts}


# --- triage -----------------------------------------------------------------------------------------


def minimise(target: Target, item: Any, key: str, limit: float) -> Any:
    """Delta debugging over lines, then characters (text) or bytes, keeping the same failure signature."""

    def fails(candidate: Any) -> bool:
        error = run_one(target, candidate, limit)
        return error is not None and signature(error) == key

    def shrink_sequence(sequence: Any, rebuild: Callable[[Any], Any]) -> Any:
        chunk = max(len(sequence) // 2, 1)
        while chunk >= 1:
            start = 0
            while start < len(sequence):
                candidate = sequence[:start] + sequence[start + chunk :]
                if candidate != sequence and fails(rebuild(candidate)):
                    sequence = candidate
                else:
                    start += chunk
            chunk //= 2
        return sequence

    if isinstance(item, str):
        lines = shrink_sequence(item.split("\n"), "\n".join)
        return shrink_sequence("\n".join(lines), lambda s: s)
    if isinstance(item, LoadInput):
        return LoadInput(shrink_sequence(item.data, lambda d: LoadInput(d, item.suffix)), item.suffix)
    if isinstance(item, EditsInput):
        operations = shrink_sequence(item.operations, lambda ops: EditsInput(item.text, ops))
        lines = shrink_sequence(item.text.split("\n"), lambda ls: EditsInput("\n".join(ls), operations))
        return EditsInput("\n".join(lines), operations)
    return item


def reproduce(target: Target, path: Path, limit: float, shrink: bool) -> int:
    item = target.undump(path.read_bytes())
    error = run_one(target, item, limit)
    if error is None:
        print("no failure: the input passes every oracle")
        return 0
    key = signature(error)
    traceback.print_exception(error)
    print(f"\nsignature: {key}")
    if shrink:
        smaller = minimise(target, item, key, limit)
        out = path.with_suffix(".min")
        out.write_bytes(target.dump(smaller))
        print(f"minimised to {out}:\n{target.dump(smaller).decode('utf-8', 'backslashreplace')!r}")
    return 1


# --- command line -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=TARGETS)
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--mode", choices=("atheris", "hypothesis"), default=None, help="default: atheris if installed")
    parser.add_argument("--corpus", type=Path, default=None, help="extra seed inputs (files)")
    parser.add_argument("--time-limit", type=float, default=None, help="seconds per input before it counts as a hang")
    parser.add_argument("--reproduce", type=Path, default=None, help="run one saved input and show its failure")
    parser.add_argument("--minimise", action="store_true", help="with --reproduce: shrink the input, same signature")
    parser.add_argument("--sweep", action="store_true", help="windows and suffixes of the seed pages")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    argv = sys.argv[1:] if argv is None else argv
    libfuzzer_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    limit = args.time_limit or DEFAULT_TIME_LIMIT[args.target]
    target = TARGET_TABLE[args.target]
    if args.worker:
        atheris_worker(args.target, limit, libfuzzer_args)
        return 0
    if args.reproduce is not None:
        return reproduce(target, args.reproduce, limit, args.minimise)
    if args.sweep and args.target not in ("engine", "export"):
        parser.error("--sweep takes page text: engine or export")
    mode = "sweep" if args.sweep else args.mode or ("atheris" if _has_atheris() else "hypothesis")
    before = (
        {p.name for p in (FINDINGS_DIR / args.target).glob("*.txt")} if (FINDINGS_DIR / args.target).is_dir() else set()
    )
    started = time.monotonic()
    if mode == "sweep":
        stats = sweep(target, limit)
    elif mode == "atheris":
        stats = run_atheris(args.target, args.seconds, limit, args.corpus)
    else:
        if args.corpus is not None:
            print("--corpus is used by the atheris mode only; hypothesis draws from the built-in seeds")
        stats = run_hypothesis(args.target, args.seconds, limit)
    elapsed = time.monotonic() - started
    print_summary(args.target, mode, elapsed, stats, before)
    return 0


def _has_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


def print_summary(target: str, mode: str, elapsed: float, stats: dict[str, Any], before: set[str]) -> None:
    executions = stats["executions"]
    print(f"\n== {target} ({mode}) {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"seconds      {elapsed:.0f}")
    print(f"executions   {executions}")
    print(f"exec/s       {executions / max(elapsed, 1e-9):.1f}")
    if mode == "atheris":
        print(f"coverage     cov {stats['coverage']} ft {stats['features']} (libFuzzer edges / features)")
        print(f"restarts     {stats['restarts']}")
    else:
        print(f"coverage     n/a ({mode} mode)")
    folder = FINDINGS_DIR / target
    reports = sorted(p for p in folder.glob("*.txt") if "-" not in p.stem) if folder.is_dir() else []
    new = [p for p in reports if p.name not in before]
    print(f"findings     {len(new)} new signature(s), {len(reports)} saved in {folder}")
    for report in new:
        print(f"  {report.read_text(encoding='utf-8').splitlines()[0]}  ->  {report.with_suffix('.input').name}")
    artifacts = sorted(folder.glob("libfuzzer-*")) if folder.is_dir() else []
    for artifact in artifacts:
        print(f"  libFuzzer artifact (crash/timeout/oom outside Python's reach): {artifact.name}")
    for key, count in stats.get("counts", {}).items():
        print(f"  {count:>6} inputs: {key}")


if __name__ == "__main__":
    sys.exit(main())
