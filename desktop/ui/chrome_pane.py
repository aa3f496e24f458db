"""The page's chrome (版面杂项): the blocks of no article, shown and edited as paragraphs.

Page numbers, navigation lines and the like belong to no article, yet the whole-page export
prints them; so they are shown here, once, and can be corrected or cleared like body text.
The pane hides itself while the page has none.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.proofing.findings import Finding
from desktop.proofing.view import Pane
from desktop.ui.body_editor import BodyEdit
from desktop.ui.document_controller import DocumentController
from desktop.ui.finding_index import anchor_block
from desktop.ui.paragraph_binding import ParagraphBinding


class ChromePane(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="chromePane")
        self._controller = controller
        self.title = QLabel(objectName="paneTitle")
        self.body = BodyEdit(self)
        self.body.setObjectName("chromeEdit")
        self.body.setMaximumHeight(160)
        self.paragraphs = ParagraphBinding(self.body, controller, self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        controller.document_loaded.connect(self.refresh)
        controller.document_loaded.connect(self._show_from_the_top)
        controller.document_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _edit: object = None) -> None:
        controller = self._controller
        indices = [i for i in range(len(controller.document.blocks)) if controller.article_of_block(i) is None]
        self.title.setText(self.tr("版面杂项（{n} 行，不属于任何稿件）").format(n=len(indices)))
        self.paragraphs.show(indices)
        self.setVisible(bool(indices))

    def _show_from_the_top(self, _document: object = None) -> None:
        """A page just opened: its first chrome lines in view (the text was put in with the cursor at its end)."""
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.verticalScrollBar().setValue(0)

    def reveal_finding(self, finding: Finding, *, focus: bool = True) -> bool:
        """Put the cursor on the chrome line ``finding`` is about (selecting its text); False if it is not here."""
        if not finding.blocks:
            return False
        spans = sorted(finding.spans, key=lambda s: (s.block, s.start))
        block, offset, length = (
            (spans[0].block, spans[0].start, spans[0].end - spans[0].start) if spans else (anchor_block(finding), 0, 0)
        )
        indices = self.paragraphs.indices
        if block not in indices:
            return False
        paragraph = indices.index(block)
        if not length:  # (a line that is chrome as a whole: select all of it)
            length = len(self._controller.document.blocks[block].text)
        if focus:
            self.body.setFocus()
        self.body.place_cursor(paragraph, offset, length)
        return True

    def shown_lines(self) -> list[tuple[Pane, str]]:
        """What the pane shows, read from the widget."""
        if not self.paragraphs.indices:
            return []
        return [(Pane.CHROME, text) for text in self.body.paragraph_texts()]
