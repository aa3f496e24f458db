"""Screenshots of the desktop app with the bundled sample page, for the README.

Runs the real main window (offscreen by default; ``--platform xcb`` under Xvfb
works too) with a fresh user profile and CJK fonts from the system (install
``fonts-noto-cjk`` on Linux), and writes:

- ``docs/screenshots/main-window.png``: the sample page, a broken line break
  selected in the findings panel (its two halves and the word that spans them),
- ``docs/screenshots/inline-mark.png``: the mouse on an inline mark, with its tooltip,
- ``docs/screenshots/export-dialog.png``: the export dialog over the window,
- ``docs/screenshots/selection-follows.png``: a finding picked in the list, shown selected in its article,
- ``docs/screenshots/show-changes.png``: fixes made, the last one lit up, and the 显示修改 pane,
- ``docs/screenshots/rulebook-panel.png``: a made-up page whose findings fill the rule book's groups
  (别字, 异形词, 数字用法, 禁用词, …) in the panel, a wrong character selected,
- ``docs/screenshots/english-ui.png``: the English interface, its findings and evidence in English.

Usage: python tools/screenshots.py [--out docs/screenshots] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Made-up text (invented names and places) with one slip of each kind the rule book checks.
RULEBOOK_PAGE = (
    "青禾县秋季农产品展销会开幕\n"
    "本报讯（记者 林可舟）二0二0年起，青禾县每年举办展销会，合作社的的小米很精采。\n"
    "主办方表示将再接再励，今年吸引了3千人参观，预计投资10～20万元，不再有人把他叫作聋子。\n"
    "\n"
    "白石镇新建文化广场投入使用\n"
    "（记者 苗若溪）\n"
    "本报讯 2026年12月7日（星期二），白石镇新建的文化广场投入使用，当晚的广场舞表演十分精采。\n"
)


def wait_until(app: object, condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("the app did not get ready in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def settle(app: object, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ["PROOFSHEET_HOME"] = tempfile.mkdtemp(prefix="proofsheet-shots-")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QColor, QCursor, QHelpEvent, QPainter, QPolygon
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.app import create_main_window

    window = create_main_window(install_hooks=False)
    window.resize(1440, 900)
    wait_until(app, lambda: window.is_built and window.controller.analysed_once)
    settle(app)

    # 1. the main window: a broken line break selected, shown in the text and in the panel
    controller = window.controller
    breaks = [f for f in controller.findings() if f.check == "broken-line-break"]
    chosen = next((f for f in breaks if f.article == 0), breaks[0])
    window.go_to_finding(chosen)
    window.findings_panel.tree.setFocus()
    settle(app)
    window.grab().save(str(args.out / "main-window.png"))

    # 2. an inline mark under the mouse, with its tooltip
    body = window.editor.body
    paragraph, pairs = next(iter(body._marked.items()))
    mark, _finding = next((pair for pair in pairs if pair[1].check == "halfwidth-punctuation"), pairs[0])
    block = body.document().findBlockByNumber(paragraph)
    cursor = body.textCursor()
    cursor.setPosition(block.position() + mark.start)
    body.setTextCursor(cursor)
    body.ensureCursorVisible()
    settle(app)
    left = body.cursorRect(cursor)
    cursor.setPosition(block.position() + mark.start + 1)
    right = body.cursorRect(cursor)
    where = QPoint((left.center().x() + right.center().x()) // 2, left.center().y())
    global_pos = body.viewport().mapToGlobal(where)
    QCursor.setPos(global_pos)
    app.sendEvent(body.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, global_pos))
    settle(app, 0.5)
    shot = window.grab()
    tip = next((w for w in app.topLevelWidgets() if w.inherits("QLabel") and w.isVisible()), None)
    if tip is None:
        print("warning: no tooltip appeared", file=sys.stderr)
    if tip is not None:
        painter = QPainter(shot)
        origin = window.mapFromGlobal(tip.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(origin, tip.grab())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#111827"))
        painter.setBrush(QColor("#ffffff"))
        arrow = window.mapFromGlobal(global_pos)
        # a small mouse pointer, so the picture shows what is being hovered
        outline = [(0, 0), (0, 16), (4, 12), (8, 19), (10, 18), (6, 11), (11, 11)]
        painter.drawPolygon(QPolygon([arrow + QPoint(x, y) for x, y in outline]))
        painter.end()
    shot.save(str(args.out / "inline-mark.png"))
    if tip is not None:
        tip.hide()

    # 3. the export dialog over the window
    dialog = window.show_export_dialog()
    dialog.per_article_radio.setChecked(True)
    dialog.page_spin.setValue(6)
    dialog.byline_combo.setCurrentIndex(dialog.byline_combo.findData("right"))  # one house byline style
    # The folder an editor on Windows sees, not this machine's home folder.
    dialog.folder_field.setText("C:\\Users\\编辑部\\Documents\\校样导出\\2020-09-16")
    settle(app)
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(17, 24, 39, 70))
    dialog_image = dialog.grab()
    painter.drawPixmap(
        (shot.width() - dialog_image.width()) // 2, (shot.height() - dialog_image.height()) // 3, dialog_image
    )
    painter.end()
    shot.save(str(args.out / "export-dialog.png"))
    dialog.close()

    # 4. a finding picked in the list (a click): the editor goes to its article and selects it
    panel = window.findings_panel
    picked = next(
        f
        for f in controller.findings()
        if f.check == "halfwidth-punctuation" and (controller.article_for_finding(f) or 0) >= 2 and f.spans
    )
    item = panel._items[picked.key]
    panel.tree.setFocus()
    panel.tree.scrollTo(item.index())
    panel.tree.setCurrentIndex(item.index())  # (as a click does)
    settle(app)
    window.grab().save(str(args.out / "selection-follows.png"))

    # 5. fixes made: the last one lit up in the text, every change in the 显示修改 pane
    for _ in range(100):  # (each fix moves the findings after it: pick the next one afresh)
        fixable = [f for f in controller.findings() if f.fixable and controller.article_for_finding(f) in (1, 2)]
        if not fixable:
            break
        controller.fix(fixable[0])
    wait_until(app, lambda: controller.analysis_settled)
    fixes = [f for f in controller.findings() if f.fixable and controller.article_for_finding(f) == 0]
    window.go_to_finding(fixes[1])  # (the next one is in the same article: the editor stays, the trace shows)
    window.actions["show_changes"].trigger()
    panel.fix_button.click()
    settle(app, 0.6)
    window.grab().save(str(args.out / "show-changes.png"))
    window.close()

    # 6. the rule book's groups in the panel, on a made-up page with one slip of each kind
    page = Path(os.environ["PROOFSHEET_HOME"]) / "page.txt"
    page.write_text(RULEBOOK_PAGE, encoding="utf-8")
    rulebook = create_main_window([page], install_hooks=False)
    rulebook.resize(1440, 900)
    wait_until(app, lambda: rulebook.is_built and rulebook.controller.analysed_once)
    wait_until(app, lambda: rulebook.controller.analysis_settled)
    settle(app)
    wrong = next(f for f in rulebook.controller.findings() if f.check == "wrong-character")
    rulebook.go_to_finding(wrong)
    rulebook.findings_panel.tree.setFocus()
    settle(app)
    rulebook.grab().save(str(args.out / "rulebook-panel.png"))
    rulebook.close()

    # 7. the English interface: menus, panel titles, finding messages and evidence all in English
    from desktop.ui.settings import open_settings
    from desktop.ui.translations import remove_translator

    settings = open_settings()
    settings.setValue("preferences/language", "en")
    settings.sync()
    english = create_main_window(install_hooks=False)  # (the sample again, restored with its fixes)
    english.resize(1440, 900)
    wait_until(app, lambda: english.is_built and english.controller.analysed_once)
    settle(app)
    findings = english.controller.findings()
    chosen = next((f for f in findings if f.check == "broken-line-break" and (f.article or 0) >= 3), findings[0])
    english.go_to_finding(chosen)
    english.findings_panel.tree.setFocus()
    settle(app)
    english.grab().save(str(args.out / "english-ui.png"))
    remove_translator(app, english.translator)
    english.close()
    names = (
        "main-window.png",
        "inline-mark.png",
        "export-dialog.png",
        "selection-follows.png",
        "show-changes.png",
        "rulebook-panel.png",
        "english-ui.png",
    )
    for name in names:
        print(args.out / name)

    return 0


if __name__ == "__main__":
    sys.exit(main())
