"""显示修改: every change since the page was opened, as tracked changes will print it.

The page as opened and as it stands are laid out and compared the way the Word export does
(``desktop.export.revisions``, in the house byline style the export uses); only the paragraphs
with a change are listed, each with its article and a link that takes the editor there.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.export.byline_style import AS_PAGE, BylineStyle
from desktop.export.layout import OutParagraph, layout_document
from desktop.export.revisions import Change, WordParagraph, tracked_paragraphs
from desktop.proofing.model import Document
from desktop.ui.document_controller import DocumentController

INSERTED = "color:#1a7f37;text-decoration:underline;background:#e6f4ea"
DELETED = "color:#c62828;text-decoration:line-through;background:#fdecea"
CONTEXT = 24  # unchanged characters kept either side of a change
REFRESH_MS = 300


def changed_paragraphs(
    original: Document, current: Document, byline_style: BylineStyle = AS_PAGE
) -> tuple[list[WordParagraph], list[OutParagraph]]:
    """The Word paragraphs that hold a change (and the current page laid out, to place them).

    Both pages are laid out in the house byline style, as the export lays out its tracked changes.
    """
    edited = layout_document(current, None, byline_style)
    every = tracked_paragraphs(original, layout_document(original, None, byline_style), current, edited)
    return [p for p in every if has_change(p)], edited


def has_change(paragraph: WordParagraph) -> bool:
    return (
        paragraph.mark is not Change.EQUAL
        or paragraph.old_style is not None
        or any(piece.change is not Change.EQUAL for piece in paragraph.pieces)
    )


def count_changes(paragraphs: Sequence[WordParagraph]) -> int:
    """Insertions and deletions as Word counts revisions: each run, each paragraph mark."""
    count = 0
    for paragraph in paragraphs:
        count += paragraph.mark is not Change.EQUAL
        previous = Change.EQUAL
        for piece in paragraph.pieces:
            if piece.change is not Change.EQUAL and piece.change is not previous:
                count += 1
            previous = piece.change
    return count


def paragraph_html(paragraph: WordParagraph) -> str:
    pieces = paragraph.pieces
    parts = []
    for number, piece in enumerate(pieces):
        text = piece.text
        if piece.change is Change.INSERT:
            parts.append(f"<span style='{INSERTED}'>{html.escape(text)}</span>")
        elif piece.change is Change.DELETE:
            parts.append(f"<span style='{DELETED}'>{html.escape(text)}</span>")
        else:  # unchanged: only the context around the changes
            keep_head = number > 0
            keep_tail = number < len(pieces) - 1 or paragraph.mark is not Change.EQUAL
            if len(text) > 2 * CONTEXT + 1:
                head = text[:CONTEXT] if keep_head else ""
                tail = text[-CONTEXT:] if keep_tail else ""
                text = f"{head}…{tail}"
            parts.append(html.escape(text))
    if paragraph.mark is Change.INSERT:
        parts.append(f"<span style='{INSERTED}'>¶</span>")
    elif paragraph.mark is Change.DELETE:
        parts.append(f"<span style='{DELETED}'>¶</span>")
    return "".join(parts)


class ChangesView(QWidget):
    """The 显示修改 pane: refreshed a moment after each edit while it is shown."""

    def __init__(
        self,
        controller: DocumentController,
        go_to_block: Callable[[int], None],
        byline_style: Callable[[], BylineStyle] = lambda: AS_PAGE,
        parent: QWidget | None = None,
    ) -> None:
        """``byline_style`` gives the house byline style the export would print (read at each refresh)."""
        super().__init__(parent)
        self.setObjectName("changesView")
        self._controller = controller
        self._go_to_block = go_to_block
        self._byline_style = byline_style
        self.summary = QLabel(objectName="changesSummary")
        self.browser = QTextBrowser(objectName="changesBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        self.change_count = 0
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        controller.document_changed.connect(lambda _edit: self._timer.start() if self.isVisible() else None)
        controller.document_loaded.connect(self.refresh)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return
        controller = self._controller
        paragraphs, edited = changed_paragraphs(controller.original, controller.document, self._byline_style())
        self.change_count = count_changes(paragraphs)
        if not paragraphs:
            self.summary.setText(self.tr("打开本版以来没有修改"))
            self.browser.setHtml("")
            return
        self.summary.setText(
            self.tr("打开本版以来 {n} 处修改（{p} 段）：插入带下划线，删除带删除线").format(
                n=self.change_count, p=len(paragraphs)
            )
        )
        rows = []
        for paragraph in paragraphs:
            where = ""
            if paragraph.edited_index is not None and paragraph.edited_index < len(edited):
                block = edited[paragraph.edited_index].block_indices[0]
                article = controller.article_of_block(block)
                label = self.tr("第{n}篇").format(n=article + 1) if article is not None else self.tr("版面")
                where = f"<a href='block:{block}' style='color:#6b7280'>{html.escape(label)}</a>&nbsp; "
            rows.append(f"<p style='margin:0 0 6px 0'>{where}{paragraph_html(paragraph)}</p>")
        self.browser.setHtml("".join(rows))

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("block:") and text[6:].isdigit():
            self._go_to_block(int(text[6:]))
