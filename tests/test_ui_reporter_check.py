"""The GUI's unknown-reporter findings (remembered per article) equal storage's whole-page check, edit after edit.

The roster is the app's own storage-backed one, on a real SQLite file.
"""

from __future__ import annotations

import pytest
from layout_pages import decoded_text, paper_pages
from storage_fixtures import edit_script, sample_document

from desktop.proofing.pipeline import document_from_text
from desktop.ui.adapters import StorageBackend, StorageRoster
from desktop.ui.reporter_check import ReporterCheck, reporter_name


@pytest.fixture
def roster(tmp_path):
    source = StorageRoster(StorageBackend(f"sqlite+pysqlite:///{tmp_path / 'roster.sqlite3'}"))
    changes: list[int] = []
    source.subscribe(lambda: changes.append(len(source.entries())))
    source.replace_names(["张同健", "赵静", "王刚", "张博", "黄慧", "王辉", "张静"])
    assert changes == [7], "subscribers hear of every refresh"
    return source


def _whole_page(document, roster):
    from storage.roster_check import unknown_reporter_findings

    return tuple(unknown_reporter_findings(document, roster.entries()))


def test_every_edit_gives_the_whole_page_findings(roster):
    check = ReporterCheck(roster)
    document = sample_document()
    found = check.findings(document)
    assert found == _whole_page(document, roster)
    assert {reporter_name(f) for f in found} == {"张同建", "宋瑜", "狄国敬"}
    for edit in edit_script(document, 40, seed=3):
        document = edit.apply(document)
        assert check.findings(document) == _whole_page(document, roster)


def test_other_papers_and_a_changed_roster(roster):
    check = ReporterCheck(roster)
    pages = [document_from_text(decoded_text(page)) for page in paper_pages(seeds=(0,))]
    assert sum(len(check.findings(page)) for page in pages) > 0
    for page in pages:
        assert check.findings(page) == _whole_page(page, roster)
    names = {reporter_name(f) for f in check.findings(pages[0])}
    roster.add_names(sorted(names))
    assert check.findings(pages[0]) == () == _whole_page(pages[0], roster), "a new roster is a new check"
    assert names <= set(roster.names())


def test_an_empty_roster_reports_nothing(tmp_path):
    empty = StorageRoster(StorageBackend(f"sqlite+pysqlite:///{tmp_path / 'empty.sqlite3'}"))
    empty.refresh()
    assert ReporterCheck(empty).findings(sample_document()) == ()
