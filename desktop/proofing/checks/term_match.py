"""The rule book's word lists (``resources/rulebook/*.tsv``) and finding their terms in a block on word boundaries.

A term counts only where the page's word cut (jieba, ``lexicon.cut``) starts and ends a
word at its ends: ``热中`` is the variant of ``热衷`` but not in ``火热中``.  The cut
runs only on blocks where the terms' pattern matched, so a clean page costs one regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from desktop import paths
from desktop.proofing import desk_lists, lexicon
from desktop.proofing.chars import is_cjk
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.credits import CACHE_SIZE
from desktop.proofing.desk_lists import ListedTerm
from desktop.proofing.findings import Finding, Fix, Severity, Span
from desktop.proofing.model import Role
from desktop.proofing.surnames import SINGLE
from desktop.proofing.wording import say

RULEBOOK_FOLDER = "rulebook"
LIST_FILES = ("variant_forms.tsv", "confusions.tsv", "banned_wording.tsv")
# Surnames that are also everyday words: a term after them is rarely a given name.
_SURNAME_WORDS = frozenset("和于万时都向成连应明由但平国方文高金石白常安原海全相信来元那干公展衣利富车应从吉")
_NAME_BEFORE = SINGLE - _SURNAME_WORDS


Entry = ListedTerm  # term, what to write instead (none, one, or several to choose from), why


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    entry: Entry


@cache
def read_list(name: str) -> tuple[Entry, ...]:
    """``resources/rulebook/<name>``: ``term<TAB>right[|right...]<TAB>why`` lines, ``#`` lines are comments."""
    entries: list[Entry] = []
    path = paths.resource(RULEBOOK_FOLDER, name)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        term = fields[0].strip()
        right = tuple(r for r in (fields[1].split("|") if len(fields) > 1 else []) if r.strip())
        why = fields[2].strip() if len(fields) > 2 else ""
        entries.append(Entry(term, tuple(r.strip() for r in right), why))
    return tuple(entries)


def list_paths() -> list[Path]:
    """The bundled lists the rule book reads (the self-test checks they are there)."""
    return [paths.resource(RULEBOOK_FOLDER, name) for name in LIST_FILES]


@cache
def list_source(name: str) -> str:
    """The ``来源：`` comment of a list file (named in every finding's evidence)."""
    path = paths.resource(RULEBOOK_FOLDER, name)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and "来源：" in line:
            return line.split("来源：", 1)[1].strip().rstrip("。")
    return name


class TermList:
    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = {entry.term: entry for entry in entries}
        terms = sorted(self.entries, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, terms))) if terms else re.compile(r"(?!)")

    def hits(self, text: str, *, skip_quoted: bool = False, skip_titles: bool = True) -> tuple[Hit, ...]:
        """Where the list's terms stand as words of ``text`` (never inside another word)."""
        return self._cached_hits(text, skip_quoted, skip_titles)

    @lru_cache(maxsize=CACHE_SIZE)  # noqa: B019 (one TermList per list file, kept for the process)
    def _cached_hits(self, text: str, skip_quoted: bool, skip_titles: bool) -> tuple[Hit, ...]:
        if not self.pattern.search(text):
            return ()
        return tuple(self._hits(text, skip_quoted, skip_titles))

    def _hits(self, text: str, skip_quoted: bool, skip_titles: bool) -> Iterator[Hit]:
        shielded = shielded_ranges(text, quoted=skip_quoted, titles=skip_titles)
        taken = 0
        for start, end in _overlapping(self.pattern, text):
            if start < taken:
                continue
            term = text[start:end]
            if len(term) <= 3 and not is_word(text, start, end) and not _after_degree_word(text, start, end):
                continue
            if any(a <= start < b for a, b in shielded):
                continue
            if start > 0 and end < len(text) and text[start - 1] in "“「『" and text[end] in "”」』":
                continue  # the whole quotation is the term: a name (被称为“日蚀”的战役), not wording
            if len(term) == 2 and start > 0 and text[start - 1] in _NAME_BEFORE and _name_like(text, start):
                continue
            taken = end
            yield Hit(start, end, self.entries[term])


_DEGREE = "很更最太挺真极"


