"""Does the GUI stay responsive while it refuses bad input?  Prints, for each bad input opened in the
real main window (offscreen), the time until the refusal dialog shows and the longest event-loop stall
meanwhile (a 5 ms heartbeat timer; a stall is the longest gap between two ticks).

    QT_QPA_PLATFORM=offscreen python bench/gui_bad_input_stalls.py
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROOFSHEET_HOME", tempfile.mkdtemp(prefix="proofsheet-home-"))
    from bad_inputs import CORPUS, MB, write_corpus
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.app import create_main_window

    app = QApplication([])
    window = create_main_window(install_hooks=False)

    def wait(condition, limit: float = 120.0) -> None:
        start = time.perf_counter()
        while not condition():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() - start > limit:
                raise SystemExit("no answer within the limit")

    wait(lambda: window.is_built and window.controller.analysed_once)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()

    def dialog() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox, "openErrorDialog") if b.isVisible()), None)

    with tempfile.TemporaryDirectory(prefix="bad-inputs-") as temporary:
        folder = Path(temporary)
        write_corpus(folder, include_big=True, include_special=True)
        binary = folder / "49mb-binary.bin"
        binary.write_bytes(bytes(range(128, 256)) * (49 * MB // 128))
        paths = [folder / item.name for item in CORPUS if item.name != "no-permission.txt"] + [binary]
        print(f"{'case':<34} {'to dialog':>10} {'longest stall':>14}")
        for path in paths:
            ticks.clear()
            start = time.perf_counter()
            window.open_path(path)
            wait(lambda: dialog() is not None)
            elapsed = time.perf_counter() - start
            stamps = [start, *ticks, time.perf_counter()]
            stall = max(b - a for a, b in itertools.pairwise(stamps))
            dialog().close()
            print(f"{path.name:<34} {elapsed:>8.3f} s {stall * 1000:>11.0f} ms", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
