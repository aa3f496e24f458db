"""The real main window, offscreen: open the sample, fix, undo, split/merge, complete bylines, export, navigate."""

from __future__ import annotations

import json

import docx
import pytest
from gui_helpers import open_window, recover_in_new_window, settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.paths import sample_page
from desktop.proofing.findings import Severity
from desktop.ui import engine_gateway

SAMPLE_PAGE = sample_page()
SAMPLE_TRUTH = SAMPLE_PAGE.with_suffix(".truth.json")

TRUTH = json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def _full_analysis(window):
    """A full analysis of the page: the engine's findings and the roster's (empty here: it reports nothing)."""
    from storage.roster_check import unknown_reporter_findings

    document = window.controller.document
    roster = window.services.roster.entries()
    return set(engine_gateway.analyse(document)) | set(unknown_reporter_findings(document, roster))


def _checks(window, name):
    return [f for f in window.controller.findings() if f.check == name]


def _select_group(window, check):
    panel = window.findings_panel
    for row in range(panel.model.rowCount()):
        item = panel.model.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 11) == check:
            panel.tree.setCurrentIndex(item.index())
            return
    raise AssertionError(f"no group for {check}")


def test_first_start_opens_the_sample_and_shows_findings(window):
    assert window.windowTitle() == f"校样 Proofsheet — {SAMPLE_PAGE.name}"
    assert window.controller.path.name == SAMPLE_PAGE.name
    assert window.article_model.rowCount() == len(TRUTH["articles"])
    breaks = _checks(window, "broken-line-break")
    assert len(breaks) == len(TRUTH["broken_breaks"])
    groups = {window.findings_panel.model.item(r).text() for r in range(window.findings_panel.model.rowCount())}
    assert f"断行  ({len(breaks)})" in groups
    counts = window.finding_counts()
    assert counts[Severity.ERROR] > 0
    assert f"错误 {counts[Severity.ERROR]}" in window.counts_label.text()
    assert window.encoding_label.text() == "UTF-8"
    # a broken line break shows its two halves and the word cut by the break
    first_break = next(f for f in breaks if f.blocks == (3, 4))
    window.findings_panel.select_finding(first_break)
    detail = window.findings_panel.detail.toPlainText()
    assert "上半" in detail and "下半" in detail
    assert "跨行的词：会上" in detail
    assert window.findings_panel.detail.verticalScrollBar().maximum() == 0, "the whole detail shows, unscrolled"
    # the first article's half-width commas are marked inline, with a tooltip-ready finding under the mark
    body = window.editor.body
    marked = body._marked
    assert marked, "no inline marks in the first article"
    paragraph, pairs = next(iter(marked.items()))
    mark, finding = pairs[0]
    assert finding in body.findings_at(paragraph, mark.start)
    from desktop.ui.body_editor import finding_tooltip

    assert f"修正：{finding.fix.label}" in finding_tooltip([finding]), "hovering a mark says what the fix does"
    # the headline's half-width comma: its field is underlined in the warning colour (the style sheet applies)
    headline = window.editor.headline_field
    assert headline.property("severity") == "warning"
    image = headline.grab().toImage()
    bottom = {image.pixelColor(x, image.height() - 1).name() for x in range(10, image.width() - 10)}
    assert "#d98200" in bottom


def test_fix_all_broken_line_breaks_then_undo_all(window, qtbot):
    controller = window.controller
    raw = controller.document
    before = window.finding_counts()

    dialog = window.show_preferences()
    # every break on the sample is right, but the fitted confidence of a join on weak evidence may be low: fix all
    dialog.threshold.setValue(0.0)
    dialog.accept()
    assert window.preferences.confidence_threshold == 0.0

    _select_group(window, "broken-line-break")
    window.actions["fix_all_kind"].trigger()
    assert _checks(window, "broken-line-break") == []
    assert window.finding_counts()[Severity.ERROR] < before[Severity.ERROR]
    assert controller.undo_stack.count() == 1, "a batch fix is one undo step"

    window.findings_panel.select_finding(_checks(window, "detached-byline")[0])
    window.actions["apply_fix"].trigger()
    settle(qtbot, window)
    assert _checks(window, "broken-line-break") == []

    articles = controller.articles()
    assert len(articles) == len(TRUTH["articles"])
    for article, truth in zip(articles, TRUTH["articles"], strict=True):
        assert article.headline == truth["headline"]
        assert list(article.paragraphs) == truth["body"]
        if truth["byline"]:
            assert engine_gateway.byline_of(article) == truth["byline"]
    shown = window.editor.body.paragraph_texts()
    assert shown == list(articles[window.editor.current_article_index()].paragraphs)

    while controller.undo_stack.canUndo():
        window.actions["undo"].trigger()
    assert controller.document == raw
    settle(qtbot, window)
    assert len(_checks(window, "broken-line-break")) == len(TRUTH["broken_breaks"])
    window.actions["redo"].trigger()
    assert _checks(window, "broken-line-break") == []


