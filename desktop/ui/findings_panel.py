"""The findings panel: open findings grouped by check, with Fix / Ignore / Fix all."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.proofing.checks import BROKEN_LINE_BREAK, TRANSLATION_CONTEXT, WHITELISTABLE, check_named
from desktop.proofing.findings import Finding, Severity
from desktop.ui.document_controller import DocumentController
from desktop.ui.engine_gateway import break_pieces
from desktop.ui.reporter_check import CHECK_NAME as UNKNOWN_REPORTER
from desktop.ui.settled_counts import GREY, SettledCounts
from desktop.ui.style import SEVERITY_BACKGROUNDS, SEVERITY_COLOURS, SEVERITY_SYMBOLS
from desktop.ui.translations import said

KEY_ROLE = Qt.ItemDataRole.UserRole + 10
CHECK_ROLE = Qt.ItemDataRole.UserRole + 11
DETAIL_MIN_HEIGHT = 120
DETAIL_MAX_HEIGHT = 320
MAX_ROWS_PER_CHECK = 250  # beyond this a group lists a summary row; the navigation still visits all


_ICONS: dict[Severity, QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """A small coloured dot (error), triangle (warning) or diamond (info)."""
    if severity not in _ICONS:
        size = 12
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
        if severity is Severity.ERROR:
            painter.drawEllipse(2, 2, 8, 8)
        elif severity is Severity.WARNING:
            painter.drawPolygon(QPolygonF([QPointF(6, 1.5), QPointF(11, 10.5), QPointF(1, 10.5)]))
        else:
            painter.drawPolygon(QPolygonF([QPointF(6, 1), QPointF(11, 6), QPointF(6, 11), QPointF(1, 6)]))
        painter.end()
        _ICONS[severity] = QIcon(pixmap)
    return _ICONS[severity]


def check_title(check: str) -> str:
    """The check's title from the registry, in the interface language (its name when no check has it)."""
    from PySide6.QtCore import QCoreApplication

    found = check_named(check)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, found.title) if found else check


def check_help(check: str) -> str:
    from PySide6.QtCore import QCoreApplication

    found = check_named(check)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, found.help) if found else ""


