"""What the editor sees when the database refuses saves: a status-bar indicator, a notice, a question at closing.

The saves themselves wait in ``autosave_queue.SaveQueue`` and are retried by the
``DocumentController``; this module only tells the editor, and when the window is
closed with saves still waiting, asks what to do with them (never drops them silently).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from desktop.proofing.model import Document
from desktop.ui.autosave_queue import AutosaveState


def short_problem(problem: str) -> str:
    """The Chinese sentence of a storage error, without the English gist in brackets (and "not saved": said already)."""
    head = problem.split(" (", 1)[0].strip().removesuffix("，本次修改没有保存")
    return head or problem


class AutosaveIndicator(QLabel):
    """The status bar's 已保存, or 未保存 N 处修改 and why; a one-time notice when saving starts failing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(objectName="autosaveLabel")
        self._window = window
        self.notice: QMessageBox | None = None
        self._noticed = False  # the notice was shown for the current run of failures
        self.setContentsMargins(10, 0, 10, 0)

    def show_state(self, state: AutosaveState) -> None:
        if state.saved:
            self._noticed = False
            self.setText(self.tr("已保存"))
            self.setToolTip(self.tr("所有修改都已存入数据库。"))
            self.setStyleSheet("")
            return
        reason = short_problem(state.problem) if state.problem else self.tr("正在保存")
        if state.pending_edits:
            text = self.tr("未保存 {n} 处修改：{reason}").format(n=state.pending_edits, reason=reason)
        else:
            text = self.tr("版面尚未存入数据库：{reason}").format(reason=reason)
        self.setText(text)
        self.setToolTip(
            self.tr("修改保留在内存中，数据库恢复后会按顺序自动保存。\n{problem}").format(problem=state.problem)
        )
        self.setStyleSheet("color: #b3261e; font-weight: 600;")
        if state.failing and not self._noticed:
            self._noticed = True
            self._show_notice(state)

    def _show_notice(self, state: AutosaveState) -> None:
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
        box = QMessageBox(self._window)
        box.setObjectName("autosaveNotice")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("修改暂未保存"))
        if not state.retryable and state.other_editor:
            box.setWindowTitle(self.tr("版面已被他人修改"))
            box.setText(
                self.tr(
                    "“{who}”也在修改这个版面，并先保存了。为了不覆盖对方的修改，你此后的修改没有存入数据库。"
                    "关闭窗口时可以把版面另存为文本文件，再重新打开数据库中的版面。"
                ).format(who=state.other_editor)
            )
        elif state.retryable:
            box.setText(
                self.tr("修改没能存入数据库。它们保留在内存中，程序会自动重试，数据库恢复后按顺序保存，不会丢失。")
            )
        else:
            box.setText(self.tr("修改没能存入数据库，重试也无济于事。关闭窗口时可以把版面另存为文本文件。"))
        box.setInformativeText(state.problem)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.notice = box


def page_text(document: Document) -> str:
    """The page as text: one paragraph a line, a blank line between articles (opens again as a page)."""
    lines: list[str] = []
    for block in document.blocks:
        if block.starts_article and lines:
            lines.append("")
        lines.append(block.text)
    return "\n".join(lines) + "\n"


def save_page_text(parent: QWidget, document: Document, suggested: Path) -> Path | None:
    """Ask where, and write the page text there (UTF-8); None when the editor cancelled or writing failed."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("把版面另存为文本文件"),
        str(suggested),
        parent.tr("文本文件 (*.txt)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    try:
        path.write_text(page_text(document), encoding="utf-8")
    except OSError as error:
        QMessageBox.warning(
            parent,
            parent.tr("无法保存"),
            parent.tr("无法写入“{path}”：{e}").format(path=path, e=error.strerror or error),
        )
        return None
    return path


class UnsavedEditsQuestion(QMessageBox):
    """Asked on closing while saves still wait: save the page to a file, keep trying, or discard them."""

    def __init__(self, parent: QWidget, state: AutosaveState, answered: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedEditsDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("还有修改没有保存"))
        count = state.pending_edits
        self.setText(
            self.tr("有 {n} 处修改还没能存入数据库。关闭前要怎么处理？").format(n=count)
            if count
            else self.tr("这个版面还没能存入数据库。关闭前要怎么处理？")
        )
        self.setInformativeText(state.problem)
        self.save_button = self.addButton(self.tr("另存为文本文件…"), QMessageBox.ButtonRole.AcceptRole)
        self.retry_button = self.addButton(self.tr("不关闭，继续尝试保存"), QMessageBox.ButtonRole.RejectRole)
        self.discard_button = self.addButton(self.tr("放弃这些修改并关闭"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.save_button)
        self.setEscapeButton(self.retry_button)
        self.buttonClicked.connect(self._clicked)
        self._answered = answered

    def _clicked(self, button: object) -> None:
        if button is self.save_button:
            self._answered("save")
        elif button is self.discard_button:
            self._answered("discard")
        else:
            self._answered("retry")
