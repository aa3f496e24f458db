"""The people-names findings (with a made-up desk list) and the other rule-book findings as Word comments, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from desktop.export import ExportOptions, export_document
from desktop.proofing import desk_lists
from desktop.proofing.desk_lists import DeskLists, Person
from desktop.proofing.pipeline import analyse, document_from_text

PAGE = "青禾县召开秋收工作会议\n本报讯（记者 苗若溪）昨天，市长林可舟主持会议，合作社将再接再励。\n"


def test_rule_book_findings_become_comments_named_by_their_titles(tmp_path: Path):
    desk_lists.install(DeskLists(people=(Person("林可舟", "市委书记", 1),)))
    try:
        document = document_from_text(PAGE)
        findings = [f for f in analyse(document) if f.check in ("people-names", "wrong-character")]
    finally:
        desk_lists.install(DeskLists())
    assert sorted(f.check for f in findings) == ["people-names", "wrong-character"]
    options = ExportOptions(edition_date=dt.date(2026, 12, 7), page_number=3)
    [path] = export_document(document, tmp_path, options, findings=findings, per_article=False)
    texts = [comment.text for comment in docx.Document(str(path)).comments]
    people = next(text for text in texts if "人名职务" in text)
    assert "【市长林可舟】" in people and "市委书记" in people and "people-names" not in people
    assert any("别字" in text and "【再接再励】" in text for text in texts)
