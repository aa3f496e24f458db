"""The export dialog a print desk accepts: 出版日期 and 版次 shown and remembered, the editor's name on tracked
changes, comments in the app's words, progress counting the files; on the real window offscreen."""

from __future__ import annotations

import datetime as dt
import zipfile

import docx
import pytest
from gui_helpers import open_window
from PySide6.QtCore import QDate

from desktop.proofing.pipeline import CHECK_NAMES
from desktop.ui.export_memory import page_from_source_name


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def test_page_number_comes_from_the_file_name_never_from_its_date():
    assert page_from_source_name("liaocheng-2020-09-16.txt") is None
    assert page_from_source_name("qinghe-2024-03-05-06.txt") == 6
    assert page_from_source_name("青禾日报第3版.txt") == 3
    assert page_from_source_name("qinghe_20240305_A07.docx") == 7
    assert page_from_source_name("page.txt") is None


def _export(dialog, qtbot, folder):
    dialog.folder_field.setText(str(folder))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    return sorted(folder.glob("*.docx"))


def _xml(path, part):
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8") if part in archive.namelist() else ""


def test_date_and_page_are_asked_used_and_remembered(window, qtbot, tmp_path):
    dialog = window.show_export_dialog()
    assert dialog.edition_date == dt.date(2020, 9, 16), "the sample's file name holds its date"
    assert "取自文件名" in dialog.edition_origin.text()
    assert dialog.page_number is None and dialog.page_spin.text() == "请填写", "never page 01 unasked"
    dialog.per_article_radio.setChecked(True)
    dialog.comments_box.setChecked(True)
    dialog.folder_field.setText(str(tmp_path / "a"))
    dialog.export_button.click()
    assert "版次" in dialog.status_label.text() and not dialog.is_running()
    assert not list((tmp_path / "a").glob("*.docx"))

    dialog.page_spin.setValue(6)
    files = _export(dialog, qtbot, tmp_path / "a")
    articles = len(window.controller.articles())
    assert len(files) == articles
    assert all(path.name.startswith("20200916-06-") for path in files)
    header = "\n".join(p.text for p in docx.Document(str(files[0])).sections[0].header.paragraphs)
    assert "2020年9月16日" in header and "第06版" in header
    # the progress bar counted the files
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == articles
    assert dialog.progress_bar.text() == f"{articles} / {articles} 个文件"
    # comments in the app's words: no internal check names, 可信度 as the panel says it
    comments = _xml(files[0], "word/comments.xml")
    assert "可信度" in comments and "置信度" not in comments
    assert not [name for name in CHECK_NAMES if name in comments]
    dialog.close()

    # the next export of this page brings its date, page and options back
    dialog = window.show_export_dialog()
    assert (dialog.edition_date, dialog.page_number) == (dt.date(2020, 9, 16), 6)
    assert "上次导出" in dialog.edition_origin.text()
    assert dialog.per_article_radio.isChecked() and dialog.comments_box.isChecked()
    dialog.close()


def test_a_page_without_a_date_in_its_name_asks_for_one(qtbot, tmp_path):
    page = tmp_path / "qinghe.txt"
    page.write_text("青禾县举行春耕动员会\n\n本报讯（记者 林可舟）青禾县昨日举行春耕动员会。\n", encoding="utf-8")
    window = open_window(qtbot, files=[page])
    dialog = window.show_export_dialog()
    if dialog.edition_date is None:  # (no earlier export in this profile gave a date)
        assert dialog.date_edit.text() == "请选择日期"
        dialog.page_spin.setValue(2)
        dialog.folder_field.setText(str(tmp_path / "out"))
        dialog.export_button.click()
        assert "出版日期" in dialog.status_label.text() and not dialog.is_running()
    else:
        assert "上次导出" in dialog.edition_origin.text()
    dialog.date_edit.setDate(QDate(2024, 3, 5))
    dialog.page_spin.setValue(2)
    files = _export(dialog, qtbot, tmp_path / "out")
    assert files and all(path.name.startswith("20240305-02-") for path in files)
    dialog.close()
    window.close()


def test_tracked_changes_are_authored_by_the_editor_asked_once(window, qtbot, tmp_path):
    controller = window.controller
    controller.fix(next(f for f in controller.findings() if f.fixable and controller.article_for_finding(f) == 0))
    window.editor.show_article(0)
    dialog = window.show_export_dialog()
    dialog.current_article_radio.setChecked(True)
    dialog.page_spin.setValue(3)
    dialog.track_changes_box.setChecked(True)
    assert dialog.editor_field.isEnabled() and dialog.editor_field.text() == ""
    dialog.folder_field.setText(str(tmp_path / "t"))
    dialog.export_button.click()
    assert "姓名" in dialog.status_label.text() and not dialog.is_running()
    dialog.editor_field.setText("林可舟")
    (path,) = _export(dialog, qtbot, tmp_path / "t")
    body = _xml(path, "word/document.xml")
    assert 'w:author="林可舟"' in body and "Proofsheet" not in body
    assert window.preferences.editor_name == "林可舟"
    dialog.close()
    again = window.show_export_dialog()
    assert again.editor_field.text() == "林可舟" and again.track_changes_box.isChecked()
    again.close()


