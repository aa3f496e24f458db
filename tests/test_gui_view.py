"""The real window, offscreen: every block shows exactly once, and the export prints what the widgets show.

The text is read from the widgets themselves (heading and byline fields, the body, the chrome
pane) and compared with the .docx files the export dialog's exporter writes, read back with
python-docx.  ``test_view_export.py`` checks the same on random pages without Qt.
"""

from __future__ import annotations

import docx
import pytest
from gui_helpers import open_window, settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from test_view_export import PANE_OF_STYLE

from desktop.proofing.model import Block, Document, Role
from desktop.proofing.view import Pane, article_view, chrome_view
from desktop.ui.docx_exporter import DocxExporter
from desktop.ui.services import ExportProgress, ExportRequest

WRAPPED_FIRST, WRAPPED_SECOND = "青禾县柳湾镇", "秋粮喜获丰收"
LINES = [
    ("青禾日报 2026年3月5日 第2版", Role.CHROME, False),
    ("金秋时节访田间", Role.SUBTITLE, True),
    (WRAPPED_FIRST, Role.HEADLINE, False),
    (WRAPPED_SECOND, Role.HEADLINE, False),  # the headline's second line, as the PDF wrapped it
    ("机收率超过九成", Role.SUBTITLE, False),
    ("本报青禾3月4日讯", Role.DATELINE, False),
    ("连日来，青禾县柳湾镇的田野里一派繁忙景象。", Role.BODY, False),
    ("图为柳湾镇农民驾驶收割机作业。", Role.CAPTION, False),
    ("镇农技站站长林可舟介绍，今年全镇粮食亩产再创新高。", Role.BODY, False),
    ("□记者 苗若溪", Role.BYLINE, False),
    ("通讯员 韩松岭", Role.BYLINE, False),
    ("上一篇  下一篇", Role.CHROME, False),
    ("青禾县举办农民丰收节", Role.HEADLINE, True),
    ("丰收节上，来自全县的农户带来了自家的特产。", Role.BODY, False),
]


def made_page() -> Document:
    blocks = tuple(
        Block(uid=i, text=text, role=role, starts_article=starts, origin=(i,))
        for i, (text, role, starts) in enumerate(LINES)
    )
    return Document(blocks, source_name="青禾日报-2026-03-05.txt")


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    main.controller.load(made_page(), None)
    qtbot.waitUntil(lambda: main.controller.analysed_once, timeout=20000)
    settle(qtbot, main)
    yield main
    main.close()


def exported(window, tmp_path, *, per_article: bool) -> list[list[tuple[Pane, str]]]:
    controller = window.controller
    folder = tmp_path / ("articles" if per_article else "page")
    folder.mkdir(exist_ok=True)
    request = ExportRequest(
        document=controller.document,
        findings=(),
        article_indices=tuple(range(len(controller.articles()))),
        one_file_per_article=per_article,
        folder=folder,
        with_comments=False,
        track_changes=False,
        overwrite=True,
    )
    paths = DocxExporter().export(request, ExportProgress(lambda done, total: None))
    return [[(PANE_OF_STYLE[p.style.name], p.text) for p in docx.Document(str(path)).paragraphs] for path in paths]


def widget_lines(window) -> list[list[tuple[Pane, str]]]:
    """Each article's lines as its widgets show them (showing each article in turn)."""
    editor = window.editor
    current = editor.current_article_index()
    lines = []
    for article in window.controller.articles():
        editor.show_article(article.index)
        lines.append(editor.shown_lines())
    if current is not None:
        editor.show_article(current)
    return lines


def assert_prints_what_is_shown(window, tmp_path) -> None:
    controller = window.controller
    shown = widget_lines(window)
    chrome = window.chrome_pane.shown_lines()
    document = controller.document
    assert shown == [[(line.pane, line.text) for line in article_view(document, a)] for a in controller.articles()]
    assert chrome == [(line.pane, line.text) for line in chrome_view(document)]
    assert exported(window, tmp_path, per_article=True) == shown
    [page] = exported(window, tmp_path, per_article=False)
    assert [line for line in page if line[0] is not Pane.CHROME] == [line for article in shown for line in article]
    assert [line for line in page if line[0] is Pane.CHROME] == chrome
    assert sorted("".join(text for _, text in page)) == sorted("".join(b.text for b in document.blocks))


