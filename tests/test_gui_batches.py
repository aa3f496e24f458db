"""A batch (fix all, replace all) is one change: one undo step, one redraw, every edit saved as a revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_window, settle

from desktop.paths import sample_page
from desktop.ui.workers import wait_for_background_work


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'batches.sqlite3'}"


@pytest.fixture
def window(qtbot, database_url: str):
    from desktop.ui.adapters import build_services

    main = open_window(qtbot, [sample_page()], build_services(database_url))
    settle(qtbot, main)
    yield main
    main.close()


def _revisions(database_url: str) -> int:
    from storage.db import open_database
    from storage.pages import PageStore

    database = open_database(database_url)
    try:
        store = PageStore(database)
        (summary,) = store.pages()
        return len(store.history(summary.page_id))
    finally:
        database.close()


def test_fix_all_is_one_undo_step_one_redraw_and_every_edit_a_revision(window, qtbot, database_url):
    controller = window.controller
    opened = controller.document
    marks = [f for f in controller.findings() if f.check == "halfwidth-punctuation"]
    assert len(marks) > 10
    redraws: list[object] = []
    controller.document_changed.connect(redraws.append)
    steps = controller.undo_stack.count()
    assert wait_for_background_work(20000)
    saved_before = _revisions(database_url)

    fixed = controller.fix_all("halfwidth-punctuation", 0.0)

    assert fixed == len(marks)
    assert len(redraws) == 1, "the views hear of the batch once"
    assert controller.undo_stack.count() == steps + 1
    assert not [f for f in controller.findings() if f.check == "halfwidth-punctuation"]
    shown = window.editor.current_article()
    assert window.editor.body.toPlainText() == "\n".join(
        controller.document.blocks[index].text for index in shown.body_indices
    ), "the editor shows the fixed page"
    after = controller.document
    settle(qtbot, window)
    assert wait_for_background_work(20000)
    assert _revisions(database_url) - saved_before == fixed, "each edit of the batch is its own revision"

    controller.undo_stack.undo()
    assert controller.document == opened
    assert len(redraws) == 2
    controller.undo_stack.redo()
    assert controller.document == after
