"""The export dialog: what to export, with which options, where; progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
from desktop.ui.services import Exporter, ExportProgress, ExportRequest
from desktop.ui.workers import TaskFailure, run_in_background


class ExportDialog(QDialog):
    progress_reported = Signal(int, int)  # emitted from the export thread; delivered queued
    export_finished = Signal(list)  # the written paths

    def __init__(
        self,
        controller: DocumentController,
        exporter: Exporter | None,
        current_article: int | None,
        folder: Path,
        parent: QWidget | None = None,
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
        self.current_article_radio.setEnabled(current_article is not None)
        (self.current_article_radio if current_article is not None else self.per_article_radio).setChecked(True)

        self.comments_box = QCheckBox(self.tr("把未处理的问题写成批注"))
        self.comments_box.setChecked(True)
        self.track_changes_box = QCheckBox(self.tr("以修订模式记录改动（相对原稿）"))

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
        form.addRow(self.tr("范围"), scope_box)
        options_box = QVBoxLayout()
        options_box.addWidget(self.comments_box)
        options_box.addWidget(self.track_changes_box)
        form.addRow(self.tr("选项"), options_box)
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

    def retry_export(self) -> None:
        """Export the files an interrupted batch did not write, to the folder now in the field."""
        self.start_export(retry=True)

    def start_export(self, retry: bool = False) -> None:
        if self._exporter is None or self._progress is not None:
            return
        if not retry:
            self._articles_left = None
            self.written = []
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
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(1)
            self.status_label.setText(
                self.tr("已导出 {n} 个文件到 {folder}").format(n=len(self.written), folder=request.folder)
            )
            count = len(self._controller.articles())
            exported = [index for index in request.article_indices if index < count]
            if len(set(exported)) == count:
                self._controller.page_exported()  # the whole page: its headlines enter the archive
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
