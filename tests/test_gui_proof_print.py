"""The proof print: the page, or the article on screen, as a PDF laid out as the Word export; on the real window."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from gui_helpers import open_window
from PySide6.QtCore import QDate

from desktop.export import ExportOptions, export_document
from desktop.export.byline_style import BylinePlace, BylineStyle
from desktop.export.layout import layout_document
from desktop.ui.proof_print import proof_document


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    yield main
    main.close()


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) reads the PDF back"
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def _squeezed(text: str) -> str:
    """Without white space and with compatibility forms folded (pdftotext gives ⽉ for 月)."""
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("戶", "户")  # (⼾: the radical)


def test_the_proof_has_the_paragraphs_of_the_word_export(window, tmp_path):
    page = window.controller.document
    style = BylineStyle(BylinePlace.RIGHT)
    [path] = export_document(
        page,
        tmp_path,
        ExportOptions(edition_date=dt.date(2020, 9, 16), page_number=6, comments=False, byline_style=style),
        per_article=False,
        whole_page=True,
    )
    word = [p.text for p in docx.Document(str(path)).paragraphs]
    proof = proof_document(layout_document(page, None, style), "2020年9月16日 第06版 · 校样")
    lines = proof.toPlainText().split("\n")
    assert lines[0] == "2020年9月16日 第06版 · 校样"
    assert lines[1:] == word


def test_print_the_page_and_the_article_on_screen(window, qtbot, tmp_path):
    articles = window.controller.articles()
    whole = window.print_proof(True, tmp_path / "page.pdf")
    assert whole == tmp_path / "page.pdf" and whole.read_bytes().startswith(b"%PDF-")
    text = _squeezed(_pdf_text(whole))
    assert "2020年9月16日" in text and "校样" in text  # the edition the export would name, from the file name
    for article in articles:
        assert _squeezed(article.headline) in text
    assert "校样已保存" in window.statusBar().currentMessage()

    window.editor.show_article(3)
    one = window.print_proof(False, tmp_path / "article.pdf")
    text = _squeezed(_pdf_text(one))
    assert _squeezed(articles[3].headline) in text
    assert _squeezed(articles[4].headline) not in text and _squeezed(articles[2].headline) not in text
    assert 1 <= _pages(one) < _pages(whole)


def test_print_the_articles_selected_in_the_list(window, qtbot, tmp_path):
    from PySide6.QtCore import QItemSelectionModel

    articles = window.controller.articles()
    assert len(articles) >= 5
    selection = window.article_list.selectionModel()
    window.article_list.setCurrentIndex(window.article_model.index(1))
    flags = QItemSelectionModel.SelectionFlag.Select
    selection.select(window.article_model.index(4), flags)
    assert window.selected_articles() == [1, 4]
    assert window.actions["proof_article"].text() == "所选 2 篇校样 PDF…"

    printed = window.print_proof(False, tmp_path / "selection.pdf")
    text = _squeezed(_pdf_text(printed))
    assert _squeezed(articles[1].headline) in text and _squeezed(articles[4].headline) in text
    for other in (0, 2, 3):
        assert _squeezed(articles[other].headline) not in text
    assert text.index(_squeezed(articles[1].headline)) < text.index(_squeezed(articles[4].headline))  # page order

    window.editor.show_article(2)  # the editor moves on: the list's selection is that article again
    qtbot.waitUntil(lambda: window.selected_articles() == [2])
    assert window.actions["proof_article"].text() == "本篇校样 PDF…"


def test_a_drag_of_several_selected_articles_moves_none(window):
    model = window.article_model
    assert model.mimeData([model.index(1), model.index(4)]).data("application/x-proofsheet-article").isEmpty()
    assert not model.mimeData([model.index(2)]).data("application/x-proofsheet-article").isEmpty()


def test_the_proof_header_shows_this_pages_date_never_another_exports(qtbot, tmp_path):
    """A page exported with its date prints that date; the next page, with no date of its own, says so (the
    export dialog may offer the last export's date, labelled for checking; the proof states no guess)."""
    first = tmp_path / "qinghe.txt"
    first.write_text("青禾县举行春耕动员会\n\n本报讯（记者 林可舟）青禾县昨日举行春耕动员会。\n", encoding="utf-8")
    window = open_window(qtbot, files=[first])
    dialog = window.show_export_dialog()
    dialog.date_edit.setDate(QDate(2024, 3, 5))
    dialog.page_spin.setValue(2)
    dialog.whole_page_radio.setChecked(True)
    dialog.folder_field.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written) and not dialog.is_running(), timeout=60000)
    dialog.close()
    text = _squeezed(_pdf_text(window.print_proof(True, tmp_path / "first.pdf")))
    assert "2024年3月5日第02版·校样" in text
    window.close()

    second = tmp_path / "baishi.txt"
    second.write_text("白石镇新修村道通车\n\n本报讯（记者 苗若溪）白石镇新修的村道昨日通车。\n", encoding="utf-8")
    window = open_window(qtbot, files=[second])
    dialog = window.show_export_dialog()
    assert dialog.edition_date == dt.date(2024, 3, 5) and "请核对" in dialog.edition_origin.text()
    dialog.close()
    text = _squeezed(_pdf_text(window.print_proof(True, tmp_path / "second.pdf")))
    assert "2024年3月5日" not in text, "the other page's export date"
    assert "baishi.txt(出版日期未定)·校样" in text  # (NFKC folds the brackets)
    window.close()

    dated = tmp_path / "baishi-2024-03-06.txt"
    dated.write_text(second.read_text(encoding="utf-8"), encoding="utf-8")
    window = open_window(qtbot, files=[dated])
    text = _squeezed(_pdf_text(window.print_proof(True, tmp_path / "dated.pdf")))
    assert "2024年3月6日·校样" in text
    window.close()