def _after_degree_word(text: str, start: int, end: int) -> bool:
    """jieba's dictionary holds some adverb + adjective pairs as one word (很精采): the form is still a word."""
    return start > 0 and text[start - 1] in _DEGREE and is_word(text, start - 1, end)


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Every match, including one that starts inside an earlier one (``在在在`` or ``热中`` after ``火``)."""
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        yield match.start(), match.end()
        position = match.start() + 1


def _name_like(text: str, start: int) -> bool:
    """A single surname character cut as its own word right before the term: ``张/澹然``."""
    before = text[start - 2] if start >= 2 else ""
    return not is_cjk(before) or before in "、，。：；！？“”（）《》 记者通讯员和与及"


_WINDOW = 6  # characters of context on either side: jieba's cut of a span hardly depends on text further away


def is_word(text: str, start: int, end: int) -> bool:
    """Whether the page's word cut starts a word at ``start`` and ends one at ``end``.

    Only a window around the span is cut, through the lexicon's memo (kept on disk like the
    line-break junctions), so a re-check does not load the whole dictionary again.
    """
    low, high = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    bounds = _window_bounds(text[low:high])
    return start - low in bounds and end - low in bounds


@lru_cache(maxsize=CACHE_SIZE)
def _window_bounds(window: str) -> frozenset[int]:
    bounds, position = {0}, 0
    for word in lexicon.cached_cut(window):
        position += len(word)
        bounds.add(position)
    return frozenset(bounds)


_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", '"': '"'}


def shielded_ranges(text: str, *, quoted: bool, titles: bool) -> list[tuple[int, int]]:
    """Spans inside book titles ``《…》`` (and quotations ``“…”`` when ``quoted``), which print as written."""
    openers = ("《" if titles else "") + ('“「『"' if quoted else "")
    ranges: list[tuple[int, int]] = []
    for opener in openers:
        closer = _PAIRS[opener]
        start = text.find(opener)
        while start != -1:
            end = text.find(closer, start + 1)
            if end == -1:
                break
            ranges.append((start + 1, end))
            start = text.find(opener, end + 1)
    return ranges


def term_list(name: str) -> TermList:
    """The list ``name`` as the desk keeps it (installed from the database), else as shipped."""
    desk = desk_lists.current().term_entries(name)
    return _term_list(read_list(name) if desk is None else desk)


@lru_cache(maxsize=8)
def _term_list(entries: tuple[Entry, ...]) -> TermList:
    return TermList(entries)


PROOFREAD_ROLES = (Role.HEADLINE, Role.SUBTITLE, Role.BODY, Role.CAPTION, Role.DATELINE, Role.INTERTITLE)


def list_findings(
    context: CheckContext,
    check: str,
    terms: TermList,
    describe: Callable[[Hit], tuple[str, str, str | None]],
    *,
    severity: Severity,
    confidence: float,
    skip_quoted: bool = False,
) -> list[Finding]:
    """One finding per hit of ``terms`` in the page's proofread blocks.

    ``describe(hit)`` gives the message, the evidence and the replacement (None: no one-click fix).
    """
    findings: list[Finding] = []
    hits = terms._cached_hits  # (``terms.hits`` without its frame: asked of every block, by three checks)
    for block_index, block in enumerate(context.document.blocks):
        if block.role not in PROOFREAD_ROLES:
            continue
        for hit in hits(block.text, skip_quoted, True):
            message, evidence, replacement = describe(hit)
            findings.append(
                replacement_finding(
                    context,
                    check,
                    block_index,
                    hit.start,
                    hit.end,
                    replacement,
                    message=message,
                    evidence=evidence,
                    severity=severity,
                    confidence=confidence,
                )
            )
    return findings


def replacement_finding(
    context: CheckContext,
    check: str,
    block_index: int,
    start: int,
    end: int,
    replacement: str | None,
    *,
    message: str,
    evidence: str,
    severity: Severity,
    confidence: float,
) -> Finding:
    """A finding about characters ``start``..``end`` of one block, fixed (if ``replacement``) by replacing them."""
    block = context.document.blocks[block_index]
    old = block.text[start:end]
    fix = None
    if replacement is not None:
        label = say("“{old}”改为“{new}”", old=old, new=replacement) if replacement else say("删去“{old}”", old=old)
        fix = Fix(kind="replace_chars", label=label, uids=(block.uid,), replacements=((start, old, replacement),))
    return Finding(
        check=check,
        severity=severity,
        blocks=(block_index,),
        article=context.owner[block_index],
        message=message,
        evidence=evidence,
        confidence=confidence,
        fix=fix,
        spans=(Span(block_index, start, end),),
        subject=f"{old}#{block.text.count(old, 0, start)}",
    )
