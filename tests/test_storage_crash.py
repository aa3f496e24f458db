"""Crash test: a child process autosaves edits and is SIGKILLed mid-way; a new process recovers them all."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import storage_fixtures

from desktop.proofing.edits import apply_all, document_from_dict

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url

TESTS_DIR = Path(__file__).resolve().parent
TOTAL_EDITS = 400
KILL_AFTER = 25

EDITOR = """
import sys
import storage_fixtures
from storage.db import open_database
from storage.pages import PageStore

url, total = sys.argv[1], int(sys.argv[2])
document = storage_fixtures.sample_document()
raw = storage_fixtures.sample_raw()
session = PageStore(open_database(url)).import_page(raw, document, raw_text=raw.decode("utf-8"), author="张编辑")
print("page", session.page_id, flush=True)
for number, edit in enumerate(storage_fixtures.edit_script(document, total), start=1):
    session.record_edit(edit)
    print("ack", number, flush=True)
"""

RECOVERER = """
import json, sys
from desktop.proofing.edits import document_to_dict
from storage.db import open_database
from storage.pages import PageStore

store = PageStore(open_database(sys.argv[1]))
unclean = store.unclean_pages()
session = store.recover(unclean[0].page_id, "张编辑")
print(json.dumps({
    "unclean": [page.page_id for page in unclean],
    "revisions": len(store.history(session.page_id)),
    "document": document_to_dict(session.document),
}, ensure_ascii=False))
"""


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(TESTS_DIR), environment.get("PYTHONPATH", "")])
    return environment


def test_every_acknowledged_edit_survives_sigkill(database_url):
    child = subprocess.Popen(
        [sys.executable, "-c", EDITOR, database_url, str(TOTAL_EDITS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    acknowledged = 0
    page_id = None
    assert child.stdout is not None
    for line in child.stdout:
        word, number = line.split()
        if word == "page":
            page_id = int(number)
        else:
            acknowledged = int(number)
        if acknowledged >= KILL_AFTER:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert page_id is not None

    recovered = subprocess.run(
        [sys.executable, "-c", RECOVERER, database_url],
        capture_output=True,
        text=True,
        env=_environment(),
        check=True,
        timeout=60,
    )
    result = json.loads(recovered.stdout)
    assert result["unclean"] == [page_id]
    saved = result["revisions"]
    assert acknowledged <= saved < TOTAL_EDITS, "killed too late to be mid-way"
    script = storage_fixtures.edit_script(storage_fixtures.sample_document(), saved)
    expected = apply_all(storage_fixtures.sample_document(), script)
    assert document_from_dict(result["document"]) == expected
