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


def test_threads_migrating_different_databases_at_once_do_not_trip_over_alembics_one_context(tmp_path: Path):
    """Alembic keeps the running migration's context in module globals (``alembic.context``, ``alembic.op``): one
    per process.  Two threads migrating two databases at once (the app's database thread creating its file while
    another thread runs ``db upgrade``) overlapped and failed with ``KeyError: 'script'``; they now take turns."""
    urls = [sqlite_url(tmp_path / f"desk-{index}.sqlite3") for index in range(4)]
    start = threading.Barrier(len(urls))
    failures: list[BaseException] = []

    def migrate_it(url: str) -> None:
        start.wait()
        try:
            for _ in range(3):
                migrate.upgrade(url)
                migrate.downgrade(url, "base")
            migrate.upgrade(url)
        except BaseException as failure:  # (reported below)
            failures.append(failure)

    threads = [threading.Thread(target=migrate_it, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert failures == []
    assert [migrate.current_revision(url) for url in urls] == [migrate.head_revision()] * len(urls)
