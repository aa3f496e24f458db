"""Does the GUI stay responsive while it refuses bad input?  Prints, for each bad input opened in the
real main window (offscreen), the time until the refusal dialog shows and the longest event-loop stall
meanwhile (a 5 ms heartbeat timer; a stall is the longest gap between two ticks).

    QT_QPA_PLATFORM=offscreen python bench/gui_bad_input_stalls.py
    QT_QPA_PLATFORM=offscreen python bench/gui_bad_input_stalls.py --long-lines 100000 1000000 7354725

``--long-lines`` shows why the loader refuses lines over ``MAX_LINE_CHARS``: it bypasses the loader
and puts a page whose second line has N characters straight into the window, timing the longest
stall while the editor lays it out and the page is analysed.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-lines", nargs="*", type=int, metavar="N", help="lengths of one line to show")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROOFSHEET_HOME", tempfile.mkdtemp(prefix="proofsheet-home-"))
    from bad_inputs import CORPUS, MB, page_with_long_line, write_corpus
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.app import create_main_window

    app = QApplication([])
    window = create_main_window(install_hooks=False)

    def wait(condition: Callable[[], object], limit: float = 120.0) -> None:
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

    def longest_stall(since: float) -> float:
        stamps = [since, *ticks, time.perf_counter()]
        return max(b - a for a, b in itertools.pairwise(stamps))

    if args.long_lines:
        from desktop.proofing.pipeline import document_from_text

        print(f"{'one line of':>14} {'shown+analysed':>15} {'longest stall':>14}")
        for length in args.long_lines:
            document = document_from_text(page_with_long_line(length).decode("utf-8"), f"line-{length}.txt")
            ticks.clear()
            start = time.perf_counter()
            window.show_document(document, None)
            wait(lambda: window.controller.analysed_once and not window.controller.analysis_running, 900)
            elapsed = time.perf_counter() - start
            print(f"{length:>14,} {elapsed:>13.2f} s {longest_stall(start) * 1000:>11.0f} ms", flush=True)
        window.close()
        return 0

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
            stall = longest_stall(start)
            dialog().close()
            print(f"{path.name:<34} {elapsed:>8.3f} s {stall * 1000:>11.0f} ms", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
