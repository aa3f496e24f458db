"""与下一篇合并 keeps the next article's headline where it stood, as a 小标题 the editor sees and decides on.

A real window offscreen on the app's own SQLite file: the merge says what became of the headline, the
body shows it as a heading (bold, centred, not indented), Ctrl+Alt+H turns it into body text and back,
undo takes the merge back, the page reopened keeps it, the Word export prints it in the 稿件小标题 style
between the two stories' paragraphs, and 拆出新稿件 at it makes it a headline again.
"""

from __future__ import annotations

from pathlib import Path

import docx
from gui_helpers import open_window, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from desktop.export import ExportOptions, export_document
from desktop.proofing.model import Role

HEADLINE = "白石镇稻谷喜获丰收"
PAGE = (
    "青禾县秋收进度过半\n"
    "本报讯（记者 林可舟）青禾县今年的秋收进度已经过半，全县农机手日夜忙碌在田间。\n"
    "县农业农村局派出技术员分片指导，帮助农户抢收抢晒。\n"
    f"{HEADLINE}\n"
    "本报讯（记者 苗若溪）白石镇今年的稻谷比去年多收了一成，农户们喜笑颜开。\n"
    "镇里新建的烘干中心每天能烘干稻谷两百吨。\n"
)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "qinghe.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _heading_paragraph(window) -> int:
    """The body paragraph (of the article on screen) that holds the merged headline."""
    return window.editor.body.paragraph_texts().index(HEADLINE)


def _looks_like_a_heading(window, paragraph: int) -> bool:
    block = window.editor.body.document().findBlockByNumber(paragraph)
    bold = all(r.format.fontWeight() >= QFont.Weight.Bold for r in block.layout().formats()) and bool(
        block.layout().formats()
    )
    centred = bool(block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter)
    return bold and centred and block.blockFormat().textIndent() == 0


def test_a_merge_keeps_the_next_headline_as_an_intertitle_shown_undoable_kept_and_exported(qtbot, tmp_path):
    page = _page(tmp_path)
    window = open_window(qtbot, files=[page])
    controller = window.controller
    raw = controller.document
    assert [a.headline for a in controller.articles()] == ["青禾县秋收进度过半", HEADLINE]

    window.editor.show_article(0)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    settle(qtbot, window)
    (merged,) = controller.articles()
    roles = {block.text: block.role for block in merged.blocks}
    assert roles[HEADLINE] is Role.INTERTITLE
    assert HEADLINE in window.statusBar().currentMessage() and "小标题" in window.statusBar().currentMessage()
    paragraph = _heading_paragraph(window)
    assert 0 < paragraph < len(window.editor.body.paragraph_texts()) - 1, "where it stood, between the stories"
    assert _looks_like_a_heading(window, paragraph)
    assert not _looks_like_a_heading(window, paragraph + 1)
    heading_uid = next(block.uid for block in merged.blocks if block.text == HEADLINE)
    joins = [f for f in controller.findings() if f.check == "broken-line-break" and heading_uid in f.anchors]
    assert not joins, "a 小标题 is no paragraph cut short"

    # the editor decides: Ctrl+Alt+H makes it body text, and back; each one undo step
    window.editor.body.setFocus()
    window.editor.body.place_cursor(paragraph, 2)
    assert window.actions["toggle_intertitle"].text() == "设为正文"
    qtbot.keyClick(window.editor.body, Qt.Key.Key_H, CTRL_ALT)
    assert controller.document.blocks[controller.document.index_of_uid(heading_uid)].role is Role.BODY
    assert not _looks_like_a_heading(window, paragraph)
    assert window.actions["toggle_intertitle"].text() == "设为小标题"
    controller.undo_stack.undo()
    assert controller.document.blocks[controller.document.index_of_uid(heading_uid)].role is Role.INTERTITLE
    assert _looks_like_a_heading(window, paragraph)
    controller.undo_stack.undo()  # the merge itself
    assert controller.document == raw and len(controller.articles()) == 2
    controller.undo_stack.redo()
    settle(qtbot, window)
    merged_page = controller.document
    window.close()

    # reopened (the edits are in the database): the 小标题 is still one
    from desktop.app import create_main_window

    again = create_main_window([page], install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "continueDialog") is not None, timeout=30000)
    box = again.findChild(QMessageBox, "continueDialog")
    next(b for b in box.buttons() if b.text().startswith("继续上次校对")).click()
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert again.controller.document.blocks == merged_page.blocks
    again.editor.show_article(0)
    assert _looks_like_a_heading(again, _heading_paragraph(again))

    # the Word export prints it as a 小标题 between the two stories' paragraphs
    (tmp_path / "out").mkdir()
    [path] = export_document(
        again.controller.document, tmp_path / "out", ExportOptions(comments=False), per_article=False, whole_page=True
    )
    paragraphs = [(p.text, p.style.name) for p in docx.Document(str(path)).paragraphs]
    at = paragraphs.index((HEADLINE, "稿件小标题"))
    assert paragraphs[at - 1][1] == paragraphs[at + 1][1] == "稿件正文"
    assert sum(style == "稿件标题" for _, style in paragraphs) == 1

    # 拆出新稿件 at the 小标题 undoes the merge's effect: it heads its story again
    again.editor.body.setFocus()
    again.editor.body.place_cursor(_heading_paragraph(again), 0)
    again.split_article()
    settle(qtbot, again)
    assert [a.headline for a in again.controller.articles()] == ["青禾县秋收进度过半", HEADLINE]
    again.close()


THREE = (
    "青禾县秋收进度过半\n"
    "本报讯（记者 林可舟）青禾县今年的秋收进度已经过半，全县农机\n"
    "手日夜忙碌在田间，抢收抢晒。\n"
    "白石镇稻谷喜获丰收\n"
    "本报讯（记者 苗若溪）白石镇今年的稻谷比去年多收了一成，农户\n"
    "们喜笑颜开，烘干中心每天能烘干稻谷两百吨。\n"
    "溪口村修通进山公路\n"
    "本报讯（记者 柳青）溪口村的进山公路全长八公里，今年九月通车，\n"
    "村民出行更方便了。\n"
)


def test_the_findings_rows_name_the_articles_as_they_are_after_a_merge_and_its_undo(qtbot, tmp_path):
    """The rows of findings a merge keeps used to go on naming the article they were in before (第3篇 for 第2篇)."""
    page = tmp_path / "three.txt"
    page.write_text(THREE, encoding="utf-8")
    window = open_window(qtbot, files=[page])
    controller, panel = window.controller, window.findings_panel

    def rows() -> list[str]:
        group = panel.model.item(0)
        return [group.child(row).text().split(" · ")[0] for row in range(group.rowCount())]

    assert rows() == ["第1篇", "第2篇", "第3篇"]
    window.editor.show_article(0)
    window.merge_article()
    settle(qtbot, window)
    assert len(controller.articles()) == 2
    assert rows() == ["第1篇", "第1篇", "第2篇"]
    controller.undo_stack.undo()
    settle(qtbot, window)
    assert rows() == ["第1篇", "第2篇", "第3篇"]
    window.close()
