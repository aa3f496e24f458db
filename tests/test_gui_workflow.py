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
    assert "分析中" not in panel.summary.text() and "分析中" not in window.counts_label.text()
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
