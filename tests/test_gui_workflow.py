"""The desk's workflow on the real window, offscreen: following findings, seeing changes, counts while analysing."""

from __future__ import annotations

import pytest
from gui_helpers import open_window, settle
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def _selected_text(window) -> str:
    return window.editor.body.textCursor().selectedText()


def test_clicking_a_finding_shows_it_selected_in_the_editor(window, qtbot):
    panel, editor = window.findings_panel, window.editor
    findings = window.controller.findings()
    editor.show_article(0)
    target = next(
        f
        for f in findings
        if f.spans
        and window.controller.article_for_finding(f) not in (None, 0)
        and f.spans[0].block in window.controller.articles()[window.controller.article_for_finding(f)].body_indices
    )
    panel.tree.setFocus()
    item = panel._items[target.key]
    panel.tree.scrollTo(item.index())
    rect = panel.tree.visualRect(item.index())
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert panel.current_finding() == target
    assert editor.current_article_index() == window.controller.article_for_finding(target)
    span = target.spans[0]
    assert _selected_text(window) == window.controller.document.blocks[span.block].text[span.start : span.end]
    assert panel.tree.hasFocus(), "the keyboard stays in the list: arrow keys walk on"

    # the arrow key walks to the next row, and the editor follows again
    QTest.keyClick(panel.tree, Qt.Key.Key_Down)
    following = panel.current_finding()
    assert following is not None and following != target
    assert editor.current_article_index() == window.controller.article_for_finding(following)

    # 修正 then changes the article on screen, not one elsewhere
    shown = editor.current_article_index()
    fixable = next(
        f
        for f in window.controller.findings()
        if f.fixable and f.spans and window.controller.article_for_finding(f) not in (None, shown)
    )
    item = panel._items[fixable.key]
    panel.tree.scrollTo(item.index())
    rect = panel.tree.visualRect(item.index())
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    article = window.controller.article_for_finding(fixable)
    assert editor.current_article_index() == article
    before = editor.body.toPlainText()
    panel.fix_button.click()
    assert editor.current_article_index() == article or editor.body.toPlainText() != before
    assert fixable not in window.controller.findings()


def test_a_reanalysis_does_not_move_the_editor(window, qtbot):
    """Rows rebuilt or removed by an edit are not the editor's pick: the cursor stays where the editor types."""
    editor = window.editor
    findings = window.controller.findings()
    window.findings_panel.select_finding(findings[-1])
    editor.show_article(0)
    editor.body.place_cursor(0, 0)
    window.controller.analyse_now()
    qtbot.waitUntil(lambda: not window.controller.analysis_running, timeout=20000)
    assert editor.current_article_index() == 0
    assert editor.body.cursor_location() == (0, 0)


def test_f8_walks_forward_in_reading_order_through_every_finding(window, qtbot):
    controller, editor = window.controller, window.editor
    findings = list(controller.findings())
    window.findings_panel.tree.setCurrentIndex(window.findings_panel.model.index(-1, -1))
    editor.show_article(0)
    editor.body.place_cursor(0, 0)
    visited, places = [], []
    for _ in findings:
        qtbot.keyClick(window, Qt.Key.Key_F8)
        current = window.findings_panel.current_finding()
        visited.append(current.key)
        places.append(editor.landing_position(current))
    assert sorted(visited) == sorted(f.key for f in findings), "each finding once"
    wraps = [i for i in range(1, len(places)) if places[i] < places[i - 1]]
    assert len(wraps) <= 1, f"a step backwards at {wraps}"  # (only once: past the page's end to its start)
    start = (controller.articles()[0].body_indices[0], 0)
    assert places[0] == min(p for p in places if p > start), "F8 goes to the first finding after the cursor"
    for finding in findings:  # the landing is where the editor really goes
        if finding.spans and finding.check != "missing-byline":
            first = min(finding.spans, key=lambda s: (s.block, s.start))
            assert editor.landing_position(finding) == (first.block, first.start)


