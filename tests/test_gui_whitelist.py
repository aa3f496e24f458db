"""加入白名单 in the real window: the term is silenced for the desk (in the database); undo brings it back."""

from __future__ import annotations

from desktop.proofing import desk_lists
from tests.gui_helpers import open_window

PAGE = "青禾县召开秋收工作会议\n本报讯（记者 林可舟）合作社将再接再励，争取明年丰收。\n白石镇也要再接再励。\n"


def _wrong_characters(controller) -> list:
    return [f for f in controller.findings() if f.check == "wrong-character"]


def test_whitelisting_a_term_silences_it_and_undo_brings_it_back(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    controller = window.controller
    try:
        assert len(_wrong_characters(controller)) == 2
        panel = window.findings_panel
        panel.select_finding(_wrong_characters(controller)[0])
        assert panel.whitelist_button.isVisibleTo(panel) and panel.whitelist_button.isEnabled()
        panel.whitelist_button.click()
        qtbot.waitUntil(lambda: not _wrong_characters(controller), timeout=30000)
        store = window.services.desk_lists.store()
        assert store.whitelist() == ["再接再励"]
        assert "再接再励" in controller.undo_stack.undoText()
        controller.undo_stack.undo()
        qtbot.waitUntil(lambda: len(_wrong_characters(controller)) == 2, timeout=30000)
        assert store.whitelist() == []
        other = next(f for f in controller.findings() if f.check == "wrong-character")
        panel.select_finding(other)
        assert panel.whitelist_button.isVisibleTo(panel)
    finally:
        desk_lists.install(desk_lists.DeskLists())


def test_the_whitelist_button_is_only_for_rule_book_findings(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋收工作会议\n昨天,青禾县召开会议.\n", encoding="utf-8")
    window = open_window(qtbot, [page])
    finding = next(f for f in window.controller.findings() if f.check == "halfwidth-punctuation")
    window.findings_panel.select_finding(finding)
    assert not window.findings_panel.whitelist_button.isVisibleTo(window.findings_panel)
    assert not window.whitelist_finding(finding)
