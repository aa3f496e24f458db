"""The main window: article list | article editor | findings panel, menus and status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_TITLE, __version__
from desktop.paths import resource, sample_page, user_data_dir
from desktop.ui import engine_gateway
from desktop.ui.page_file import save_target, save_text, suggested_name, window_title
from desktop.ui.reporter_check import CHECK_NAME as UNKNOWN_REPORTER
from desktop.ui.settings import (
    Preferences,
    load_preferences,
    open_settings,
    recent_files,
    remember_recent_file,
    save_preferences,
)
from desktop.ui.translations import said
from desktop.ui.workers import TaskFailure, database_pool, on_gui_thread, report_failure, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from desktop.proofing.edits import AnyEdit
    from desktop.proofing.findings import Finding, Severity
    from desktop.proofing.model import Document
    from desktop.ui.article_editor import ArticleEditor
    from desktop.ui.article_list_model import ArticleListModel
    from desktop.ui.changes_view import ChangesView
    from desktop.ui.document_controller import DocumentController
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.find_replace import FindReplaceDialog
    from desktop.ui.findings_panel import FindingsPanel
    from desktop.ui.history_dialog import HistoryDialog
    from desktop.ui.preferences_dialog import PreferencesDialog
    from desktop.ui.roster_offer_dialog import RosterOfferDialog
    from desktop.ui.services import RecoverableSession, Services

log = logging.getLogger(__name__)

FOLDER_LABEL_LENGTH = 42


def folder_label(folder: Path, length: int = FOLDER_LABEL_LENGTH) -> str:
    """A folder for a menu: whole when short, else its end (the part that tells pages apart) after …."""
    text = str(folder)
    return text if len(text) <= length else "…" + text[-(length - 1) :]


def configured_database_url() -> str:
    """The database storage is set to use (empty for the default local file)."""
    try:
        from storage.db_location import configured_url
    except ImportError:
        return ""
    return configured_url() or ""


def save_database_choice(url: str | None, password: str) -> bool:
    """Remember the database; a password goes to the credential store. False: no store could keep it."""
    try:
        from storage import credentials
        from storage.db_location import save_database_url_setting
    except ImportError:
        return True
    save_database_url_setting(url)
    if not (url and password and credentials.is_postgres_url(url)):
        return True
    return credentials.save_password(credentials.split_url(url)[0], password)


OPENABLE_SUFFIXES = (".txt", ".docx", ".text")


def _store_of(desk: Any) -> Any:
    """The database's list store for the preferences' 词表 tab; None when the database cannot be opened."""
    try:
        return desk.store()
    except Exception as failure:  # StorageError and driver errors: the tab says the lists cannot be edited
        log.warning("desk lists unavailable in the preferences: %s", failure)
        return None


class MainWindow(QMainWindow):
    document_opened = Signal(Path)
    open_failed = Signal(str)

    built = Signal()

    def __init__(
        self, services: Services | None = None, settings: QSettings | None = None, *, staged: bool = False
    ) -> None:
        """``staged``: show an empty frame first and call ``build()`` from the event loop (fast first paint)."""
        super().__init__()
        self._services = services
        self.settings = settings or open_settings()
        self.preferences: Preferences = load_preferences(self.settings)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_TITLE)
        icon = resource("icons", "proofsheet.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self._find_dialog: FindReplaceDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.roster_offer_dialog: RosterOfferDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.translator: object | None = None  # the English translator, when one is installed
        self._closing_without_saves = False  # the editor chose what to do with saves the database refused
        self.unsaved_question: QMessageBox | None = None
        self.actions: dict[str, QAction] = {}
        # fix-and-advance whose next finding stood on the text the fix changed: where the fixed one stood; it goes
        # on from there once the re-analysis brings that text's findings back
        self._advance_pending: tuple[int, int] | None = None
        self.is_built = False
        self.changes_dock: QDockWidget | None = None
        self.changes_view: ChangesView | None = None
        self._restore_geometry()
        self.setCentralWidget(QWidget(objectName="startPlaceholder"))
        if not staged:
            self.build()

    def build(self) -> None:
        """Create the views, menus and the document controller (imports the heavier UI modules)."""
        if self.is_built:
            return
        from desktop.ui.document_controller import DocumentController

        if self._services is None:
            from desktop.ui.adapters import build_services

            self._services = build_services()
        self.services: Services = self._services
        from desktop.ui.reporter_check import ReporterCheck

        archive = self.services.archive
        self.reporter_check = ReporterCheck(self.services.roster)
        self.controller: DocumentController = DocumentController(
            analyser=lambda document: engine_gateway.analyse_page(document, archive),
            autosave=self.services.autosave,
            parent=self,
            reanalyser=lambda previous, findings, document: engine_gateway.reanalyse_page(
                previous, findings, document, archive
            ),
            supplement=self.reporter_check.findings,
        )
        self._record_editor(self.preferences.editor_name)
        self._build_views()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore_splitter()
        self._update_title()
        self._apply_preferences()
        self.is_built = True
        self.built.emit()

    # --- construction ---------------------------------------------------------------------

    def _build_views(self) -> None:
        from desktop.ui.article_editor import ArticleEditor
        from desktop.ui.article_list_model import ArticleDelegate, ArticleListModel
        from desktop.ui.chrome_pane import ChromePane
        from desktop.ui.findings_panel import FindingsPanel

        self.article_model: ArticleListModel = ArticleListModel(self.controller)
        self.article_list = QListView(objectName="articleList")
        self.article_list.setModel(self.article_model)
        self.article_list.setItemDelegate(ArticleDelegate(self.article_list))
        # (Ctrl/Shift-click selects several articles: the proof print of the selection)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.article_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.article_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.article_list.setMouseTracking(True)
        self.article_list.setUniformItemSizes(True)
        self.article_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        list_pane = QWidget(objectName="articlePane")
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_title = QLabel(self.tr("稿件"), objectName="paneTitle")
        list_layout.addWidget(list_title)
        list_layout.addWidget(self.article_list, 1)
        self.chrome_pane = ChromePane(self.controller)
        list_layout.addWidget(self.chrome_pane)

        self.editor: ArticleEditor = ArticleEditor(self.controller, self.services.roster)

        self.findings_panel: FindingsPanel = FindingsPanel(self.controller)
        findings_pane = QWidget(objectName="findingsPane")
        findings_layout = QVBoxLayout(findings_pane)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.setSpacing(0)
        findings_layout.addWidget(QLabel(self.tr("问题"), objectName="paneTitle"))
        findings_layout.addWidget(self.findings_panel, 1)
        self.findings_pane = findings_pane
        self.article_pane = list_pane

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(findings_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([290, 760, 360])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel(objectName="countsLabel")
        from desktop.ui.settled_counts import SettledCounts

        self._settled_counts = SettledCounts()
        self.encoding_label = QLabel(objectName="encodingLabel")
        self.position_label = QLabel(objectName="positionLabel")
        for label in (self.counts_label, self.position_label, self.encoding_label):
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)
        from desktop.ui.autosave_status import AutosaveIndicator

        self.autosave_label = AutosaveIndicator(self)
        bar.addPermanentWidget(self.autosave_label)
        self.connection_label = QLabel(objectName="connectionLabel")
        self.connection_label.setContentsMargins(10, 0, 10, 0)
        self.connection_label.hide()
        bar.addPermanentWidget(self.connection_label)
        self._schema_problem_shown = False
        self._check_connection()

    def _check_connection(self) -> None:
        check = self.services.connection_encrypted
        if check is not None:
            # a failure to connect is the autosave indicator's to report; this label says "secure", or that
            # the server's schema is not this program's (and who must act), from the start
            run_in_background(
                check,
                on_success=self.show_connection_security,
                on_failure=self.show_connection_failure,
                pool=database_pool(),
                owner=self,
            )

    def _recheck_connection_once_saved(self, state: object) -> None:
        """Saves go through again (the administrator upgraded the schema): the label's sentence is out of date."""
        if getattr(self, "_schema_problem_shown", False) and getattr(state, "saved", False):
            self._schema_problem_shown = False
            self._check_connection()

    def show_connection_security(self, encrypted: object) -> None:
        """The lock in the status bar while the database server's connection is encrypted (TLS)."""
        self.connection_label.setStyleSheet("")
        self.connection_label.setVisible(bool(encrypted))
        self.connection_label.setText(self.tr("🔒 加密连接") if encrypted else "")
        self.connection_label.setToolTip(self.tr("与数据库服务器之间的连接经过 TLS 加密。") if encrypted else "")

    def show_connection_failure(self, failure: TaskFailure) -> None:
        """A schema the app may not change: its sentence stays in the status bar; other failures go as before."""
        from desktop.ui.autosave_status import short_problem
        from storage.errors import SchemaMismatch

        if not isinstance(failure.error, SchemaMismatch):
            report_failure(failure)
            return
        problem = str(failure.error)
        self._schema_problem_shown = True
        self.connection_label.setText(short_problem(problem))
        self.connection_label.setToolTip(problem)
        self.connection_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.connection_label.setVisible(True)

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | str | list,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        # (a shortcut leaves the focus where it is: what was typed in a title field counts first)
        action.triggered.connect(lambda _checked=False: (self.editor.commit_fields(), slot()))
        self.addAction(action)
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        a = self._action
        file_menu = menu_bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(a("open", self.tr("打开…"), QKeySequence.StandardKey.Open, self.choose_file))
        self.recent_menu = file_menu.addMenu(self.tr("最近打开"))
        file_menu.addAction(a("open_sample", self.tr("打开示例版面"), "", lambda: self.open_path(sample_page())))
        file_menu.addSeparator()
        file_menu.addAction(a("save", self.tr("保存"), QKeySequence.StandardKey.Save, self.save_page))
        file_menu.addAction(a("save_as", self.tr("另存为…"), "Ctrl+Shift+S", self.save_page_as))
        file_menu.addAction(a("export", self.tr("导出 Word…"), "Ctrl+E", self.show_export_dialog))
        file_menu.addAction(a("proof_page", self.tr("整版校样 PDF…"), "Ctrl+P", lambda: self.print_proof(True)))
        file_menu.addAction(
            a("proof_article", self.tr("本篇校样 PDF…"), "Ctrl+Shift+P", lambda: self.print_proof(False))
        )
        file_menu.addAction(a("page_history", self.tr("版面历史…"), "", self.show_page_history))
        file_menu.addSeparator()
        file_menu.addAction(a("quit", self.tr("退出"), QKeySequence.StandardKey.Quit, self.close))

        edit_menu = menu_bar.addMenu(self.tr("编辑(&E)"))
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for name, action in (("undo", undo), ("redo", redo)):
            action.setObjectName(name)
            self.addAction(action)
            self.actions[name] = action
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(a("find", self.tr("查找和替换…"), QKeySequence.StandardKey.Find, self.show_find_dialog))
        edit_menu.addAction(a("find_next", self.tr("查找下一个"), "F3", self.find_next))
        edit_menu.addSeparator()
        edit_menu.addAction(a("preferences", self.tr("首选项…"), "Ctrl+,", self.show_preferences))

        article_menu = menu_bar.addMenu(self.tr("稿件(&A)"))
        article_menu.addAction(a("previous_article", self.tr("上一篇"), "Ctrl+PgUp", lambda: self.step_article(-1)))
        article_menu.addAction(a("next_article", self.tr("下一篇"), "Ctrl+PgDown", lambda: self.step_article(1)))
        article_menu.addSeparator()
        article_menu.addAction(a("mark_proofed", self.tr("标记为已校"), "Ctrl+M", self.mark_proofed))
        article_menu.addSeparator()
        article_menu.addAction(
            a("split_paragraph", self.tr("在光标处拆分段落"), "Ctrl+Alt+Return", self.split_paragraph)
        )
        article_menu.addAction(a("join_paragraph", self.tr("与下一段合并"), "Ctrl+Alt+J", self.join_paragraph))
        article_menu.addAction(a("toggle_intertitle", self.tr("设为小标题"), "Ctrl+Alt+H", self.toggle_intertitle))
        article_menu.addSeparator()
        article_menu.addAction(
            a("split_article", self.tr("从光标所在段拆出新稿件"), "Ctrl+Shift+T", self.split_article)
        )
        article_menu.addAction(a("merge_article", self.tr("与下一篇合并"), "Ctrl+Shift+M", self.merge_article))
        article_menu.addSeparator()
        article_menu.addAction(a("offer_bylines", self.tr("把本版署名加入名册…"), "", self.offer_bylines_for_roster))

        findings_menu = menu_bar.addMenu(self.tr("问题(&P)"))
        findings_menu.addAction(a("next_finding", self.tr("下一个问题"), "F8", lambda: self.step_finding(1)))
        findings_menu.addAction(a("previous_finding", self.tr("上一个问题"), "Shift+F8", lambda: self.step_finding(-1)))
        findings_menu.addSeparator()
        findings_menu.addAction(a("apply_fix", self.tr("应用修正"), "Ctrl+Return", self.apply_fix))
        findings_menu.addAction(a("ignore_finding", self.tr("忽略"), "Ctrl+I", self.ignore_finding))
        findings_menu.addAction(a("fix_all_kind", self.tr("全部修正此类"), "Ctrl+Shift+Return", self.fix_all_of_kind))
        findings_menu.addAction(a("ignore_all_kind", self.tr("忽略全部此类"), "Ctrl+Shift+I", self.ignore_all_of_kind))
        findings_menu.addAction(a("whitelist", self.tr("加入白名单"), "Ctrl+Shift+W", self.whitelist_finding))
        findings_menu.addSeparator()
        findings_menu.addAction(a("reanalyse", self.tr("重新分析"), "F5", self.controller.analyse_now))
        findings_menu.addAction(a("error_report", self.tr("校对报告…"), "Ctrl+Shift+R", self.show_error_report))

        view_menu = menu_bar.addMenu(self.tr("视图(&V)"))
        show_list = a("toggle_articles", self.tr("稿件列表"), "Ctrl+1", self._toggle_articles, checkable=True)
        show_findings = a("toggle_findings", self.tr("问题面板"), "Ctrl+2", self._toggle_findings, checkable=True)
        show_changes = a("show_changes", self.tr("显示修改"), "Ctrl+3", self._toggle_changes, checkable=True)
        show_list.setChecked(True)
        show_findings.setChecked(True)
        view_menu.addAction(show_list)
        view_menu.addAction(show_findings)
        view_menu.addAction(show_changes)
        view_menu.addAction(a("focus_list", self.tr("转到稿件列表"), "Alt+1", self.article_list.setFocus))
        view_menu.addAction(a("focus_body", self.tr("转到正文"), "Alt+2", self.editor.body.setFocus))
        view_menu.addAction(a("focus_findings", self.tr("转到问题面板"), "Alt+3", self.findings_panel.tree.setFocus))

        help_menu = menu_bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(a("shortcuts", self.tr("键盘快捷键"), "F1", self.show_shortcuts))
        help_menu.addAction(a("about", self.tr("关于校样"), "", self.show_about))
        self._rebuild_recent_menu()

    def _connect(self) -> None:
        controller = self.controller
        self.article_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self.editor.show_article(current.row()) if current.isValid() else None
        )
        self.article_model.modelReset.connect(self._select_editor_article)
        self.article_list.selectionModel().selectionChanged.connect(lambda *_: self._label_proof_selection())
        self.editor.article_switched.connect(self._select_list_row)
        self.editor.article_switched.connect(self.findings_panel.set_current_article)
        self.editor.article_switched.connect(lambda _index: self._label_mark_proofed())
        controller.statuses_changed.connect(self._label_mark_proofed)
        self.editor.cursor_moved.connect(self._show_position)
        self.editor.cursor_moved.connect(lambda *_: self._label_intertitle())
        # 本篇 N 字 follows a merge, split, undo or fix that leaves the cursor where it was (once the editor shows it)
        self._position_refresh = QTimer(self, singleShot=True, interval=0)
        self._position_refresh.timeout.connect(self.editor.report_cursor)
        self.article_model.dataChanged.connect(lambda *_: self._position_refresh.start())
        self.article_model.modelReset.connect(self._position_refresh.start)
        self.findings_panel.activated.connect(self.go_to_finding)
        self.findings_panel.selected.connect(lambda finding: self._reveal_finding(finding, focus=False))
        self.findings_panel.fix_requested.connect(self._fix)
        self.findings_panel.ignore_requested.connect(controller.ignore)
        self.findings_panel.restore_requested.connect(controller.restore)
        self.findings_panel.ignore_all_requested.connect(self._ignore_all)
        self.findings_panel.whitelist_requested.connect(self.whitelist_finding)
        self.findings_panel.fix_all_requested.connect(self._fix_all)
        controller.findings_changed.connect(self._update_counts)
        controller.findings_changed.connect(self._advance_after_reanalysis)
        controller.analysis_state_changed.connect(lambda _running: self._update_counts())
        controller.document_loaded.connect(self._document_loaded)
        controller.document_changed.connect(lambda _edit: self._update_title())
        controller.document_changed.connect(lambda _edit: self._update_counts())
        controller.problem.connect(lambda message: self.statusBar().showMessage(message, 6000))
        controller.autosave_state_changed.connect(self.autosave_label.show_state)
        controller.autosave_state_changed.connect(self._recheck_connection_once_saved)
        # the roster and the desk lists tell their subscribers on the database thread: the controller hears of it
        # on the GUI thread, as a background task's callbacks do (and not at all once the window is gone)
        self.services.roster.subscribe(on_gui_thread(controller.supplement_changed, owner=self))
        self.services.desk_lists.subscribe(on_gui_thread(controller.rules_changed, owner=self))

    # --- preferences and window state --------------------------------------------------------

    def _apply_preferences(self) -> None:
        self.editor.set_body_font(self.preferences.body_font_family, self.preferences.body_font_size)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry))):
            self.resize(1400, 880)

    def _restore_splitter(self) -> None:
        self.layout().activate()  # give the new splitter its real width before sizes are restored
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.is_built:
            self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def _toggle_articles(self) -> None:
        self.article_pane.setVisible(self.actions["toggle_articles"].isChecked())

    def _toggle_findings(self) -> None:
        self.findings_pane.setVisible(self.actions["toggle_findings"].isChecked())

    def _toggle_changes(self) -> None:
        """显示修改: a pane under the editor listing every change since the page was opened."""
        shown = self.actions["show_changes"].isChecked()
        if self.changes_dock is None:
            if not shown:
                return
            from PySide6.QtWidgets import QDockWidget

            from desktop.ui.changes_view import ChangesView
            from desktop.ui.export_memory import house_byline_style

            self.changes_view = ChangesView(
                self.controller, self.editor.reveal, lambda: house_byline_style(self.settings)
            )
            dock = QDockWidget(self.tr("修改"), self, objectName="changesDock")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
            dock.setWidget(self.changes_view)
            dock.visibilityChanged.connect(self._changes_dock_visibility)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.changes_dock = dock
        self.changes_dock.setVisible(shown)

    def _changes_dock_visibility(self, _visible: bool) -> None:
        """(The dock's own close button unticks 显示修改.)"""
        if self.changes_dock is not None:
            self.actions["show_changes"].setChecked(not self.changes_dock.isHidden())

    # --- opening pages ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(recent_files(self.settings)[0].parent) if recent_files(self.settings) else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开版面"), start, self.tr("版面文字 (*.txt *.docx);;所有文件 (*)")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Load ``path`` in a worker; the page appears when it is ready."""
        path = Path(path)
        self._loading = True
        self.statusBar().showMessage(self.tr("正在打开 {name}…").format(name=path.name))
        run_in_background(
            lambda: engine_gateway.open_page(path),
            on_success=lambda document: self._opened(path, document),
            on_failure=lambda failure: self._open_failed(path, failure),
            owner=self,
        )

    def _opened(self, path: Path, document: Document) -> None:
        """The file is read: ask before replacing unsaved work, then offer the file's stored edits."""
        self._loading = False
        self._replace_page(lambda: self._offer_saved_work(path, document))

    def _replace_page(self, then: Callable[[], None]) -> None:
        """Run ``then`` (which shows another page) once the page on screen may go: never drop its work unasked."""
        controller = self.controller
        if not controller.modified or controller.path is None:
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("保存修改"),
            self.tr("“{name}”的修改还没有保存到文件。要先保存吗？").format(name=controller.path.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("replacePageDialog")
        box.setInformativeText(self.tr("不保存时，修改仍留在稿件库中：再次打开这个文件时可以继续上次校对。"))
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("保存"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("不保存"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            saved = button == QMessageBox.StandardButton.Save and self.save_page()
            if saved or button == QMessageBox.StandardButton.Discard:
                then()
            else:
                self.statusBar().showMessage(self.tr("没有打开新的版面，当前版面保持不变"), 4000)

        box.finished.connect(answered)
        box.open()

    def _offer_saved_work(self, path: Path, document: Document) -> None:
        """Continue the file's stored edits (asked) or start from its text."""
        autosave = self.controller.autosave

        def offer(session: RecoverableSession | None) -> None:
            if session is None:
                self._show_opened(path, document)
                return
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("继续上次校对"),
                self.tr("“{name}”上次校对的修改保存在稿件库中。").format(name=path.name),
                parent=self,
            )
            box.setObjectName("continueDialog")
            resume = box.addButton(
                self.tr("继续上次校对（{n} 处修改）").format(n=session.edit_count), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("从原文重新开始"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(resume)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def answered(_result: int) -> None:
                if box.clickedButton() is resume:
                    self.restore_session(session)
                    self._remember_opened(path)
                else:
                    self._show_opened(path, document)

            box.finished.connect(answered)
            box.open()

        run_in_background(
            lambda: autosave.saved_session_for(path),
            on_success=offer,
            on_failure=lambda _failure: self._show_opened(path, document),
            pool=database_pool(),
            owner=self,
        )

    def _show_opened(self, path: Path, document: Document) -> None:
        self.show_document(document, path)
        self._remember_opened(path)
        self.statusBar().showMessage(self.tr("已打开 {name}").format(name=path.name), 4000)

    def _remember_opened(self, path: Path) -> None:
        self.settings.setValue("session/last_file", str(path.resolve()))
        remember_recent_file(self.settings, path)
        self._rebuild_recent_menu()
        self.document_opened.emit(path)

    # --- saving the page as text ----------------------------------------------------------------

    def save_page(self) -> bool:
        """保存: write the cleaned page over its own text file (另存为 for a .docx or a page without a file)."""
        target = save_target(self.controller.path)
        return self._write_page(target) if target is not None else self.save_page_as()

    def save_page_as(self) -> bool:
        controller = self.controller
        folder = controller.path.parent if controller.path is not None else Path.home()
        suggested = folder / suggested_name(controller.path, controller.document.source_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("另存为文本文件"), str(suggested), self.tr("文本文件 (*.txt)")
        )
        return self._write_page(Path(chosen)) if chosen else False

    def _write_page(self, target: Path) -> bool:
        from desktop.export.atomic import ExportError

        try:
            save_text(self.controller.document, target)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("无法保存"), str(error))
            return False
        self.controller.saved_as(target)
        self.settings.setValue("session/last_file", str(target.resolve()))
        remember_recent_file(self.settings, target)
        self._rebuild_recent_menu()
        self._update_title()
        self.statusBar().showMessage(self.tr("已保存到 {path}").format(path=target), 4000)
        return True

    def show_document(self, document: Document, path: Path | None) -> None:
        self.controller.load(document, path)

    def restore_session(self, session: RecoverableSession) -> None:
        """Show a stored session exactly as saved and keep recording into it."""
        self.controller.load(session.document, session.source_path, resume=session, original=session.original)
        self.statusBar().showMessage(self.tr("已恢复上次的版面（{n} 处修改）").format(n=session.edit_count), 6000)

    def _open_failed(self, path: Path, failure: TaskFailure) -> None:
        """The page on screen stays as it was; the editor is told which file and what is wrong with it."""
        from desktop.proofing.load import LoadError

        self._loading = False
        if isinstance(failure.error, LoadError):
            message = str(failure.error)
        else:  # a bug, not bad input: still name the file, and keep the details for the report
            message = self.tr(
                "无法打开“{name}”：读取时出现意外错误（{kind}），当前版面没有变化，详细信息已写入日志。"
            ).format(name=path.name or str(path), kind=type(failure.error).__name__)
        self.statusBar().clearMessage()
        self.open_failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法打开"), message, parent=self)
        box.setObjectName("openErrorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not isinstance(failure.error, LoadError):
            box.setDetailedText(failure.details)
        box.open()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for number, path in enumerate(files, start=1):
            # (after a tab, Qt puts the folder in the menu's right column: two days' page.txt tell apart)
            action = self.recent_menu.addAction(f"&{number % 10}  {path.name}\t{folder_label(path.parent)}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def _document_loaded(self) -> None:
        self._update_title()
        encoding = self.controller.document.encoding or ""
        self.encoding_label.setText(encoding.upper())
        self._update_counts()
        self._select_editor_article()

    def _update_title(self) -> None:
        controller = self.controller
        path = controller.path
        name = path.name if path else Path(controller.document.source_name).name
        self.setWindowTitle(window_title(APP_TITLE, name, controller.modified))

    # --- keeping list and editor in step -------------------------------------------------------------

    def _select_editor_article(self) -> None:
        index = self.editor.current_article_index()
        if index is not None:
            self._select_list_row(index)

    def _select_list_row(self, row: int) -> None:
        index = self.article_model.index(row)
        if index.isValid() and self.article_list.currentIndex().row() != row:
            self.article_list.setCurrentIndex(index)
            self.article_list.scrollTo(index)

    def step_article(self, step: int) -> None:
        current = self.editor.current_article_index() or 0
        target = current + step
        if 0 <= target < len(self.controller.articles()):
            self.editor.show_article(target)

    def _show_position(self, article: int, paragraph: int, character: int) -> None:
        count = self.article_model.char_count(article)
        self.position_label.setText(
            self.tr("第 {a} 篇 · 第 {p} 段 · 第 {c} 字").format(a=article + 1, p=paragraph, c=character)
            + (self.tr(" · 本篇 {n} 字").format(n=count) if count is not None else "")
        )

    def _update_counts(self) -> None:
        if not self.controller.analysed_once:
            self.counts_label.setText(self.tr("正在分析…"))
            return
        from desktop.proofing.findings import Severity
        from desktop.ui.settled_counts import GREY
        from desktop.ui.style import SEVERITY_COLOURS, SEVERITY_SYMBOLS

        counts, stale = self._settled_counts.shown(self.controller)
        labels = {Severity.ERROR: self.tr("错误"), Severity.WARNING: self.tr("警告"), Severity.INFO: self.tr("提示")}
        text = "&nbsp;&nbsp;".join(
            f"<span style='color:{GREY if stale else SEVERITY_COLOURS[s]}'>{SEVERITY_SYMBOLS[s]}</span>"
            f" {labels[s]} {counts[s]}"
            for s in Severity
        )
        if stale:
            text = f"<span style='color:{GREY}'>{text}&nbsp;&nbsp;{self.tr('分析中…')}</span>"
        self.counts_label.setText(text)

    def finding_counts(self) -> dict[Severity, int]:

        return dict(self.controller.severity_counts())

    # --- findings -------------------------------------------------------------------------------

    def go_to_finding(self, finding: Finding, *, focus: bool = True) -> None:
        self.findings_panel.select_finding(finding)
        self._reveal_finding(finding, focus=focus)

    def _reveal_finding(self, finding: Finding, *, focus: bool) -> None:
        """Show the finding where its text is: in the article editor, or on its line of 版面杂项 (page chrome)."""
        if not self.chrome_pane.reveal_finding(finding, focus=focus):
            self.editor.reveal_finding(finding, focus=focus)

    def current_finding(self) -> Finding | None:
        finding = self.findings_panel.current_finding()
        if finding is not None:
            return finding
        position = self.editor.cursor_block()
        if position is None:
            return None
        for candidate in self.controller.findings():
            for span in candidate.spans:
                if span.block == position[0] and span.start <= position[1] <= span.end:
                    return candidate
        return None

    def step_finding(self, step: int) -> None:
        """F8 / Shift+F8: the next (previous) finding in reading order, by where the editor lands for each."""
        findings = self.findings_panel.filtered(self.controller.findings())  # (the filters narrow F8 too)
        if not findings:
            self.statusBar().showMessage(self.tr("没有未处理的问题"), 3000)
            return
        landing = self.editor.landing_position
        order = self._reading_order(findings)
        current = self.findings_panel.current_finding()
        if current is not None and current in findings:
            place = order.index(findings.index(current))
            index = order[(place + step) % len(order)]
        else:
            here = self.editor.cursor_block() or (-1, -1)
            if step > 0:
                index = next((i for i in order if landing(findings[i]) > here), order[0])
            else:
                index = next((i for i in reversed(order) if landing(findings[i]) < here), order[-1])
        self.go_to_finding(findings[index])

    def _fix(self, finding: Finding) -> None:
        from desktop.ui.reporter_check import CHECK_NAME, reporter_name

        if finding.check == CHECK_NAME:
            name = reporter_name(finding)
            if name:
                self.add_to_roster([name])
            return
        following = self._finding_after(finding)
        fixed_at = self.editor.landing_position(finding)
        fixed: list[AnyEdit] = []

        def applied(edit: AnyEdit) -> None:
            fixed.append(edit)

        self.controller.document_changed.connect(applied)
        try:
            done = self.controller.fix(finding)
        finally:
            self.controller.document_changed.disconnect(applied)
        if not done:
            return
        article = self.controller.article_for_finding(finding)
        self._advance_pending = None
        if following is not None and self.controller.finding_by_key(following.key) is not None:
            self.go_to_finding(following, focus=False)
        elif following is not None:  # on the text just changed: back with the re-analysis, if still a problem
            self.findings_panel.tree.clearSelection()
            self.findings_panel.tree.setCurrentIndex(QModelIndex())
            self._advance_pending = fixed_at
        if fixed:
            self.editor.show_edit_trace(fixed[-1])  # (seen when the next finding is in the same article)
        if article is not None and article != self.editor.current_article_index():
            label = said(finding.fix.label) if finding.fix is not None else ""
            self.statusBar().showMessage(self.tr("已修正第{n}篇：{label}").format(n=article + 1, label=label), 5000)

    def _advance_after_reanalysis(self) -> None:
        """The re-analysis after a fix is in: select the first finding from the fixed one's place on."""
        pending = self._advance_pending
        if pending is None or not self.controller.analysis_settled:
            return
        self._advance_pending = None
        current = self.findings_panel.current_finding()
        if current is not None:  # the editor picked a finding meanwhile
            return
        findings = self.findings_panel.filtered(self.controller.findings())
        landing = self.editor.landing_position
        following = next((findings[i] for i in self._reading_order(findings) if landing(findings[i]) >= pending), None)
        if following is not None:
            self.go_to_finding(following, focus=False)

    def _reading_order(self, findings: list[Finding]) -> list[int]:
        """The positions in ``findings`` in reading order: by where the editor lands for each (as F8 walks)."""
        landing = self.editor.landing_position
        return sorted(range(len(findings)), key=lambda i: (landing(findings[i]), i))

    def _finding_after(self, finding: Finding) -> Finding | None:
        """The open finding after ``finding`` in reading order among those listed, where fix-and-advance goes.

        (The order F8 walks: in block order a broken line, placed at its first line's start, came before the
        fixes made in that line, and fix-and-advance stepped over it.)
        """
        findings = self.findings_panel.filtered(self.controller.findings())
        if finding not in findings:
            return None
        order = self._reading_order(findings)
        place = order.index(findings.index(finding))
        return findings[order[place + 1]] if place + 1 < len(order) else None

    def apply_fix(self) -> None:
        finding = self.current_finding()
        if finding is None:
            self.statusBar().showMessage(self.tr("先选中一个问题"), 3000)
        elif not finding.fixable and finding.check != UNKNOWN_REPORTER:
            self.statusBar().showMessage(self.tr("这个问题需要人工处理"), 3000)
        else:
            self._fix(finding)

    def ignore_finding(self) -> None:
        finding = self.current_finding()
        if finding is not None and self.findings_panel.showing_ignored:
            self.controller.restore(finding)
        elif finding is not None:
            following = self._finding_after(finding)
            self.controller.ignore(finding)
            if following is not None:
                self.go_to_finding(following, focus=False)

    def whitelist_finding(self, finding: Finding | None = None) -> bool:
        """加入白名单: the finding's term is not flagged for the desk from now on (one undo step)."""
        from desktop.proofing.checks import WHITELISTABLE
        from desktop.proofing.findings import Finding
        from desktop.ui.undo_commands import WhitelistCommand

        finding = finding if isinstance(finding, Finding) else self.current_finding()
        if finding is None or finding.check not in WHITELISTABLE or not finding.spans:
            self.statusBar().showMessage(self.tr("只有字词类问题可以加入白名单"), 3000)
            return False
        span = finding.spans[0]
        term = self.controller.document.blocks[span.block].text[span.start : span.end]
        desk = self.services.desk_lists

        def set_whitelisted(term: str, check: str, whitelisted: bool) -> None:
            run_in_background(lambda: desk.set_whitelisted(term, check, whitelisted), pool=database_pool())

        label = self.tr("加入白名单“%1”").replace("%1", term)
        self.controller.undo_stack.push(WhitelistCommand(label, term, finding.check, set_whitelisted))
        self.statusBar().showMessage(self.tr("“%1”已加入白名单，此后不再标出（可撤销）").replace("%1", term), 5000)
        return True

    def fix_all_of_kind(self) -> None:
        check = self._selected_check()
        if check is not None:
            self._fix_all(check)

    def ignore_all_of_kind(self) -> None:
        check = self._selected_check()
        if check is not None:
            self._ignore_all(check)

    def _selected_check(self) -> str | None:
        """The check of the group or finding selected in the panel; None (and a word in the status bar) if none."""
        check = self.findings_panel.current_check()
        if check is None:
            finding = self.current_finding()
            check = finding.check if finding else None
        if check is None:
            self.statusBar().showMessage(self.tr("先选中一类问题"), 3000)
        return check

    def _ignore_all(self, check: str) -> None:
        ignored = self.controller.ignore_all(check)
        self.statusBar().showMessage(self.tr("已忽略 {n} 处（可撤销）").format(n=ignored), 4000)

    def _fix_all(self, check: str) -> None:
        if check == UNKNOWN_REPORTER:
            self.offer_bylines_for_roster()
            return
        threshold = self.preferences.confidence_threshold
        fixed = self.controller.fix_all(check, threshold)
        if fixed:
            message = self.tr("已修正 {n} 处（可信度 ≥ {t:.0%}），可一次撤销").format(n=fixed, t=threshold)
        else:  # (nothing was changed, so there is nothing to undo either)
            message = self.tr("没有可自动修正的此类问题（可信度 ≥ {t:.0%}），请逐条处理").format(t=threshold)
        self.statusBar().showMessage(message, 6000)

    # --- editing commands -------------------------------------------------------------------------

    def split_paragraph(self) -> None:
        position = self.editor.cursor_block()
        if position is not None:
            self.controller.split_paragraph(*position)

    def join_paragraph(self) -> None:
        position = self.editor.cursor_block()
        if position is not None:
            self.controller.join_with_next(position[0])

    def toggle_intertitle(self) -> None:
        """The paragraph at the cursor becomes a 小标题, or a 小标题 body text again (one undo step)."""
        position = self.editor.cursor_block()
        if position is None:
            self.statusBar().showMessage(self.tr("把光标放在正文的一段里"), 3000)
            return
        if self.controller.toggle_intertitle(position[0]):
            self._label_intertitle()

    def _label_intertitle(self) -> None:
        """The action names what Ctrl+Alt+H does to the paragraph at the cursor."""
        from desktop.proofing.model import Role

        position = self.editor.cursor_block()
        blocks = self.controller.document.blocks
        heading = position is not None and position[0] < len(blocks) and blocks[position[0]].role is Role.INTERTITLE
        self.actions["toggle_intertitle"].setText(self.tr("设为正文") if heading else self.tr("设为小标题"))

    def split_article(self) -> None:
        position = self.editor.cursor_block()
        if position is None:
            self.statusBar().showMessage(self.tr("把光标放在新稿件的第一段"), 3000)
            return
        if self.controller.start_article_at(position[0]):
            article = self.controller.article_of_block(position[0])
            if article is not None:  # its headline is still to be written: the cursor waits there
                self.editor.show_article(article)
                self.editor.headline_field.setFocus()

    def merge_article(self) -> None:
        """Ctrl+Shift+M: the next article joins this one; its headline stays where it stood, as a 小标题."""
        index = self.editor.current_article_index()
        if index is None:
            return
        articles = self.controller.articles()
        following = articles[index + 1] if index + 1 < len(articles) else None
        if following is None:
            self.statusBar().showMessage(self.tr("这是本版最后一篇，没有下一篇可合并"), 5000)
            return
        if not self.controller.merge_article_with_next(index):
            return
        if following.headline:
            message = self.tr("已与下一篇合并：“{headline}”成为小标题（Ctrl+Alt+H 改为正文，Ctrl+Z 撤销合并）")
            self.statusBar().showMessage(message.format(headline=following.headline), 10000)
        else:
            self.statusBar().showMessage(self.tr("已与下一篇合并（Ctrl+Z 撤销）"), 6000)

    def mark_proofed(self) -> None:
        """Ctrl+M: 标记为已校, or back to 待校 when it is already proofed; one undo step either way."""
        from desktop.ui.document_controller import ArticleStatus
        from desktop.ui.undo_commands import StatusCommand

        index = self.editor.current_article_index()
        if index is None:
            return
        controller = self.controller
        article = controller.articles()[index]
        before = controller.status_of(article)
        after = ArticleStatus.DRAFT if before is ArticleStatus.PROOFED else ArticleStatus.PROOFED
        label = self.tr("标记为待校") if after is ArticleStatus.DRAFT else self.tr("标记为已校")
        uid = controller.document.blocks[article.first_index].uid
        controller.undo_stack.push(StatusCommand(label, uid, before, after, self._set_status_of))

    def _set_status_of(self, uid: int, status: object) -> None:
        """The status of the article that starts with block ``uid`` (wherever it stands now)."""
        from desktop.ui.document_controller import ArticleStatus

        controller = self.controller
        blocks = controller.document.blocks
        for article in controller.articles():
            if blocks[article.first_index].uid == uid and isinstance(status, ArticleStatus):
                controller.set_status(article.index, status)
                return

    def _label_mark_proofed(self) -> None:
        """The action says what Ctrl+M will do to the article on screen."""
        from desktop.ui.document_controller import ArticleStatus

        index = self.editor.current_article_index()
        articles = self.controller.articles()
        proofed = (
            index is not None
            and index < len(articles)
            and (self.controller.status_of(articles[index]) is ArticleStatus.PROOFED)
        )
        self.actions["mark_proofed"].setText(self.tr("标记为待校") if proofed else self.tr("标记为已校"))

    # --- the reporter roster ------------------------------------------------------------------------

    def add_to_roster(self, names: list[str]) -> None:
        """Enrol ``names`` (on the database thread); the roster's findings and completion follow."""
        roster = self.services.roster
        shown = "、".join(names)
        run_in_background(
            lambda: roster.add_names(names),
            on_success=lambda _result: self.statusBar().showMessage(
                self.tr("已把 {names} 加入记者名册").format(names=shown), 6000
            ),
            on_failure=lambda failure: self.statusBar().showMessage(
                self.tr("无法加入记者名册：{error}").format(error=failure.error), 8000
            ),
            pool=database_pool(),
            owner=self,
        )

    def offer_bylines_for_roster(self) -> None:
        """Ask which of the page's byline names missing from the roster to add (the names are read in a worker)."""
        document = self.controller.document
        roster = self.services.roster
        if not document.blocks:
            return

        def missing() -> list[str]:
            known = {entry.name for entry in roster.entries()} | set(roster.names())
            return [name for name in engine_gateway.byline_names(document) if name not in known]

        run_in_background(missing, on_success=self._show_roster_offer, owner=self)

    def _show_roster_offer(self, names: list[str]) -> None:
        if not names:
            self.statusBar().showMessage(self.tr("本版署名都已在记者名册中"), 4000)
            return
        from desktop.ui.roster_offer_dialog import RosterOfferDialog

        self._discard_dialog(self.roster_offer_dialog)
        dialog = RosterOfferDialog(names, self)
        dialog.accepted.connect(lambda: self.add_to_roster(dialog.chosen_names()) if dialog.chosen_names() else None)
        self.roster_offer_dialog = dialog
        dialog.open()

    # --- dialogs --------------------------------------------------------------------------------------

    def show_find_dialog(self) -> FindReplaceDialog:
        from desktop.ui.find_replace import FindReplaceDialog

        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.controller, self.editor, self)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find_field.setFocus()
        return self._find_dialog

    def find_next(self) -> None:
        if self._find_dialog is None or not self._find_dialog.find_field.text():
            self.show_find_dialog()
        else:
            self._find_dialog.find_next()

    def export_folder(self) -> Path:
        saved = self.settings.value("export/folder", "")
        if saved:
            return Path(str(saved))
        return Path.home() / "Documents" / "Proofsheet"

    def selected_articles(self) -> list[int]:
        """The articles selected in the list, in page order (the article on screen when none is)."""
        rows = sorted({index.row() for index in self.article_list.selectionModel().selectedRows()})
        if rows:
            return rows
        current = self.editor.current_article_index()
        return [current] if current is not None else []

    def _label_proof_selection(self) -> None:
        """The action names what Ctrl+Shift+P prints: the article on screen, or the N articles selected."""
        count = len(self.selected_articles())
        self.actions["proof_article"].setText(
            self.tr("所选 {n} 篇校样 PDF…").format(n=count) if count > 1 else self.tr("本篇校样 PDF…")
        )

    def print_proof(self, whole_page: bool, path: Path | None = None) -> Path | None:
        """A proof print to PDF, laid out as the Word export (the page, or the articles selected in the list)."""
        from desktop.ui.export_memory import house_byline_style
        from desktop.ui.proof_print import proof_blocks, proof_heading, write_proof_pdf

        document = self.controller.document
        articles = None if whole_page else self.selected_articles()
        if articles is not None and not articles:
            self.statusBar().showMessage(self.tr("先在左侧选中一篇稿件。"), 5000)
            return None
        if path is None:
            stem = Path(document.source_name or "page").stem
            numbers = "".join(f"-{index + 1:02d}" for index in (articles or [])[:4])
            more = "等" if articles is not None and len(articles) > 4 else ""
            suggested = self.export_folder() / f"{stem}{numbers}{more}-校样.pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("保存校样 PDF"), str(suggested), self.tr("PDF 文件 (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        style = house_byline_style(self.settings)
        heading = proof_heading(self.settings, document.source_name)
        try:
            pages = write_proof_pdf(document, path, heading, proof_blocks(document, articles), style)
        except OSError as error:
            self.statusBar().showMessage(self.tr("无法写出校样：{e}").format(e=error), 8000)
            return None
        self.statusBar().showMessage(self.tr("校样已保存：{path}（{n} 页）").format(path=path, n=pages), 8000)
        return path

    def show_export_dialog(self) -> ExportDialog:
        from desktop.ui.export_dialog import ExportDialog

        self._discard_dialog(self.export_dialog)
        dialog = ExportDialog(
            self.controller,
            self.services.exporter,
            self.editor.current_article_index(),
            self.export_folder(),
            self,
            settings=self.settings,
            editor_name=self.preferences.editor_name,
        )
        dialog.editor_named.connect(self._remember_editor_name)
        dialog.choices_saved.connect(self._house_style_may_have_changed)
        dialog.export_finished.connect(
            lambda _paths: self.settings.setValue("export/folder", dialog.folder_field.text())
        )
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _house_style_may_have_changed(self) -> None:
        """显示修改 shows the bylines as the export prints them: in the style just chosen."""
        if self.changes_view is not None:
            self.changes_view.refresh()

    def _record_editor(self, name: str) -> None:
        """Who the saves and the roster's changes are recorded for: ``name`` from Preferences ("": system user)."""
        self.controller.autosave.set_editor(name)
        self.services.roster.set_editor(name)

    def _remember_editor_name(self, name: str) -> None:
        if name != self.preferences.editor_name:
            self.preferences.editor_name = name
            save_preferences(self.settings, self.preferences)
            self._record_editor(name)

    def show_page_history(self) -> HistoryDialog:
        """版面历史: the open page's saved changes, each with its editor, read on the database thread."""
        from desktop.ui.history_dialog import HistoryDialog

        self._discard_dialog(self.history_dialog)
        dialog = HistoryDialog(self)
        self.history_dialog = dialog
        autosave = self.controller.autosave
        run_in_background(
            autosave.page_history,
            on_success=dialog.show_history,
            on_failure=lambda failure: dialog.failed(str(failure.error)),
            pool=database_pool(),
            owner=dialog,
        )
        dialog.open()
        return dialog

    @staticmethod
    def _discard_dialog(dialog: QDialog | None) -> None:
        """Delete the previous dialog of a kind before making the next: children of the window, closed ones
        would otherwise pile up for the whole session (one per export)."""
        running = getattr(dialog, "is_running", lambda: False)
        if dialog is not None and shiboken6.isValid(dialog) and not dialog.isVisible() and not running():
            dialog.deleteLater()

    def show_error_report(self) -> QDialog:
        """校对报告: the error rate of the page as opened and as it stands, each counted error, saveable as text."""
        from desktop.ui.report_dialog import ReportDialog, page_report

        controller = self.controller
        name = controller.path.name if controller.path else Path(controller.document.source_name or "版面").name
        text = page_report(name, controller.original, controller.document, controller.findings())
        folder = controller.path.parent if controller.path is not None else Path.home()
        suggested = self.tr("{stem}-校对报告.txt").format(stem=Path(name).stem)
        dialog = ReportDialog(text, folder / suggested, self)
        dialog.setObjectName("errorReportDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (a new one each time: none piles up)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        from desktop.ui.preferences_dialog import PreferencesDialog

        desk = self.services.desk_lists
        dialog = PreferencesDialog(
            self.preferences,
            self.services.roster.names(),
            self,
            desk_store=_store_of(desk),
            database_url=configured_database_url(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (its answer is read in ``accepted``, before)

        def accepted() -> None:
            self.preferences = dialog.chosen_preferences()
            save_preferences(self.settings, self.preferences)
            self._record_editor(self.preferences.editor_name)
            roster = self.services.roster
            names = dialog.chosen_roster()
            run_in_background(lambda: roster.replace_names(names), pool=database_pool())
            if not save_database_choice(*dialog.chosen_database()):
                self.statusBar().showMessage(
                    self.tr(
                        "本机没有可用的系统密码库，密码没有保存："
                        "请在 pgpass 文件中为该服务器登记密码（或改用 Kerberos、证书登录）。"
                    ),
                    15000,
                )
            self._apply_preferences()
            tables = dialog.desk_lists_page.changed_tables()
            store = dialog.desk_lists_page.store
            if tables and store is not None:

                def write_lists() -> None:
                    for kind, rows in tables.items():
                        store.replace_table(kind, rows)
                    desk.refresh()

                run_in_background(write_lists, pool=database_pool())

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.actions.values():
            shortcuts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if shortcuts:
                rows.append((action.text().replace("&", ""), " / ".join(shortcuts)))
        return rows

    def show_shortcuts(self) -> QDialog:
        """F1: every shortcut in two columns that fit the screen, with a search field."""
        from PySide6.QtWidgets import QHBoxLayout, QLineEdit

        dialog = QDialog(self, objectName="shortcutsDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("键盘快捷键"))
        rows = self.shortcut_rows()
        half = (len(rows) + 1) // 2
        tables = []
        for part in (rows[:half], rows[half:]):
            table = QTableWidget(len(part), 2, dialog)
            table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("快捷键")])
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setWordWrap(False)
            for row, (text, keys) in enumerate(part):
                table.setItem(row, 0, QTableWidgetItem(text))
                table.setItem(row, 1, QTableWidgetItem(keys))
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.resizeRowsToContents()
            tables.append(table)
        search = QLineEdit(dialog, objectName="shortcutSearch")
        search.setPlaceholderText(self.tr("搜索操作或按键…"))
        search.setClearButtonEnabled(True)

        def filter_rows(text: str) -> None:
            wanted = text.strip().lower()
            for table in tables:
                for row in range(table.rowCount()):
                    shown = " ".join(table.item(row, column).text() for column in (0, 1)).lower()
                    table.setRowHidden(row, bool(wanted) and wanted not in shown)

        search.textChanged.connect(filter_rows)
        columns = QHBoxLayout()
        for table in tables:
            columns.addWidget(table)
        layout = QVBoxLayout(dialog)
        layout.addWidget(search)
        layout.addLayout(columns, 1)
        first = tables[0]
        height = first.horizontalHeader().height() + sum(first.rowHeight(r) for r in range(first.rowCount()))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        wanted_height = height + search.sizeHint().height() + 48
        if screen is not None:
            wanted_height = min(wanted_height, screen.height() - 40)
        dialog.resize(860, wanted_height)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于校样"),
            self.tr("{title} {version}\n报纸版面校对工具。\n数据保存在：{data}").format(
                title=APP_TITLE, version=__version__, data=user_data_dir()
            ),
        )

    # --- shutting down ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.is_built:
            self.save_window_state()
            super().closeEvent(event)
            return
        if self.export_dialog is not None and self.export_dialog.is_running():
            self.export_dialog.reject()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # commits a headline/byline field being edited
        self.save_window_state()
        if not self._closing_without_saves and not self._page_saved_before_closing():
            event.ignore()
            self._ask_about_unsaved_edits()
            return
        super().closeEvent(event)

    def _page_saved_before_closing(self) -> bool:
        """Close the page's session in the database; False while saves still wait (the database refused them)."""
        from desktop.ui.workers import wait_for_background_work

        controller = self.controller
        controller.release_autosave()
        autosave = controller.autosave
        run_in_background(autosave.finish, pool=database_pool())
        QTimer.singleShot(0, lambda: None)
        wait_for_background_work(10000)
        return controller.unsaved_state().saved

    def _ask_about_unsaved_edits(self) -> None:
        from desktop.ui.autosave_status import UnsavedEditsQuestion, save_page_text

        state = self.controller.unsaved_state()

        def answered(choice: str) -> None:
            if choice == "retry":
                self.controller.retry_autosave()
                return
            if choice == "save":
                document = self.controller.document
                name = Path(document.source_name or "版面").stem + "-未保存的修改.txt"
                folder = self.controller.path.parent if self.controller.path is not None else Path.home()
                if save_page_text(self, document, folder / name) is None:
                    return  # cancelled: the window stays open, the saves keep waiting
            dropped = self.controller.discard_unsaved()
            log.warning("closing with %d edit(s) the database never acknowledged (%s)", dropped, choice)
            self._closing_without_saves = True
            QTimer.singleShot(0, self.close)

        if self.unsaved_question is not None:
            self.unsaved_question.deleteLater()  # answered already: one question under the window at a time
        self.unsaved_question = UnsavedEditsQuestion(self, state, answered)
        self.unsaved_question.open()
