"""Reversible editing operations on a ``Document``.

Every operation is an ``Edit``: replace the run of blocks starting at ``start``
(which must equal ``old``) with ``new``.  The inverse swaps ``old`` and ``new``,
so undo restores the document exactly, and an edit computed on a stale state is
refused instead of silently corrupting the page.  The builder functions below
(join, split, set text, …) compute such edits; none of them adds or removes a
character unless its name says it edits text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.proofing.model import Block, Document, PageConventions, Role


class EditConflict(ValueError):
    """The edit does not fit the document it is applied to."""


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str
    label: str
    start: int
    old: tuple[Block, ...]
    new: tuple[Block, ...]

    def inverse(self) -> Edit:
        return Edit(self.kind, self.label, self.start, self.new, self.old)

    def apply(self, document: Document) -> Document:
        end = self.start + len(self.old)
        if self.start < 0 or end > len(document.blocks) or document.blocks[self.start : end] != self.old:
            raise EditConflict(f"{self.label}: the page has changed since this edit was prepared")
        return document.with_blocks(document.blocks[: self.start] + self.new + document.blocks[end:])


@dataclass(frozen=True, slots=True)
class EditBatch:
    """Several edits applied in order as one step (one undo)."""

    label: str
    edits: tuple[Edit, ...]

    def apply(self, document: Document) -> Document:
        for edit in self.edits:
            document = edit.apply(document)
        return document

    def inverse(self) -> EditBatch:
        return EditBatch(self.label, tuple(edit.inverse() for edit in reversed(self.edits)))


AnyEdit = Edit | EditBatch


def apply_all(document: Document, edits: Iterable[AnyEdit]) -> Document:
    for edit in edits:
        document = edit.apply(document)
    return document


def _check_index(document: Document, index: int) -> Block:
    if not 0 <= index < len(document.blocks):
        raise EditConflict(f"no block {index} on this page")
    return document.blocks[index]


def join_blocks(document: Document, index: int, label: str = "合并段落") -> Edit:
    """Join block ``index`` with the block after it, adding no character."""
    first = _check_index(document, index)
    second = _check_index(document, index + 1)
    # (a 小标题 that takes in the paragraph under it is no heading any more: the paragraph's kind wins)
    role = second.role if first.role is Role.INTERTITLE else first.role
    joined = replace(first, text=first.text + second.text, origin=first.origin + second.origin, role=role)
    return Edit("join", label, index, (first, second), (joined,))


def split_block(document: Document, index: int, offset: int, label: str = "拆分段落") -> Edit:
    """Split block ``index`` at character ``offset``; the second half becomes a body paragraph."""
    block = _check_index(document, index)
    if not 0 < offset < len(block.text):
        raise EditConflict(f"cannot split block {index} at offset {offset}")
    first = replace(block, text=block.text[:offset])
    second = Block(
        uid=document.next_uid(),
        text=block.text[offset:],
        role=Role.BODY if block.role in (Role.HEADLINE, Role.SUBTITLE, Role.INTERTITLE) else block.role,
        starts_article=False,
        indent="",
        origin=block.origin[-1:],
        blank_before=True,  # the editor's split is a real paragraph boundary
    )
    return Edit("split", label, index, (block,), (first, second))


def set_text(document: Document, index: int, text: str, label: str = "修改文字") -> Edit:
    block = _check_index(document, index)
    return Edit("set_text", label, index, (block,), (block.with_text(text),))


def set_role(document: Document, index: int, role: Role, label: str = "更改段落类型") -> Edit:
    block = _check_index(document, index)
    return Edit("set_role", label, index, (block,), (replace(block, role=role),))


def toggle_intertitle(document: Document, index: int) -> Edit:
    """A body paragraph of an article becomes a 小标题 where it stands, a 小标题 body text again."""
    block = _check_index(document, index)
    if block.role is Role.INTERTITLE:
        return set_role(document, index, Role.BODY, "设为正文")
    if block.role is not Role.BODY or block.starts_article or document.article_of_block()[index] is None:
        raise EditConflict(f"block {index} is no body paragraph of an article")
    return set_role(document, index, Role.INTERTITLE, "设为小标题")


def delete_block(document: Document, index: int, label: str = "删除段落") -> Edit:
    block = _check_index(document, index)
    if block.starts_article and index + 1 < len(document.blocks):
        following = document.blocks[index + 1]
        if not following.starts_article:
            promoted = replace(following, starts_article=True)
            return Edit("delete", label, index, (block, following), (promoted,))
    return Edit("delete", label, index, (block,), ())


def insert_block(
    document: Document,
    index: int,
    text: str,
    role: Role,
    *,
    starts_article: bool = False,
    label: str = "插入段落",
) -> Edit:
    if not 0 <= index <= len(document.blocks):
        raise EditConflict(f"cannot insert at {index}")
    block = Block(uid=document.next_uid(), text=text, role=role, starts_article=starts_article)
    return Edit("insert", label, index, (), (block,))


def split_article(document: Document, index: int, label: str = "从此处拆分稿件") -> Edit:
    """Start a new article at block ``index``; that block becomes its headline."""
    block = _check_index(document, index)
    if block.starts_article:
        raise EditConflict(f"block {index} already starts an article")
    return Edit("split_article", label, index, (block,), (replace(block, role=Role.HEADLINE, starts_article=True),))


def start_article_at(document: Document, index: int, label: str = "从光标所在段拆出新稿件") -> Edit:
    """Start a new article, still without a headline, at block ``index``; the block keeps its role.

    A 小标题 (a merged article's headline) becomes the new article's headline instead: the split undoes
    the merge.  The byline of the article being split stays with it: when it stood after ``index`` it
    moves up to end that article, before the new one.
    """
    block = _check_index(document, index)
    if block.starts_article:
        raise EditConflict(f"block {index} already starts an article")
    owner = document.article_of_block()[index]
    article = document.articles()[owner] if owner is not None else None
    byline = article.byline_index if article is not None else None
    role = Role.HEADLINE if block.role is Role.INTERTITLE else block.role
    started = replace(block, starts_article=True, role=role)
    if byline is None or byline < index:
        return Edit("split_article", label, index, (block,), (started,))
    old = document.blocks[index : byline + 1]
    return Edit("split_article", label, index, old, (old[-1], started, *old[1:-1]))


def merge_article_with_next(document: Document, article_index: int, label: str = "与下一篇合并") -> Edit:
    """Merge article ``article_index`` with the next: the next one's heading blocks become 小标题 where they stand.

    (Most merges join a story the page split at a sub-heading; as intertitles the lines keep their place and
    their look, are never taken for a broken paragraph, and ``set_role`` makes one body text if it is not.)
    """
    articles = document.articles()
    if not 0 <= article_index < len(articles) - 1:
        raise EditConflict(f"article {article_index} has no next article to merge with")
    following = articles[article_index + 1]
    start = following.first_index
    heading_end = start
    while heading_end <= following.last_index and document.blocks[heading_end].role in (Role.HEADLINE, Role.SUBTITLE):
        heading_end += 1
    heading_end = max(heading_end, start + 1)
    old = document.blocks[start:heading_end]
    new = tuple(
        replace(
            block,
            starts_article=False,
            role=Role.INTERTITLE if block.role in (Role.HEADLINE, Role.SUBTITLE) else block.role,
        )
        for block in old
    )
    return Edit("merge_articles", label, start, old, new)


def move_article(document: Document, source: int, target: int) -> Edit:
    """Move article ``source`` so that it becomes article ``target``; no block changes text."""
    articles = document.articles()
    if not (0 <= source < len(articles) and 0 <= target < len(articles)) or source == target:
        raise EditConflict(f"cannot move article {source} to {target}")
    low, high = min(source, target), max(source, target)
    segments: list[tuple[Block, ...]] = []
    for number in range(low, high + 1):
        begin = articles[number].first_index
        end = articles[number + 1].first_index if number < high else articles[high].last_index + 1
        segments.append(document.blocks[begin:end])
    moved = segments.pop(source - low)
    segments.insert(target - low, moved)
    new_blocks: list[Block] = []
    for segment in segments:
        new_blocks.append(replace(segment[0], starts_article=True))
        new_blocks.extend(segment[1:])
    start = articles[low].first_index
    old = document.blocks[start : articles[high].last_index + 1]
    return Edit("move_article", "移动稿件", start, old, tuple(new_blocks))


def _article_slot_edit(document: Document, article_index: int, role: Role, text: str, label: str) -> Edit:
    articles = document.articles()
    if not 0 <= article_index < len(articles):
        raise EditConflict(f"no article {article_index}")
    article = articles[article_index]
    existing = {
        Role.HEADLINE: article.headline_index,
        Role.SUBTITLE: article.subtitle_indices[0] if article.subtitle_indices else None,
        Role.BYLINE: article.byline_index,
    }[role]
    if existing is not None:
        return set_text(document, existing, text, label)
    if role is Role.HEADLINE:
        first = document.blocks[article.first_index]
        new_headline = Block(uid=document.next_uid(), text=text, role=Role.HEADLINE, starts_article=True)
        return Edit(
            "insert", label, article.first_index, (first,), (new_headline, replace(first, starts_article=False))
        )
    if role is Role.SUBTITLE:
        position = (article.headline_index + 1) if article.headline_index is not None else article.first_index
        return insert_block(document, position, text, Role.SUBTITLE, label=label)
    return insert_block(document, article.last_index + 1, text, Role.BYLINE, label=label)


def set_headline(document: Document, article_index: int, text: str) -> Edit:
    return _article_slot_edit(document, article_index, Role.HEADLINE, text, "修改标题")


def set_subtitle(document: Document, article_index: int, text: str) -> Edit:
    return _article_slot_edit(document, article_index, Role.SUBTITLE, text, "修改副题")


def set_byline(document: Document, article_index: int, text: str) -> Edit:
    return _article_slot_edit(document, article_index, Role.BYLINE, text, "修改署名")


def block_to_dict(block: Block) -> dict[str, Any]:
    return {
        "uid": block.uid,
        "text": block.text,
        "role": block.role.value,
        "starts_article": block.starts_article,
        "indent": block.indent,
        "origin": list(block.origin),
        "blank_before": block.blank_before,
    }


def block_from_dict(data: dict[str, Any]) -> Block:
    return Block(
        uid=int(data["uid"]),
        text=str(data["text"]),
        role=Role(data["role"]),
        starts_article=bool(data["starts_article"]),
        indent=str(data.get("indent", "")),
        origin=tuple(int(i) for i in data.get("origin", ())),
        blank_before=bool(data.get("blank_before", False)),
    )


def edit_to_dict(edit: AnyEdit) -> dict[str, Any]:
    if isinstance(edit, EditBatch):
        return {"batch": edit.label, "edits": [edit_to_dict(e) for e in edit.edits]}
    return {
        "kind": edit.kind,
        "label": edit.label,
        "start": edit.start,
        "old": [block_to_dict(b) for b in edit.old],
        "new": [block_to_dict(b) for b in edit.new],
    }


def edit_from_dict(data: dict[str, Any]) -> AnyEdit:
    if "batch" in data:
        return EditBatch(str(data["batch"]), tuple(_single_edit(e) for e in data["edits"]))
    return _single_edit(data)


def _single_edit(data: dict[str, Any]) -> Edit:
    if "batch" in data:
        raise ValueError("nested edit batches are not supported")
    return Edit(
        kind=str(data["kind"]),
        label=str(data["label"]),
        start=int(data["start"]),
        old=tuple(block_from_dict(b) for b in data["old"]),
        new=tuple(block_from_dict(b) for b in data["new"]),
    )


def document_to_dict(document: Document) -> dict[str, Any]:
    data: dict[str, Any] = {
        "source_name": document.source_name,
        "encoding": document.encoding,
        "blocks": [block_to_dict(b) for b in document.blocks],
    }
    if document.conventions is not None:
        data["conventions"] = asdict(document.conventions)
    return data


def document_from_dict(data: dict[str, Any]) -> Document:
    return Document(
        blocks=tuple(block_from_dict(b) for b in data["blocks"]),
        source_name=str(data.get("source_name", "")),
        encoding=str(data.get("encoding", "utf-8")),
        conventions=conventions_from_dict(data.get("conventions")),
    )


def conventions_from_dict(data: Any) -> PageConventions | None:
    """The recorded conventions; None (read them from the page again) when absent or incomplete."""
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for spec in fields(PageConventions):
        if spec.name not in data:
            return None  # saved by a version that recorded less: measure them all
        default = getattr(PageConventions(), spec.name)
        values[spec.name] = type(default)(data[spec.name])
    return PageConventions(**values)


def describe(edits: Sequence[AnyEdit]) -> str:
    return "；".join(edit.label for edit in edits)
