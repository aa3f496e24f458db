"""A proof print: the page (or the articles selected) as a PDF laid out as the Word export lays it out.

The paragraphs are the export's own (``desktop.export.layout``: the same order, the same
house byline style, the dateline in its character style), set with the export's styles
(``desktop.export.styles``: face, size, alignment, indent, spacing) in a ``QTextDocument``
and printed to A4 by ``QPdfWriter``, with the edition (``2020年9月16日 第06版``) over the
text, for the desk that proofs on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.export.byline_style import AS_PAGE, BylineStyle
from desktop.export.layout import OutParagraph, layout_document
from desktop.export.styles import STYLE_SPECS, StyleKey, StyleSpec
from desktop.proofing.model import Document

# Qt falls back to a CJK face the system has when these are missing (Noto CJK on Linux)
_FAMILIES = {
    "SimSun": ["SimSun", "Songti SC", "Noto Serif CJK SC"],
    "SimHei": ["SimHei", "Heiti SC", "Noto Sans CJK SC"],
    "KaiTi": ["KaiTi", "Kaiti SC", "AR PL UKai CN", "Noto Serif CJK SC"],
}
_ALIGN = {
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "both": Qt.AlignmentFlag.AlignJustify,
    "left": Qt.AlignmentFlag.AlignLeft,
}
RESOLUTION = 300  # dots per inch of the PDF's layout
MARGIN_MM = 20.0
PT_PER_INCH = 72.0


def _char_format(spec: StyleSpec) -> QTextCharFormat:
    face = spec.face.east_asia
    font = QFont()
    font.setFamilies(_FAMILIES.get(face, [face, "Noto Serif CJK SC"]))
    font.setPointSizeF(spec.size_pt)
    font.setBold(spec.bold)
    chars = QTextCharFormat()
    chars.setFont(font)
    if spec.color:
        chars.setForeground(QColor(f"#{spec.color}"))
    return chars


def _block_format(spec: StyleSpec, align: str | None) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setAlignment(_ALIGN.get(align or spec.align or "left", Qt.AlignmentFlag.AlignLeft))
    block.setTopMargin(spec.space_before_pt * RESOLUTION / PT_PER_INCH)
    block.setBottomMargin(spec.space_after_pt * RESOLUTION / PT_PER_INCH)
    if spec.first_line_chars:
        block.setTextIndent(spec.first_line_chars * spec.size_pt * RESOLUTION / PT_PER_INCH)
    if spec.line_spacing:
        block.setLineHeight(spec.line_spacing * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if spec.keep_next:
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    return block


def proof_document(paragraphs: Sequence[OutParagraph], heading: str) -> QTextDocument:
    """The laid-out paragraphs as a text document, the edition line first."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    chrome = STYLE_SPECS[StyleKey.CHROME]
    cursor.setBlockFormat(_block_format(chrome, "right"))
    cursor.setBlockCharFormat(_char_format(chrome))
    cursor.insertText(heading, _char_format(chrome))
    for paragraph in paragraphs:
        spec = STYLE_SPECS[paragraph.style]
        cursor.insertBlock(_block_format(spec, paragraph.align), _char_format(spec))
        for segment in paragraph.segments:
            chars = _char_format(STYLE_SPECS[segment.char_style]) if segment.char_style else _char_format(spec)
            if segment.char_style:
                chars.setFontPointSize(spec.size_pt)  # a character style changes the face, not the size
            cursor.insertText(segment.text, chars)
    return document


def write_proof_pdf(
    page: Document,
    path: Path,
    heading: str,
    indices: Sequence[int] | None = None,
    byline_style: BylineStyle = AS_PAGE,
) -> int:
    """Print the blocks ``indices`` (all by default) of ``page`` to the PDF ``path``; returns its page count."""
    paragraphs = layout_document(page, indices, byline_style)
    document = proof_document(paragraphs, heading)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(heading)
    writer.setCreator("校样 Proofsheet")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.documentLayout().setPaintDevice(writer)  # font sizes in points at the PDF's resolution
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(area.width(), area.height()))
    pages = document.pageCount()
    document.print_(writer)
    del writer  # (the file is complete once the writer is gone)
    return pages


def proof_heading(settings: object, source_name: str) -> str:
    """``2020年9月16日 第06版 · 校样``: this page's edition (its last export's, else its file name's).

    Never another page's export date: a page whose date is not known says so in the header.
    """
    from desktop.ui.export_memory import edition_choice

    edition = edition_choice(settings, source_name, other_pages=False)  # type: ignore[arg-type]
    parts = []
    if edition.date is not None:
        parts.append(f"{edition.date.year}年{edition.date.month}月{edition.date.day}日")
    else:
        parts.append(Path(source_name).name or "版面")
    if edition.page is not None:
        parts.append(f"第{edition.page:02d}版")
    if edition.date is None:
        parts.append("（出版日期未定）")
    return " ".join(parts) + " · 校样"


def proof_blocks(page: Document, article_indices: Sequence[int] | None) -> tuple[int, ...] | None:
    """The blocks of the given articles in page order (None: the whole page)."""
    if article_indices is None:
        return None
    articles = page.articles()
    chosen = sorted({index for index in article_indices if 0 <= index < len(articles)})
    return tuple(block for index in chosen for block in articles[index].block_indices)
