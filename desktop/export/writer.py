"""Building the bytes of one exported .docx from the page's blocks."""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from desktop.export.comments import add_comments
from desktop.export.compose import RevisionStamp, TemplateStyles, append_paragraphs, clear_body
from desktop.export.errors import ExportError
from desktop.export.fitting import squeeze_twips, style_size_pt, text_width_pt
from desktop.export.layout import OutParagraph, layout_document
from desktop.export.options import ExportOptions
from desktop.export.properties import fill_header, set_properties
from desktop.export.revisions import Change, WordParagraph, plain_paragraphs, tracked_paragraphs
from desktop.export.settings import turn_on_track_revisions
from desktop.export.styles import StyleKey, default_template
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document


@dataclass(frozen=True, slots=True)
class FileContent:
    """What goes into one file: blocks of the edited page (and of the raw page, for revisions)."""

    title: str
    author: str | None
    edited_indices: tuple[int, ...]
    raw_indices: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class BuiltFile:
    data: bytes
    paragraphs: tuple[WordParagraph, ...]
    laid_out: tuple[OutParagraph, ...]
    comments: int


def template_bytes(path: Path | None = None) -> bytes:
    path = path or default_template()
    try:
        stat = path.stat()
        return _read_template(path, stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        raise ExportError(path, "找不到 Word 模板文件。") from None
    except OSError as error:
        raise ExportError(path, f"无法读取 Word 模板（{error.strerror or error}）。") from None


@functools.lru_cache(maxsize=4)
def _read_template(path: Path, mtime_ns: int, size: int) -> bytes:
    del mtime_ns, size  # part of the cache key: a restyled template is read again
    return path.read_bytes()


def open_template(options: ExportOptions) -> DocxDocument:
    path = options.template or default_template()
    try:
        document = docx.Document(io.BytesIO(template_bytes(path)))
    except ExportError:
        raise
    except Exception as error:  # python-docx raises several unrelated types for a broken package
        raise ExportError(path, f"Word 模板无法打开（{error}）。") from None
    clear_body(document)
    return document


HEADINGS = (StyleKey.HEADLINE, StyleKey.KICKER, StyleKey.SUBTITLE)


def heading_letter_spacing(
    document: DocxDocument, styles: TemplateStyles, paragraphs: Sequence[WordParagraph]
) -> list[int]:
    width = text_width_pt(document)
    sizes = {key: style_size_pt(document, styles.style_id(key)) for key in HEADINGS}
    spacing = []
    for paragraph in paragraphs:
        if paragraph.style not in sizes:
            spacing.append(0)
            continue
        shown = "".join(piece.text for piece in paragraph.pieces if piece.change is not Change.DELETE)
        spacing.append(squeeze_twips(shown, sizes[paragraph.style], width))
    return spacing


def _override_alignment(
    elements: Sequence[etree._Element], paragraphs: Sequence[WordParagraph], laid_out: Sequence[OutParagraph]
) -> None:
    """A laid-out paragraph that sets its own alignment (a byline under the titles) overrides its style's."""
    for element, paragraph in zip(elements, paragraphs, strict=True):
        shown = paragraph.edited_index
        if shown is None or laid_out[shown].align is None:
            continue
        jc = etree.Element(qn("w:jc"))
        jc.set(qn("w:val"), laid_out[shown].align)
        element.find(qn("w:pPr")).insert(1, jc)  # right after w:pStyle, before w:rPr and w:pPrChange (schema order)


def build_file(
    content: FileContent,
    edited: Document,
    options: ExportOptions,
    *,
    raw: Document | None = None,
    findings: Sequence[Finding] = (),
    article_of_block: Sequence[int | None] | None = None,
) -> BuiltFile:
    """``article_of_block`` is ``edited.article_of_block()``, passed in when building many files."""
    document = open_template(options)
    laid_out = layout_document(edited, content.edited_indices, options.byline_style)
    if options.track_changes and raw is not None:
        raw_laid_out = layout_document(raw, content.raw_indices, options.byline_style)
        paragraphs = tracked_paragraphs(raw, raw_laid_out, edited, laid_out)
        turn_on_track_revisions(document)
    else:
        paragraphs = plain_paragraphs(laid_out)
    stamp = RevisionStamp(options.editor, options.timestamp)
    styles = TemplateStyles.from_document(document, options.template or default_template())
    spacing = heading_letter_spacing(document, styles, paragraphs)
    elements = append_paragraphs(document, paragraphs, styles, stamp, spacing)
    _override_alignment(elements, paragraphs, laid_out)
    comment_count = 0
    if options.comments and findings:
        paragraph_of_block = {block: k for k, p in enumerate(laid_out) for block in p.block_indices}
        owner = article_of_block if article_of_block is not None else edited.article_of_block()
        first_of_article: dict[int, int] = {}
        for k, paragraph in enumerate(laid_out):
            article = owner[paragraph.block_indices[0]]
            if article is not None:
                first_of_article.setdefault(article, k)
        comment_count = add_comments(
            document,
            findings,
            elements,
            [p.edited_index for p in paragraphs],
            paragraph_of_block,
            first_of_article,
            edited,
            options.language,
        )
    set_properties(document, options, title=content.title, author=content.author)
    fill_header(document, options)
    buffer = io.BytesIO()
    document.save(buffer)
    return BuiltFile(buffer.getvalue(), tuple(paragraphs), tuple(laid_out), comment_count)