def test_every_line_of_a_page_is_shown_once_and_printed_as_shown(window, tmp_path):
    editor = window.editor
    editor.show_article(0)
    assert [(row.pane, row.field.text()) for row in editor.header_rows] == [
        (Pane.KICKER, "金秋时节访田间"),
        (Pane.HEADLINE, WRAPPED_FIRST),
        (Pane.HEADLINE, WRAPPED_SECOND),
        (Pane.SUBTITLE, "机收率超过九成"),
        (Pane.BYLINE, "□记者 苗若溪"),
        (Pane.BYLINE, "通讯员 韩松岭"),
    ]
    assert all(row.field.isVisible() for row in editor.header_rows)
    assert window.chrome_pane.isVisible()
    assert window.chrome_pane.shown_lines() == [(Pane.CHROME, LINES[0][0]), (Pane.CHROME, LINES[11][0])]
    assert_prints_what_is_shown(window, tmp_path)


def test_completing_a_wrapped_headline_by_hand_leaves_no_stray_half_in_print(window, qtbot, tmp_path):
    editor = window.editor
    editor.show_article(0)
    field = editor.headline_field
    field.setFocus()
    field.selectAll()
    type_text(field, WRAPPED_FIRST + WRAPPED_SECOND)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    stray = next(row for row in editor.header_rows if row.field.text() == WRAPPED_SECOND)
    assert stray.pane is Pane.HEADLINE, "the stray half is still on screen, where the editor can see it"
    assert_prints_what_is_shown(window, tmp_path)
    stray = next(row for row in editor.header_rows if row.field.text() == WRAPPED_SECOND)

    stray.field.setFocus()
    stray.field.selectAll()
    qtbot.keyClick(stray.field, Qt.Key.Key_Delete)
    qtbot.keyClick(stray.field, Qt.Key.Key_Return)
    headings = [(row.pane, row.field.text()) for row in editor.header_rows if row.pane is Pane.HEADLINE]
    assert headings == [(Pane.HEADLINE, WRAPPED_FIRST + WRAPPED_SECOND)]
    assert WRAPPED_SECOND not in [row.field.text() for row in editor.header_rows]
    assert_prints_what_is_shown(window, tmp_path)
    [page] = exported(window, tmp_path, per_article=False)
    assert [text for pane, text in page if pane is Pane.HEADLINE] == [WRAPPED_FIRST + WRAPPED_SECOND, LINES[12][0]]

    window.actions["undo"].trigger()
    assert [row.field.text() for row in editor.header_rows if row.pane is Pane.HEADLINE] == [
        WRAPPED_FIRST + WRAPPED_SECOND,
        WRAPPED_SECOND,
    ]


def test_page_chrome_is_edited_in_its_own_pane_and_printed_as_edited(window, qtbot, tmp_path):
    pane = window.chrome_pane
    body = pane.body
    body.setFocus()
    body.place_cursor(1, 0)
    for _ in range(len(LINES[11][0])):
        qtbot.keyClick(body, Qt.Key.Key_Delete)
    type_text(body, "返回目录")
    assert pane.shown_lines() == [(Pane.CHROME, LINES[0][0]), (Pane.CHROME, "返回目录")]
    assert_prints_what_is_shown(window, tmp_path)


def test_the_header_reuses_its_lines_and_labels_from_article_to_article(window):
    editor = window.editor
    labels = lambda: [label.text() for label in editor._labels if label.isVisible()]  # noqa: E731
    editor.show_article(0)
    assert labels() == ["引题", "标题", "标题", "副题", "署名", "署名"]
    widgets = set(editor.findChildren(QLabel)) | set(editor.findChildren(QLineEdit))
    for _ in range(3):
        editor.show_article(1)
        assert labels() == ["标题", "副题", "署名"]
        editor.show_article(0)
    assert set(editor.findChildren(QLabel)) | set(editor.findChildren(QLineEdit)) == widgets


def test_a_page_with_many_chrome_lines_opens_its_chrome_pane_at_the_first_line(qtbot):
    main = open_window(qtbot)
    try:
        chrome = [f"青禾日报 第{n}版 上一版 下一版" for n in range(1, 25)]
        lines = [(text, Role.CHROME, False) for text in chrome] + list(LINES[1:])
        blocks = tuple(
            Block(uid=i, text=text, role=role, starts_article=starts, origin=(i,))
            for i, (text, role, starts) in enumerate(lines)
        )
        main.controller.load(Document(blocks, source_name="青禾日报-2026-03-06.txt"), None)
        qtbot.waitUntil(lambda: main.controller.analysed_once, timeout=20000)
        settle(qtbot, main)
        body = main.chrome_pane.body
        assert body.verticalScrollBar().maximum() > 0, "the pane must be too short for its lines"
        assert body.verticalScrollBar().value() == 0
        assert body.textCursor().position() == 0
    finally:
        main.close()
