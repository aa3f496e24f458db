"""Find and replace across the whole page (searching is done by the controller)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.article_editor import ArticleEditor
from desktop.ui.document_controller import DocumentController


class FindReplaceDialog(QDialog):
    def __init__(self, controller: DocumentController, editor: ArticleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("查找和替换"))
        self.setModal(False)
        self._controller = controller
        self._editor = editor
        self._last_hit: tuple[int, int] | None = None
        controller.document_loaded.connect(self.forget_last_hit)
        self.find_field = QLineEdit()
        self.replace_field = QLineEdit()
        self.status = QLabel()
        find_next = QPushButton(self.tr("查找下一个"))
        find_next.setDefault(True)
        replace = QPushButton(self.tr("替换"))
        replace_all = QPushButton(self.tr("全部替换"))
        find_next.clicked.connect(self.find_next)
        replace.clicked.connect(self.replace_current)
        replace_all.clicked.connect(self.replace_all)
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(QLabel(self.tr("查找")), 0, 0)
        layout.addWidget(self.find_field, 0, 1)
        layout.addWidget(find_next, 0, 2)
        layout.addWidget(QLabel(self.tr("替换为")), 1, 0)
        layout.addWidget(self.replace_field, 1, 1)
        layout.addWidget(replace, 1, 2)
        layout.addWidget(self.status, 2, 0, 1, 2)
        layout.addWidget(replace_all, 2, 2)
        self.resize(440, self.sizeHint().height())

    def forget_last_hit(self) -> None:
        """Another page is on screen: the next search starts from the cursor, not from a place on the old page."""
        self._last_hit = None
        self.status.clear()

    def find_next(self) -> bool:
        needle = self.find_field.text()
        if self._last_hit is not None:
            block, offset = self._last_hit[0], self._last_hit[1] + 1
        else:
            block, offset = self._editor.cursor_block() or (0, 0)
        hit = self._controller.find(needle, block, offset)
        self._last_hit = hit
        if hit is None:
            self.status.setText(self.tr("找不到“{t}”").format(t=needle))
            return False
        self.status.clear()
        self._editor.reveal(hit[0], hit[1], len(needle))
        return True

    def replace_current(self) -> None:
        needle = self.find_field.text()
        if self._last_hit is None:
            self.find_next()
            return
        block, offset = self._last_hit
        text = self._controller.document.blocks[block].text
        if text[offset : offset + len(needle)] == needle:
            replacement = self.replace_field.text()
            self._controller.set_block_text(
                block, text[:offset] + replacement + text[offset + len(needle) :], typing=False
            )
            self._last_hit = (block, offset + len(replacement) - 1)
        self.find_next()

    def replace_all(self) -> None:
        count = self._controller.replace_all(self.find_field.text(), self.replace_field.text())
        self._last_hit = None
        self.status.setText(self.tr("替换了 {n} 处").format(n=count))