def test_split_and_merge_articles_and_paragraphs(window, qtbot):
    controller = window.controller
    raw = controller.document
    count = len(controller.articles())
    window.editor.show_article(0)
    body = window.editor.body
    third = controller.articles()[0].body_indices[2]
    third_text = raw.blocks[third].text

    body.setFocus()
    body.place_cursor(2, 3)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(controller.articles()) == count + 1
    assert controller.articles()[1].headline == "", "the new article's headline is still to be written"
    assert controller.articles()[1].paragraphs[0] == third_text, "the paragraph stays body"
    assert window.editor.current_article_index() == 1
    assert window.editor.headline_field.text() == "" and window.editor.headline_field.hasFocus()

    window.editor.show_article(0)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(controller.articles()) == count
    assert controller.document == raw

    # paragraphs: Enter splits at the cursor, Backspace at a paragraph start joins it back
    body.setFocus()
    body.place_cursor(0, 5)
    first = controller.articles()[0].body_indices[0]
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert controller.document.blocks[first].text == raw.blocks[first].text[:5]
    assert body.paragraph_texts()[1] == raw.blocks[first].text[5:]
    assert body.cursor_location() == (1, 0)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert [b.text for b in controller.document.blocks] == [b.text for b in raw.blocks]
    assert body.paragraph_texts()[0] == raw.blocks[first].text
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert controller.document == raw


def test_typing_is_one_undoable_edit_and_marks_follow(window, qtbot):
    controller = window.controller
    raw = controller.document
    body = window.editor.body
    body.setFocus()
    body.place_cursor(0, 0)
    assert body._marked.get(0), "the first paragraph has marked findings"
    type_text(body, "校对")
    first = controller.articles()[0].body_indices[0]
    assert not body._marked.get(0), "findings of an edited paragraph wait for the next analysis"
    assert all(first not in f.blocks for f in controller.findings_of_article(0))
    groups = {window.findings_panel.model.item(r).text() for r in range(window.findings_panel.model.rowCount())}
    assert f"半角标点  ({len(_checks(window, 'halfwidth-punctuation'))})" in groups, "the panel follows at once"
    assert controller.document.blocks[first].text == "校对" + raw.blocks[first].text
    assert controller.undo_stack.count() == 1, "consecutive typing merges into one step"
    window.actions["undo"].trigger()
    assert controller.document == raw
    assert body.paragraph_texts()[0] == raw.blocks[first].text


def test_byline_completes_from_the_roster_by_pinyin_initials(window, qtbot):
    roster = window.services.roster
    roster.replace_names(["张静", "赵静", "王刚", "张同建"])  # the storage-backed roster, on a real SQLite file
    field = window.editor.byline_field
    window.editor.show_article(1)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "zj")
    completer = window.editor.roster_completer
    assert sorted(completer.suggestions()) == sorted(["张静", "赵静"])
    completer.completer.activated.emit("赵静")
    qtbot.keyClicks(field, " wg")
    assert completer.suggestions() == ["王刚"]
    completer.completer.activated.emit("王刚")
    assert field.text() == "赵静 王刚"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    article = window.controller.articles()[1]
    assert article.byline_block_text == "赵静 王刚"


