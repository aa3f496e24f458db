"""显示修改 shows the bylines as the export prints them: in the house byline style of the export (real window,
offscreen; the exported .docx read back)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from gui_helpers import open_window
from PySide6.QtCore import QDate

PAGE = (
    "青禾县秋收忙\n\n近日，青禾县的农民们在田间忙着收割，今年的收成比去年好。\n\n"
    "青禾县新桥通车\n\n近日，青禾县的新桥通车了。桥长三百米，连起了两个村子。\n\n记者 伍柏舟\n"
)


def _docx_paragraphs(path: Path) -> list[str]:
    """Each paragraph's text as printed with its tracked changes accepted (w:t, not w:delText)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return [
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body)) for body in re.findall(r"<w:p[ >].*?</w:p>", xml)
    ]


def test_show_changes_prints_the_byline_in_the_house_style(qtbot, tmp_path):
    page = tmp_path / "qinghe-2026-03-05.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, files=[page])
    controller = window.controller
    last = next(i for i, block in enumerate(controller.document.blocks) if block.text.startswith("近日，青禾县的新桥"))
    controller.set_block_text(last, controller.document.blocks[last].text.replace("三百米", "三百二十米"), typing=False)
    window.actions["show_changes"].trigger()
    view = window.changes_view
    qtbot.waitUntil(lambda: view.change_count >= 1, timeout=5000)
    assert "（记者 伍柏舟）" not in view.browser.toPlainText(), "as the page has it: the credit is a line of its own"

    dialog = window.show_export_dialog()
    dialog.whole_page_radio.setChecked(True)
    dialog.track_changes_box.setChecked(True)
    dialog.editor_field.setText("林可舟")
    dialog.date_edit.setDate(QDate(2026, 3, 5))
    dialog.page_spin.setValue(4)
    dialog.byline_combo.setCurrentIndex(dialog.byline_combo.findData("end_bracket"))
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    dialog.close()
    [written] = [path for path in dialog.written if path.suffix == ".docx"]
    printed = next(text for text in _docx_paragraphs(written) if "三百二十米" in text)
    assert printed.endswith("两个村子。（记者 伍柏舟）")

    # the view follows the style the export just used: the changed paragraph ends with the bracketed credit
    qtbot.waitUntil(lambda: "两个村子。（记者 伍柏舟）" in view.browser.toPlainText(), timeout=5000)
    shown = view.browser.toPlainText()
    assert "二十" in shown and "记者 伍柏舟\n" not in shown
    window.close()