def test_counts_stay_greyed_while_the_page_is_reanalysed(window, qtbot):
    """An edit drops findings at once; until the analysis is back the previous counts stand, greyed, with 分析中…."""
    controller, panel = window.controller, window.findings_panel
    settle(qtbot, window)
    before = dict(controller.severity_counts())
    assert "分析中" not in panel.summary.text()
    fixable = next(f for f in controller.findings() if f.fixable)
    controller.fix(fixable)
    assert not controller.analysis_settled
    assert "分析中" in panel.summary.text() and "分析中" in window.counts_label.text()
    for severity, count in before.items():
        assert f"{count}</span>" in panel.summary.text(), (severity, panel.summary.text())
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: "分析中" not in panel.summary.text() and "分析中" not in window.counts_label.text(), timeout=5000
    )
    after = controller.severity_counts()
    assert sum(after.values()) < sum(before.values())


def _fixable_with_follower_in_same_article(controller):
    findings = controller.findings()
    for number, finding in enumerate(findings[:-1]):
        article = controller.article_for_finding(finding)
        if (
            finding.fixable
            and finding.check == "halfwidth-punctuation"
            and article is not None
            and controller.article_for_finding(findings[number + 1]) == article
            and finding.spans[0].block in controller.articles()[article].body_indices
        ):
            return finding
    raise AssertionError("the sample has no such finding")


def test_a_fix_lights_up_the_changed_text_for_a_moment(window, qtbot):
    controller, editor, panel = window.controller, window.editor, window.findings_panel
    finding = _fixable_with_follower_in_same_article(controller)
    window.go_to_finding(finding)
    span = min(finding.spans, key=lambda s: (s.block, s.start))
    paragraph = editor._body_indices.index(span.block)
    panel.fix_button.click()
    traces = editor.body.traces()
    assert traces, "the fix leaves a trace"
    assert traces[0][0] == paragraph and traces[0][1] <= span.start < traces[0][2]
    fixed_text = controller.document.blocks[span.block].text
    assert fixed_text[traces[0][1] : traces[0][2]] != ""
    qtbot.waitUntil(lambda: not editor.body.traces(), timeout=5000)  # then it fades


def test_show_changes_lists_every_change_since_the_page_was_opened(window, qtbot):
    controller = window.controller
    window.actions["show_changes"].trigger()
    view = window.changes_view
    assert view is not None and view.isVisible()
    assert "没有修改" in view.summary.text()
    fixes = [f for f in controller.findings() if f.fixable and f.check == "halfwidth-punctuation"][:2]
    for finding in fixes:
        controller.fix(finding)
    broken = next(f for f in controller.findings() if f.check == "broken-line-break" and f.fixable)
    controller.fix(broken)
    qtbot.waitUntil(lambda: view.change_count >= 3, timeout=5000)
    shown = view.browser.toHtml()
    assert "line-through" in shown and "underline" in shown
    assert "¶" in view.browser.toPlainText(), "a joined line shows its deleted paragraph mark"
    # the link beside a change takes the editor to its article
    block = int(next(part for part in shown.split("block:")[1:]).split("'")[0].split('"')[0])
    view._anchor_clicked(QUrl(f"block:{block}"))
    assert window.editor.current_article_index() == controller.article_of_block(block)
    # undoing everything leaves no change
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    qtbot.waitUntil(lambda: view.change_count == 0, timeout=5000)
    assert "没有修改" in view.summary.text()
    window.actions["show_changes"].trigger()
    assert not window.changes_dock.isVisible()


def test_marking_proofed_toggles_is_undoable_and_sits_apart(window, qtbot):
    controller, model = window.controller, window.article_model
    status = Qt.ItemDataRole.UserRole + 4
    window.editor.show_article(1)
    action = window.actions["mark_proofed"]
    assert action.text() == "标记为已校"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert model.index(1).data(status) == "proofed"
    assert action.text() == "标记为待校", "Ctrl+M now takes it back"
    assert controller.undo_stack.undoText() == "标记为已校"
    window.actions["undo"].trigger()
    assert model.index(1).data(status) == "draft"
    window.actions["redo"].trigger()
    assert model.index(1).data(status) == "proofed"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert model.index(1).data(status) == "draft" and action.text() == "标记为已校"
    # the status follows its article when articles move above it
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    window.editor.show_article(0)
    controller.merge_article_with_next(0)  # (article 1 was merged into 0: the proofed one is gone)
    window.actions["undo"].trigger()
    assert model.index(1).data(status) == "proofed"
    # in the menu it stands alone, between separators
    menu_actions = next(m for m in window.menuBar().actions() if m.text().startswith("稿件")).menu().actions()
    place = menu_actions.index(action)
    assert menu_actions[place - 1].isSeparator() and menu_actions[place + 1].isSeparator()


