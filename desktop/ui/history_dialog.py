"""版面历史: every saved change of the open page with who made it and when, and who last exported the page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.services import PageHistory
from desktop.ui.translations import undo_label


def local_time(moment: dt.datetime) -> str:
    """A stored time (UTC; SQLite hands it back without a zone) as the editor's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class HistoryDialog(QDialog):
    """The table of revisions (newest last, as they were made); a line above says who exported the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("版面历史"))
        self.summary = QLabel(self.tr("正在读取版面历史…"), objectName="historySummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="historyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("次序"), self.tr("时间"), self.tr("修改人"), self.tr("类型"), self.tr("内容")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def kind_text(self, kind: str) -> str:
        return {"edit": self.tr("修改"), "undo": self.tr("撤销"), "redo": self.tr("重做")}.get(kind, kind)

    def editor_text(self, editor: str | None) -> str:
        return editor or self.tr("未记录")

    def show_history(self, history: PageHistory | None) -> None:
        if history is None:
            self.summary.setText(self.tr("这个版面还没有存入数据库，没有历史记录。"))
            self.table.setRowCount(0)
            return
        editors = list(dict.fromkeys(entry.editor or self.tr("未记录") for entry in history.entries))
        lines = [
            self.tr("共 {n} 次修改，修改人：{names}。").format(n=len(history.entries), names="、".join(editors))
            if history.entries
            else self.tr("自打开以来还没有修改。")
        ]
        if history.exported_at is not None:
            lines.append(
                self.tr("最近一次整版导出：{who}，{when}。").format(
                    who=self.editor_text(history.exported_by), when=local_time(history.exported_at)
                )
            )
        else:
            lines.append(self.tr("尚未整版导出。"))
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(history.entries))
        for row, entry in enumerate(history.entries):
            cells = (
                str(entry.seq),
                local_time(entry.saved_at),
                self.editor_text(entry.editor),
                self.kind_text(entry.kind),
                undo_label(entry.label),
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if history.entries:
            self.table.scrollToBottom()

    def failed(self, problem: str) -> None:
        self.summary.setText(self.tr("无法读取版面历史：{problem}").format(problem=problem))
