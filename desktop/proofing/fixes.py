"""Turning findings' fixes into edits, one at a time or in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from desktop.proofing.edits import (
    Edit,
    EditBatch,
    EditConflict,
    delete_block,
    join_blocks,
    set_role,
    set_text,
)
from desktop.proofing.findings import Finding, Fix
from desktop.proofing.model import Document, Role

Hints = Sequence[int]  # where the fix's blocks were last seen (the finding's block indices): looked at first


def _index(document: Document, uid: int, hints: Hints) -> int:
    """The block with ``uid``: at one of ``hints`` if it is still there (a fix-all resolves hundreds of fixes
    from the page's end, so blocks before the last edit keep their places), else searched for."""
    blocks = document.blocks
    for hint in hints:
        if 0 <= hint < len(blocks) and blocks[hint].uid == uid:
            return hint
    return document.index_of_uid(uid)


def _resolve_join(document: Document, fix: Fix, hints: Hints) -> Edit:
    first, second = (_index(document, uid, hints) for uid in fix.uids[:2])
    if second != first + 1:
        raise EditConflict(f"{fix.label}: the two blocks are no longer adjacent")
    return join_blocks(document, first, fix.label)


def _resolve_replace_chars(document: Document, fix: Fix, hints: Hints) -> Edit:
    index = _index(document, fix.uids[0], hints)
    text = document.blocks[index].text
    pieces: list[str] = []
    cursor = 0
    for offset, old, new in sorted(fix.replacements):
        if text[offset : offset + len(old)] != old or offset < cursor:
            raise EditConflict(f"{fix.label}: the text has changed since it was checked")
        pieces.append(text[cursor:offset])
        pieces.append(new)
        cursor = offset + len(old)
    pieces.append(text[cursor:])
    return set_text(document, index, "".join(pieces), fix.label)


def _resolve_set_role(document: Document, fix: Fix, hints: Hints) -> Edit:
    index = _index(document, fix.uids[0], hints)
    if fix.role is None:
        raise EditConflict(f"{fix.label}: no role given")
    return set_role(document, index, Role(fix.role), fix.label)


def _resolve_attach_byline(document: Document, fix: Fix, hints: Hints) -> Edit:
    """Make a stray byline line the byline of the article before it."""
    index = _index(document, fix.uids[0], hints)
    block = document.blocks[index]
    if block.starts_article and index > 0:
        attached = replace(block, role=Role.BYLINE, starts_article=False)
        following = document.blocks[index + 1 : index + 2]
        promoted = tuple(replace(b, starts_article=True) for b in following)
        return Edit("attach_byline", fix.label, index, (block, *following), (attached, *promoted))
    if _slipped_below_next_headline(document, index):
        start = index
        while not document.blocks[start].starts_article:
            start -= 1
        heading = document.blocks[start:index]
        # The byline slipped below the next article's headline: move it back above that headline.
        attached = replace(block, role=Role.BYLINE, starts_article=False)
        return Edit("attach_byline", fix.label, start, (*heading, block), (attached, *heading))
    return set_role(document, index, Role.BYLINE, fix.label)


def _slipped_below_next_headline(document: Document, index: int) -> bool:
    """The byline sits between an article's headings and its body, and an article comes before it."""
    blocks = document.blocks
    start = index
    while start > 0 and not blocks[start].starts_article:
        start -= 1
    heading = blocks[start:index]
    if not heading or not all(b.role in (Role.HEADLINE, Role.SUBTITLE) for b in heading):
        return False
    end = index + 1
    while end < len(blocks) and not blocks[end].starts_article and blocks[end].role is not Role.CHROME:
        end += 1
    has_body_after = end > index + 1
    has_article_before = any(b.role is not Role.CHROME for b in blocks[:start])
    return has_body_after and has_article_before


def _resolve_delete(document: Document, fix: Fix, hints: Hints) -> Edit:
    return delete_block(document, _index(document, fix.uids[0], hints), fix.label)


RESOLVERS: dict[str, Callable[[Document, Fix, Hints], Edit]] = {
    "join": _resolve_join,
    "replace_chars": _resolve_replace_chars,
    "set_role": _resolve_set_role,
    "attach_byline": _resolve_attach_byline,
    "delete": _resolve_delete,
}


def resolve_fix(document: Document, fix: Fix, hints: Hints = ()) -> Edit:
    try:
        resolver = RESOLVERS[fix.kind]
    except KeyError:
        raise EditConflict(f"unknown fix kind {fix.kind!r}") from None
    try:
        return resolver(document, fix, hints)
    except KeyError:
        raise EditConflict(f"{fix.label}: the paragraph it refers to is gone") from None


def fix_edit(document: Document, finding: Finding) -> Edit:
    if finding.fix is None:
        raise EditConflict(f"{finding.check}: this finding has no automatic fix")
    return resolve_fix(document, finding.fix, finding.blocks)


def select_fixable(
    findings: Iterable[Finding], checks: Iterable[str] | None = None, min_confidence: float = 0.0
) -> list[Finding]:
    wanted = set(checks) if checks is not None else None
    return [
        f
        for f in findings
        if f.fix is not None and f.confidence >= min_confidence and (wanted is None or f.check in wanted)
    ]


def batch_fix(
    document: Document, findings: Iterable[Finding], label: str = "批量修正"
) -> tuple[Document, EditBatch, list[Finding]]:
    """Apply the fixes of ``findings`` as one batch, last block first so earlier indices stay valid.

    Fixes are resolved one by one against the evolving document through their uid
    anchors; a fix that no longer fits is skipped and returned in the third item.
    """
    ordered = sorted(
        (f for f in findings if f.fix is not None),
        key=lambda f: (max(f.blocks, default=-1), min(f.blocks, default=-1)),
        reverse=True,
    )
    edits: list[Edit] = []
    skipped: list[Finding] = []
    for finding in ordered:
        try:
            edit = fix_edit(document, finding)
            document = edit.apply(document)
        except EditConflict:
            skipped.append(finding)
            continue
        edits.append(edit)
    return document, EditBatch(label, tuple(edits)), skipped
