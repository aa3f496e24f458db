"""The article list: a list model over the controller's articles, and its delegate.

Each row shows the headline, the byline, the article's open findings as badges
(errors / warnings / notes) and its status.  Rows can be dragged to reorder the
page; the move becomes one undoable edit through the controller.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.proofing.char_count import article_char_count
from desktop.proofing.checks import MISSING_BYLINE
from desktop.proofing.findings import Severity
from desktop.ui.document_controller import ArticleStatus, DocumentController
from desktop.ui.engine_gateway import byline_of
from desktop.ui.style import SEVERITY_BACKGROUNDS, SEVERITY_COLOURS

ARTICLE_MIME = "application/x-proofsheet-article"

HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
BYLINE_ROLE = Qt.ItemDataRole.UserRole + 2
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
EXPORTED_CHANGED = "exported_changed"  # STATUS_ROLE of an exported article edited since (已导出·有改动)
BYLINE_MISSING_ROLE = Qt.ItemDataRole.UserRole + 5  # the article has an open missing-byline finding
CHAR_COUNT_ROLE = Qt.ItemDataRole.UserRole + 6  # 字数 (desktop.proofing.char_count)

AnyIndex = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    def __init__(self, controller: DocumentController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._row_count = 0
        self._char_counts: tuple[object, dict[int, int]] = (None, {})
        controller.document_loaded.connect(self._reset)
        controller.document_changed.connect(self._document_changed)
        controller.findings_changed.connect(self._findings_changed)
        controller.statuses_changed.connect(self._refresh_all)
        self._reset()

    def status_label(self, status: str) -> str:
        return {
            ArticleStatus.DRAFT: self.tr("待校"),
            ArticleStatus.PROOFED: self.tr("已校"),
            ArticleStatus.EXPORTED: self.tr("已导出"),
            EXPORTED_CHANGED: self.tr("已导出·有改动"),
        }[status]

    # --- keeping in step with the controller -----------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self._row_count = len(self._controller.articles())
        self.endResetModel()

    def _document_changed(self, _edit: object) -> None:
        if len(self._controller.articles()) != self._row_count:
            self._reset()
        else:
            self._refresh_all()

    def _findings_changed(self) -> None:
        self._refresh_all()

    def char_count(self, row: int) -> int | None:
        """The article's 字数, counted once per shape of the page's articles (the list repaints often)."""
        articles = self._controller.articles()
        if not 0 <= row < len(articles):
            return None
        if self._char_counts[0] is not articles:
            self._char_counts = (articles, {})
        counts = self._char_counts[1]
        if row not in counts:
            counts[row] = article_char_count(articles[row])
        return counts[row]

    def _counts(self, row: int) -> Counter[Severity]:
        return Counter(f.severity for f in self._controller.findings_of_article(row))

    def _refresh_all(self) -> None:
        if self._row_count:
            self.dataChanged.emit(self.index(0), self.index(self._row_count - 1))

    # --- model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._row_count

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        articles = self._controller.articles()
        if not index.isValid() or index.row() >= len(articles):
            return None
        article = articles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, HEADLINE_ROLE):
            return article.headline or self.tr("（无标题）")
        if role == BYLINE_ROLE:
            return byline_of(article)
        if role == BYLINE_MISSING_ROLE:
            return any(f.check == MISSING_BYLINE for f in self._controller.findings_of_article(index.row()))
        if role == COUNTS_ROLE:
            counts = self._counts(index.row())
            return (counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])
        if role == STATUS_ROLE:
            if self._controller.changed_since_export(article):
                return EXPORTED_CHANGED
            return self._controller.status_of(article).value
        if role == CHAR_COUNT_ROLE:
            return self.char_count(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = self._counts(index.row())
            return self.tr("{headline}\n正文 {n} 字\n错误 {e} · 警告 {w} · 提示 {i}").format(
                headline=article.headline,
                n=self.char_count(index.row()),
                e=counts[Severity.ERROR],
                w=counts[Severity.WARNING],
                i=counts[Severity.INFO],
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ARTICLE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = {index.row() for index in indexes}
        if len(rows) == 1:  # one article moves at a time: a drag of several selected moves none
            data.setData(ARTICLE_MIME, QByteArray(str(rows.pop()).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ARTICLE_MIME):
            return False
        source = int(bytes(data.data(ARTICLE_MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else self._row_count
        target = row - 1 if row > source else row
        target = max(0, min(target, self._row_count - 1))
        if target != source:
            self._controller.move_article(source, target)
        return False  # the controller has already moved the article; the view must not remove rows


class ArticleDelegate(QStyledItemDelegate):
    """Headline over byline, badges and status on the right."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(260, metrics.height() * 2 + self.PADDING * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect = option.rect
        if selected:
            painter.fillRect(rect, QColor("#e3ecf7"))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor("#2b6cb0"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#f3f5f8"))
        painter.setPen(QColor("#e6e8eb"))
        painter.drawLine(rect.left() + self.PADDING, rect.bottom(), rect.right(), rect.bottom())

        counts = index.data(COUNTS_ROLE) or (0, 0, 0)
        badge_font = QFont(option.font)
        badge_font.setPointSizeF(max(option.font.pointSizeF() - 1.5, 7.0))
        badge_font.setBold(True)
        badge_metrics = QFontMetrics(badge_font)
        right = rect.right() - self.PADDING
        badge_top = rect.top() + self.PADDING
        painter.setFont(badge_font)
        for severity, count in zip((Severity.INFO, Severity.WARNING, Severity.ERROR), counts[::-1], strict=True):
            if not count:
                continue
            label = str(count)
            width = max(badge_metrics.horizontalAdvance(label) + 10, badge_metrics.height() + 2)
            badge = QRect(right - width, badge_top, width, badge_metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SEVERITY_BACKGROUNDS[severity]))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor(SEVERITY_COLOURS[severity]))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            right = badge.left() - 4

        metrics = QFontMetrics(option.font)
        text_left = rect.left() + self.PADDING + 4
        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(headline_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        headline_rect = QRect(text_left, rect.top() + self.PADDING, right - text_left - 6, metrics.height())
        headline = QFontMetrics(headline_font).elidedText(
            str(index.data(HEADLINE_ROLE)), Qt.TextElideMode.ElideRight, headline_rect.width()
        )
        painter.drawText(headline_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, headline)

        status = str(index.data(STATUS_ROLE) or "draft")
        model = index.model()
        status_text = model.status_label(status) if isinstance(model, ArticleListModel) else status
        byline = str(index.data(BYLINE_ROLE) or "")
        second_rect = QRect(
            text_left, headline_rect.bottom() + 4, rect.right() - text_left - self.PADDING, metrics.height()
        )
        status_colour = {"draft": "#8a9099", "proofed": "#2e7d32", "exported": "#2b6cb0", EXPORTED_CHANGED: "#b45309"}[
            status
        ]
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7.0))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        status_width = small_metrics.horizontalAdvance(status_text)
        painter.setPen(QColor(status_colour))
        painter.drawText(second_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status_text)
        count = index.data(CHAR_COUNT_ROLE)
        if count is not None:
            count_text = self.tr("{n} 字").format(n=count)
            count_rect = QRect(second_rect)
            count_rect.setRight(second_rect.right() - status_width - 10)
            painter.setPen(QColor("#8a9099"))
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count_text)
            status_width += small_metrics.horizontalAdvance(count_text) + 10
        missing = not byline and bool(index.data(BYLINE_MISSING_ROLE))
        painter.setPen(QColor(SEVERITY_COLOURS[Severity.WARNING] if missing else "#6b7280"))
        byline_rect = QRect(second_rect)
        byline_rect.setRight(second_rect.right() - status_width - 8)
        shown = byline or (self.tr("缺少署名") if missing else "—")
        painter.drawText(
            byline_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(shown, Qt.TextElideMode.ElideRight, byline_rect.width()),
        )
        painter.restore()


def install_tooltip_font(_window: object) -> None:
    """Tooltips use the application font (Qt otherwise picks the platform default)."""
    from PySide6.QtWidgets import QToolTip

    QToolTip.setFont(QApplication.font())
