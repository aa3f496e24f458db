"""字数 in the article list and status bar, and the findings panel's filters, on the real window offscreen."""

from __future__ import annotations

import pytest
from gui_helpers import open_window, settle, type_text
from PySide6.QtCore import Qt

from desktop.proofing.char_count import article_char_count
from desktop.proofing.findings import Severity
from desktop.proofing.pipeline import document_from_text
from desktop.ui.article_list_model import CHAR_COUNT_ROLE
from desktop.ui.findings_panel import KEY_ROLE


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def test_char_count_counts_body_characters_without_whitespace():
    page = document_from_text("林可舟在青禾县\n\n青禾县今日天晴，气温 20 度。\n\n记者 林可舟\n", "made-up.txt")
    counted = sum(article_char_count(article) for article in page.articles())
    body = "".join(text for article in page.articles() for text in article.paragraphs)
    assert counted == sum(1 for char in body if not char.isspace())
    assert counted > 0


def _listed_keys(panel) -> list[str]:
    keys = []
    for row in range(panel.model.rowCount()):
        group = panel.model.item(row)
        keys.extend(group.child(r).data(KEY_ROLE) for r in range(group.rowCount()) if group.child(r).data(KEY_ROLE))
    return keys


def test_each_article_shows_its_char_count_and_typing_changes_it(window, qtbot):
    model, editor = window.article_model, window.editor
    articles = window.controller.articles()
    for row, article in enumerate(articles):
        assert model.index(row).data(CHAR_COUNT_ROLE) == article_char_count(article)
    editor.show_article(1)
    before = model.index(1).data(CHAR_COUNT_ROLE)
    editor.body.setFocus()
    editor.body.place_cursor(0, 0)
    type_text(editor.body, "青禾")
    settle(qtbot, window)
    assert model.index(1).data(CHAR_COUNT_ROLE) == before + 2
    assert f"本篇 {before + 2} 字" in window.position_label.text()
    assert f"正文 {before + 2} 字" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)


def test_filters_narrow_the_list_by_severity_check_and_article(window, qtbot):
    panel, controller = window.findings_panel, window.controller
    every = {f.key for f in controller.findings()}
    assert set(_listed_keys(panel)) <= every

    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData(Severity.ERROR.value))
    errors = {f.key for f in controller.findings() if f.severity is Severity.ERROR}
    assert errors and set(_listed_keys(panel)) == errors

    panel.severity_filter.setCurrentIndex(0)
    check = "halfwidth-punctuation"
    panel.check_filter.setCurrentIndex(panel.check_filter.findData(check))
    assert panel.check_filter.currentData() == check
    listed = set(_listed_keys(panel))
    assert listed and all(controller.finding_by_key(key).check == check for key in listed)

    # 本篇: the article in the editor, following it when the editor moves on
    panel.article_filter.setCurrentIndex(panel.article_filter.findData("current"))
    window.editor.show_article(2)
    in_article = {f.key for f in controller.findings_of_article(2) if f.check == check}
    assert in_article and set(_listed_keys(panel)) == in_article
    window.editor.show_article(3)
    assert set(_listed_keys(panel)) == {f.key for f in controller.findings_of_article(3) if f.check == check}

    # F8 walks only what the filters list
    for _ in range(len(in_article) + 2):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        current = panel.current_finding()
        assert current.check == check and controller.article_for_finding(current) == 3

    # all filters off: everything again
    panel.article_filter.setCurrentIndex(0)
    panel.check_filter.setCurrentIndex(0)
    assert not panel.filtering
    assert set(_listed_keys(panel)) == {f.key for f in controller.findings()}


