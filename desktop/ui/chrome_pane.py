"""The page's chrome (版面杂项): the blocks of no article, shown and edited as paragraphs.

Page numbers, navigation lines and the like belong to no article, yet the whole-page export
prints them; so they are shown here, once, and can be corrected or cleared like body text.
The pane hides itself while the page has none.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.proofing.view import Pane
from desktop.ui.body_editor import BodyEdit
from desktop.ui.document_controller import DocumentController
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
        controller.document_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _edit: object = None) -> None:
        controller = self._controller
        indices = [i for i in range(len(controller.document.blocks)) if controller.article_of_block(i) is None]
        self.title.setText(self.tr("版面杂项（{n} 行，不属于任何稿件）").format(n=len(indices)))
        self.paragraphs.show(indices)
        self.setVisible(bool(indices))

    def shown_lines(self) -> list[tuple[Pane, str]]:
        """What the pane shows, read from the widget."""
        if not self.paragraphs.indices:
            return []
        return [(Pane.CHROME, text) for text in self.body.paragraph_texts()]