def test_f8_walks_the_findings_in_page_order(window, qtbot):
    findings = window.controller.findings()
    window.editor.show_article(0)
    window.editor.body.place_cursor(0, 0)
    window.findings_panel.tree.clearSelection()
    window.findings_panel.tree.setCurrentIndex(window.findings_panel.model.index(-1, -1))
    here = (window.controller.articles()[0].body_indices[0], 0)
    findings = sorted(findings, key=window.editor.landing_position)  # reading order: where the editor lands
    first = next(i for i, f in enumerate(findings) if window.editor.landing_position(f) > here)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.findings_panel.current_finding() == findings[first]
    span = findings[first].spans[0]
    assert window.editor.cursor_block() == (span.block, span.end), "the editor shows the finding"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.findings_panel.current_finding() == findings[first + 1]
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.findings_panel.current_finding() == findings[first]
    before = len(window.controller.findings())
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.findings()) == before - 1
    assert findings[first] not in window.controller.findings()
    every_action_has_a_shortcut = {name for name, action in window.actions.items() if action.shortcuts()}
    assert {"next_finding", "previous_finding", "apply_fix", "ignore_finding", "split_article"} <= (
        every_action_has_a_shortcut
    )
    assert {"merge_article", "export", "split_paragraph", "join_paragraph"} <= every_action_has_a_shortcut
    assert ("下一个问题", "F8") in window.shortcut_rows()

    # double-clicking a finding in the panel jumps to it
    target = next(f for f in window.controller.findings() if f.check == "halfwidth-punctuation" and f.article == 3)
    window.findings_panel.select_finding(target)
    window.findings_panel.tree.doubleClicked.emit(window.findings_panel.tree.currentIndex())
    assert window.editor.current_article_index() == 3
    assert window.editor.cursor_block() == (target.spans[0].block, target.spans[0].end)


def test_export_dialog_writes_word_files(window, qtbot, tmp_path):
    dialog = window.show_export_dialog()
    dialog.page_spin.setValue(6)  # (版次 is asked, never assumed)
    dialog.per_article_radio.setChecked(True)
    dialog.folder_field.setText(str(tmp_path))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    files = sorted(tmp_path.glob("*.docx"))
    assert len(files) == len(window.controller.articles())
    first = docx.Document(str(files[0]))
    text = "\n".join(p.text for p in first.paragraphs)
    assert window.controller.articles()[0].headline in text
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert window.article_model.index(0).data(Qt.ItemDataRole.UserRole + 4) == "exported"

    # a second export into the same folder asks before overwriting; saying no writes nothing
    stamps = {f: f.stat().st_mtime_ns for f in files}
    dialog.confirm_overwrite = lambda existing: False
    dialog.export_button.click()
    assert "没有覆盖" in dialog.status_label.text()
    assert {f: f.stat().st_mtime_ns for f in files} == stamps
    dialog.close()


def test_find_and_replace_all_is_one_undo_step(window):
    controller = window.controller
    raw = controller.document
    dialog = window.show_find_dialog()
    dialog.find_field.setText("聊城")
    assert dialog.find_next()
    block, offset = dialog._last_hit
    assert raw.blocks[block].text[offset : offset + 2] == "聊城"
    dialog.replace_field.setText("聊城市")
    dialog.replace_all()
    assert "聊城" in raw.text_signature()
    assert controller.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert controller.document == raw
    dialog.close()


def test_find_starts_afresh_on_another_page(window, qtbot, tmp_path):
    """A hit remembered on the old page is no place on the new one: replacing there must not touch (or crash on)
    a block index of the old page."""
    dialog = window.show_find_dialog()
    dialog.find_field.setText("记者")
    last_block = max(b for b, block in enumerate(window.controller.document.blocks) if "记者" in block.text)
    while dialog.find_next() and dialog._last_hit[0] != last_block:
        pass
    assert dialog._last_hit[0] == last_block
    page = tmp_path / "青禾短版.txt"
    page.write_text("青禾县开通乡村公交\n\n本报讯（记者 林可舟）青禾县开通三条乡村公交线路。\n", encoding="utf-8")
    window.open_path(page)
    qtbot.waitUntil(lambda: window.controller.path == page and not window.controller.analysis_running, timeout=20000)
    assert len(window.controller.document.blocks) <= last_block
    dialog.replace_field.setText("记者")
    dialog.replace_current()
    block, offset = dialog._last_hit
    assert window.controller.document.blocks[block].text[offset : offset + 2] == "记者"
    assert window.controller.undo_stack.count() == 0
    dialog.close()


