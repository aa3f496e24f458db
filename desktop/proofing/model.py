"""The document model: a page as an immutable sequence of blocks.

A block is one non-blank line of the page as loaded (or what edits made of it).
Everything the editor can do to a page is a replacement of a run of blocks by
another run (see ``edits``), so the whole model is plain frozen data that can be
compared, hashed, serialised and restored exactly.

Articles are not stored separately: a block whose ``starts_article`` flag is set
opens a new article, and the article owns every following block up to the next
such block, except page chrome, which belongs to no article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from operator import attrgetter

from desktop.proofing.frozen import quick_init


class Role(StrEnum):
    HEADLINE = "headline"
    SUBTITLE = "subtitle"
    DATELINE = "dateline"
    BODY = "body"
    INTERTITLE = "intertitle"  # 小标题: a heading inside the body, where it stands (the engine never gives it)
    BYLINE = "byline"
    CAPTION = "caption"
    CHROME = "chrome"


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-sized unit of the page.

    ``uid`` is stable across edits that keep the block (so a finding computed on
    an earlier state can find its block again); ``origin`` lists the raw block
    indices the text came from, for reporting against the file as loaded.
    ``indent`` is the layout whitespace that stood before the text on its line;
    ``blank_before`` tells whether a blank line separated it from the block above
    in the file (layout evidence: on pages that leave blank lines between
    paragraphs, a single newline is a column wrap).
    """

    uid: int
    text: str
    role: Role = Role.BODY
    starts_article: bool = False
    indent: str = ""
    origin: tuple[int, ...] = ()
    blank_before: bool = False

    def with_text(self, text: str) -> Block:
        return replace(self, text=text)


@quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """A read-only view of one article, derived from the blocks."""

    index: int
    block_indices: tuple[int, ...]
    headline_index: int | None
    subtitle_indices: tuple[int, ...]
    body_indices: tuple[int, ...]
    byline_index: int | None
    blocks: tuple[Block, ...] = field(repr=False)

    def _text_at(self, index: int | None) -> str | None:
        if index is None:
            return None
        return self.blocks[self.block_indices.index(index)].text

    @property
    def headline(self) -> str:
        return self._text_at(self.headline_index) or ""

    @property
    def subtitle(self) -> str | None:
        if not self.subtitle_indices:
            return None
        return " ".join(self._text_at(i) or "" for i in self.subtitle_indices)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(self._text_at(i) or "" for i in self.body_indices)

    @property
    def byline_block_text(self) -> str | None:
        return self._text_at(self.byline_index)

    @property
    def first_index(self) -> int:
        return self.block_indices[0]

    @property
    def last_index(self) -> int:
        return self.block_indices[-1]


_BODY_LIKE = (Role.BODY, Role.DATELINE, Role.CAPTION, Role.INTERTITLE)
# (bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_CHROME, _HEADLINE, _SUBTITLE, _BYLINE = Role.CHROME, Role.HEADLINE, Role.SUBTITLE, Role.BYLINE
_UID = attrgetter("uid")


@dataclass(frozen=True, slots=True)
class PageConventions:
    """How the page as loaded sets its text, read once from the whole page (see ``conventions``).

    Recorded on the document at load and carried unchanged through every edit:
    fixing broken lines one at a time consumes the evidence these were read from.
    """

    typical_length: float = 60.0  # median length of the lines that end a sentence
    wrap_width: int = 0  # display width of the page's hard-wrapped lines; 0: not hard-wrapped
    paragraph_indent: str = ""  # the indent of the page's paragraphs; "": the indentation says nothing
    indent_marks_body: bool = False  # only body text carries the paragraph indent (headlines stand flush)
    indent_opens_paragraphs: bool = False  # an indent opens a paragraph, wrapped lines stand flush
    blank_lines_mark_paragraphs: bool = False  # blank lines between paragraphs, single newlines are wraps
    blank_line_ends_paragraph: bool = False  # ... and a blank line after an unfinished line ends it too
    headings_apart: bool = False  # ... and headings stand apart, with blank lines under them
    breaks_lines: bool = False  # some line of the page is certainly broken (so weaker evidence counts)


@dataclass(frozen=True, slots=True)
class Document:
    """A page: its blocks in order plus facts about where it came from.

    ``conventions`` are the page's conventions as read at load (None: not recorded,
    as on pages saved before they were; the engine then reads them from the page).
    """

    blocks: tuple[Block, ...]
    source_name: str = ""
    encoding: str = "utf-8"
    conventions: PageConventions | None = None

    def __len__(self) -> int:
        return len(self.blocks)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __getitem__(self, index: int) -> Block:
        return self.blocks[index]

    def with_blocks(self, blocks: Iterable[Block]) -> Document:
        return replace(self, blocks=tuple(blocks))

    def index_of_uid(self, uid: int) -> int:
        try:  # (in C: a fix-all resolves two uids per fix, on pages of thousands of blocks)
            return list(map(_UID, self.blocks)).index(uid)
        except ValueError:
            raise KeyError(uid) from None

    def find_uid(self, uid: int) -> int | None:
        try:
            return self.index_of_uid(uid)
        except KeyError:
            return None

    def next_uid(self) -> int:
        return max((block.uid for block in self.blocks), default=-1) + 1

    def articles(self) -> tuple[Article, ...]:
        return build_articles(self.blocks)

    def article_of_block(self) -> tuple[int | None, ...]:
        """For each block index, the index of the article that owns it (or None)."""
        owner: list[int | None] = [None] * len(self.blocks)
        for article in self.articles():
            for index in article.block_indices:
                owner[index] = article.index
        return tuple(owner)

    def text_signature(self) -> str:
        """Every non-whitespace character of the page in order."""
        return "".join("".join(block.text.split()) for block in self.blocks)


def build_articles(blocks: tuple[Block, ...]) -> tuple[Article, ...]:
    groups: list[list[int]] = []
    for index, block in enumerate(blocks):
        if block.starts_article or (not groups and block.role is not _CHROME):
            groups.append([])
        if groups and block.role is not _CHROME:
            groups[-1].append(index)
    articles: list[Article] = []
    for indices in groups:
        if not indices:
            continue
        # (one walk over the article's blocks: articles are built for every analysis of the page)
        members = tuple([blocks[i] for i in indices])
        headline: int | None = None
        byline: int | None = None
        subtitles: list[int] = []
        body: list[int] = []
        for index, block in zip(indices, members, strict=True):
            role = block.role
            if role in _BODY_LIKE:
                body.append(index)
            elif role is _HEADLINE:
                if headline is None:
                    headline = index
            elif role is _SUBTITLE:
                subtitles.append(index)
            elif role is _BYLINE:
                byline = index  # (the last one)
        articles.append(
            Article(
                index=len(articles),
                block_indices=tuple(indices),
                headline_index=headline,
                subtitle_indices=tuple(subtitles),
                body_indices=tuple(body),
                byline_index=byline,
                blocks=members,
            )
        )
    return tuple(articles)
