"""The preferences' 词表 tab: the desk's lists (people, word lists, whitelist) as editable tables, CSV in and out.

The tables are read from the database when the tab is built; what the editor changes is written
back when the dialog is accepted (``changed_tables``), by the window, on the database thread.
A line under the table says which version of the list the checks will use (the shipped one, the
desk's own, or an empty list that flags nothing); 恢复默认 puts a word list's shipped entries back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

WORD_LISTS = ("variant-forms", "confusions", "banned-words")  # the lists shipped with entries: 恢复默认
# (kind as storage names it, the label shown)
KINDS = (
    ("people", QT_TRANSLATE_NOOP("DeskListsPage", "人名表")),
    ("variant-forms", QT_TRANSLATE_NOOP("DeskListsPage", "异形词")),
    ("confusions", QT_TRANSLATE_NOOP("DeskListsPage", "别字")),
    ("banned-words", QT_TRANSLATE_NOOP("DeskListsPage", "禁用词")),
    ("whitelist", QT_TRANSLATE_NOOP("DeskListsPage", "白名单")),
)


class DeskListsPage(QWidget):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._tables: dict[str, list[list[str]]] = {}
        self._changed: set[str] = set()
        self._kind = ""
        self.kind_box = QComboBox(objectName="deskListKind")
        for kind, label in KINDS:
            self.kind_box.addItem(self.tr(label), kind)
        self.table = QTableWidget(objectName="deskListTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.add_button = QPushButton(self.tr("添加一行"))
        self.remove_button = QPushButton(self.tr("删除所选行"))
        self.import_button = QPushButton(self.tr("导入 CSV…"))
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.restore_button = QPushButton(self.tr("恢复默认"), objectName="restoreDeskList")
        self.restore_button.setToolTip(self.tr("换回随软件提供的条目（本社对这个词表的修改将丢失）"))
        self.restore_button.clicked.connect(self._confirm_restore)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("词表")))
        top.addWidget(self.kind_box, 1)
        layout.addLayout(top)
        self.note = QLabel(
            self.tr("全社共用（存于数据库）。人名表：姓名、现任职务（多个用顿号分隔）、排序（1 在前）。"),
            wordWrap=True,
        )
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.state_label = QLabel(objectName="deskListState", wordWrap=True)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        if store is None:
            widgets = (self.kind_box, self.table, self.add_button, self.remove_button, self.import_button)
            for widget in (*widgets, self.restore_button):
                widget.setEnabled(False)
            self.export_button.setEnabled(False)
            self.note.setText(self.tr("没有数据库，词表不可编辑。"))
            return
        self.kind_box.currentIndexChanged.connect(lambda _index: self.show_kind(str(self.kind_box.currentData())))
        self.show_kind(KINDS[0][0])

    # ---- the table of one list ---------------------------------------------------------------------

    def show_kind(self, kind: str) -> None:
        from storage.desk_lists import header_of

        if kind == self._kind:
            return
        if self._kind:
            self._tables[self._kind] = self.rows()
        self._kind = kind
        if kind not in self._tables:
            self._tables[kind] = self.store.table(kind)
        self.kind_box.blockSignals(True)  # (the box's own signal would show the list a second time)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.kind_box.blockSignals(False)
        self._fill(header_of(kind), self._tables[kind])
        self.restore_button.setEnabled(kind in WORD_LISTS)
        self._show_state()

    def _edited(self) -> None:
        self._changed.add(self._kind)
        self._show_state()

    def _show_state(self) -> None:
        """Say which version of the shown list the checks will use once the dialog is accepted."""
        from storage.desk_lists import EMPTY, SHIPPED, state_of

        state = state_of(self._kind, self.rows())
        if state.state == EMPTY and self._kind == "people":
            text = self.tr("人名表为空：人名检查只查同一版面上同一人名的两种写法。")
        elif state.state == EMPTY and self._kind == "whitelist":
            text = self.tr("白名单为空。")
        elif state.state == EMPTY:
            text = self.tr("这个词表为空：这一项检查不会标出任何词语。点“恢复默认”可取回随软件提供的 {n} 条。").format(
                n=state.shipped
            )
        elif state.state == SHIPPED:
            text = self.tr("正在使用随软件提供的默认词表（{n} 条）。").format(n=state.entries)
        elif state.shipped:
            text = self.tr("正在使用本社修改过的词表（{n} 条；默认词表 {m} 条）。").format(
                n=state.entries, m=state.shipped
            )
        else:
            text = self.tr("共 {n} 条。").format(n=state.entries)
        self.state_label.setText(text)

    def restore_default(self) -> int:
        """Put the shown word list's shipped entries back in the table (written when the dialog is accepted)."""
        from storage.desk_lists import header_of, shipped_rows

        rows = shipped_rows(self._kind)
        self._fill(header_of(self._kind), rows)
        self._edited()
        return len(rows)

    def _confirm_restore(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("恢复默认"),
            self.tr("把这个词表换回随软件提供的条目？本社对它的修改将丢失（点“确定”关闭首选项后生效）。"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_default()

    def _fill(self, header: tuple[str, ...], rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(list(header))
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column in range(len(header)):
                self.table.setItem(row, column, QTableWidgetItem(cells[column] if column < len(cells) else ""))
        self.table.blockSignals(False)

    def rows(self) -> list[list[str]]:
        """The shown list's rows as the table holds them now (empty first cells left out)."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, column) for column in range(self.table.columnCount())]
            if cells and cells[0].strip():
                found.append(cells)
        return found

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._changed.add(self._kind)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            self._edited()

    # ---- CSV -------------------------------------------------------------------------------------------

    def import_csv(self, path: Path) -> int:
        """Merge the rows of a CSV file into the shown list (same first cell: replaced); the count read."""
        from storage.desk_lists import header_of, read_csv_rows

        incoming = read_csv_rows(path)
        merged = {row[0]: row for row in self.rows()}
        for cells in incoming:
            merged[cells[0]] = cells
        self._fill(header_of(self._kind), list(merged.values()))
        self._edited()
        return len(incoming)

    def export_csv(self, path: Path) -> int:
        from storage.desk_lists import write_csv

        rows = self.rows()
        write_csv(path, self._kind, rows)
        return len(rows)

    def _choose_import(self) -> None:
        from storage.errors import StorageError

        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("导入 CSV"), "", self.tr("CSV 文件 (*.csv)"))
        if chosen:
            try:
                self.import_csv(Path(chosen))
            except StorageError as failure:
                QMessageBox.warning(self, self.tr("导入 CSV"), str(failure))

    def _choose_export(self) -> None:
        from storage.errors import StorageError

        suggested = str(Path.home() / f"{self._kind}.csv")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("导出 CSV"), suggested, self.tr("CSV 文件 (*.csv)"))
        if chosen:
            try:
                self.export_csv(Path(chosen))
            except StorageError as failure:
                QMessageBox.warning(self, self.tr("导出 CSV"), str(failure))

    def changed_tables(self) -> dict[str, list[list[str]]]:
        """The lists the editor changed, each as its rows now (to write back when the dialog is accepted)."""
        if self._kind:
            self._tables[self._kind] = self.rows()
        return {kind: self._tables[kind] for kind in self._changed if kind in self._tables}