def test_articles_reorder_by_drag_and_undo(window):
    controller = window.controller
    raw = controller.document
    headlines = [a.headline for a in controller.articles()]
    model = window.article_model
    data = model.mimeData([model.index(0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    moved = [a.headline for a in controller.articles()]
    assert moved == [*headlines[1:3], headlines[0], *headlines[3:]]
    assert sorted(controller.document.text_signature()) == sorted(raw.text_signature())
    window.actions["undo"].trigger()
    assert controller.document == raw


def test_last_session_is_restored_from_storage(window, qtbot):
    from desktop.app import create_main_window

    body = window.editor.body
    body.setFocus()
    body.place_cursor(0, 0)
    type_text(body, "甲")
    edited = window.controller.document
    window.close()

    again = create_main_window(install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert again.controller.document == edited
    assert again.windowTitle() == f"校样 Proofsheet — {SAMPLE_PAGE.name}*", "restored edits the file does not hold"
    again.close()


def test_unexpected_errors_are_logged_and_shown(qtbot, monkeypatch):
    import sys

    from desktop.ui import errors

    shown = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda summary, details: shown.append((summary, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.setup_logging()
    errors.install_excepthook()
    try:
        raise RuntimeError("坏了")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and shown[0][0] == "RuntimeError: 坏了"
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "坏了" in errors.log_file().read_text(encoding="utf-8")
    assert QApplication.instance() is not None


def test_after_a_crash_the_next_start_offers_recovery(window, qtbot):

    from desktop.ui.services import NoAutosave
    from desktop.ui.workers import wait_for_background_work

    body = window.editor.body
    body.setFocus()
    body.place_cursor(1, 0)
    type_text(body, "乙")
    edited = window.controller.document
    window.controller.release_autosave()
    assert wait_for_background_work(20000)
    window.controller.autosave = NoAutosave()  # the crashed process never closes its session

    again, offer = recover_in_new_window(qtbot)
    assert "意外退出" in offer
    assert again.controller.document == edited
    again.close()


def test_english_when_the_preference_says_so(qtbot):
    from desktop.app import create_main_window
    from desktop.ui.settings import open_settings
    from desktop.ui.translations import remove_translator, said

    settings = open_settings()
    settings.setValue("preferences/language", "en")
    settings.sync()
    main = create_main_window(install_hooks=False)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.is_built, timeout=30000)
    try:
        titles = [action.text() for action in main.menuBar().actions()]
        assert titles[:2] == ["&File", "&Edit"]
        assert main.actions["next_finding"].text() == "Next Finding"
        assert main.findings_panel.fix_button.text() == "Fix"
        assert main.actions["offer_bylines"].text() == "Add Page Bylines to Roster…"
        # the findings speak English too: the list, the detail box and the panel's titles
        qtbot.waitUntil(lambda: main.controller.analysed_once, timeout=30000)
        panel = main.findings_panel
        groups = [panel.model.item(row).text() for row in range(panel.model.rowCount())]
        assert any(group.startswith("Half-width punctuation") for group in groups), groups
        chosen = next(f for f in main.controller.findings() if f.check == "missing-byline")
        main.go_to_finding(chosen)
        qtbot.waitUntil(lambda: "has no byline" in panel.detail.toPlainText(), timeout=5000)
        detail = panel.detail.toPlainText()
        assert "no author's name in the dateline" in detail and "confidence" in detail.lower()
        assert "没有署名" not in detail
        rows = [
            panel.model.item(row).child(n).text()
            for row in range(panel.model.rowCount())
            for n in range(panel.model.item(row).rowCount())
        ]
        assert any("should be full-width" in row for row in rows), rows[:5]
        # and so does the 校对报告, with the name it suggests to save it under
        dialog = main.show_error_report()
        report = dialog.view.toPlainText()
        assert report.startswith("Error report: ") and "As opened: " in report and "After edits: " in report
        assert "per 10,000 characters" in report and "差错" not in report and "原稿" not in report
        assert dialog.windowTitle() == "Error report" and dialog.suggested.name.endswith("-error-report.txt")
        dialog.close()
        # an article in the list lacks one byline, not several
        assert QApplication.translate("ArticleDelegate", "缺少署名") == "No byline"
    finally:
        remove_translator(QApplication.instance(), main.translator)
        main.close()
    assert said(chosen.message) == str(chosen.message)  # Chinese again once the English is gone


def test_drop_a_file_to_open_it_and_window_state_persists(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.app import create_main_window
    from desktop.ui.settings import recent_files

    page = tmp_path / "另一版.txt"
    page.write_text("标题一行\n\n本报讯（记者 赵静）第一段正文,有半角逗号。\n", encoding="gb18030")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(page))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.controller.path == page and not window.controller.analysis_running, timeout=20000)
    assert window.windowTitle() == "校样 Proofsheet — 另一版.txt"
    assert window.encoding_label.text() in {"GB18030", "GBK", "GB2312"}
    assert recent_files(window.settings)[0] == page.resolve()
    assert window.recent_menu.actions()[0].text().split("\t")[0].endswith("另一版.txt")  # (then its folder)

    window.splitter.setSizes([200, 900, 300])
    sizes = window.splitter.sizes()
    window.close()
    again = create_main_window(install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    restored = again.splitter.sizes()
    # the side panes keep their widths (the offscreen screen is small, so the window itself may be clamped)
    assert (restored[0], restored[2]) == (sizes[0], sizes[2])
    assert again.controller.document.text_signature() == window.controller.document.text_signature()
    again.close()


def test_a_long_export_can_be_cancelled(window, qtbot, tmp_path):
    dialog = window.show_export_dialog()
    dialog.page_spin.setValue(6)  # (版次 is asked, never assumed)
    dialog.per_article_radio.setChecked(True)
    dialog.folder_field.setText(str(tmp_path))
    total = len(window.controller.articles())
    dialog.progress_reported.connect(lambda done, _total: done == 1 and dialog.cancel_button.click())
    dialog.export_button.click()
    assert dialog.cancel_button.text() == "取消"
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    written = sorted(tmp_path.glob("*.docx"))
    assert 1 <= len(written) < total
    assert "已取消" in dialog.status_label.text()
    assert written == sorted(dialog.written)
    dialog.close()


def test_headline_field_edit_and_proofed_status_are_recorded(window, qtbot):
    controller = window.controller
    raw = controller.document
    window.editor.show_article(2)
    field = window.editor.headline_field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "New")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert controller.articles()[2].headline == "New"
    assert window.article_model.index(2).data(Qt.ItemDataRole.DisplayRole) == "New"
    window.actions["undo"].trigger()
    assert controller.document == raw
    assert field.text() == raw.blocks[controller.articles()[2].headline_index].text

    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.article_model.index(2).data(Qt.ItemDataRole.UserRole + 4) == "proofed"


def test_byline_field_shows_where_the_names_come_from(window, qtbot):
    editor = window.editor
    field = editor.byline_field
    articles = window.controller.articles()
    # 本报聊城9月16日讯(记者张同建): the names stand in the dateline
    editor.show_article(0)
    assert field.text() == ""
    assert field.placeholderText() == "张同建 · 电头"
    assert field.property("bylineState") == "derived"  # (secondary text, from the style sheet)
    assert "电头" in field.toolTip() and "张同建" in field.toolTip()
    assert field.property("severity") == ""
    # ……(宋瑜) at the end of the last paragraph
    closing = next(a.index for a in articles if engine_gateway.byline_of(a) == "宋瑜")
    editor.show_article(closing)
    assert field.text() == "" and field.placeholderText() == "宋瑜 · 文末"
    # no names anywhere: the field says so, as the missing-byline finding does
    missing = next(f for f in window.controller.findings() if f.check == "missing-byline")
    editor.show_article(missing.article)
    assert field.placeholderText().startswith("缺少署名")
    assert field.property("severity") == "warning"
    assert field.property("bylineState") == "missing"
    assert missing.message in field.toolTip()
    assert editor.headline_field.property("severity") != "warning" or any(
        f.check != "missing-byline" and f.severity is Severity.WARNING
        for f in window.controller.findings_of_article(missing.article)
    )
    row = window.article_model.index(missing.article)
    assert row.data(Qt.ItemDataRole.UserRole + 5) is True
    # typing still sets an explicit byline, through the usual (undoable) edit
    editor.show_article(0)
    field.setFocus()
    type_text(field, "王刚")
    assert field.property("bylineState") == "", "typed names are ordinary text, not a hint"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.controller.articles()[0].byline_block_text == "王刚"
    assert field.text() == "王刚"
    window.actions["undo"].trigger()
    assert window.controller.articles()[0].byline_block_text is None
    assert field.text() == "" and field.placeholderText() == "张同建 · 电头"


def test_reanalysis_after_typing_rechecks_only_the_edited_article(window, qtbot):
    controller = window.controller
    before = [f for f in controller.findings() if f.article is not None and f.article >= 3]  # (kept alive: ids stay)
    untouched_before = {id(f) for f in before}
    body = window.editor.body
    window.editor.show_article(0)
    body.setFocus()
    body.place_cursor(1, 0)
    type_text(body, "据悉,")
    settle(qtbot, window)
    edited = controller.articles()[0].body_indices[1]
    typed = [f for f in _checks(window, "halfwidth-punctuation") if f.blocks == (edited,)]
    assert typed and any(span.start == 2 for span in typed[0].spans), "the typed comma is found"
    far = [f for f in controller.findings() if f.article is not None and f.article >= 3]
    assert far and all(id(f) in untouched_before for f in far), "articles far from the edit were not checked again"
    assert set(controller.findings()) == _full_analysis(window), "the same findings as a full analysis"
    # a structural edit (a new article) renumbers the findings after it, again exactly as a full analysis would
    body.place_cursor(2, 0)
    window.actions["split_article"].trigger()
    settle(qtbot, window)
    assert set(controller.findings()) == _full_analysis(window)


def test_going_to_a_missing_byline_or_a_repeated_headline_lands_where_it_is_fixed(window, qtbot):
    controller = window.controller
    missing = next(f for f in controller.findings() if f.check == "missing-byline")
    window.go_to_finding(missing)
    assert window.editor.current_article_index() == missing.article
    assert window.editor.byline_field.hasFocus(), "straight to the byline field, ready for the names"
    repeated = next(f for f in controller.findings() if f.check == "duplicate-headline")
    later = controller.article_of_block(repeated.blocks[-1])
    assert later == repeated.article, "the engine reports it against the later headline"
    assert controller.article_for_finding(repeated) == later
    assert repeated in controller.findings_of_article(later)
    window.go_to_finding(repeated)
    assert window.editor.current_article_index() == later
    assert window.editor.headline_field.hasFocus()
    row = window.findings_panel._items[repeated.key].text()
    assert row.startswith(f"第{later + 1}篇")


def test_the_byline_origin_stays_after_a_merge(window, qtbot, tmp_path):
    """A story credited at its end, merged with the next one: its credit still shows, still from 文末."""
    from gui_helpers import open_replacing

    page = tmp_path / "合并.txt"
    page.write_text(
        "青禾县秋收忙\n\n近日，青禾县的农民们在田间忙着收割。今年的收成比去年好。（林可舟）\n\n"
        "青禾县又有新变化\n\n本报讯（记者 苗若溪）近日，青禾县修好了一条新路，村民出行更方便了。\n",
        encoding="utf-8",
    )
    open_replacing(window, qtbot, page)
    editor, field, controller = window.editor, window.editor.byline_field, window.controller
    editor.show_article(0)
    assert field.placeholderText() == "林可舟 · 文末"
    controller.merge_article_with_next(0)
    qtbot.waitUntil(lambda: len(controller.articles()) == 1, timeout=5000)
    editor.show_article(0)
    assert field.placeholderText() == "林可舟 · 文末"


def test_the_undo_stack_names_edits_in_english_in_the_english_interface(qtbot, tmp_path):
    """Edit › Undo said 'Undo 与下一篇合并' in the English interface: the edits' names were never translated."""
    from gui_helpers import settle

    from desktop.app import create_main_window
    from desktop.ui.settings import open_settings
    from desktop.ui.translations import remove_translator

    page = tmp_path / "page.txt"
    page.write_text(
        "青禾县秋收进度过半\n本报讯（记者 林可舟）青禾县今年的秋收进度已经过半,全县农机手日夜忙碌。\n"
        "白石镇稻谷喜获丰收\n本报讯（记者 苗若溪）白石镇今年的稻谷比去年多收了一成,农户们喜笑颜开。\n",
        encoding="utf-8",
    )
    settings = open_settings()
    settings.setValue("preferences/language", "en")
    settings.sync()
    main = create_main_window([page], install_hooks=False)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.is_built and main.controller.analysed_once, timeout=30000)
    try:
        stack = main.controller.undo_stack
        main.controller.ignore(main.controller.findings()[0])
        assert stack.undoText() == "Ignore"
        stack.undo()
        main.editor.show_article(0)
        main.merge_article()
        assert stack.undoText() == "Merge with Next Article"
        assert "Merge with Next Article" in main.actions["undo"].text()
        settle(qtbot, main)
        assert main.controller.fix_all("halfwidth-punctuation", 0.0) == 2
        assert stack.undoText() == "Fix all: Make the punctuation full-width"
        assert not [c for c in stack.undoText() if "\u4e00" <= c <= "\u9fff"]
    finally:
        remove_translator(QApplication.instance(), main.translator)
        main.close()
