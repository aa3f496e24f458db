"""The article editor: heading lines and byline lines above the body.

Every block of the article is shown exactly once (``desktop.proofing.view``): one line per
heading block (a headline the PDF wrapped over two lines shows as two 标题 lines), the body
blocks as paragraphs, one line per byline block.  The three first fields are the slots the
engine's edits name (``set_headline``, ``set_subtitle``, ``set_byline``: the first headline,
the first subtitle, the last byline), shown empty when the article has none, so a headline,
subtitle or byline can be added; any further heading or byline block gets a line of its own,
and clearing such a line deletes its block.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.proofing.checks import BROKEN_LINE_BREAK, MISSING_BYLINE
from desktop.proofing.edits import AnyEdit
from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Article
from desktop.proofing.view import HEADING_PANES, Pane, article_view, visible_text
from desktop.ui.body_editor import BodyEdit, Mark, typed_text
from desktop.ui.byline_hint import NO_HINT, BylineHint, byline_hint, origin_label
from desktop.ui.document_controller import DocumentController
from desktop.ui.edit_trace import edit_traces
from desktop.ui.engine_gateway import break_pieces
from desktop.ui.finding_index import anchor_block
from desktop.ui.paragraph_binding import ParagraphBinding
from desktop.ui.roster_completion import RosterCompleter
from desktop.ui.services import RosterSource
from desktop.ui.style import SEVERITY_COLOURS, body_font
from desktop.ui.translations import said


class _GlobalUndoFilter(QObject):
    """Line edits leave Ctrl+Z / Ctrl+Y to the window's undo stack."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        is_undo_key = (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        )
        if is_undo_key:
            event.ignore()
            return True
        return False


_PANE_LABELS = {
    Pane.KICKER: QT_TRANSLATE_NOOP("ArticleEditor", "引题"),
    Pane.HEADLINE: QT_TRANSLATE_NOOP("ArticleEditor", "标题"),
    Pane.SUBTITLE: QT_TRANSLATE_NOOP("ArticleEditor", "副题"),
    Pane.BYLINE: QT_TRANSLATE_NOOP("ArticleEditor", "署名"),
}


def _pane_label(pane: Pane) -> str:
    return QCoreApplication.translate("ArticleEditor", _PANE_LABELS[pane])


@dataclass(frozen=True, slots=True)
class HeaderRow:
    """One line above or beside the body: its field, what it shows and which block (None: an empty slot)."""

    field: QLineEdit
    pane: Pane
    block: int | None
    slot: str = ""  # "headline", "subtitle" or "byline" for the three slot fields; "" for further lines


