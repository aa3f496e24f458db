"""校对报告: the page's error rate before and after the editor's fixes, shown and saved as text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.proofing.checks import WHITELISTABLE
from desktop.proofing.error_rate import AFTER_EDITS, ErrorCount, count_errors, report_text
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document


def page_report(name: str, original: Document, current: Document, open_findings: list[Finding]) -> str:
    """The report of a page in the interface's language: the page as opened (analysed again) and as it stands,
    ignored findings left out."""
    from desktop.proofing.pipeline import analyse
    from desktop.ui.translations import engine_language

    before: ErrorCount = count_errors(original, analyse(original, sorted(WHITELISTABLE)))
    after = count_errors(current, open_findings)
    return report_text(name, before, after, AFTER_EDITS, engine_language())


class ReportDialog(QDialog):
    def __init__(self, text: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("校对报告"))
        self.resize(720, 520)
        self.suggested = suggested
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        font = QFont(self.view.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.view.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("保存为文本…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def choose_and_save(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存校对报告"), str(self.suggested), self.tr("文本文件 (*.txt)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_text(self.view.toPlainText(), encoding="utf-8")
        except OSError as failure:
            QMessageBox.warning(self, self.tr("校对报告"), self.tr("无法保存：%1").replace("%1", str(failure)))
            return False
        return True
