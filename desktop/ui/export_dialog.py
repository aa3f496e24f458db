"""The export dialog: what to export, with which options, where; progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.document_controller import ArticleStatus, DocumentController
from desktop.ui.edition_date_edit import UNSET_DATE, EditionDateEdit, interface_locale
from desktop.ui.export_memory import (
    ExportChoices,
    Origin,
    edition_choice,
    load_export_choices,
    remember_edition,
    save_export_choices,
)
from desktop.ui.page_number_spin import PageNumberSpin
from desktop.ui.services import Exporter, ExportProgress, ExportRequest
from desktop.ui.translations import engine_language
from desktop.ui.workers import TaskFailure, run_in_background


class ExportDialog(QDialog):
    progress_reported = Signal(int, int)  # emitted from the export thread; delivered queued
    export_finished = Signal(list)  # the written paths
    editor_named = Signal(str)  # the author of tracked changes the editor typed (kept in the preferences)
    choices_saved = Signal()  # the options (the house byline style among them) were remembered

    def __init__(
        self,
        controller: DocumentController,
        exporter: Exporter | None,
        current_article: int | None,
        folder: Path,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        editor_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出 Word 文件"))
        self.setObjectName("exportDialog")
        self._controller = controller
        self._exporter = exporter
        self._current_article = current_article
        self._progress: ExportProgress | None = None
        self.written: list[Path] = []
        self._articles_left: tuple[int, ...] | None = None  # after an interrupted batch: what a retry exports

        self.current_article_radio = QRadioButton(self.tr("当前稿件"))
        self.per_article_radio = QRadioButton(self.tr("整版，每篇稿件一个文件"))
        self.whole_page_radio = QRadioButton(self.tr("整版，合成一个文件"))
        self.scope_group = QButtonGroup(self)
        for button in (self.current_article_radio, self.per_article_radio, self.whole_page_radio):
            self.scope_group.addButton(button)
        self._settings = settings
        choices = load_export_choices(settings) if settings is not None else ExportChoices()
        self.current_article_radio.setEnabled(current_article is not None)
        scope = {"per_article": self.per_article_radio, "whole_page": self.whole_page_radio}.get(
            choices.scope, self.current_article_radio
        )
        (scope if scope.isEnabled() else self.per_article_radio).setChecked(True)

        self.comments_box = QCheckBox(self.tr("把未处理的问题写成批注"))
        self.comments_box.setChecked(choices.comments)
        self.track_changes_box = QCheckBox(self.tr("以修订模式记录改动（相对原稿）"))
        self.track_changes_box.setChecked(choices.track_changes)
        self.editor_field = QLineEdit(editor_name, objectName="editorNameField")
        self.editor_field.setPlaceholderText(self.tr("你的姓名：修订记录的作者"))
        self.editor_field.setEnabled(choices.track_changes)
        self.track_changes_box.toggled.connect(self.editor_field.setEnabled)

        # the house byline style: every article's credit printed one way, whatever form the page had
        self.byline_combo = QComboBox(objectName="bylineStyleCombo")
        for place, label in (
            ("as_page", self.tr("按原稿")),
            ("right", self.tr("右对齐（稿末单独一行）")),
            ("end_bracket", self.tr("文末括号")),
            ("own_line", self.tr("单独一行（标题下）")),
        ):
            self.byline_combo.addItem(label, place)
        self.byline_combo.setCurrentIndex(max(0, self.byline_combo.findData(choices.byline_place)))
        self.byline_brackets_box = QCheckBox(self.tr("加括号"), objectName="bylineBracketsBox")
        self.byline_brackets_box.setChecked(choices.byline_brackets)
        self.byline_combo.currentIndexChanged.connect(lambda _index: self._byline_place_changed())
        self._byline_place_changed()
        byline_row = QHBoxLayout()
        byline_row.addWidget(self.byline_combo)
        byline_row.addWidget(self.byline_brackets_box)
        byline_row.addStretch(1)

        # 出版日期 and 版次: from this page's last export, its file name, or the last export's date; never today
        source = controller.document.source_name
        edition = edition_choice(settings, source)
        self.date_edit = EditionDateEdit(objectName="editionDateEdit")
        self.date_edit.setLocale(interface_locale(engine_language()))  # the calendar's month names
        self.date_edit.setSpecialValueText(self.tr("请选择日期"))
        self.date_edit.setDate(
            QDate(edition.date.year, edition.date.month, edition.date.day) if edition.date else UNSET_DATE
        )
        self.page_spin = PageNumberSpin(objectName="pageNumberSpin")
        self.page_spin.setRange(0, 99)
        self.page_spin.setSpecialValueText(self.tr("请填写"))
        self.page_spin.setPrefix(self.tr("第 "))
        self.page_spin.setSuffix(self.tr(" 版"))
        self.page_spin.setValue(edition.page or 0)
        self.edition_origin = QLabel(
            self._origin_text(edition.date_origin, edition.page_origin), objectName="dialogHint"
        )
        self.edition_origin.setWordWrap(True)
        self._origins = [edition.date_origin, edition.page_origin]
        self.date_edit.dateChanged.connect(lambda _date: self._typed(0))
        self.page_spin.valueChanged.connect(lambda _value: self._typed(1))
        edition_row = QHBoxLayout()
        edition_row.addWidget(self.date_edit)
        edition_row.addWidget(self.page_spin)
        edition_row.addStretch(1)

        self.folder_field = QLineEdit(str(folder))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(browse)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(objectName="exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("导出"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.retry_button = QPushButton(self.tr("重试未写出的文件"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry_export)
        self.export_button.clicked.connect(lambda: self.start_export())
        self.cancel_button.clicked.connect(self._cancel_or_close)
        if exporter is None:
            self.export_button.setEnabled(False)
            self.status_label.setText(self.tr("导出模块不可用。"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        scope_box = QVBoxLayout()
        for button in (self.current_article_radio, self.per_article_radio, self.whole_page_radio):
            scope_box.addWidget(button)
        form.addRow(self.tr("出版日期"), edition_row)
        form.addRow("", self.edition_origin)
        form.addRow(self.tr("范围"), scope_box)
        options_box = QVBoxLayout()
        options_box.addWidget(self.comments_box)
        options_box.addWidget(self.track_changes_box)
        form.addRow(self.tr("选项"), options_box)
        form.addRow(self.tr("修订作者"), self.editor_field)
        form.addRow(self.tr("署名格式"), byline_row)
        form.addRow(self.tr("保存到"), folder_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        heading = QLabel(self.tr("导出 Word 文件"), objectName="dialogHeading")
        hint = QLabel(
            self.tr("文件名按“日期-版次-篇号-标题拼音”生成；已有同名文件时会先询问。"), objectName="dialogHint"
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.progress_reported.connect(self._show_progress)
        self.resize(520, self.sizeHint().height())

    def _typed(self, which: int) -> None:
        """The editor set the date or the page: the hint no longer says where it came from."""
        self._origins[which] = Origin.TYPED
        self.edition_origin.setText(self._origin_text(*self._origins))

    def _origin_text(self, date_origin: str, page_origin: str) -> str:
        if date_origin == page_origin == Origin.SAME_PAGE:
            return self.tr("沿用本版上次导出时的日期和版次")
        dates = {
            Origin.FILE_NAME: self.tr("日期取自文件名"),
            Origin.SAME_PAGE: self.tr("日期沿用本版上次导出"),
            Origin.LAST_EXPORT: self.tr("日期沿用上次导出，请核对"),
            Origin.NONE: self.tr("请选择出版日期"),
        }
        pages = {
            Origin.FILE_NAME: self.tr("版次取自文件名"),
            Origin.SAME_PAGE: self.tr("版次沿用本版上次导出"),
            Origin.NONE: self.tr("请填写版次"),
        }
        parts = [part for part in (dates.get(date_origin, ""), pages.get(page_origin, "")) if part]
        return self.tr("；").join(parts)

    @property
    def edition_date(self) -> dt.date | None:
        self.date_edit.commit_typing()  # (a date typed just before 导出 counts)
        date = self.date_edit.date()
        return None if date <= UNSET_DATE else dt.date(date.year(), date.month(), date.day())

    @property
    def page_number(self) -> int | None:
        return self.page_spin.value() or None

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择导出文件夹"), self.folder_field.text())
        if chosen:
            self.folder_field.setText(chosen)

    def build_request(self, overwrite: bool = False) -> ExportRequest:
        controller = self._controller
        articles = controller.articles()
        if self._articles_left:
            indices: tuple[int, ...] = self._articles_left
        elif self.current_article_radio.isChecked() and self._current_article is not None:
            indices = (self._current_article,)
        else:
            indices = tuple(range(len(articles)))
        return ExportRequest(
            document=controller.document,
            findings=tuple(controller.findings()),
            article_indices=indices,
            one_file_per_article=not self.whole_page_radio.isChecked(),
            folder=Path(self.folder_field.text()).expanduser(),
            with_comments=self.comments_box.isChecked(),
            track_changes=self.track_changes_box.isChecked(),
            original=controller.original,
            overwrite=overwrite,
            source_name=controller.document.source_name,
            edition_date=self.edition_date,
            page_number=self.page_number or 1,
            editor=self.editor_field.text().strip(),
            byline_place=str(self.byline_combo.currentData()),
            byline_brackets=self.byline_brackets_box.isChecked(),
        )

    def confirm_overwrite(self, existing: list[Path]) -> bool:
        names = "\n".join(p.name for p in existing[:8]) + ("\n…" if len(existing) > 8 else "")
        answer = QMessageBox.question(
            self,
            self.tr("覆盖文件？"),
            self.tr("以下 {n} 个文件已经存在，要覆盖吗？\n\n{names}").format(n=len(existing), names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _byline_place_changed(self) -> None:
        """文末括号 always has brackets; 按原稿 keeps each credit as it is."""
        place = self.byline_combo.currentData()
        self.byline_brackets_box.setEnabled(place in ("right", "own_line"))

    def _missing_fields(self) -> str:
        """What must be filled in before exporting (empty when nothing)."""
        if self.edition_date is None:
            self.date_edit.setFocus()
            return self.tr("请先选择出版日期：它用在文件名和页眉里。")
        if self.page_number is None:
            self.page_spin.setFocus()
            return self.tr("请先填写版次：它用在文件名和页眉里。")
        if self.track_changes_box.isChecked() and not self.editor_field.text().strip():
            self.editor_field.setFocus()
            return self.tr("请填写你的姓名：Word 修订记录以它为作者（只需填一次）。")
        return ""

    def _remember(self) -> None:
        settings = self._settings
        date, page = self.edition_date, self.page_number
        if settings is None or date is None or page is None:
            return
        remember_edition(settings, self._controller.document.source_name, date, page)
        scope = (
            "current"
            if self.current_article_radio.isChecked()
            else "whole_page"
            if self.whole_page_radio.isChecked()
            else "per_article"
        )
        save_export_choices(
            settings,
            ExportChoices(
                scope,
                self.comments_box.isChecked(),
                self.track_changes_box.isChecked(),
                str(self.byline_combo.currentData()),
                self.byline_brackets_box.isChecked(),
            ),
        )
        settings.sync()
        self.choices_saved.emit()

    def retry_export(self) -> None:
        """Export the files an interrupted batch did not write, to the folder now in the field."""
        self.start_export(retry=True)

    def start_export(self, retry: bool = False) -> None:
        if self._exporter is None or self._progress is not None:
            return
        if not retry:
            self._articles_left = None
            self.written = []
        missing = self._missing_fields()
        if missing:
            self.status_label.setText(missing)
            return
        self.retry_button.setVisible(False)
        exporter = self._exporter
        request = self.build_request()
        try:
            request.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.status_label.setText(self.tr("无法创建文件夹：{e}").format(e=error))
            return
        existing = [p for p in exporter.planned_paths(request) if p.exists()]
        if existing:
            if not self.confirm_overwrite(existing):
                self.status_label.setText(self.tr("已取消：没有覆盖任何文件。"))
                return
            request = self.build_request(overwrite=True)
        progress = ExportProgress(report=lambda done, total: self.progress_reported.emit(done, total))
        self._progress = progress
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("取消"))
        self.progress_bar.setVisible(True)
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(self.tr("正在导出…"))
        run_in_background(
            lambda: exporter.export(request, progress),
            on_success=lambda paths: self._finished(request, paths),
            on_failure=self._failed,
            owner=self,
        )

    def is_running(self) -> bool:
        return self._progress is not None

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(self.tr("%v / %m 个文件"))

    def _finished(self, request: ExportRequest, paths: list[Path]) -> None:
        cancelled = self._progress is not None and self._progress.cancelled
        self._progress = None
        self.written = [*self.written, *paths]
        self._articles_left = None
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("关闭"))
        if cancelled:
            self.status_label.setText(self.tr("已取消，已写出 {n} 个文件。").format(n=len(paths)))
        else:
            total = max(self.progress_bar.maximum(), len(paths), 1)  # (the files of this export: 14 / 14)
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(total)
            self.progress_bar.setFormat(self.tr("%v / %m 个文件"))
            self._remember()
            name = self.editor_field.text().strip()
            if request.track_changes and name:
                self.editor_named.emit(name)
            self.status_label.setText(
                self.tr("已导出 {n} 个文件到 {folder}").format(n=len(self.written), folder=request.folder)
            )
            count = len(self._controller.articles())
            exported = [index for index in request.article_indices if index < count]
            if len(set(exported)) == count:
                # the whole page: its headlines enter the archive, filed under this export's date and 版次
                self._controller.page_exported(request.edition_date, str(request.page_number))
            self._controller.set_statuses(exported, ArticleStatus.EXPORTED)
        self.export_finished.emit(self.written)

    def _failed(self, failure: TaskFailure) -> None:
        self._progress = None
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("关闭"))
        self.progress_bar.setVisible(False)
        from desktop.ui.docx_exporter import ExportInterrupted

        error = failure.error
        if not isinstance(error, ExportInterrupted):
            self.status_label.setText(self.tr("导出失败：{e}").format(e=error))
            return
        self.written = [*self.written, *error.written]
        self._articles_left = error.articles_left
        self.retry_button.setVisible(True)
        self.status_label.setText(
            self.tr(
                "导出中断：{cause}\n已写出 {n} 个文件（完好）：{written}\n未写出 {m} 个文件：{missing}\n"
                "页面内容没有任何改动。可以点“浏览…”换一个文件夹，再点“重试未写出的文件”。"
            ).format(
                cause=error.cause,
                n=len(self.written),
                written="、".join(p.name for p in self.written) or "—",
                m=len(error.not_written),
                missing="、".join(p.name for p in error.not_written),
            )
        )

    def _cancel_or_close(self) -> None:
        if self._progress is not None:
            self._progress.cancel_event.set()
            self.status_label.setText(self.tr("正在取消…"))
            return
        self.accept()

    def reject(self) -> None:
        if self._progress is not None:
            self._progress.cancel_event.set()
            return
        super().reject()