def test_one_house_byline_style_for_every_article_remembered(window, qtbot, tmp_path):
    from desktop.ui import engine_gateway

    # the sample credits its stories at their ends: run on after the last sentence, or a line of its own
    credited = [engine_gateway.byline_of(a) for a in window.controller.articles() if a.index > 0]
    credited = [names for names in credited if names]
    assert len(credited) >= 5 and "赵静 王刚" in credited
    dialog = window.show_export_dialog()
    dialog.whole_page_radio.setChecked(True)
    dialog.page_spin.setValue(6)
    assert dialog.byline_combo.currentData() == "as_page"
    dialog.byline_combo.setCurrentIndex(dialog.byline_combo.findData("end_bracket"))
    assert not dialog.byline_brackets_box.isEnabled(), "文末括号 always has brackets"
    (path,) = _export(dialog, qtbot, tmp_path / "bracket")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    for names in credited:
        assert any(text.endswith(f"。（{names}）") for text in texts), names
        assert f"({names})" not in texts and f"（{names}）" not in texts, "no credit left on a line of its own"
    dialog.close()

    dialog = window.show_export_dialog()
    assert dialog.byline_combo.currentData() == "end_bracket", "the style is remembered"
    dialog.byline_combo.setCurrentIndex(dialog.byline_combo.findData("right"))
    assert dialog.byline_brackets_box.isEnabled()
    dialog.byline_brackets_box.setChecked(False)
    (path,) = _export(dialog, qtbot, tmp_path / "right")
    paragraphs = docx.Document(str(path)).paragraphs
    bylines = [p.text for p in paragraphs if p.style.name == "稿件署名"]
    assert sorted(bylines) == sorted(credited), "each story's credit right-aligned on its own, without brackets"
    assert not any(p.text.endswith(("(宋瑜)", "（宋瑜）")) for p in paragraphs)
    dialog.close()


@pytest.mark.parametrize("typed", ["2026-11-05", "20261105", "2026/11/5", "2026年11月5日"])
def test_a_date_typed_into_the_empty_date_field_is_taken(qtbot, tmp_path, typed):
    """On deadline the editor types the date: Qt's own field took no digit while it showed 请选择日期."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.ui.edition_date_edit import UNSET_DATE

    page = tmp_path / "qinghe.txt"
    page.write_text("青禾县举行秋收表彰会\n\n本报讯（记者 林可舟）青禾县昨日举行秋收表彰会。\n", encoding="utf-8")
    window = open_window(qtbot, files=[page])
    dialog = window.show_export_dialog()
    field = dialog.date_edit
    field.setDate(UNSET_DATE)
    assert field.text() == "请选择日期" and dialog.edition_date is None
    dialog.activateWindow()
    field.setFocus()
    for char in typed:  # (as a keyboard or an input method sends it: QTest.keyClicks knows no 年)
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    assert field.text() == typed
    QTest.keyClick(field, Qt.Key.Key_Tab)  # leaving the field reads what was typed
    assert dialog.edition_date == dt.date(2026, 11, 5)
    assert field.text() == "2026-11-05"
    # ... and goes on to 版次, where the page number is typed (QDateEdit's Tab stepped to its month instead,
    # and the 3 typed next was read as a date and dropped)
    assert dialog.focusWidget() is dialog.page_spin
    QTest.keyClicks(dialog.page_spin, "3")
    assert dialog.page_number == 3 and dialog.edition_date == dt.date(2026, 11, 5)
    files = _export(dialog, qtbot, tmp_path / "out")
    assert files and all(path.name.startswith("20261105-03-") for path in files)
    dialog.close()
    window.close()


def test_a_date_typed_and_exported_at_once_counts_and_nonsense_leaves_the_field_empty(qtbot, tmp_path):
    from PySide6.QtTest import QTest

    from desktop.ui.edition_date_edit import UNSET_DATE, parse_typed_date

    assert parse_typed_date("2026-13-05") is None and parse_typed_date("11-05") is None
    window = open_window(qtbot)
    dialog = window.show_export_dialog()
    field = dialog.date_edit
    field.setDate(UNSET_DATE)
    field.setFocus()
    QTest.keyClicks(field, "2026-1-5")
    assert dialog.edition_date == dt.date(2026, 1, 5), "导出 right after typing uses the typed date"
    field.setDate(UNSET_DATE)
    QTest.keyClicks(field, "2026-99")
    assert dialog.edition_date is None and field.text() == "请选择日期"
    dialog.close()
    window.close()


def test_the_calendar_of_an_empty_date_field_opens_on_this_month_in_chinese(qtbot):
    from PySide6.QtCore import QDate, QLocale, QPoint, Qt
    from PySide6.QtTest import QTest

    from desktop.ui.edition_date_edit import UNSET_DATE

    window = open_window(qtbot)
    dialog = window.show_export_dialog()
    field = dialog.date_edit
    field.setDate(UNSET_DATE)
    qtbot.waitExposed(dialog)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month()), "not January 2000"
    assert calendar.locale().language() == QLocale.Language.Chinese
    assert dialog.edition_date is None, "opening the calendar chooses no date"
    calendar.window().close()
    dialog.close()
    window.close()


def test_a_date_typed_over_a_date_replaces_it_and_a_slip_keeps_it(qtbot):
    """The field showing last export's date: clicking in and typing 2026-11-05 gave 2000-02-06 (Qt's sections)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window = open_window(qtbot)
    dialog = window.show_export_dialog()
    field = dialog.date_edit
    field.setDate(QDate(2000, 1, 5))
    qtbot.waitExposed(dialog)
    QTest.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(field.lineEdit().width() - 4, 5))
    QTest.keyClicks(field, "2026-11-05")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.edition_date == dt.date(2026, 11, 5) and field.text() == "2026-11-05"
    QTest.keyClicks(field, "7")  # not a date: the field keeps its date
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert dialog.edition_date == dt.date(2026, 11, 5) and field.text() == "2026-11-05"
    QTest.keyClick(field, Qt.Key.Key_Up)  # the arrows still step the date
    assert dialog.edition_date != dt.date(2026, 11, 5)
    dialog.close()
    window.close()