class ArticleEditor(QWidget):
    article_switched = Signal(int)
    cursor_moved = Signal(int, int, int)  # article, paragraph (1-based), character (1-based)

    FIELD_ROLES = ("headline", "subtitle", "byline")

    def __init__(self, controller: DocumentController, roster: RosterSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._article_uid: int | None = None
        self._article_index: int | None = None

        self.headline_field = QLineEdit(self, objectName="headlineField")
        self.subtitle_field = QLineEdit(self, objectName="subtitleField")
        self.byline_field = QLineEdit(self, objectName="bylineField")
        self.headline_field.setPlaceholderText(self.tr("标题"))
        self.subtitle_field.setPlaceholderText(self.tr("（无副题）"))
        self.byline_field.setPlaceholderText(self.tr("记者姓名，可输入拼音首字母"))
        self.byline_hint: BylineHint = NO_HINT  # the names the text credits, shown while the field is empty
        self._byline_state = ""  # "derived" (names in the text), "missing" (none anywhere) or ""
        self.byline_field.textChanged.connect(self._style_byline_state)
        self.fields = {"headline": self.headline_field, "subtitle": self.subtitle_field, "byline": self.byline_field}
        self._undo_filter = _GlobalUndoFilter(self)
        for field in self.fields.values():
            self._watch(field)
        self._extra_fields: list[QLineEdit] = []  # further heading and byline lines, reused from article to article
        self._labels: list[QLabel] = []
        self.header_rows: list[HeaderRow] = []
        self._row_shape: tuple[tuple[int, Pane], ...] = ()
        self.roster_completer = RosterCompleter(self.byline_field, roster)
        self.roster_completer.accepted.connect(lambda: self._commit_field(self.byline_field))
        self._roster = roster

        self.body = BodyEdit(self)
        self.body.setObjectName("bodyEdit")
        self.paragraphs = ParagraphBinding(self.body, controller, self._resync)
        self.body.cursorPositionChanged.connect(self.report_cursor)

        header = QWidget(objectName="articleHeader")
        self._grid = QGridLayout(header)
        self._grid.setContentsMargins(18, 14, 18, 10)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._lay_out_rows(
            [
                HeaderRow(self.headline_field, Pane.HEADLINE, None, "headline"),
                HeaderRow(self.subtitle_field, Pane.SUBTITLE, None, "subtitle"),
                HeaderRow(self.byline_field, Pane.BYLINE, None, "byline"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)

        controller.document_loaded.connect(self._document_loaded)
        controller.document_changed.connect(self._document_changed)
        controller.findings_changed.connect(self._refresh_marks)

    def _watch(self, field: QLineEdit) -> None:
        field.installEventFilter(self._undo_filter)
        field.editingFinished.connect(lambda field=field: self._commit_field(field))

    @property
    def _body_indices(self) -> tuple[int, ...]:
        return self.paragraphs.indices

    def set_body_font(self, family: str, point_size: float) -> None:
        font = body_font(family, point_size)
        self.body.setFont(font)
        self._font = (font, point_size)
        for row in self.header_rows:
            self._style_field(row)
        self.body._format_paragraphs()

    def _style_field(self, row: HeaderRow) -> None:
        """A style sheet font wins over setFont once the application has a style sheet."""
        font_and_size = getattr(self, "_font", None)
        if font_and_size is None or row.pane is Pane.BYLINE:
            return
        font, point_size = font_and_size
        families = ", ".join(f'"{name}"' for name in font.families())
        if row.pane is Pane.HEADLINE:
            css = f"font-family: {families}; font-size: {point_size + 5:.1f}pt; font-weight: 600;"
        else:
            css = f"font-family: {families}; font-size: {point_size + 1:.1f}pt; color: #374151;"
        row.field.setStyleSheet(f"QLineEdit {{ {css} }}")

    # --- the header's lines ------------------------------------------------------------------

    def _rows_of(self, article: Article) -> list[HeaderRow]:
        """Heading lines in page order (the slots where the engine's edits expect them), then bylines."""
        lines = article_view(self._controller.document, article)
        first_subtitle = article.subtitle_indices[0] if article.subtitle_indices else None
        extras = iter(self._extra_fields)
        used = 0

        def extra() -> QLineEdit:
            nonlocal used
            used += 1
            field = next(extras, None)
            if field is None:
                field = QLineEdit(self, objectName="headerLineField")
                self._watch(field)
                self._extra_fields.append(field)
            return field

        rows: list[HeaderRow] = []
        for line in lines:
            if line.pane not in HEADING_PANES:
                continue
            if line.block == article.headline_index:
                rows.append(HeaderRow(self.headline_field, line.pane, line.block, "headline"))
            elif line.block == first_subtitle:
                rows.append(HeaderRow(self.subtitle_field, line.pane, line.block, "subtitle"))
            else:
                rows.append(HeaderRow(extra(), line.pane, line.block))
        if article.headline_index is None:
            kickers = sum(1 for row in rows if row.pane is Pane.KICKER)
            rows.insert(kickers, HeaderRow(self.headline_field, Pane.HEADLINE, None, "headline"))
        if first_subtitle is None:
            rows.append(HeaderRow(self.subtitle_field, Pane.SUBTITLE, None, "subtitle"))
        bylines = [line for line in lines if line.pane is Pane.BYLINE]
        for line in bylines[:-1]:
            rows.append(HeaderRow(extra(), Pane.BYLINE, line.block))
        rows.append(HeaderRow(self.byline_field, Pane.BYLINE, article.byline_index, "byline"))
        return rows

    def _lay_out_rows(self, rows: list[HeaderRow]) -> None:
        shape = tuple((id(row.field), row.pane) for row in rows)
        self.header_rows = rows
        if shape == self._row_shape:
            return
        self._row_shape = shape
        shown = {id(row.field) for row in rows}
        for field in [*self.fields.values(), *self._extra_fields]:
            self._grid.removeWidget(field)
            if id(field) not in shown:
                field.hide()
        for label in self._labels[len(rows) :]:  # (labels are kept and reused, as the extra fields are)
            self._grid.removeWidget(label)
            label.hide()
        for number, row in enumerate(rows):
            if number == len(self._labels):
                self._labels.append(QLabel(self, objectName="fieldLabel"))
            label = self._labels[number]
            label.setText(_pane_label(row.pane))
            label.setBuddy(row.field)
            self._grid.removeWidget(label)
            self._grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignVCenter)
            label.show()
            self._grid.addWidget(row.field, number, 1)
            row.field.show()
            if row.field not in self.fields.values():
                row.field.setPlaceholderText(self.tr("（空行：清空即删除）"))
            self._style_field(row)

    def row_of_field(self, field: QLineEdit) -> HeaderRow | None:
        return next((row for row in self.header_rows if row.field is field), None)

    def shown_lines(self) -> list[tuple[Pane, str]]:
        """What the widgets show of the article, read from them, in the order of ``article_view``."""
        lines = [(row.pane, row.field.text()) for row in self.header_rows if row.block is not None]
        heading = [line for line in lines if line[0] in HEADING_PANES]
        body = [(Pane.BODY, text) for text in self.body.paragraph_texts()] if self._body_indices else []
        return heading + body + [line for line in lines if line[0] is Pane.BYLINE]

    # --- which article ------------------------------------------------------------------

    def current_article_index(self) -> int | None:
        return self._article_index

    def current_article(self) -> Article | None:
        articles = self._controller.articles()
        if self._article_index is None or self._article_index >= len(articles):
            return None
        return articles[self._article_index]

    def show_article(self, index: int) -> None:
        articles = self._controller.articles()
        if not 0 <= index < len(articles):
            return
        article = articles[index]
        uid = self._controller.document.blocks[article.first_index].uid
        if uid == self._article_uid and index == self._article_index:
            return
        self._article_uid = uid
        self._article_index = index
        self.body.clear_traces()
        self._refresh(article, article_changed=True)
        self.article_switched.emit(index)

    def _document_loaded(self) -> None:
        self._article_uid = None
        self._article_index = None
        if self._controller.articles():
            self.show_article(0)
        else:
            self._lay_out_rows([row for row in self.header_rows if row.slot])
            self.header_rows = [HeaderRow(row.field, row.pane, None, row.slot) for row in self.header_rows]
            for row in self.header_rows:
                row.field.setText("")
            self.paragraphs.show(())

    def _locate_current(self) -> int | None:
        articles = self._controller.articles()
        if not articles:
            return None
        blocks = self._controller.document.blocks
        for article in articles:
            if blocks[article.first_index].uid == self._article_uid:
                return article.index
        return min(self._article_index or 0, len(articles) - 1)

    def _document_changed(self, _edit: object) -> None:
        index = self._locate_current()
        if index is None:
            return
        article = self._controller.articles()[index]
        switched = index != self._article_index
        self._article_index = index
        self._article_uid = self._controller.document.blocks[article.first_index].uid
        self._refresh(article, article_changed=False)
        if switched:
            self.article_switched.emit(index)

    def _resync(self) -> None:
        """The widgets fell out of step with the page (an edit slipped past): show the page as it is."""
        article = self.current_article()
        if article is not None:
            self._refresh(article, article_changed=False)

    def _refresh(self, article: Article, *, article_changed: bool) -> None:
        blocks = self._controller.document.blocks
        self._lay_out_rows(self._rows_of(article))
        for row in self.header_rows:
            field = row.field
            value = visible_text(blocks[row.block].text) if row.block is not None else ""
            if field.text() != value and (article_changed or not field.isModified() or not field.hasFocus()):
                field.setText(value)
                field.setModified(False)
        self.paragraphs.show(article.body_indices)
        if article_changed:
            self.body.place_cursor(0, 0)
            self.body.verticalScrollBar().setValue(0)
        self._refresh_marks()

    # --- findings on the page ---------------------------------------------------------------

    def _refresh_marks(self) -> None:
        article = self.current_article()
        paragraph_of = {block: number for number, block in enumerate(self._body_indices)}
        marked: dict[int, list[tuple[Mark, Finding]]] = {}
        rows = self.header_rows
        field_findings: dict[int, list[Finding]] = {id(row.field): [] for row in rows}
        field_of = {row.block: row.field for row in rows if row.block is not None}
        if article is not None:
            for finding in self._controller.findings_of_article(article.index):
                for span in finding.spans or self._implicit_spans(finding):
                    if span.block in paragraph_of:
                        mark = Mark(span.start, span.end, finding.severity)
                        marked.setdefault(paragraph_of[span.block], []).append((mark, finding))
                if finding.check == MISSING_BYLINE:
                    # (anchored on the headline: it names the story)
                    field_findings[id(self.byline_field)].append(finding)
                    continue
                for block in finding.blocks:
                    found = field_findings[id(field_of[block])] if block in field_of else None
                    if found is not None and finding not in found:
                        found.append(finding)
        self.body.set_findings(marked)
        self._show_byline_hint(article, field_findings[id(self.byline_field)])
        for row in rows:
            field = row.field
            found = field_findings[id(field)]
            worst = min((f.severity for f in found), key=lambda s: s.rank, default=None)
            field.setProperty("severity", worst.value if worst else "")
            tips = [
                f"<b style='color:{SEVERITY_COLOURS[f.severity]}'>{html.escape(said(f.message))}</b> "
                f"{html.escape(said(f.evidence))}"
                for f in found
            ]
            if field is self.byline_field and self.byline_hint.derived:
                tips.insert(0, self._byline_hint_tooltip())
            field.setToolTip("<br/>".join(tips))
            field.style().unpolish(field)
            field.style().polish(field)

    def _show_byline_hint(self, article: Article | None, missing: list[Finding]) -> None:
        """An empty byline field shows the names the text credits and where, or that there are none."""
        hint = byline_hint(article) if article is not None else NO_HINT
        self.byline_hint = hint
        field = self.byline_field
        if hint.derived:
            text = f"{hint.names} · {origin_label(hint.origin)}"
            state = "derived"
        elif missing:
            text = self.tr("缺少署名 — 输入记者姓名，可输入拼音首字母")
            state = "missing"
        else:
            text = self.tr("记者姓名，可输入拼音首字母")
            state = ""
        if not hint.derived and not self._roster.names():  # nothing to complete from: say so, and where to fill it
            empty = self.tr("名册为空 — 从本版导入（稿件 › 把本版署名加入名册…）")
            text = self.tr("缺少署名 — ") + empty if missing else empty
        field.setPlaceholderText(text)
        self._byline_state = state
        self._style_byline_state(field.text())

    def _style_byline_state(self, text: str) -> None:
        """The placeholder's colour (style sheet: ``bylineState``) while the field is empty; typed names stay black."""
        state = "" if text else self._byline_state
        field = self.byline_field
        if field.property("bylineState") != state:
            field.setProperty("bylineState", state)
            field.style().unpolish(field)
            field.style().polish(field)

    def _byline_hint_tooltip(self) -> str:
        hint = self.byline_hint
        return html.escape(
            self.tr("署名取自{origin}：{names}。在此输入姓名会另设一行署名。").format(
                origin=origin_label(hint.origin), names=hint.names
            )
        )

    def _implicit_spans(self, finding: Finding) -> tuple[Span, ...]:
        """Marks for a broken line break the engine reported without spans: the pieces of the cut word."""
        if finding.check != BROKEN_LINE_BREAK or len(finding.blocks) < 2:
            return ()
        blocks = self._controller.document.blocks
        first, second = finding.blocks[0], finding.blocks[1]
        if not (0 <= first < len(blocks) and 0 <= second < len(blocks)):
            return ()
        first_text, second_text = blocks[first].text, blocks[second].text
        left, right = break_pieces(first_text, second_text)
        left_length, right_length = max(len(left), 1), max(len(right), 1)
        return (
            Span(first, len(first_text) - left_length, len(first_text)),
            Span(second, 0, right_length),
        )

    # --- navigation --------------------------------------------------------------------

    def reveal(self, block_index: int, offset: int = 0, length: int = 0, *, focus: bool = True) -> None:
        """Show the article owning ``block_index`` and put the cursor there (selecting ``length`` characters).

        ``focus``: give the keyboard to the editor (F8 does; a click in the findings list keeps it there).
        """
        article_index = self._controller.article_of_block(block_index)
        if article_index is None:
            return
        self.show_article(article_index)
        if block_index in self._body_indices:
            if focus:
                self.body.setFocus()
            self.body.place_cursor(self._body_indices.index(block_index), offset, length)
            return
        row = next((row for row in self.header_rows if row.block == block_index), None)
        if row is None:
            return
        if focus:
            row.field.setFocus()
        row.field.setSelection(offset, length) if length else row.field.setCursorPosition(offset)

    def reveal_finding(self, finding: Finding, *, focus: bool = True) -> None:
        if finding.check == MISSING_BYLINE and finding.blocks:
            article_index = self._controller.article_of_block(finding.blocks[0])
            if article_index is not None:  # straight to the field where the names go
                self.show_article(article_index)
                if focus:
                    self.byline_field.setFocus()
                return
        landing = self._landing(finding)
        if landing is not None:
            block, offset, length = landing
            self.reveal(block, offset, length, focus=focus)
        elif finding.article is not None:
            self.show_article(finding.article)

    def _landing(self, finding: Finding) -> tuple[int, int, int] | None:
        """Where revealing ``finding`` puts the cursor: block, offset and the length selected."""
        spans = finding.spans or self._implicit_spans(finding)
        if spans:
            span = min(spans, key=lambda s: (s.block, s.start))
            return span.block, span.start, span.end - span.start
        if finding.blocks:
            return anchor_block(finding), 0, 0
        return None

    def landing_position(self, finding: Finding) -> tuple[int, int]:
        """The page position F8 orders the findings by: where the editor lands for each."""
        if finding.check == MISSING_BYLINE and finding.blocks:
            return max(finding.blocks), 1 << 30  # (the byline field, after the article's text)
        landing = self._landing(finding)
        return (landing[0], landing[1]) if landing is not None else (1 << 30, 0)

    def show_edit_trace(self, edit: AnyEdit) -> None:
        """Light up, for a moment, the text ``edit`` (a fix) changed in the article on screen."""
        paragraph_of = {block: number for number, block in enumerate(self._body_indices)}
        self.body.show_traces(
            [(paragraph_of[block], start, end) for block, start, end in edit_traces(edit) if block in paragraph_of]
        )

    def cursor_block(self) -> tuple[int, int] | None:
        """The page block and offset at the text cursor, if the cursor is in the body."""
        return self.paragraphs.block_at_cursor()

    # --- requests from the widgets -------------------------------------------------------------

    def commit_fields(self) -> None:
        """Commit what is typed in a headline, subtitle or byline field and not committed yet (the window's
        commands, run from a shortcut while the field still has the focus, read the page as it is)."""
        for row in list(self.header_rows):
            if row.field.isModified():
                self._commit_field(row.field)

    def _commit_field(self, field: QLineEdit) -> None:
        article = self.current_article()
        row = self.row_of_field(field)
        if article is None or row is None or not field.isModified():
            return
        field.setModified(False)
        real = self._controller.document.blocks[row.block].text if row.block is not None else ""
        shown = visible_text(real)
        text = typed_text(real, field.text()).strip()
        if text == real or (not text and not real):
            if field.text() != shown:
                field.setText(shown)  # (spaces around it are not kept: show what the page holds)
            return
        if row.slot:
            self._controller.set_article_field(article.index, row.slot, text)
        elif row.block is not None and not text:
            self._controller.delete_block(row.block)
        elif row.block is not None:
            self._controller.set_block_text(row.block, text, typing=False)

    def report_cursor(self) -> None:
        """Say where the cursor is (cursor_moved), also when the article changed under a cursor that stayed."""
        if self._article_index is None:
            return
        paragraph, offset = self.body.cursor_location()
        self.cursor_moved.emit(self._article_index, paragraph + 1, offset + 1)
