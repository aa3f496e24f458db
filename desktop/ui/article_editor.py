"""The article editor: headline, subtitle and byline fields above the body."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Article
from desktop.ui.body_editor import BodyEdit, Mark
from desktop.ui.byline_hint import NO_HINT, BylineHint, byline_hint, origin_label
from desktop.ui.document_controller import DocumentController, anchor_block
from desktop.ui.engine_gateway import break_pieces
from desktop.ui.roster_completion import RosterCompleter
from desktop.ui.services import RosterSource
from desktop.ui.style import SEVERITY_COLOURS, body_font


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


MISSING_BYLINE = "missing-byline"


class ArticleEditor(QWidget):
    article_switched = Signal(int)
    cursor_moved = Signal(int, int, int)  # article, paragraph (1-based), character (1-based)

    FIELD_ROLES = ("headline", "subtitle", "byline")

    def __init__(self, controller: DocumentController, roster: RosterSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._article_uid: int | None = None
        self._article_index: int | None = None
        self._body_indices: tuple[int, ...] = ()

        self.headline_field = QLineEdit(objectName="headlineField")
        self.subtitle_field = QLineEdit(objectName="subtitleField")
        self.byline_field = QLineEdit(objectName="bylineField")
        self.headline_field.setPlaceholderText(self.tr("标题"))
        self.subtitle_field.setPlaceholderText(self.tr("（无副题）"))
        self.byline_field.setPlaceholderText(self.tr("记者姓名，可输入拼音首字母"))
        self.byline_hint: BylineHint = NO_HINT  # the names the text credits, shown while the field is empty
        self._byline_state = ""  # "derived" (names in the text), "missing" (none anywhere) or ""
        self.byline_field.textChanged.connect(self._style_byline_state)
        self.fields = {"headline": self.headline_field, "subtitle": self.subtitle_field, "byline": self.byline_field}
        self._undo_filter = _GlobalUndoFilter(self)
        for role, field in self.fields.items():
            field.installEventFilter(self._undo_filter)
            field.editingFinished.connect(lambda role=role: self._commit_field(role))
        self.roster_completer = RosterCompleter(self.byline_field, roster)

        self.body = BodyEdit(self)
        self.body.setObjectName("bodyEdit")
        self.body.text_typed.connect(self._paragraph_typed)
        self.body.split_requested.connect(self._split_paragraph)
        self.body.join_requested.connect(self._join_paragraphs)
        self.body.range_replace_requested.connect(self._replace_range)
        self.body.refused.connect(controller.problem)
        self.body.cursorPositionChanged.connect(self._report_cursor)

        header = QWidget(objectName="articleHeader")
        grid = QGridLayout(header)
        grid.setContentsMargins(18, 14, 18, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for row, (label_text, field) in enumerate(
            (
                (self.tr("标题"), self.headline_field),
                (self.tr("副题"), self.subtitle_field),
                (self.tr("署名"), self.byline_field),
            )
        ):
            label = QLabel(label_text, objectName="fieldLabel")
            label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)

        controller.document_loaded.connect(self._document_loaded)
        controller.document_changed.connect(self._document_changed)
        controller.findings_changed.connect(self._refresh_marks)

    def set_body_font(self, family: str, point_size: float) -> None:
        font = body_font(family, point_size)
        self.body.setFont(font)
        families = ", ".join(f'"{name}"' for name in font.families())
        # A style sheet font wins over setFont once the application has a style sheet.
        self.headline_field.setStyleSheet(
            f"QLineEdit {{ font-family: {families}; font-size: {point_size + 5:.1f}pt; font-weight: 600; }}"
        )
        self.subtitle_field.setStyleSheet(
            f"QLineEdit {{ font-family: {families}; font-size: {point_size + 1:.1f}pt; color: #374151; }}"
        )
        self.body._format_paragraphs()

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
        self._refresh(article, article_changed=True)
        self.article_switched.emit(index)

    def _document_loaded(self) -> None:
        self._article_uid = None
        self._article_index = None
        if self._controller.articles():
            self.show_article(0)
        else:
            self.body.show_paragraphs([])

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

    def _refresh(self, article: Article, *, article_changed: bool) -> None:
        self._body_indices = article.body_indices
        values = {
            "headline": article.headline,
            "subtitle": article.subtitle or "",
            "byline": article.byline_block_text or "",
        }
        for role, field in self.fields.items():
            if field.text() != values[role] and (article_changed or not field.isModified() or not field.hasFocus()):
                field.setText(values[role])
                field.setModified(False)
        self.body.setReadOnly(not self._body_indices)
        self.body.show_paragraphs([self._controller.document.blocks[i].text for i in self._body_indices])
        if article_changed:
            self.body.place_cursor(0, 0)
            self.body.verticalScrollBar().setValue(0)
        self._refresh_marks()

    # --- findings on the page ---------------------------------------------------------------

    def _refresh_marks(self) -> None:
        article = self.current_article()
        paragraph_of = {block: number for number, block in enumerate(self._body_indices)}
        marked: dict[int, list[tuple[Mark, Finding]]] = {}
        field_findings: dict[str, list[Finding]] = {role: [] for role in self.FIELD_ROLES}
        field_of: dict[int, str] = {}
        if article is not None:
            if article.headline_index is not None:
                field_of[article.headline_index] = "headline"
            for index in article.subtitle_indices:
                field_of[index] = "subtitle"
            if article.byline_index is not None:
                field_of[article.byline_index] = "byline"
            for finding in self._controller.findings_of_article(article.index):
                for span in finding.spans or self._implicit_spans(finding):
                    if span.block in paragraph_of:
                        mark = Mark(span.start, span.end, finding.severity)
                        marked.setdefault(paragraph_of[span.block], []).append((mark, finding))
                if finding.check == MISSING_BYLINE:
                    field_findings["byline"].append(finding)  # (anchored on the headline: it names the story)
                    continue
                for block in finding.blocks:
                    if block in field_of and finding not in field_findings[field_of[block]]:
                        field_findings[field_of[block]].append(finding)
        self.body.set_findings(marked)
        self._show_byline_hint(article, field_findings["byline"])
        for role, field in self.fields.items():
            found = field_findings[role]
            worst = min((f.severity for f in found), key=lambda s: s.rank, default=None)
            field.setProperty("severity", worst.value if worst else "")
            tips = [
                f"<b style='color:{SEVERITY_COLOURS[f.severity]}'>{html.escape(f.message)}</b> "
                f"{html.escape(f.evidence)}"
                for f in found
            ]
            if role == "byline" and self.byline_hint.derived:
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
        if finding.check != "broken-line-break" or len(finding.blocks) < 2:
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

    def reveal(self, block_index: int, offset: int = 0, length: int = 0) -> None:
        """Show the article owning ``block_index`` and put the cursor there."""
        article_index = self._controller.article_of_block(block_index)
        if article_index is None:
            return
        self.show_article(article_index)
        article = self._controller.articles()[article_index]
        if block_index in self._body_indices:
            self.body.setFocus()
            self.body.place_cursor(self._body_indices.index(block_index), offset, length)
            return
        role = (
            "headline"
            if block_index == article.headline_index
            else "byline"
            if block_index == article.byline_index
            else "subtitle"
        )
        field = self.fields[role]
        field.setFocus()
        field.setSelection(offset, length) if length else field.setCursorPosition(offset)

    def reveal_finding(self, finding: Finding) -> None:
        spans = finding.spans or self._implicit_spans(finding)
        if finding.check == MISSING_BYLINE and finding.blocks:
            article_index = self._controller.article_of_block(finding.blocks[0])
            if article_index is not None:  # straight to the field where the names go
                self.show_article(article_index)
                self.byline_field.setFocus()
                return
        if spans:
            span = min(spans, key=lambda s: (s.block, s.start))
            self.reveal(span.block, span.start, span.end - span.start)
        elif finding.blocks:
            self.reveal(anchor_block(finding))
        elif finding.article is not None:
            self.show_article(finding.article)

    def cursor_block(self) -> tuple[int, int] | None:
        """The page block and offset at the text cursor, if the cursor is in the body."""
        if not self._body_indices:
            return None
        paragraph, offset = self.body.cursor_location()
        if paragraph >= len(self._body_indices):
            return None
        return self._body_indices[paragraph], offset

    # --- requests from the widgets -------------------------------------------------------------

    def _commit_field(self, role: str) -> None:
        article = self.current_article()
        field = self.fields[role]
        if article is None or not field.isModified():
            return
        field.setModified(False)
        current = {
            "headline": article.headline,
            "subtitle": article.subtitle or "",
            "byline": article.byline_block_text or "",
        }
        text = field.text().strip()
        if text == current[role] or (not text and not current[role]):
            if field.text() != current[role]:
                field.setText(current[role])  # (spaces around it are not kept: show what the page holds)
            return
        self._controller.set_article_field(article.index, role, text)

    def _paragraph_typed(self, paragraph: int, text: str) -> None:
        if self.body.document().blockCount() != len(self._body_indices) or paragraph >= len(self._body_indices):
            article = self.current_article()
            if article is not None:  # something slipped past the key handling: show the page as it is
                self._refresh(article, article_changed=False)
            return
        self._controller.set_block_text(self._body_indices[paragraph], text)

    def _out_of_step(self, *paragraphs: int) -> bool:
        """The widget's paragraphs are not the article's (an edit slipped past): show the page as it is."""
        if all(0 <= p < len(self._body_indices) for p in paragraphs):
            return False
        article = self.current_article()
        if article is not None:
            self._refresh(article, article_changed=False)
        return True

    def _split_paragraph(self, paragraph: int, offset: int) -> None:
        if self._out_of_step(paragraph):
            return
        if self._controller.split_paragraph(self._body_indices[paragraph], offset):
            self.body.place_cursor(paragraph + 1, 0)

    def _join_paragraphs(self, paragraph: int) -> None:
        if self._out_of_step(paragraph, paragraph + 1):
            return
        first, second = self._body_indices[paragraph], self._body_indices[paragraph + 1]
        if second != first + 1:
            self._controller.problem.emit(self.tr("这两段之间还有其他内容，不能直接合并"))
            return
        length = len(self._controller.document.blocks[first].text)
        if self._controller.join_with_next(first):
            self.body.place_cursor(paragraph, length)

    def _replace_range(self, first: int, first_offset: int, last: int, last_offset: int, text: str) -> None:
        if self._out_of_step(first, last):
            return
        first_block, last_block = self._body_indices[first], self._body_indices[last]
        if last_block - first_block != last - first:
            self._controller.problem.emit(self.tr("所选段落之间还有其他内容，不能一次修改"))
            return
        if self._controller.replace_range(first_block, first_offset, last_block, last_offset, text):
            self.body.place_cursor(first, first_offset + len(text))

    def _report_cursor(self) -> None:
        if self._article_index is None:
            return
        paragraph, offset = self.body.cursor_location()
        self.cursor_moved.emit(self._article_index, paragraph + 1, offset + 1)
