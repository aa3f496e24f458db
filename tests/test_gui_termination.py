"""SIGTERM (logout, ``kill``) and SIGHUP end the real app like 退出: the page's session is closed cleanly in the
database, so the next start offers no crash recovery.

The app runs as ``python -m desktop page.txt`` in a subprocess (offscreen, with the test's own
PROOFSHEET_HOME); the test reads the app's SQLite file through the storage API the app itself uses.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.ui.adapters import StorageAutosave, StorageBackend
from storage.db import open_database
from storage.errors import StorageError
from storage.pages import PageStore

REPO = Path(__file__).resolve().parent.parent
PAGE = "青禾县召开秋粮收购会议\n\n本报讯（记者 林可舟）青禾县昨天召开会议，部署秋粮收购工作。\n"
STARTUP_SECONDS = 180  # a cold start with the first analysis, on a loaded two-core machine


def _open_sessions() -> list | None:
    """The pages whose session is open, read without migrating (the app creates the database); None before."""
    try:
        database = open_database(migrate=False)
        try:
            return PageStore(database).unclean_pages()
        finally:
            database.close()
    except StorageError:
        return None


def _wait_for_the_page_session(process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1].decode(errors="replace")
        if _open_sessions():
            return
        time.sleep(0.25)
    raise AssertionError(f"the app opened no page session within {STARTUP_SECONDS} s")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=lambda number: number.name)
def test_a_termination_signal_closes_the_app_cleanly_and_the_next_start_offers_no_recovery(tmp_path: Path, number: int):
    page = tmp_path / "青禾县-第2版.txt"
    page.write_text(PAGE, encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # PROOFSHEET_HOME: this test's own
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", str(page)],
        cwd=REPO,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_the_page_session(process)
        process.send_signal(number)  # logout or `kill`; SIGHUP: the terminal it was started from closes
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err.decode(errors="replace")
    assert b"Traceback" not in err
    with open_database(migrate=False) as database:
        store = PageStore(database)
        assert [summary.source_name for summary in store.pages()] == [str(page)]  # the session was recorded
        assert store.unclean_pages() == []
    assert StorageAutosave(StorageBackend()).crashed_session() is None  # what the next start asks
