"""Ignoring findings in the real window (offscreen, the app's own SQLite file under the test's home).

An ignore is one undo step, 忽略全部此类 ignores a whole check in one, the 已忽略 filter lists
the ignored findings and takes an ignore back, and the ignores and article statuses are
remembered with the page: the next start shows the page with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_window, settle, type_text
from PySide6.QtCore import QDate

from desktop.proofing.checks import HALFWIDTH_PUNCTUATION, UNBALANCED_PAIR
from desktop.ui.document_controller import ArticleStatus
from desktop.ui.findings_panel import KEY_ROLE

ARTICLES = [
    ("青禾县举办秋季农产品展销会", "林可舟"),
    ("白石镇新建文化广场投入使用", "周晚晴"),
    ("溪口村修通进山公路", "柳青"),
]


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    lines = []
    for number, (headline, reporter) in enumerate(ARTICLES):
        lines += [
            headline,
            f"本报讯（记者 {reporter}）第{number + 1}篇稿件的第一段,写的是当地的新变化。",
            f"“这是第{number + 1}篇稿件里没有收尾的引语，村民说。",
            f"第{number + 1}篇稿件的最后一段。",
        ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _keys(findings) -> set[str]:
    return {finding.key for finding in findings}


def _of(window, check):
    return [f for f in window.controller.findings() if f.check == check]


def test_ignores_are_undoable_listed_and_remembered_with_the_page(qtbot, page_file):
    from desktop.app import create_main_window

    window = open_window(qtbot, files=[page_file])
    controller, panel = window.controller, window.findings_panel
    quotes = _of(window, UNBALANCED_PAIR)
    assert len(quotes) == len(ARTICLES)
    target = quotes[0]

    panel.select_finding(target)
    panel.ignore_button.click()
    assert target.key not in _keys(controller.findings())
    assert _keys(controller.ignored_findings()) == {target.key}
    assert panel.ignored_filter.text() == "已忽略 (1)"

    # typing in another article and fixing every half-width mark leave it ignored
    window.editor.show_article(2)
    window.editor.body.setFocus()
    window.editor.body.place_cursor(2, 0)
    type_text(window.editor.body, "新")
    settle(qtbot, window)
    assert controller.fix_all(HALFWIDTH_PUNCTUATION, 0.0) == len(ARTICLES)
    settle(qtbot, window)
    assert not _of(window, HALFWIDTH_PUNCTUATION)
    assert target.key not in _keys(controller.findings())
    assert _keys(controller.ignored_findings()) == {target.key}

    # one undo step each: the fix-all, the typing, the ignore
    stack = controller.undo_stack
    for _ in range(3):
        stack.undo()
    settle(qtbot, window)
    assert target.key in _keys(controller.findings()) and not controller.ignored_findings()
    stack.redo()
    assert target.key not in _keys(controller.findings())
    stack.redo()
    stack.redo()
    settle(qtbot, window)

    # 忽略全部此类: every unpaired quote at once, one undo step
    before = stack.count()
    window.findings_panel.select_finding(_of(window, UNBALANCED_PAIR)[0])
    panel.ignore_all_button.click()
    assert not _of(window, UNBALANCED_PAIR)
    assert _keys(controller.ignored_findings()) == {f.key for f in quotes}
    assert stack.count() == before + 1
    stack.undo()
    assert {f.key for f in _of(window, UNBALANCED_PAIR)} == {f.key for f in quotes[1:]}
    stack.redo()

    # the 已忽略 filter lists them; 取消忽略 brings one back
    panel.ignored_filter.setChecked(True)
    listed = [panel.model.item(0).child(row).data(KEY_ROLE) for row in range(panel.model.item(0).rowCount())]
    assert set(listed) == {f.key for f in quotes}
    panel.select_finding(quotes[2])
    assert panel.ignore_button.text() == "取消忽略" and not panel.fix_all_button.isEnabled()
    panel.ignore_button.click()
    assert quotes[2].key in _keys(controller.findings())
    panel.ignored_filter.setChecked(False)
    assert panel.model.rowCount() > 0

    window.editor.show_article(1)
    window.mark_proofed()
    kept_ignores = _keys(controller.ignored_findings())
    edited = controller.document
    window.close()

    # the next start restores the page with its ignores and statuses
    again = create_main_window(install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert again.controller.document == edited
    assert _keys(again.controller.ignored_findings()) == kept_ignores == {quotes[0].key, quotes[1].key}
    assert not kept_ignores & _keys(again.controller.findings())
    statuses = [again.controller.status_of(article) for article in again.controller.articles()]
    assert statuses == [ArticleStatus.DRAFT, ArticleStatus.PROOFED, ArticleStatus.DRAFT]
    again.close()


def test_a_status_stays_with_its_article_when_an_article_is_split_off_before_it(qtbot, page_file):
    """Statuses are kept by the article (the uid of its first block), not by its place on the page."""
    from desktop.app import create_main_window

    window = open_window(qtbot, files=[page_file])
    controller = window.controller
    window.editor.show_article(2)
    window.mark_proofed()  # 溪口村修通进山公路 (the third article)
    # a new article from the first article's second paragraph: the proofed one becomes the fourth
    window.editor.show_article(0)
    window.editor.body.setFocus()
    window.editor.body.place_cursor(1, 0)
    window.split_article()
    settle(qtbot, window)

    def proofed(ctrl) -> list[str]:
        return [a.headline for a in ctrl.articles() if ctrl.status_of(a) is ArticleStatus.PROOFED]

    assert len(controller.articles()) == len(ARTICLES) + 1
    assert proofed(controller) == [ARTICLES[2][0]]
    window.editor.show_article(1)
    window.mark_proofed()  # the new article, which has no headline yet
    edited = controller.document
    window.close()

    again = create_main_window(install_hooks=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert again.controller.document == edited
    statuses = [again.controller.status_of(article) for article in again.controller.articles()]
    assert statuses == [ArticleStatus.DRAFT, ArticleStatus.PROOFED, ArticleStatus.DRAFT, ArticleStatus.PROOFED]
    assert proofed(again.controller) == ["", ARTICLES[2][0]]
    again.close()


def test_exporting_the_whole_page_files_it_as_published(qtbot, page_file, tmp_path):
    """mark_exported, wired in: the page's headlines enter the archive, which never reports the page itself."""
    from desktop.proofing.checks import ARCHIVE_DUPLICATE
    from storage.archive import open_archive

    window = open_window(qtbot, files=[page_file])
    dialog = window.show_export_dialog()
    dialog.page_spin.setValue(6)  # (出版日期 and 版次 are asked, never assumed)
    dialog.date_edit.setDate(QDate(2024, 3, 5))
    dialog.whole_page_radio.setChecked(True)
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    controller = window.controller
    assert [controller.status_of(a) for a in controller.articles()] == [ArticleStatus.EXPORTED] * len(ARTICLES)
    archive = open_archive()
    qtbot.waitUntil(lambda: archive.count() == len(ARTICLES), timeout=20000)
    assert archive.find_similar(ARTICLES[1][0])[0].similarity == 1.0
    controller.analyse_now()
    settle(qtbot, window)
    assert not _of(window, ARCHIVE_DUPLICATE), "the page's own archived headlines are not re-runs"
    window.close()


