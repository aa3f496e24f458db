"""The rule book's findings in the real window: a group each in the findings panel, fixed with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui_helpers import open_window, settle

RULEBOOK = ("wrong-character", "variant-form", "repeated-word", "number-usage", "banned-wording")
PAGE = (
    "青禾县秋季农产品展销会开幕\n"
    "本报讯（记者 林可舟）二0二0年起，青禾县每年举办展销会，合作社的的小米很精采。\n"
    "主办方表示将再接再励，今年吸引了3千人参观，不再有人把他叫作聋子。\n"
)


def _groups(window) -> set[str]:
    panel = window.findings_panel
    return {panel.model.item(row).data(Qt.ItemDataRole.UserRole + 11) for row in range(panel.model.rowCount())}


def test_each_rulebook_check_has_a_group_and_its_fix_is_one_click(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, [page])
    assert set(RULEBOOK) <= _groups(window)
    controller = window.controller
    for check, before, after in (
        ("wrong-character", "再接再励", "再接再厉"),
        ("variant-form", "精采", "精彩"),
        ("repeated-word", "的的", "的小米"),
        ("number-usage", "3千", "3000人"),
        ("number-usage", "二0二0", "二〇二〇年"),
        ("banned-wording", "聋子", "聋人"),
    ):
        finding = next(f for f in controller.findings() if f.check == check and before in f.message + f.evidence)
        window.findings_panel.select_finding(finding)
        window.actions["apply_fix"].trigger()
        settle(qtbot, window)
        text = "\n".join(block.text for block in controller.document.blocks)
        assert after in text and before not in text, check
    remaining = {f.check for f in controller.findings()}
    assert not set(RULEBOOK) & remaining
