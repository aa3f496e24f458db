"""jieba's dictionary plus the desk dictionaries, loaded once and lazily; memos of what was segmented.

Only short windows around candidate line breaks (and headlines) are ever
segmented, with jieba's algorithm (``wordcut``) over jieba's dictionary, read
from jieba's own word list in a sixth of a second.  Answers for windows already
seen are memoised on disk (the user's cache folder), so re-checking a page needs
no dictionary at all.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from desktop import paths
from desktop.proofing.wordcut import WordCutter, read_jieba_dictionary

WINDOW = 6
DEFAULT_FREQUENCY = 2000
USER_DICTIONARY_NAME = "desk-dictionary.txt"
_USER_DICTIONARY_HEADER = (
    "# 本社词典：每行一个词，可选词频和词性，例如：顾官屯镇 2000 ns\n"
    "# 这里的词会加入分词词典，帮助校样识别跨行断开的地名、机构名和人名。\n"
)
_MEMO_NAME = "junctions-v2.json"
_MEMO_LIMIT = 200_000

_lock = threading.RLock()  # the memo and the segmenter's slot: held briefly, never while jieba's words load
_build_lock = threading.Lock()  # one thread builds the segmenter; a memo hit never waits for it
_tokenizer: WordCutter | None = None
_tokenizer_key: str | None = None
_current_key: str | None = None
_memo: dict[str, list[str]] | None = None
_memo_key = ""
_memo_dirty = False


@dataclass(frozen=True, slots=True)
class Junction:
    """How jieba segments the text around a line break."""

    spanning_word: str  # a word that crosses the break, or ""
    first_word: str  # the word the second line starts with (in the window)
    last_word: str  # the word the first line ends with (in the window)


def desk_dictionary_path() -> Path:
    return paths.resource("dictionaries", "desk.txt")


def user_dictionary_path() -> Path:
    """The editor's own dictionary in the user data folder, created (empty) on first use."""
    path = paths.user_data_dir() / USER_DICTIONARY_NAME
    if not path.exists():
        path.write_text(_USER_DICTIONARY_HEADER, encoding="utf-8")
    return path


def dictionary_entries(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba user dictionary: ``word [freq] [tag]`` per line, ``#`` comments."""
    entries: list[tuple[str, int | None, str | None]] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return entries
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((parts[0], freq, tag))
    return entries


def _dictionary_key() -> str:
    """Fingerprint of the dictionaries' contents (computed by ``refresh``)."""
    global _current_key
    if _current_key is None:
        refresh()
    assert _current_key is not None
    return _current_key


def refresh() -> None:
    """Re-read the dictionary files; jieba is rebuilt on next use only if their contents changed."""
    global _current_key
    digest = hashlib.sha1()
    for path in (desk_dictionary_path(), user_dictionary_path()):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
        digest.update(b"\x00")
    _current_key = digest.hexdigest()


def desk_words() -> set[str]:
    return {
        word for path in (desk_dictionary_path(), user_dictionary_path()) for word, _, _ in dictionary_entries(path)
    }


def tokenizer() -> WordCutter:
    """The shared segmenter (built on first use, rebuilt when a dictionary file changes)."""
    global _tokenizer, _tokenizer_key
    with _lock:
        key = _dictionary_key()
        if _tokenizer is not None and key == _tokenizer_key:
            return _tokenizer
    with _build_lock:
        with _lock:
            if _tokenizer is not None and key == _tokenizer_key:
                return _tokenizer  # another thread built it meanwhile
        instance = WordCutter(*_base_dictionary())
        for path in (desk_dictionary_path(), user_dictionary_path()):
            for word, freq, _tag in dictionary_entries(path):
                instance.add_word(word, freq if freq is not None else DEFAULT_FREQUENCY)
        with _lock:
            _tokenizer, _tokenizer_key = instance, key
        return instance


def is_loaded() -> bool:
    """Whether the segmenter is already in memory (asking costs nothing, unlike ``tokenizer()``)."""
    return _tokenizer is not None


def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's dictionary as words → frequency, read from jieba's own file each time (``wordcut``)."""
    return read_jieba_dictionary()


def cut(text: str) -> list[str]:
    return tokenizer().cut(text)


def _memo_store() -> dict[str, list[str]]:
    global _memo, _memo_key, _memo_dirty
    key = _dictionary_key()
    if _memo is not None and key == _memo_key:
        return _memo
    memo: dict[str, list[str]] = {}
    try:
        data = json.loads((paths.user_cache_dir() / _MEMO_NAME).read_text(encoding="utf-8"))
        if data.get("key") == key and isinstance(data.get("windows"), dict):
            memo = data["windows"]
    except (OSError, ValueError):
        pass
    _memo, _memo_key, _memo_dirty = memo, key, False
    return memo


def save_memo() -> None:
    """Write the memo of segmented windows to the cache folder if it grew."""
    global _memo_dirty
    with _lock:
        if _memo is None or not _memo_dirty:
            return
        windows = _memo if len(_memo) <= _MEMO_LIMIT else dict(list(_memo.items())[-_MEMO_LIMIT:])
        target = paths.user_cache_dir() / _MEMO_NAME
        temporary = target.with_suffix(".tmp")
        try:
            temporary.write_text(json.dumps({"key": _memo_key, "windows": windows}, ensure_ascii=False), "utf-8")
            temporary.replace(target)
        except OSError:
            return
        _memo_dirty = False


def current_key() -> str:
    """Fingerprint of the dictionaries in use: results computed with jieba are only valid under it."""
    # (asked for every line pair the engine assesses: the fingerprint read straight when it is known)
    return _current_key if _current_key is not None else _dictionary_key()


def _remember(memo: dict[str, list[str]], key: str, value: list[str]) -> None:
    """Memoise ``value``; past the limit the oldest entries go, in memory as on disk.

    (~460 bytes an entry: without the limit a long session's memo grew with every new text.)
    """
    global _memo_dirty
    memo[key] = value
    _memo_dirty = True
    if len(memo) > _MEMO_LIMIT:
        for old in list(islice(memo, len(memo) - _MEMO_LIMIT * 9 // 10)):
            del memo[old]


def cached_cut(text: str) -> list[str]:
    """``cut`` for short texts such as headlines, memoised on disk like the junctions."""
    key = f"\x01{text}"
    with _lock:
        words = _memo_store().get(key)
    if words is None:
        words = cut(text)  # (outside the lock: loading jieba's words must not hold up memo hits)
        with _lock:
            _remember(_memo_store(), key, words)
    return list(words)


def junction(left: str, right: str) -> Junction:
    """Segment the last few characters of ``left`` with the first few of ``right``."""
    tail, head = left[-WINDOW:], right[:WINDOW]
    key = f"{tail}\x00{head}"
    with _lock:
        cached = _memo_store().get(key)
    if cached is None:
        # (outside the lock: a page re-checked from the memo never waits for jieba's words to load,
        # as the start-up's warm-up loads them; measured in bench/gui.py)
        cached = list(_segment_junction(tail, head))
        with _lock:
            _remember(_memo_store(), key, cached)
    return Junction(spanning_word=cached[0], first_word=cached[1], last_word=cached[2])


def _segment_junction(tail: str, head: str) -> tuple[str, str, str]:
    position = 0
    spanning, first, last = "", "", ""
    for word in cut(tail + head):
        end = position + len(word)
        if position < len(tail) < end:
            spanning = word
        if position == len(tail):
            first = word
        if end == len(tail):
            last = word
        position = end
    return spanning, first, last
