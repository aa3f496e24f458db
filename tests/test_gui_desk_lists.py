"""The preferences' 词表 tab in the real window: edit the people list, import and export CSV; the checks follow."""

from __future__ import annotations

from desktop.proofing import desk_lists
from tests.gui_helpers import open_window

PAGE = "青禾县召开秋收工作会议\n本报讯（记者 林可舟）昨天，市长苗若溪主持会议。\n"


def _people_findings(window) -> list:
    return [f for f in window.controller.findings() if f.check == "people-names"]


def test_people_entered_in_preferences_reach_the_check_and_csv_round_trips(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    try:
        assert _people_findings(window) == []
        dialog = window.show_preferences()
        lists = dialog.desk_lists_page
        assert lists.store is not None
        lists.show_kind("people")
        incoming = tmp_path / "people.csv"
        incoming.write_text("姓名,职务,排序\n苗若溪,市委书记,1\n", encoding="utf-8")
        assert lists.import_csv(incoming) == 1
        lists.add_row()
        row = lists.table.rowCount() - 1
        from PySide6.QtWidgets import QTableWidgetItem

        lists.table.setItem(row, 0, QTableWidgetItem("顾远山"))
        lists.table.setItem(row, 1, QTableWidgetItem("市长"))
        lists.table.setItem(row, 2, QTableWidgetItem("2"))
        assert lists.rows() == [["苗若溪", "市委书记", "1"], ["顾远山", "市长", "2"]]
        exported = tmp_path / "out.csv"
        assert lists.export_csv(exported) == 2
        assert exported.read_text(encoding="utf-8-sig").splitlines() == [
            "姓名,职务,排序",
            "苗若溪,市委书记,1",
            "顾远山,市长,2",
        ]
        lists.show_kind("whitelist")
        lists.show_kind("people")
        assert lists.table.rowCount() == 2, "switching lists keeps the edits"
        dialog.accept()
        qtbot.waitUntil(lambda: len(_people_findings(window)) == 1, timeout=30000)
        (finding,) = _people_findings(window)
        assert "市委书记" in finding.message
        store = window.services.desk_lists.store()
        assert [p.name for p in store.people()] == ["苗若溪", "顾远山"]
        again = window.show_preferences()
        again.desk_lists_page.show_kind("people")
        assert again.desk_lists_page.rows() == [["苗若溪", "市委书记", "1"], ["顾远山", "市长", "2"]]
        again.desk_lists_page.table.selectRow(0)
        again.desk_lists_page.remove_selected()
        again.desk_lists_page.table.selectRow(0)
        again.desk_lists_page.remove_selected()
        again.accept()
        qtbot.waitUntil(lambda: _people_findings(window) == [], timeout=30000)
        assert store.people() == []
    finally:
        desk_lists.install(desk_lists.DeskLists())


def test_the_word_lists_show_the_shipped_entries_with_their_source(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    dialog = window.show_preferences()
    lists = dialog.desk_lists_page
    lists.show_kind("confusions")
    rows = {row[0]: row for row in lists.rows()}
    assert rows["再接再励"][1] == "再接再厉" and rows["再接再励"][3]
    assert dialog.desk_lists_page.changed_tables() == {}
    dialog.reject()


def test_an_emptied_word_list_says_so_and_restore_default_brings_it_back(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋收工作会议\n合作社将再接再励。\n", encoding="utf-8")
    window = open_window(qtbot, [page])

    def wrong() -> list:
        return [f for f in window.controller.findings() if f.check == "wrong-character"]

    try:
        qtbot.waitUntil(lambda: len(wrong()) == 1, timeout=30000)
        dialog = window.show_preferences()
        lists = dialog.desk_lists_page
        lists.show_kind("confusions")
        shipped = lists.table.rowCount()
        assert "默认词表" in lists.state_label.text() and lists.restore_button.isEnabled()
        lists.table.selectAll()
        lists.remove_selected()
        assert lists.rows() == [] and "为空" in lists.state_label.text() and str(shipped) in lists.state_label.text()
        dialog.accept()
        qtbot.waitUntil(lambda: wrong() == [], timeout=30000)  # emptied: nothing flagged, no silent fallback
        store = window.services.desk_lists.store()
        assert store.state("confusions").state == "empty"
        again = window.show_preferences()
        lists = again.desk_lists_page
        lists.show_kind("confusions")
        assert lists.rows() == [] and "为空" in lists.state_label.text()
        assert lists.restore_default() == shipped
        assert "默认词表" in lists.state_label.text()
        lists.show_kind("people")
        assert not lists.restore_button.isEnabled() and "人名表为空" in lists.state_label.text()
        again.accept()
        qtbot.waitUntil(lambda: len(wrong()) == 1, timeout=30000)
        assert store.state("confusions").state == "shipped"
    finally:
        desk_lists.install(desk_lists.DeskLists())
