"""The page and its file, without a window: the title, unsaved work, saving as text, the file's stored page."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.proofing import edits
from desktop.proofing.pipeline import document_from_text, open_document
from desktop.proofing.render import render_text
from desktop.ui.page_file import differs, matching_session, save_target, save_text, suggested_name, window_title

PAGE = "青禾县举办秋季农产品展销会\n本报讯（记者 林可舟）展销会在县城广场开幕,合作社带来了农产品。\n（林可舟）\n"


def test_the_title_marks_unsaved_work():
    assert window_title("校样 Proofsheet", "page.txt", False) == "校样 Proofsheet — page.txt"
    assert window_title("校样 Proofsheet", "page.txt", True) == "校样 Proofsheet — page.txt*"
    assert window_title("校样 Proofsheet", "", True) == "校样 Proofsheet"


def test_unsaved_means_the_page_differs_from_what_its_file_holds():
    document = document_from_text(PAGE)
    edited = edits.set_text(document, 1, document.blocks[1].text + "甲").apply(document)
    assert not differs(document.blocks, document.blocks)
    assert differs(edited.blocks, document.blocks)
    undone = edits.set_text(edited, 1, document.blocks[1].text).apply(edited)
    assert not differs(undone.blocks, document.blocks), "typing undone by hand: nothing left to save"


def test_save_writes_the_cleaned_page_that_opens_again(tmp_path: Path):
    document = document_from_text(PAGE)
    target = tmp_path / "page.txt"
    target.write_text("旧内容\n", encoding="utf-8")
    os.umask(umask := os.umask(0o022))
    save_text(document, target)
    assert target.read_text(encoding="utf-8") == render_text(document)
    assert [b.text for b in open_document(target).blocks] == [b.text for b in document.blocks]
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask, "readable by colleagues as the umask allows"
    assert [p.name for p in tmp_path.iterdir()] == ["page.txt"]


def test_save_goes_to_the_page_s_own_text_file_only():
    assert save_target(Path("/desk/page.txt")) == Path("/desk/page.txt")
    assert save_target(Path("/desk/page.docx")) is None
    assert save_target(None) is None
    assert suggested_name(Path("/desk/page.docx"), "") == "page-校对.txt"


@dataclass
class _Summary:
    page_id: int
    source_name: str


def test_a_file_s_stored_page_is_the_newest_one_opened_from_that_path(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    elsewhere = tmp_path / "copy" / "page.txt"
    summaries = [_Summary(3, str(elsewhere)), _Summary(2, str(tmp_path / "." / "page.txt")), _Summary(1, str(page))]
    assert matching_session(summaries, page).page_id == 2
    assert matching_session(summaries[:1], page) is None
    assert matching_session([_Summary(4, "")], page) is None
