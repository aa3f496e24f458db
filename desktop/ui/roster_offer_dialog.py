"""The page's byline names that are not on the reporter roster, offered for adding (all ticked)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class RosterOfferDialog(QDialog):
    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterOfferDialog")
        self.setWindowTitle(self.tr("把本版署名加入名册"))
        self.name_list = QListWidget(objectName="rosterOfferList")
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.name_list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("加入名册"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_list.itemChanged.connect(lambda _item: self.add_button.setEnabled(bool(self.chosen_names())))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本版署名中有 {n} 人不在记者名册中，勾选要加入的：").format(n=len(names))))
        layout.addWidget(self.name_list, 1)
        layout.addWidget(buttons)
        self.resize(320, 360)

    def chosen_names(self) -> list[str]:
        items = (self.name_list.item(row) for row in range(self.name_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
