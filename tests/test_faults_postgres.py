"""The PostgreSQL server stops mid-session (``pg_ctl -m immediate stop``) and comes back: the real window,
offscreen, on a throwaway cluster of its own.  Edits made while it is down (and a page opened meanwhile)
wait in memory in order, the status bar says so, and once the server is back the app reconnects by itself
and the database ends up holding every edit.
"""

from __future__ import annotations

import pytest
from gui_helpers import open_replacing
from pg_cluster import pg_cluster
from PySide6.QtWidgets import QMessageBox
from test_faults_autosave import count_edits, notices, open_window, text_of, type_at

__all__ = ["pg_cluster"]


def stored_pages(url: str) -> dict[str, tuple[object, int, bool]]:
    """Each page the server holds, by file name: its document, revision count and whether its session is open."""
    from storage.db import open_database
    from storage.pages import PageStore

    with open_database(url) as database:
        store = PageStore(database)
        return {
            summary.source_name: (
                store.current_document(summary.page_id),
                len(store.history(summary.page_id)),
                summary.session_open,
            )
            for summary in store.pages()
        }


@pytest.mark.postgres
def test_server_stopped_mid_session_and_restarted_gets_every_edit(qtbot, pg_cluster, tmp_path, sample_text):
    window = open_window(qtbot, pg_cluster.url)
    controller = window.controller
    edits = count_edits(window)
    first_page = controller.document.source_name
    type_at(window, qtbot, 0, "甲")
    qtbot.waitUntil(lambda: stored_pages(pg_cluster.url)[first_page][1] == 1, timeout=10000)

    pg_cluster.stop("immediate")
    type_at(window, qtbot, 1, "乙丙")
    assert controller.split_paragraph(2, 3)
    qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 3 处修改："), timeout=10000)
    assert "无法打开数据库" in window.autosave_label.text()
    qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=5000)
    assert "无法打开数据库" in notices(window)[0].informativeText()
    first_document = controller.document
    assert "乙丙" in text_of(first_document)

    # Another page is opened while the server is down: editing goes on, the import waits with the edits.
    second = tmp_path / "second-page.txt"
    second.write_text("\n\n".join(sample_text.split("\n\n")[:12]), encoding="utf-8")
    open_replacing(window, qtbot, second)
    type_at(window, qtbot, 0, "丁")
    qtbot.waitUntil(lambda: window.autosave_label.text().startswith("未保存 4 处修改："), timeout=10000)
    assert len(window.findChildren(QMessageBox, "autosaveNotice")) == 1, "told once, not at every edit"

    pg_cluster.start()
    qtbot.waitUntil(lambda: window.autosave_label.text() == "已保存", timeout=20000)
    assert edits[0] == 5
    pages = stored_pages(pg_cluster.url)
    assert pages[first_page] == (first_document, 4, False), "every edit of the first page, its session closed"
    assert pages[controller.document.source_name] == (controller.document, 1, True)
    type_at(window, qtbot, 1, "戊")  # the same connection pool goes on working
    qtbot.waitUntil(lambda: stored_pages(pg_cluster.url)[controller.document.source_name][1] == 2, timeout=10000)
    assert stored_pages(pg_cluster.url)[controller.document.source_name][0] == controller.document