class FindingsPanel(QWidget):
    activated = Signal(object)  # Finding: jump to it
    selected = Signal(object)  # Finding: the editor picked it in the list (click, arrow keys): show it
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding
    restore_requested = Signal(object)  # Finding: take its ignore back
    ignore_all_requested = Signal(str)  # check name
    whitelist_requested = Signal(object)  # Finding: silence its term for the desk (加入白名单)
    fix_all_requested = Signal(str)  # check name

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shown_revision = -1
        self._items: dict[str, QStandardItem] = {}
        self._groups: dict[str, QStandardItem] = {}
        self._fixable_checks: set[str] = set()  # the listed checks with at least one finding that has a fix
        self._group_sizes: dict[str, int] = {}
        self._shown_keys: dict[str, list[str]] = {}  # per check, the keys of the findings listed, in order
        self._counts = SettledCounts()
        self._quiet = 0  # >0 while the list itself moves the current row (rebuild, removal, select_finding)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="findingsTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.activated.connect(self._double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.summary = QLabel(objectName="findingsSummary")
        self.ignored_filter = QCheckBox(self.tr("已忽略"), objectName="ignoredFilter")
        self.ignored_filter.setToolTip(self.tr("只列出已忽略的问题（可取消忽略）"))
        self.ignored_filter.toggled.connect(self._filter_toggled)
        self.detail = QTextBrowser(objectName="findingDetail")
        self.detail.setOpenLinks(False)
        self.detail.setFixedHeight(DETAIL_MIN_HEIGHT)

        self.fix_button = QPushButton(self.tr("修正"), objectName="fixButton")
        self.ignore_button = QPushButton(self.tr("忽略"))
        self.fix_all_button = QPushButton(self.tr("全部修正此类"))
        self.ignore_all_button = QPushButton(self.tr("忽略全部此类"), objectName="ignoreAllButton")
        self.whitelist_button = QPushButton(self.tr("加入白名单"), objectName="whitelistButton")
        self.whitelist_button.setToolTip(self.tr("本社此后不再标出这个词语（可撤销；在首选项中管理白名单）"))
        self.whitelist_button.clicked.connect(lambda: self._emit_for_current(self.whitelist_requested))
        self.fix_button.setDefault(True)
        self.fix_button.clicked.connect(lambda: self._emit_for_current(self.fix_requested))
        self.ignore_button.clicked.connect(self._ignore_clicked)
        self.fix_all_button.clicked.connect(self._fix_all_clicked)
        self.ignore_all_button.clicked.connect(self._ignore_all_clicked)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.ignore_button)
        buttons.addWidget(self.whitelist_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ignore_all_button)
        buttons.addWidget(self.fix_all_button)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.summary, 1)
        header.addWidget(self.ignored_filter)

        # filters: by article (the one in the editor), by severity, by check
        self._current_article: int | None = None
        self.article_filter = QComboBox(objectName="articleFilter")
        self.article_filter.addItem(self.tr("全部稿件"), None)
        self.article_filter.addItem(self.tr("本篇"), "current")
        self.severity_filter = QComboBox(objectName="severityFilter")
        self.severity_filter.addItem(self.tr("全部级别"), None)
        for severity, label in (
            (Severity.ERROR, self.tr("错误")),
            (Severity.WARNING, self.tr("警告")),
            (Severity.INFO, self.tr("提示")),
        ):
            self.severity_filter.addItem(severity_icon(severity), label, severity.value)
        self.check_filter = QComboBox(objectName="checkFilter")
        self.check_filter.addItem(self.tr("全部类别"), None)
        self.check_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.article_filter, self.severity_filter, self.check_filter):
            combo.currentIndexChanged.connect(lambda _index: self._filter_toggled(False))
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.article_filter)
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.check_filter, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        controller.findings_dropped.connect(self._remove_dropped)
        controller.findings_changed.connect(self.refresh)
        controller.document_loaded.connect(self.refresh)
        controller.analysis_state_changed.connect(lambda _running: self._update_summary())
        controller.document_changed.connect(lambda _edit: self._update_summary())
        self.refresh()

    # --- contents ---------------------------------------------------------------------

    @property
    def showing_ignored(self) -> bool:
        return self.ignored_filter.isChecked()

    @property
    def filtering(self) -> bool:
        return any(
            combo.currentData() is not None for combo in (self.article_filter, self.severity_filter, self.check_filter)
        )

    def _listed(self) -> list[Finding]:
        controller = self._controller
        return self.filtered(controller.ignored_findings() if self.showing_ignored else controller.findings())

    def filtered(self, findings: list[Finding]) -> list[Finding]:
        """``findings`` narrowed to the article, severity and check the filters name."""
        if not self.filtering:
            return findings
        controller = self._controller
        article = self._current_article if self.article_filter.currentData() == "current" else None
        if article is not None and not self.showing_ignored:
            findings = controller.findings_of_article(article)
        elif article is not None:
            findings = [f for f in findings if controller.article_for_finding(f) == article]
        severity = self.severity_filter.currentData()
        check = self.check_filter.currentData()
        return [
            f
            for f in findings
            if (severity is None or f.severity.value == severity) and (check is None or f.check == check)
        ]

    def set_current_article(self, article: int | None) -> None:
        """The article in the editor (what 本篇 lists)."""
        if article != self._current_article:
            self._current_article = article
            if self.article_filter.currentData() == "current":
                self._filter_toggled(False)

    def _offer_checks(self) -> None:
        """The check filter lists the checks that have findings now (and keeps the one chosen)."""
        controller = self._controller
        present = {f.check for f in controller.findings()} | {f.check for f in controller.ignored_findings()}
        chosen = self.check_filter.currentData()
        if chosen is not None:
            present.add(chosen)
        wanted = sorted(present, key=check_title)
        shown = [self.check_filter.itemData(i) for i in range(1, self.check_filter.count())]
        if shown == wanted:
            return
        self.check_filter.blockSignals(True)
        try:
            while self.check_filter.count() > 1:
                self.check_filter.removeItem(1)
            for check in wanted:
                self.check_filter.addItem(check_title(check), check)
            self.check_filter.setCurrentIndex(max(self.check_filter.findData(chosen), 0) if chosen else 0)
        finally:
            self.check_filter.blockSignals(False)

    def _filter_toggled(self, _checked: bool) -> None:
        self._shown_revision = -1
        self._quiet += 1
        try:
            self.model.clear()
        finally:
            self._quiet -= 1
        self._items, self._groups, self._group_sizes, self._shown_keys = {}, {}, {}, {}
        self.refresh()

    def refresh(self) -> None:
        revision = self._controller.findings_revision
        if revision != self._shown_revision:
            self._quiet += 1
            try:
                self._rebuild(self._listed())
            finally:
                self._quiet -= 1
            self._shown_revision = revision
            self._offer_checks()
        self._update_summary()
        self._show_detail(self.current_finding())

    def _rebuild(self, findings: list[Finding]) -> None:
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            groups.setdefault(finding.check, []).append(finding)
        self._fixable_checks = {check for check, members in groups.items() if any(f.fixable for f in members)}
        if self._update_groups(groups):
            return
        self._rebuild_all(groups)

    def _update_groups(self, groups: dict[str, list[Finding]]) -> bool:
        """Refresh the groups in place when the same checks have findings as before (after a re-analysis).

        Only groups whose listed rows changed get new rows; the others only a new count.
        Returns False when the tree must be rebuilt (a check appeared or went).
        """
        if set(groups) != set(self._groups) or set(groups) != set(self._shown_keys):
            return False
        selected = self.current_finding()
        for check, members in groups.items():
            group = self._groups[check]
            listed = members[:MAX_ROWS_PER_CHECK]
            keys = [finding.key for finding in listed]
            if keys == self._shown_keys[check]:
                self._retitle_rows(listed)  # (a merge or split renumbers the articles the rows name)
            if keys != self._shown_keys[check] or len(members) != self._group_sizes.get(check):
                if keys != self._shown_keys[check]:
                    for key in self._shown_keys[check]:
                        self._items.pop(key, None)
                    group.removeRows(0, group.rowCount())
                    self._fill_group(group, check, members)
                else:
                    self._set_more_row(group, check, members)
                self._group_sizes[check] = len(members)
                group.setText(f"{check_title(check)}  ({len(members)})")
                worst = min((f.severity for f in members), key=lambda s: s.rank)
                group.setForeground(QColor(SEVERITY_COLOURS[worst]))
        if selected is not None and selected.key in self._items:
            self.tree.setCurrentIndex(self._items[selected.key].index())
        return True

    def _retitle_rows(self, listed: list[Finding]) -> None:
        """The rows of findings kept through an edit say where they now are and what they now read."""
        for finding in listed:
            item = self._items.get(finding.key)
            text = self._row_text(finding)
            if item is not None and item.text() != text:
                item.setText(text)

    def _fill_group(self, group: QStandardItem, check: str, members: list[Finding]) -> None:
        listed = members[:MAX_ROWS_PER_CHECK]
        rows = []
        for finding in listed:
            item = QStandardItem(severity_icon(finding.severity), self._row_text(finding))
            item.setForeground(QColor("#1f2328"))
            key = finding.key
            item.setData(key, KEY_ROLE)
            item.setData(check, CHECK_ROLE)
            self._items[key] = item
            rows.append(item)
        group.appendRows(rows)
        self._shown_keys[check] = [finding.key for finding in listed]
        self._set_more_row(group, check, members)

    def _set_more_row(self, group: QStandardItem, check: str, members: list[Finding]) -> None:
        """The last row of a long group: how many more there are."""
        has_more_row = group.rowCount() > len(self._shown_keys[check])
        if has_more_row:
            group.removeRow(group.rowCount() - 1)
        if len(members) > MAX_ROWS_PER_CHECK:
            more = QStandardItem(self.tr("…另有 {n} 处（用 F8 逐个查看）").format(n=len(members) - MAX_ROWS_PER_CHECK))
            more.setData(check, CHECK_ROLE)
            more.setEnabled(False)
            group.appendRow(more)

    def _rebuild_all(self, groups: dict[str, list[Finding]]) -> None:
        selected = self.current_finding()
        collapsed = {
            self.model.item(row).data(CHECK_ROLE)
            for row in range(self.model.rowCount())
            if not self.tree.isExpanded(self.model.index(row, 0))
        }
        self.model.clear()
        self._items = {}
        self._groups = {}
        self._shown_keys = {}
        self._group_sizes = {check: len(members) for check, members in groups.items()}
        order = sorted(groups, key=lambda c: (min(f.severity.rank for f in groups[c]), check_title(c)))
        bold = QFont()
        bold.setWeight(QFont.Weight.DemiBold)
        select_index: QModelIndex | None = None
        for check in order:
            members = groups[check]
            worst = min((f.severity for f in members), key=lambda s: s.rank)
            group = QStandardItem(f"{check_title(check)}  ({len(members)})")
            group.setData(check, CHECK_ROLE)
            group.setToolTip(check_help(check))
            self._groups[check] = group
            group.setFont(bold)
            group.setForeground(QColor(SEVERITY_COLOURS[worst]))
            group.setSelectable(True)
            self._fill_group(group, check, members)
            self.model.appendRow(group)
            if check not in collapsed:
                self.tree.setExpanded(group.index(), True)
            if selected is not None:
                for row in range(group.rowCount()):
                    if group.child(row).data(KEY_ROLE) == selected.key:
                        select_index = group.child(row).index()
        if select_index is not None:
            self.tree.setCurrentIndex(select_index)

    def _row_text(self, finding: Finding) -> str:
        article = self._controller.article_for_finding(finding)
        where = self.tr("第{n}篇").format(n=article + 1) if article is not None else self.tr("版面")
        text = said(finding.message).replace("\n", " ")
        blocks = self._controller.document.blocks
        if finding.check == BROKEN_LINE_BREAK and len(finding.blocks) >= 2 and finding.blocks[1] < len(blocks):
            first, second = blocks[finding.blocks[0]].text, blocks[finding.blocks[1]].text
            text = f"…{first[-10:]} ⏎ {second[:10]}…"
        return f"{where} · {text}"

    def _remove_dropped(self, dropped: list[Finding]) -> None:
        """An edit made these findings obsolete: take their rows out instead of rebuilding the tree."""
        if self.showing_ignored or self.filtering:
            return  # (listed again from the findings as they now stand: the filter decides which)
        self._quiet += 1
        try:
            self._remove_rows(dropped)
        finally:
            self._quiet -= 1
        self._shown_revision = self._controller.findings_revision
        self._show_detail(self.current_finding())

    def _remove_rows(self, dropped: list[Finding]) -> None:
        """Take the rows out a contiguous run at a time (a fix-all drops hundreds: one by one took 0.2-0.5 s)."""
        rows_of: dict[str, list[int]] = {}
        removed: set[str] = set()
        for finding in dropped:
            check = finding.check
            if check not in self._groups:
                continue
            key = finding.key
            item = self._items.pop(key, None)
            if item is not None:
                rows_of.setdefault(check, []).append(item.row())
                removed.add(key)
            self._group_sizes[check] = self._group_sizes.get(check, 1) - 1
        for check in {finding.check for finding in dropped} & set(self._groups):
            group = self._groups[check]
            rows = sorted(rows_of.get(check, ()), reverse=True)
            for start, count in contiguous_runs(rows):
                group.removeRows(start, count)
            if rows:
                self._shown_keys[check] = [key for key in self._shown_keys.get(check, []) if key not in removed]
            if self._group_sizes[check] <= 0:
                self.model.removeRow(group.row())
                del self._groups[check]
                self._shown_keys.pop(check, None)
            else:
                group.setText(f"{check_title(check)}  ({self._group_sizes[check]})")

    def _update_summary(self) -> None:
        if not self._controller.analysed_once:
            self.summary.setText(self.tr("正在分析…"))
            return
        counts, stale = self._counts.shown(self._controller)
        parts = [
            f"<span style='color:{GREY if stale else SEVERITY_COLOURS[s]}'>{SEVERITY_SYMBOLS[s]} {counts[s]}</span>"
            f"&nbsp;{label}"
            for s, label in (
                (Severity.ERROR, self.tr("错误")),
                (Severity.WARNING, self.tr("警告")),
                (Severity.INFO, self.tr("提示")),
            )
        ]
        text = "&nbsp;&nbsp;&nbsp;".join(parts)
        if stale:
            text = f"<span style='color:{GREY}'>{text}&nbsp;&nbsp;{self.tr('分析中…')}</span>"
        self.summary.setText(text)
        ignored = len(self._controller.ignored_findings())
        self.ignored_filter.setText(self.tr("已忽略 ({n})").format(n=ignored) if ignored else self.tr("已忽略"))

    # --- selection and details ----------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        index = self.tree.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        return self._controller.finding_by_key(key) if key else None

    def current_check(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(CHECK_ROLE) if index.isValid() else None

    def select_finding(self, finding: Finding) -> None:
        """Make ``finding`` the current row (the caller shows it in the editor)."""
        self._quiet += 1
        try:
            self._select(finding)
        finally:
            self._quiet -= 1
        self._show_detail(self.current_finding())

    def _select(self, finding: Finding) -> None:
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for child_row in range(group.rowCount()):
                child = group.child(child_row)
                if child.data(KEY_ROLE) == finding.key:
                    self.tree.setExpanded(group.index(), True)
                    self.tree.setCurrentIndex(child.index())
                    self.tree.scrollTo(child.index())
                    return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:  # the list moved its own current row: the detail is shown once it is done
            return
        finding = self.current_finding()
        self._show_detail(finding)
        if finding is not None:
            self.selected.emit(finding)

    def _show_detail(self, finding: Finding | None) -> None:
        check = self.current_check()
        enrols = finding is not None and finding.check == UNKNOWN_REPORTER  # (the page stays as it is)
        ignored = self.showing_ignored
        self.fix_button.setText(self.tr("加入记者名册") if enrols else self.tr("修正"))
        self.fix_button.setEnabled(finding is not None and (finding.fixable or enrols) and not ignored)
        self.ignore_button.setText(self.tr("取消忽略") if ignored else self.tr("忽略"))
        self.ignore_button.setEnabled(finding is not None)
        self.whitelist_button.setVisible(finding is not None and finding.check in WHITELISTABLE)
        self.whitelist_button.setEnabled(finding is not None and not ignored)
        self.fix_all_button.setText(self.tr("全部加入名册…") if check == UNKNOWN_REPORTER else self.tr("全部修正此类"))
        # (a check none of whose findings has a fix, 缺少署名 say, has nothing to fix all)
        fixes_all = check == UNKNOWN_REPORTER or check in self._fixable_checks
        self.fix_all_button.setEnabled(check is not None and fixes_all and not ignored)
        self.ignore_all_button.setEnabled(check is not None and not ignored)
        if finding is None:
            self.detail.setHtml(
                "<p style='color:#6b7280'>" + self.tr("选中一条问题，正文即转到它并选中原文。") + "</p>"
            )
            self._fit_detail()
            return
        colour = SEVERITY_COLOURS[finding.severity]
        parts = [
            f"<p style='margin:0 0 6px 0'><b style='color:{colour}'>{html.escape(said(finding.message))}</b></p>",
        ]
        if finding.check == BROKEN_LINE_BREAK and len(finding.blocks) >= 2:
            parts.append(self._broken_break_html(finding))
        elif finding.evidence:
            parts.append(f"<p style='margin:0 0 6px 0'>{html.escape(said(finding.evidence))}</p>")
        confidence = self.tr("可信度 {p:.0%}").format(p=finding.confidence)
        if finding.fix is not None:
            fix = said(finding.fix.label)
        elif enrols:
            fix = self.tr("可加入记者名册，此后不再提示")
        else:
            fix = self.tr("需人工处理")
        parts.append(f"<p style='color:#6b7280;margin:0'>{confidence} · {html.escape(fix)}</p>")
        self.detail.setHtml("".join(parts))
        self._fit_detail()

    def _fit_detail(self) -> None:
        """Grow the detail box to its text (no scroll bar over the last line), within limits.

        It never shrinks back: walking the findings with F8 must not make the list above jump.
        """
        document = self.detail.document()
        document.setTextWidth(self.detail.viewport().width())
        frame = 2 * self.detail.frameWidth()
        height = int(document.size().height()) + frame + 2
        self.detail.setFixedHeight(max(self.detail.height(), DETAIL_MIN_HEIGHT, min(height, DETAIL_MAX_HEIGHT)))

    def _broken_break_html(self, finding: Finding) -> str:
        """The two halves around the break, and the word that spans them."""
        blocks = self._controller.document.blocks
        first, second = finding.blocks[0], finding.blocks[1]
        if not (0 <= first < len(blocks) and 0 <= second < len(blocks)):
            return f"<p>{html.escape(said(finding.evidence))}</p>"
        head = blocks[first].text[-18:]
        tail = blocks[second].text[:18]
        word = spanning_word(finding, blocks[first].text, blocks[second].text)
        background = SEVERITY_BACKGROUNDS[finding.severity]
        if word:
            left, right = word
            shown = (
                f"…{html.escape(head[: len(head) - len(left)])}"
                f"<span style='background:{background};color:#b71c1c'><b>{html.escape(left)}</b></span>"
                f"<span style='color:#9aa0a6'> ⏎ </span>"
                f"<span style='background:{background};color:#b71c1c'><b>{html.escape(right)}</b></span>"
                f"{html.escape(tail[len(right) :])}…"
            )
            word_line = self.tr("跨行的词：") + f"<b>{html.escape(left + right)}</b>"
        else:
            shown = f"…{html.escape(head)}<span style='color:#9aa0a6'> ⏎ </span>{html.escape(tail)}…"
            word_line = html.escape(said(finding.evidence))
        upper_label = self.tr("上半：")
        lower_label = self.tr("下半：")
        return (
            f"<p style='margin:0 0 4px 0'><span style='color:#6b7280'>{upper_label}</span>…{html.escape(head)}</p>"
            f"<p style='margin:0 0 4px 0'><span style='color:#6b7280'>{lower_label}</span>{html.escape(tail)}…</p>"
            f"<p style='margin:6px 0 4px 0'>{shown}</p>"
            f"<p style='margin:0 0 6px 0'>{word_line}</p>"
        )

    # --- requests ------------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        key = index.data(KEY_ROLE)
        finding = self._controller.finding_by_key(key) if key else None
        if finding is not None:
            self.activated.emit(finding)

    def _emit_for_current(self, signal: Signal) -> None:
        finding = self.current_finding()
        if finding is not None:
            signal.emit(finding)

    def _fix_all_clicked(self) -> None:
        check = self.current_check()
        if check:
            self.fix_all_requested.emit(check)

    def _ignore_clicked(self) -> None:
        self._emit_for_current(self.restore_requested if self.showing_ignored else self.ignore_requested)

    def _ignore_all_clicked(self) -> None:
        check = self.current_check()
        if check and not self.showing_ignored:
            self.ignore_all_requested.emit(check)


def contiguous_runs(rows_descending: list[int]) -> list[tuple[int, int]]:
    """Rows (highest first) as (first row, count) runs, highest run first: removing one keeps the others' rows."""
    runs: list[tuple[int, int]] = []
    for row in rows_descending:
        if runs and runs[-1][0] == row + 1:
            runs[-1] = (row, runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


def spanning_word(finding: Finding, first_text: str, second_text: str) -> tuple[str, str] | None:
    """The word cut by the break, as (end of the first half, start of the second).

    Taken from the finding's spans when the engine marked the pieces, otherwise
    from the engine's junction segmentation of the two lines.
    """
    first_block, second_block = finding.blocks[0], finding.blocks[1]
    left = next((s for s in finding.spans if s.block == first_block), None)
    right = next((s for s in finding.spans if s.block == second_block), None)
    if left is not None and right is not None:
        pieces = first_text[left.start : left.end], second_text[right.start : right.end]
    else:
        pieces = break_pieces(first_text, second_text)
    return pieces if pieces[0] and pieces[1] else None
