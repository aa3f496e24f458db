"""Single actions on a big page in the real window: how long each holds the GUI thread.

One real main window (offscreen, real SQLite autosave in a temporary ``PROOFSHEET_HOME``)
opens a soak page of about ``--chars`` characters (``bench/soak.py``'s page factory: layout
pages combined to size, 2 % of their characters changed), waits for its check, then for
every check that has fixable findings: fix-all, undo, redo, undo again; then ten edits of
the kinds the soak makes (single fixes, typing, a split, a merge, a replace-all) undone one
by one.  Each action is timed around the action's trigger as the window runs it: wall time
and the process's CPU time (all threads: the analysis worker may run meanwhile), and the
GUI thread's own CPU time.  The machine is shared, so wall time is an upper bound; the GUI
thread's CPU time is what the action costs.

Run: QT_QPA_PLATFORM=offscreen python bench/gui_actions.py [--chars 58000] [--seed 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

print = functools.partial(print, flush=True)  # the figures show as they come
REPO = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "bench"))


def wait_until(app: Any, ready: Any, timeout: float = 240.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("waited too long")
        app.processEvents()
        time.sleep(0.005)


class Timer:
    def __init__(self, profile: bool) -> None:
        self.rows: list[tuple[str, float, float, float, int]] = []
        self.profile = profile

    def run(self, name: str, action: Any, chars: int) -> None:
        profiler = cProfile.Profile() if self.profile else None
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        if profiler is not None:
            profiler.enable()
        action()
        if profiler is not None:
            profiler.disable()
        row = (name, time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - thread, chars)
        self.rows.append(row)
        print(f"{name:44} wall {row[1]:6.3f} s  process CPU {row[2]:6.3f} s  GUI thread CPU {row[3]:6.3f} s")
        if profiler is not None and row[1] > 0.2:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=58_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of every action over 0.2 s")
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="proofsheet-actions-"))
    os.environ["PROOFSHEET_HOME"] = str(root / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from soak import PageFactory

    from desktop.app import create_main_window

    (root / "pages").mkdir()
    factory = PageFactory(args.seed, root / "pages")
    path = factory.page_of(args.chars)
    window = create_main_window(install_hooks=False)
    wait_until(app, lambda: window.is_built and window.controller.analysed_once and window.controller.path is not None)
    controller = window.controller

    def idle() -> bool:
        return not controller.analysis_running and not controller._analysis_debouncer.is_pending()

    def settle() -> None:
        wait_until(app, idle)
        app.processEvents()

    window.open_path(path)
    wait_until(app, lambda: controller.path == path and controller.analysed_once and idle())
    settle()
    chars = sum(len(b.text) for b in controller.document.blocks)
    print(
        f"page {path.name}: {chars} characters, {len(controller.document.blocks)} blocks,"
        f" {len(controller.findings())} findings, {len(controller.articles())} articles",
        flush=True,
    )
    timer = Timer(args.profile)
    original = controller.document
    fixable = Counter(f.check for f in controller.findings() if f.fixable)
    for check, count in sorted(fixable.items(), key=lambda item: -item[1]):
        window.findings_panel.select_finding(next(f for f in controller.findings() if f.check == check))
        timer.run(f"fix-all {check} ({count})", window.actions["fix_all_kind"].trigger, chars)
        settle()
        timer.run(f"  undo fix-all {check}", window.actions["undo"].trigger, chars)
        settle()
        timer.run(f"  redo fix-all {check}", window.actions["redo"].trigger, chars)
        settle()
        timer.run(f"  undo again {check}", window.actions["undo"].trigger, chars)
        settle()
    if controller.document.blocks != original.blocks:
        print("ERROR: undo did not restore the page")
        return 1

    # ten steps of the kinds the soak makes, then undone one by one
    from soak import press

    for _ in range(3):
        listed = [f for f in controller.findings() if f.fixable]
        if listed:
            window.findings_panel.select_finding(listed[3])
            timer.run("single fix", window.actions["apply_fix"].trigger, chars)
            settle()
    fixable = Counter(f.check for f in controller.findings() if f.fixable)
    if fixable:
        check = max(fixable, key=fixable.__getitem__)
        window.findings_panel.select_finding(next(f for f in controller.findings() if f.check == check))
        timer.run(f"fix-all {check} ({fixable[check]})", window.actions["fix_all_kind"].trigger, chars)
        settle()
    editor = window.editor
    long_ones = [a.index for a in controller.articles() if len(a.body_indices) >= 3]
    editor.show_article(long_ones[len(long_ones) // 2])
    editor.body.setFocus()
    editor.body.place_cursor(1, 0)
    timer.run("split article", window.actions["split_article"].trigger, chars)
    settle()
    editor.show_article(1)
    timer.run("merge article", window.actions["merge_article"].trigger, chars)
    settle()
    for burst in ("校样记者在", "了的，日"):
        editor.body.setFocus()
        editor.body.place_cursor(0, 2)
        press(editor.body, burst)
        settle()
    blocks = [b.text for b in controller.document.blocks if len(b.text) > 12]
    needle = blocks[len(blocks) // 3][4:6]
    timer.run(f"replace all “{needle}”", lambda: controller.replace_all(needle, needle[::-1] + "〇"), chars)
    settle()
    steps = controller.undo_stack.count()
    print(f"undoing {steps} steps one by one:", flush=True)
    while controller.undo_stack.canUndo():
        label = controller.undo_stack.undoText()
        timer.run(f"  undo {label[:30]}", window.actions["undo"].trigger, chars)
    settle()
    restored = controller.document.blocks == original.blocks
    worst = max(timer.rows, key=lambda row: row[1])
    print(
        f"\n{len(timer.rows)} actions on {chars} characters; longest wall {worst[1]:.3f} s ({worst[0].strip()}),"
        f" longest GUI-thread CPU {max(r[3] for r in timer.rows):.3f} s; undo restored the page: {restored}"
    )
    window.close()
    shutil.rmtree(root, ignore_errors=True)
    return 0 if restored else 1


if __name__ == "__main__":
    sys.exit(main())
