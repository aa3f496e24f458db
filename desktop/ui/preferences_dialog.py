"""The preferences dialog: fonts, confidence threshold, database, roster, language, the desk's lists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.editor_identity import os_user
from desktop.ui.database_fields import ServerFields
from desktop.ui.desk_lists_page import DeskListsPage
from desktop.ui.settings import Preferences
from desktop.ui.style import BODY_FONT_FAMILIES, first_available


class PreferencesDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        roster_names: list[str],
        parent: QWidget | None = None,
        desk_store: Any = None,
        database_url: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self._preferences = preferences

        self.font_box = QFontComboBox()
        self.font_box.setCurrentFont(QFont(preferences.body_font_family or first_available(BODY_FONT_FAMILIES) or ""))
        self.font_size = QDoubleSpinBox(minimum=8, maximum=32, singleStep=0.5, value=preferences.body_font_size)
        self.ui_font_size = QDoubleSpinBox(minimum=8, maximum=20, singleStep=0.5, value=preferences.ui_font_size)
        self.threshold = QDoubleSpinBox(
            minimum=0.0, maximum=1.0, singleStep=0.05, value=preferences.confidence_threshold
        )
        self.threshold.setDecimals(2)
        self.editor_name = QLineEdit(preferences.editor_name, objectName="preferencesEditorName")
        self.editor_name.setMaxLength(200)
        self.editor_name.setPlaceholderText(self.tr("留空则用系统用户名 {user}").format(user=os_user()))
        self.editor_name.setToolTip(
            self.tr("记在每次修改、导出和归档的标题上，也是 Word 修订的作者；同时改版面的同事会在冲突提示里看到它。")
        )
        self.server = ServerFields(database_url, self)
        self.language = QComboBox()
        for code, label in (("auto", self.tr("跟随系统")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.roster_editor = QPlainTextEdit("\n".join(roster_names))
        self.roster_editor.setPlaceholderText(self.tr("每行一个记者姓名"))

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("编辑署名"), self.editor_name)
        form.addRow(self.tr("正文字体"), self.font_box)
        form.addRow(self.tr("正文字号"), self.font_size)
        form.addRow(self.tr("界面字号"), self.ui_font_size)
        form.addRow(self.tr("“全部修正”的可信度下限"), self.threshold)
        form.addRow(self.tr("数据库"), self.server)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow("", QLabel(self.tr("语言、界面字号和数据库的改动在重新启动后生效。")))
        roster_page = QWidget()
        roster_layout = QVBoxLayout(roster_page)
        roster_layout.addWidget(QLabel(self.tr("记者名单（署名栏按姓名或拼音首字母补全）")))
        roster_layout.addWidget(self.roster_editor)

        tabs = QTabWidget()
        tabs.addTab(general, self.tr("常规"))
        tabs.addTab(roster_page, self.tr("记者名单"))
        self.desk_lists_page = DeskListsPage(desk_store)
        tabs.addTab(self.desk_lists_page, self.tr("词表"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen_preferences(self) -> Preferences:
        return replace(
            self._preferences,
            body_font_family=self.font_box.currentFont().family(),
            body_font_size=self.font_size.value(),
            ui_font_size=self.ui_font_size.value(),
            confidence_threshold=self.threshold.value(),
            language=str(self.language.currentData()),
            editor_name=self.editor_name.text().strip(),
        )

    def chosen_database(self) -> tuple[str | None, str]:
        """The database URL to remember (None: the local SQLite file) and the password typed (may be empty)."""
        return self.server.chosen()

    def chosen_roster(self) -> list[str]:
        return [line.strip() for line in self.roster_editor.toPlainText().splitlines() if line.strip()]
