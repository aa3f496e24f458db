"""Threads of one process opening a fresh SQLite database at once: one creates and migrates it, the others wait."""

from __future__ import annotations

import threading
from pathlib import Path

from storage import migrate
from storage.db import open_database
from storage.db_location import sqlite_url


def test_threads_opening_a_fresh_database_at_once_all_get_it_migrated(tmp_path: Path):
    url = sqlite_url(tmp_path / "fresh.sqlite3")
    start = threading.Barrier(4)
    failures: list[BaseException] = []
    opened = []

    def open_it() -> None:
        start.wait()
        try:
            opened.append(open_database(url))
        except BaseException as failure:  # (reported below)
            failures.append(failure)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert len(opened) == 4
    assert migrate.current_revision(url) == migrate.head_revision()
    for database in opened:
        database.close()
