"""The reporter roster in the real main window (offscreen, the app's own SQLite file under PROOFSHEET_HOME).

A byline name missing from the roster is an ``info`` finding with the nearest roster
names as evidence; one click (or the 稿件 menu) adds names to the roster, after which
the finding goes and byline completion knows the name.
"""

from __future__ import annotations

import pytest
from gui_helpers import settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.proofing.findings import Severity
from desktop.ui import engine_gateway

# The sample page's bylines: 张同建 宋瑜 赵静 王刚 张博 狄国敬 黄慧 王辉 张静.  张同健 sounds like 张同建.
ROSTER = ["张同健", "赵静", "王刚", "张博", "黄慧", "王辉", "张静"]
UNKNOWN = "unknown-reporter"


def _stored_roster():
    from storage.roster import open_roster

    return open_roster()  # the database the app itself uses (PROOFSHEET_HOME is per test)


@pytest.fixture
def window(qtbot):
    from desktop.app import create_main_window

    roster = _stored_roster()
    for name in ROSTER:
        roster.add(name)
    roster.database.close()
    main = create_main_window(install_hooks=False)
    qtbot.addWidget(main)
    # the roster is read after the first findings; its findings follow without a new engine analysis
    qtbot.waitUntil(
        lambda: main.is_built and bool(_unknown(main)) and not main.controller.analysis_running, timeout=30000
    )
    yield main
    main.close()


def _unknown(window, name: str | None = None):
    found = [f for f in window.controller.findings() if f.check == UNKNOWN]
    return [f for f in found if name is None or f"“{name}”" in f.message]


def _full_analysis(window):
    """What a full analysis of the page reports: the engine's findings and the roster's (storage's own check)."""
    from storage.roster_check import unknown_reporter_findings

    document = window.controller.document
    return set(engine_gateway.analyse(document)) | set(unknown_reporter_findings(document, _stored_roster()))


def test_unknown_bylines_are_info_findings_with_the_nearest_roster_names(window, qtbot):
    controller = window.controller
    panel = window.findings_panel
    found = _unknown(window)
    assert {f.message for f in found} == {f"署名“{name}”不在记者名册中" for name in ("张同建", "宋瑜", "狄国敬")}
    assert all(f.severity is Severity.INFO and not f.fixable for f in found)
    assert set(controller.findings()) == _full_analysis(window), "the same findings as the CLI's `check`"
    groups = {panel.model.item(r).text() for r in range(panel.model.rowCount())}
    assert f"署名不在记者名册  ({len(found)})" in groups, "a group of its own"

    zhang = _unknown(window, "张同建")[0]
    assert zhang.article == 0
    panel.select_finding(zhang)
    detail = panel.detail.toPlainText()
    assert "名册中最接近的：张同健（zhang tong jian）" in detail
    assert panel.fix_button.text() == "加入记者名册" and panel.fix_button.isEnabled()
    assert panel.fix_all_button.text() == "全部加入名册…", "the check's 'fix all' is the roster offer"
    window.go_to_finding(zhang)
    assert window.editor.current_article_index() == 0

    # one click: the name goes into the database, the finding goes, completion offers the name
    panel.fix_button.click()
    qtbot.waitUntil(lambda: not _unknown(window, "张同建"), timeout=20000)
    assert _stored_roster().get("张同建") is not None
    assert {f.message for f in _unknown(window)} == {"署名“宋瑜”不在记者名册中", "署名“狄国敬”不在记者名册中"}
    assert controller.undo_stack.count() == 0, "the page itself did not change"
    assert "张同建" in window.statusBar().currentMessage()
    field = window.editor.byline_field
    window.editor.show_article(1)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "ztj")
    assert sorted(window.editor.roster_completer.suggestions()) == sorted(["张同建", "张同健"])

    # Ctrl+Return on such a finding does the same
    window.findings_panel.select_finding(_unknown(window, "宋瑜")[0])
    window.actions["apply_fix"].trigger()
    qtbot.waitUntil(lambda: not _unknown(window, "宋瑜"), timeout=20000)
    assert set(controller.findings()) == _full_analysis(window)


def test_findings_follow_edits_like_a_full_analysis(window, qtbot):
    controller = window.controller
    editor = window.editor
    closing = next(a.index for a in controller.articles() if engine_gateway.byline_of(a) == "宋瑜")
    # a new byline with an unknown name: the incremental re-analysis keeps the roster's findings in step
    editor.show_article(2)
    field = editor.byline_field
    field.setFocus()
    field.clear()
    type_text(field, "王刚 柳青")  # bare names, as the roster completion fills them in
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert _unknown(window, "柳青") and _unknown(window, "柳青")[0].article == 2
    assert set(controller.findings()) == _full_analysis(window)
    # a structural edit before the unknown names renumbers their blocks and articles
    editor.show_article(1)
    editor.body.setFocus()
    editor.body.place_cursor(1, 0)
    window.actions["split_article"].trigger()
    settle(qtbot, window)
    assert _unknown(window, "宋瑜")[0].article == closing + 1
    assert set(controller.findings()) == _full_analysis(window)
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    settle(qtbot, window)
    assert not _unknown(window, "柳青")
    assert set(controller.findings()) == _full_analysis(window)


def test_the_article_menu_offers_the_pages_missing_bylines(window, qtbot):
    from desktop.ui.roster_offer_dialog import RosterOfferDialog

    window.actions["offer_bylines"].trigger()
    qtbot.waitUntil(lambda: window.roster_offer_dialog is not None and window.roster_offer_dialog.isVisible())
    dialog: RosterOfferDialog = window.roster_offer_dialog
    names = [dialog.name_list.item(row).text() for row in range(dialog.name_list.count())]
    assert names == ["张同建", "宋瑜", "狄国敬"], "the names not on the roster, in page order"
    assert dialog.chosen_names() == names, "all ticked"
    dialog.name_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen_names() == ["张同建", "狄国敬"]
    dialog.add_button.click()
    qtbot.waitUntil(lambda: [f.message for f in _unknown(window)] == ["署名“宋瑜”不在记者名册中"], timeout=20000)
    stored = _stored_roster()
    assert stored.get("张同建") is not None and stored.get("狄国敬") is not None and stored.get("宋瑜") is None
    assert {"张同建", "狄国敬"} <= set(window.services.roster.names())

    # the group's own button opens the same offer, now with the one name left
    panel = window.findings_panel
    for row in range(panel.model.rowCount()):
        if panel.model.item(row).data(Qt.ItemDataRole.UserRole + 11) == UNKNOWN:
            panel.tree.setCurrentIndex(panel.model.item(row).index())
    assert panel.fix_all_button.text() == "全部加入名册…"
    panel.fix_all_button.click()
    qtbot.waitUntil(lambda: window.roster_offer_dialog is not dialog and window.roster_offer_dialog.isVisible())
    again = window.roster_offer_dialog
    assert again.chosen_names() == ["宋瑜"]
    again.reject()
    QApplication.processEvents()
    assert _unknown(window, "宋瑜"), "cancelled: nothing added"
