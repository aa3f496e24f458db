"""The body of one article: one text block per engine block, findings marked inline.

Typing inside a paragraph becomes a ``set_text`` edit (merged while typing);
Enter, Backspace at a paragraph start, Delete at its end and edits across
paragraphs become split/join edits through the controller, so the widget never
holds a change the page does not.  After any edit the widget resynchronises only
the paragraphs that differ.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.proofing.chars import common_ends
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.view import visible_text
from desktop.ui.reporter_check import CHECK_NAME as UNKNOWN_REPORTER
from desktop.ui.style import SEVERITY_BACKGROUNDS, SEVERITY_COLOURS
from desktop.ui.translations import said

TRACE_COLOUR = "#bfe8c8"  # the text a fix just changed, for a moment
TRACE_MS = 1600

# Characters at which Qt starts a new text block (never typed or pasted into a paragraph).
_BLOCK_SEPARATORS = "\u2029\ufdd0\ufdd1"


def shown_text(text: str) -> str:
    """A paragraph as the widget shows it (and the export prints it): one character for one, none of them
    a block separator (``desktop.proofing.view.visible_text``)."""
    return visible_text(text)


def typed_text(real: str, now: str) -> str:
    """The paragraph ``real`` after the edit that turned its shown text into ``now``.

    What stands before and after the edited run is taken from ``real`` (stand-ins become the
    characters they stand for again); the edited run is what was typed.
    """
    shown = shown_text(real)
    if shown == real:
        return now
    prefix, suffix = common_ends(shown, now)
    return real[:prefix] + now[prefix : len(now) - suffix] + real[len(real) - suffix :]


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    severity: Severity


def mark_format(severity: Severity) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(QColor(SEVERITY_COLOURS[severity]))
    if severity is Severity.ERROR:
        fmt.setBackground(QColor(SEVERITY_BACKGROUNDS[severity]))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    elif severity is Severity.WARNING:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setBackground(QColor(SEVERITY_BACKGROUNDS[severity]).lighter(103))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    return fmt


class FindingHighlighter(QSyntaxHighlighter):
    """Paints marks per text block; only blocks whose marks changed are re-highlighted."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._marks: dict[int, tuple[Mark, ...]] = {}
        self._formats = {severity: mark_format(severity) for severity in Severity}
        self._headings: frozenset[int] = frozenset()  # the text blocks shown as 小标题 (bold)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)

    def set_headings(self, numbers: frozenset[int]) -> None:
        changed, self._headings = self._headings ^ numbers, numbers
        document = self.document()
        for number in sorted(changed):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def set_marks(self, marks: dict[int, tuple[Mark, ...]], *, force: bool = False) -> None:
        old = self._marks
        self._marks = marks
        changed = {n for n in set(old) | set(marks) if old.get(n) != marks.get(n)}
        document = self.document()
        if force:
            self.rehighlight()
            return
        for number in sorted(changed):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def marks_of(self, number: int) -> tuple[Mark, ...]:
        return self._marks.get(number, ())

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        length = len(text)
        number = self.currentBlock().blockNumber()
        heading = number in self._headings
        if heading:
            self.setFormat(0, length, self._bold)
        for mark in sorted(self.marks_of(number), key=lambda m: -m.severity.rank):
            start = min(mark.start, max(length - 1, 0))
            end = max(min(mark.end, length), start + 1)
            shown = self._formats[mark.severity]
            if heading:
                shown = QTextCharFormat(shown)
                shown.setFontWeight(QFont.Weight.Bold)
            self.setFormat(start, end - start, shown)