def test_a_page_saved_then_exported_is_archived_under_its_edition_and_never_reports_itself(qtbot, page_file, tmp_path):
    """保存 rewrites the page's file before the export: the archive still knows the page as its own, and files its
    headlines under the 出版日期 and 版次 the export dialog was given (not the day of the export, no page)."""
    from desktop.app import create_main_window
    from desktop.proofing.checks import ARCHIVE_DUPLICATE
    from storage.archive import open_archive

    window = open_window(qtbot, files=[page_file])
    assert window.controller.fix_all(HALFWIDTH_PUNCTUATION, 0.0) == len(ARTICLES)
    settle(qtbot, window)
    before = page_file.read_bytes()
    assert window.save_page()
    assert page_file.read_bytes() != before
    dialog = window.show_export_dialog()
    dialog.page_spin.setValue(6)
    dialog.date_edit.setDate(QDate(2024, 3, 5))
    dialog.whole_page_radio.setChecked(True)
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    archive = open_archive()
    qtbot.waitUntil(lambda: archive.count() == len(ARTICLES), timeout=20000)
    filed = archive.find_similar(ARTICLES[1][0])[0]
    assert (filed.edition_date, filed.page) == ("2024-03-05", "6")
    window.controller.analyse_now()
    settle(qtbot, window)
    assert not _of(window, ARCHIVE_DUPLICATE), "the page's own archived headlines are not re-runs"
    window.close()

    again = create_main_window(install_hooks=False)  # the next start restores the page from its saved file
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_built and again.controller.analysed_once, timeout=30000)
    assert not _of(again, ARCHIVE_DUPLICATE)
    again.close()