def test_byline_entry_says_when_the_roster_is_empty_shows_desk_and_pinyin_and_enter_commits(window, qtbot):
    from storage.roster import open_roster

    editor, controller = window.editor, window.controller
    field = editor.byline_field
    article = next(i for i, a in enumerate(controller.articles()) if not a.byline_block_text and i > 0)
    editor.show_article(article)
    if not field.text():
        assert "名册为空" in field.placeholderText(), "no promise of completion with nothing to complete from"

    roster = open_roster()  # the app's own database in this test's profile
    roster.add("林可舟", "要闻部")
    roster.add("林小溪")
    roster.database.close()
    window.services.roster.refresh()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "名册为空" not in field.placeholderText(), timeout=10000)

    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "lkz")
    popup = editor.roster_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["林可舟  ·  要闻部 · lin ke zhou"]
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "林可舟"
    assert controller.articles()[article].byline_block_text == "林可舟", "Enter took the name and committed it"


def test_recent_files_show_their_folder(window, tmp_path):
    from desktop.ui.main_window import folder_label
    from desktop.ui.settings import remember_recent_file

    for day in ("0915", "0916"):
        page = tmp_path / "青禾日报" / day / "page.txt"
        page.parent.mkdir(parents=True)
        page.write_text("青禾县举行春耕动员会\n", encoding="utf-8")
        remember_recent_file(window.settings, page)
    window._rebuild_recent_menu()
    texts = [action.text() for action in window.recent_menu.actions()[:2]]
    assert texts[0].endswith("0916") and texts[1].endswith("0915")
    assert all("page.txt\t" in text for text in texts)
    assert folder_label(tmp_path / ("很长的文件夹名" * 10) / "0916").endswith("0916")
    assert len(folder_label(tmp_path / ("很长的文件夹名" * 10) / "0916")) == 42


def test_the_shortcut_list_fits_without_scrolling_and_can_be_searched(window, qtbot):
    from PySide6.QtWidgets import QLineEdit, QTableWidget

    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    tables = dialog.findChildren(QTableWidget)
    assert len(tables) == 2
    assert sum(t.rowCount() for t in tables) == len(window.shortcut_rows())
    for table in tables:
        assert table.verticalScrollBar().maximum() == 0, "every row in view"
    search = dialog.findChild(QLineEdit, "shortcutSearch")
    search.setText("F8")
    shown = [t.item(r, 0).text() for t in tables for r in range(t.rowCount()) if not t.isRowHidden(r)]
    assert shown == ["下一个问题", "上一个问题"]  # (F8 and Shift+F8)
    dialog.close()


def test_fix_and_advance_goes_on_in_reading_order_to_the_broken_line_of_the_same_paragraph(qtbot, tmp_path):
    """修正 on a half-width comma went past the broken line at that paragraph's end (page order puts a broken
    line at its first line's start, before the comma): fix-and-advance walks the order F8 walks."""
    page = tmp_path / "advance.txt"
    page.write_text(
        "青禾县秋收进度过半\n"
        "本报讯（记者 林可舟）青禾县今年的秋收进度已经过半,全县农机\n"
        "手日夜忙碌在田间，抢收抢晒。\n"
        "白石镇稻谷喜获丰收\n"
        "本报讯（记者 苗若溪）白石镇今年的稻谷比去年多收了一成,农户们喜笑颜开。\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, files=[page])
    controller = window.controller
    commas = [f for f in controller.findings() if f.check == "halfwidth-punctuation"]
    comma = next(f for f in commas if controller.article_for_finding(f) == 0)
    broken = next(f for f in controller.findings() if f.check == "broken-line-break")
    window.go_to_finding(comma)
    window.actions["apply_fix"].trigger()
    settle(qtbot, window)
    assert "过半，全县" in controller.document.blocks[1].text
    current = window.findings_panel.current_finding()
    assert current is not None and current.key == broken.key, "the broken line of the paragraph just fixed"
    assert window.editor.current_article_index() == 0
    window.close()