class BodyEdit(QTextEdit):
    """Requests edits instead of making them; see the module docstring."""

    text_typed = Signal(int, str)  # paragraph number, its whole new text
    split_requested = Signal(int, int)  # paragraph number, offset
    join_requested = Signal(int)  # join paragraph n with n + 1
    range_replace_requested = Signal(int, int, int, int, str)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setTabChangesFocus(True)
        self.highlighter = FindingHighlighter(self.document())
        self._syncing = False
        self._texts: list[str] = []  # the paragraphs shown, as the page holds them
        self._headings: frozenset[int] = frozenset()  # the paragraphs shown as 小标题
        self._marked: dict[int, list[tuple[Mark, Finding]]] = {}
        self.document().contentsChange.connect(self._contents_changed)
        self.document().setDocumentMargin(18)
        self._trace_timer = QTimer(self, singleShot=True, interval=TRACE_MS)
        self._trace_timer.timeout.connect(self.clear_traces)

    # --- showing paragraphs ------------------------------------------------------------

    def paragraph_texts(self) -> list[str]:
        texts: list[str] = []
        block = self.document().firstBlock()
        while block.isValid():
            texts.append(block.text())
            block = block.next()
        return texts

    def show_paragraphs(self, texts: Sequence[str], headings: Collection[int] = ()) -> None:
        """Bring the widget in line with ``texts``, touching only what differs; the paragraphs numbered
        ``headings`` are 小标题 (centred, bold, not indented, as the export prints them)."""
        self._texts = list(texts)
        current = self.paragraph_texts()
        wanted = [shown_text(text) for text in texts]
        wanted_for_widget = wanted or [""]
        headings = frozenset(headings)
        if headings != self._headings:
            self._headings = headings
            self.highlighter.set_headings(headings)
            if current == wanted_for_widget:
                self._format_paragraphs()
        if current == wanted_for_widget:
            return
        self._syncing = True
        try:
            prefix = 0
            while prefix < min(len(current), len(wanted_for_widget)) and current[prefix] == wanted_for_widget[prefix]:
                prefix += 1
            suffix = 0
            while (
                suffix < min(len(current), len(wanted_for_widget)) - prefix
                and current[-1 - suffix] == wanted_for_widget[-1 - suffix]
            ):
                suffix += 1
            document = self.document()
            first = document.findBlockByNumber(prefix)
            last = document.findBlockByNumber(len(current) - suffix - 1)
            replacement = "\n".join(wanted_for_widget[prefix : len(wanted_for_widget) - suffix])
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            if prefix <= len(current) - suffix - 1:
                cursor.setPosition(first.position())
                cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                if replacement or len(wanted_for_widget) - suffix > prefix:
                    cursor.insertText(replacement)
                else:
                    self._remove_selected_blocks(cursor, prefix, len(current) - suffix - 1, len(current))
            else:
                # pure insertion of paragraphs between prefix and suffix
                if prefix < len(current):
                    cursor.setPosition(document.findBlockByNumber(prefix).position())
                    cursor.insertText(replacement + "\n")
                else:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                    cursor.insertText("\n" + replacement)
            cursor.endEditBlock()
            self._format_paragraphs()
        finally:
            self._syncing = False

    def _remove_selected_blocks(self, cursor: QTextCursor, first: int, last: int, count: int) -> None:
        document = self.document()
        if last + 1 < count:
            cursor.setPosition(document.findBlockByNumber(first).position())
            cursor.setPosition(document.findBlockByNumber(last + 1).position(), QTextCursor.MoveMode.KeepAnchor)
        else:
            before = document.findBlockByNumber(first - 1)
            cursor.setPosition(before.position() + before.length() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def _format_paragraphs(self) -> None:
        fmt = QTextBlockFormat()
        fmt.setTextIndent(self.fontMetrics().horizontalAdvance("字") * 2)
        fmt.setBottomMargin(self.fontMetrics().height() * 0.6)
        fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        syncing, self._syncing = self._syncing, True
        try:
            cursor.mergeBlockFormat(fmt)
            if self._headings:
                heading = QTextBlockFormat()
                heading.setTextIndent(0)
                heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                for number in sorted(self._headings):
                    block = self.document().findBlockByNumber(number)
                    if block.isValid():
                        QTextCursor(block).mergeBlockFormat(heading)
        finally:
            self._syncing = syncing

    def heading_numbers(self) -> frozenset[int]:
        """The paragraphs shown as 小标题."""
        return self._headings

    def set_findings(self, marked: dict[int, list[tuple[Mark, Finding]]]) -> None:
        """Show ``marked``: for each paragraph number, its marks and the finding behind each."""
        self._marked = marked
        self.highlighter.set_marks({n: tuple(mark for mark, _ in pairs) for n, pairs in marked.items()})

    def findings_at(self, paragraph: int, offset: int) -> list[Finding]:
        hits: list[Finding] = []
        for mark, finding in self._marked.get(paragraph, []):
            if mark.start <= offset < max(mark.end, mark.start + 1) and finding not in hits:
                hits.append(finding)
        return hits

    def place_cursor(self, paragraph: int, offset: int, length: int = 0) -> None:
        block = self.document().findBlockByNumber(paragraph)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        offset = min(offset, block.length() - 1)
        cursor.setPosition(block.position() + offset)
        if length:
            cursor.setPosition(
                block.position() + min(offset + length, block.length() - 1), QTextCursor.MoveMode.KeepAnchor
            )
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def show_traces(self, runs: Sequence[tuple[int, int, int]]) -> None:
        """Light up ``runs`` (paragraph, start, end) for a moment: the text a fix just changed."""
        trace = QTextCharFormat()
        trace.setBackground(QColor(TRACE_COLOUR))
        selections = []
        for paragraph, start, end in runs:
            block = self.document().findBlockByNumber(paragraph)
            if not block.isValid():
                continue
            last = block.length() - 1
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + min(start, last))
            cursor.setPosition(block.position() + min(end, last), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = trace
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            self._trace_timer.start()

    def traces(self) -> list[tuple[int, int, int]]:
        """The runs lit up now, as (paragraph, start, end)."""
        runs = []
        for selection in self.extraSelections():
            cursor = selection.cursor
            block = cursor.block()
            runs.append(
                (
                    block.blockNumber(),
                    cursor.selectionStart() - block.position(),
                    cursor.selectionEnd() - block.position(),
                )
            )
        return runs

    def clear_traces(self) -> None:
        self._trace_timer.stop()
        if self.extraSelections():
            self.setExtraSelections([])

    def cursor_location(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    # --- turning keystrokes into requests -------------------------------------------------

    def _contents_changed(self, position: int, _removed: int, _added: int) -> None:
        if self._syncing:
            return
        block = self.document().findBlock(position)
        number, text = block.blockNumber(), block.text()
        if number < len(self._texts) and self.document().blockCount() == len(self._texts):
            text = typed_text(self._texts[number], text)
        self.text_typed.emit(number, text)

    def _selection_paragraphs(self) -> tuple[int, int, int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        document = self.document()
        start_block = document.findBlock(cursor.selectionStart())
        end_block = document.findBlock(cursor.selectionEnd())
        if start_block.blockNumber() == end_block.blockNumber():
            return None
        return (
            start_block.blockNumber(),
            cursor.selectionStart() - start_block.position(),
            end_block.blockNumber(),
            cursor.selectionEnd() - end_block.position(),
        )

    def event(self, event: QEvent) -> bool:
        is_undo_key = (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        )
        if is_undo_key:
            event.ignore()  # the window's undo stack handles these
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        key = event.key()
        across = self._selection_paragraphs()
        is_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if across is not None:
            if event.matches(QKeySequence.StandardKey.Cut):
                self.copy()
                self.range_replace_requested.emit(*across, "")
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or is_enter:
                self.range_replace_requested.emit(*across, "")
                return
            if (
                event.text()
                and event.text().isprintable()
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.range_replace_requested.emit(*across, event.text())
                return
            super().keyPressEvent(event)
            return
        cursor = self.textCursor()
        paragraph, offset = cursor.blockNumber(), cursor.positionInBlock()
        length = cursor.block().length() - 1
        if cursor.hasSelection():
            super().keyPressEvent(event)
            return
        if is_enter:
            if 0 < offset < length:
                self.split_requested.emit(paragraph, offset)
            else:
                self.refused.emit(self.tr("段首或段尾不能拆分段落"))
            return
        if key == Qt.Key.Key_Backspace and offset == 0 and not event.modifiers():
            if paragraph > 0:
                self.join_requested.emit(paragraph - 1)
            return
        if key == Qt.Key.Key_Delete and offset == length and not event.modifiers():
            if paragraph + 1 < self.document().blockCount():
                self.join_requested.emit(paragraph)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        text = "".join(c for c in source.text() if c not in "\r\n" + _BLOCK_SEPARATORS)
        across = self._selection_paragraphs()
        if across is not None:
            self.range_replace_requested.emit(*across, text)
            return
        self.textCursor().insertText(text)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasText()

    # --- tooltips on marks ------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            findings = self.findings_at(cursor.blockNumber(), cursor.positionInBlock())
            if findings:
                QToolTip.showText(event.globalPos(), finding_tooltip(findings), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


def finding_tooltip(findings: Sequence[Finding]) -> str:
    parts = []
    for finding in findings:
        colour = SEVERITY_COLOURS[finding.severity]
        if finding.fix is not None:
            remedy = QCoreApplication.translate("BodyEdit", "修正：{fix}").format(fix=said(finding.fix.label))
        elif finding.check == UNKNOWN_REPORTER:
            remedy = QCoreApplication.translate("BodyEdit", "可加入记者名册")
        else:
            remedy = QCoreApplication.translate("BodyEdit", "需人工处理")
        parts.append(
            f"<p style='margin:0 0 6px 0'><b style='color:{colour}'>{html.escape(said(finding.message))}</b>"
            f"<br/><span style='color:#555'>{html.escape(said(finding.evidence))}</span>"
            f"<br/><span style='color:#2b6cb0'>{html.escape(remedy)}</span></p>"
        )
    return "<div style='max-width:420px'>" + "".join(parts) + "</div>"
