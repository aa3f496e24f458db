"""One ``BodyEdit`` bound to a run of the page's blocks: its requests become the controller's edits.

The article editor binds its body to the article's body blocks, the chrome pane binds its
own to the blocks of no article.  When the widget and the blocks fall out of step (an edit
slipped past the key handling), ``resync`` shows the page as it is instead of editing the
wrong block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from desktop.proofing.model import Role
from desktop.ui.body_editor import BodyEdit
from desktop.ui.document_controller import DocumentController


class ParagraphBinding(QObject):
    def __init__(self, body: BodyEdit, controller: DocumentController, resync: Callable[[], None]) -> None:
        super().__init__(body)
        self.body = body
        self._controller = controller
        self._resync = resync
        self.indices: tuple[int, ...] = ()
        body.text_typed.connect(self._paragraph_typed)
        body.split_requested.connect(self._split_paragraph)
        body.join_requested.connect(self._join_paragraphs)
        body.range_replace_requested.connect(self._replace_range)
        body.refused.connect(controller.problem)

    def show(self, indices: Sequence[int]) -> None:
        """Bind the widget to the blocks at ``indices`` and show them."""
        self.indices = tuple(indices)
        blocks = self._controller.document.blocks
        self.body.setReadOnly(not self.indices)
        self.body.show_paragraphs(
            [blocks[i].text for i in self.indices],
            [number for number, i in enumerate(self.indices) if blocks[i].role is Role.INTERTITLE],
        )

    def block_at_cursor(self) -> tuple[int, int] | None:
        if not self.indices:
            return None
        paragraph, offset = self.body.cursor_location()
        if paragraph >= len(self.indices):
            return None
        return self.indices[paragraph], offset

    def _out_of_step(self, *paragraphs: int) -> bool:
        if all(0 <= p < len(self.indices) for p in paragraphs):
            return False
        self._resync()
        return True

    def _paragraph_typed(self, paragraph: int, text: str) -> None:
        if self.body.document().blockCount() != len(self.indices) or not 0 <= paragraph < len(self.indices):
            self._resync()
            return
        self._controller.set_block_text(self.indices[paragraph], text)

    def _split_paragraph(self, paragraph: int, offset: int) -> None:
        if self._out_of_step(paragraph):
            return
        if self._controller.split_paragraph(self.indices[paragraph], offset):
            self.body.place_cursor(paragraph + 1, 0)

    def _join_paragraphs(self, paragraph: int) -> None:
        if self._out_of_step(paragraph, paragraph + 1):
            return
        first, second = self.indices[paragraph], self.indices[paragraph + 1]
        if second != first + 1:
            self._controller.problem.emit(
                QCoreApplication.translate("ArticleEditor", "这两段之间还有其他内容，不能直接合并")
            )
            return
        length = len(self._controller.document.blocks[first].text)
        if self._controller.join_with_next(first):
            self.body.place_cursor(paragraph, length)

    def _replace_range(self, first: int, first_offset: int, last: int, last_offset: int, text: str) -> None:
        if self._out_of_step(first, last):
            return
        first_block, last_block = self.indices[first], self.indices[last]
        if last_block - first_block != last - first:
            self._controller.problem.emit(
                QCoreApplication.translate("ArticleEditor", "所选段落之间还有其他内容，不能一次修改")
            )
            return
        if self._controller.replace_range(first_block, first_offset, last_block, last_offset, text):
            self.body.place_cursor(first, first_offset + len(text))
