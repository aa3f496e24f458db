"""A window process that is killed (SIGKILL) while edits wait for a read-only database.

Run by ``test_faults_autosave``: ``python fault_child.py DATABASE_URL ACKNOWLEDGED_JSON``.  It opens the
sample page, makes one edit that is saved, writes that page to ACKNOWLEDGED_JSON, turns the database
read-only for its own engine, makes two more edits (they wait in memory) and kills itself.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import event


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def main(database_url: str, acknowledged_json: Path) -> None:
    from desktop.app import create_main_window
    from desktop.paths import sample_page
    from desktop.proofing.edits import document_to_dict
    from desktop.ui.adapters import build_services
    from desktop.ui.workers import wait_for_background_work

    app = QApplication([])
    window = create_main_window([sample_page()], build_services(database_url), install_hooks=False)
    wait_until(lambda: window.is_built)
    controller = window.controller
    wait_until(lambda: controller.analysed_once and window.autosave_label.text() == "已保存")
    controller.set_block_text(0, "甲" + controller.document.blocks[0].text, typing=False)
    wait_until(lambda: controller.autosave_state.saved and controller.unsaved_state().saved)
    acknowledged_json.write_text(json.dumps(document_to_dict(controller.document), ensure_ascii=False), "utf-8")

    engine = window.services.autosave.backend.database().engine
    wait_for_background_work()
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA query_only=ON"))
    engine.dispose()
    controller.set_block_text(1, "乙" + controller.document.blocks[1].text, typing=False)
    controller.set_block_text(2, "丙" + controller.document.blocks[2].text, typing=False)
    wait_until(lambda: window.autosave_label.text().startswith("未保存 2 处修改"))
    print("killing with 2 edits waiting", flush=True)
    del app
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