def test_the_status_bar_count_follows_a_merge_and_its_undo_without_a_cursor_move(window, qtbot):
    """本篇 N 字 in the status bar said the count from before 与下一篇合并 (Ctrl+Shift+M) or its undo
    until the cursor moved: it must say what the article list says."""
    model, editor, controller = window.article_model, window.editor, window.controller

    def says_as_the_list() -> bool:
        row = editor.current_article_index()
        return f"本篇 {model.index(row).data(CHAR_COUNT_ROLE)} 字" in window.position_label.text()

    editor.show_article(0)
    editor.body.setFocus()
    editor.body.place_cursor(0, 0)
    settle(qtbot, window)
    assert says_as_the_list()
    before = model.index(0).data(CHAR_COUNT_ROLE)
    window.merge_article()
    settle(qtbot, window)
    assert model.index(0).data(CHAR_COUNT_ROLE) > before
    assert says_as_the_list(), window.position_label.text()
    controller.undo_stack.undo()
    settle(qtbot, window)
    assert model.index(0).data(CHAR_COUNT_ROLE) == before
    assert says_as_the_list(), window.position_label.text()


def test_fix_all_is_offered_only_for_a_kind_that_has_fixes(qtbot, tmp_path):
    """全部修正此类 on 缺少署名 (no finding of it has a fix) was enabled and said '已修正 0 处…，可一次撤销'."""
    from desktop.proofing.checks import HALFWIDTH_PUNCTUATION, MISSING_BYLINE

    page = tmp_path / "qinghe.txt"
    page.write_text(
        "青禾县举办秋季农产品展销会\n本报讯（记者 林可舟）青禾县秋季农产品展销会昨日开幕,三百多种农产品参展。\n"
        "白石镇新建文化广场投入使用\n白石镇文化广场占地二十亩,可容纳两千人同时活动。\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, files=[page])
    panel = window.findings_panel
    missing = [f for f in window.controller.findings() if f.check == MISSING_BYLINE]
    assert missing and not any(f.fixable for f in missing)
    panel.select_finding(missing[0])
    assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()
    assert panel.ignore_all_button.isEnabled()
    window._fix_all(MISSING_BYLINE)  # (as the shortcut or a stale click would ask)
    assert "已修正" not in window.statusBar().currentMessage()
    assert "没有可自动修正" in window.statusBar().currentMessage()

    halfwidth = [f for f in window.controller.findings() if f.check == HALFWIDTH_PUNCTUATION]
    panel.select_finding(halfwidth[0])
    assert panel.fix_all_button.isEnabled()
    panel.fix_all_button.click()
    settle(qtbot, window)
    assert window.statusBar().currentMessage().startswith(f"已修正 {len(halfwidth)} 处")
    window.close()


def test_picking_a_page_chrome_finding_shows_its_line_in_the_chrome_pane(qtbot, tmp_path):
    """A 页面元素 finding is about a line of no article: picking it (click, F8) selected nothing anywhere."""
    from desktop.proofing.checks import PAGE_CHROME

    page = tmp_path / "qinghe-epaper.txt"
    navigation = [f"第A0{n}版:城市新闻" for n in range(1, 8)]
    page.write_text(
        "\n".join(
            [
                "青禾日报",
                *navigation,
                "放大 缩小 默认",
                "柳湾古镇迎来赏菊季",
                "本报讯（记者 林可舟）11月4日，青禾县柳湾镇菊花文化节开幕，近百个品种的菊花沿河岸摆放。",
                "据了解，本届菊花节将持续到11月20日。",
                "上一篇  下一篇",
                "版权所有:青禾日报社  技术支持:青禾网络科技有限公司",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, files=[page])
    chrome = [f for f in window.controller.findings() if f.check == PAGE_CHROME]
    blocks = window.controller.document.blocks
    first = next(f for f in chrome if blocks[f.blocks[0]].text == "第A02版:城市新闻")
    pane = window.chrome_pane.body
    window.findings_panel.select_finding(first)
    window.findings_panel.selected.emit(first)  # (as a click in the list does)
    assert pane.textCursor().selectedText() == "第A02版:城市新闻"
    last = next(f for f in chrome if blocks[f.blocks[0]].text.startswith("版权所有"))
    window.go_to_finding(last)  # F8
    assert pane.textCursor().selectedText() == blocks[last.blocks[0]].text
    window.close()
