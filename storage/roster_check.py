"""The ``unknown-reporter`` finding: a byline name that is not on the reporter roster.

The engine cannot import storage, so this check lives here; the CLI and the GUI
merge its findings with ``pipeline.analyse``'s::

    roster = open_default_roster()          # None (and nothing imported) without a database
    if roster is not None:
        findings += unknown_reporter_findings(document, roster)  An empty roster reports nothing
(the newsroom does not keep one), and inactive reporters still count as known.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from desktop.proofing.findings import Finding, Severity, Span
from desktop.proofing.model import Document

if TYPE_CHECKING:
    from storage.roster import Roster, RosterEntry

CHECK_NAME = "unknown-reporter"
NEAREST_LIMIT = 3
_MIN_CLOSENESS = 0.5


def nearest_names(
    name: str, entries: Sequence[RosterEntry], limit: int = NEAREST_LIMIT
) -> list[tuple[RosterEntry, float]]:
    """Roster entries closest to ``name`` by characters or by sound, best first, with 0..1 scores.

    Sound compares syllable by syllable (张同建 sounds exactly like 张同健), so names
    that merely share a final (wang/zhang) do not look alike.
    """
    from storage.roster import name_pinyin

    syllables = name_pinyin(name)[0].split()
    scored = []
    for entry in entries:
        by_characters = fuzz.ratio(name, entry.name) / 100.0
        theirs = entry.pinyin.split()
        by_sound = 0.0
        if syllables and len(theirs) == len(syllables):
            by_sound = sum(a == b for a, b in zip(syllables, theirs, strict=True)) / len(syllables)
        score = max(by_characters, 0.95 * by_sound)
        if score >= _MIN_CLOSENESS:
            scored.append((entry, round(score, 4)))
    scored.sort(key=lambda item: (-item[1], item[0].pinyin))
    return scored[:limit]


def unknown_reporter_findings(document: Document, roster: Roster | Sequence[RosterEntry]) -> list[Finding]:
    """An ``info`` finding for every byline name not on ``roster``, with the nearest roster names as evidence."""
    from desktop.proofing.pipeline import byline_of

    entries = list(roster) if isinstance(roster, Sequence) else roster.entries()
    if not entries:
        return []
    known = {entry.name for entry in entries}
    findings: list[Finding] = []
    for article in document.articles():
        byline = byline_of(article)
        if not byline:
            continue
        for name in dict.fromkeys(byline.split()):
            if name in known:
                continue
            block_index, span = _locate(document, article.block_indices, name)
            nearest = nearest_names(name, entries)
            if nearest:
                listed = "、".join(f"{entry.name}（{entry.pinyin}）" for entry, _ in nearest)
                evidence = f"名册中最接近的：{listed}"
            else:
                evidence = f"名册（{len(entries)} 人）中没有相近的名字"
            best = nearest[0][1] if nearest else 0.0
            findings.append(
                Finding(
                    check=CHECK_NAME,
                    severity=Severity.INFO,
                    blocks=(block_index,),
                    article=article.index,
                    message=f"署名“{name}”不在记者名册中",
                    evidence=evidence,
                    confidence=round(0.5 + 0.5 * best, 4),
                    spans=(span,) if span else (),
                )
            )
    return findings


def _locate(document: Document, block_indices: Sequence[int], name: str) -> tuple[int, Span | None]:
    """The last block of the article that contains ``name`` (bylines close articles), and the name's span."""
    for index in reversed(block_indices):
        offset = document.blocks[index].text.find(name)
        if offset >= 0:
            return index, Span(index, offset, offset + len(name))
    return block_indices[-1], None


def open_default_roster() -> Roster | None:
    """The configured database's roster, or None at once when no database exists yet (for the CLI)."""
    from storage.db_location import default_database_exists

    if not default_database_exists():
        return None
    from storage.roster import open_roster

    return open_roster()


def byline_names_of(document: Document) -> list[str]:
    """Every reporter name found in the page's bylines, in page order: candidates for the roster."""
    from desktop.proofing.pipeline import byline_of

    names: dict[str, None] = {}
    for article in document.articles():
        for name in (byline_of(article) or "").split():
            names.setdefault(name, None)
    return list(names)
