"""Soak: one GUI process proofs generated pages for half an hour; memory must level off.

One ``QApplication`` and one real main window (offscreen) with its real services: the
SQLite autosave database, the roster and the headline archive, all in a temporary
``PROOFSHEET_HOME``.  For ``--minutes`` it works through generated pages the way an
editor does, through the window's actions: open a page (the File→Open path), wait for
the check, apply single fixes, fix a whole kind at once, split an article, merge two,
type in the body and the headline, find and replace, export real .docx files (deleted
again as it goes), undo everything (the page must come back block for block), redo
some, then open the next page.  Pages are built from the layout generators
(``tests/layout_pages.py``, as ``tools/engine_accuracy.py`` uses them) with a share of
their characters changed, so each page brings text not seen before; sizes run from
2 KB to about 200 KB, and now and then a page of 240 000 characters goes through the
helper process (``desktop/ui/engine_gateway.py``).

Every ``--sample-seconds`` it records the resident memory of this process (read from
``/proc/self/statm``: psutil is not in the venv) and of the helper process, Python's
allocated blocks, the objects the cyclic collector tracks (and how many are frozen),
the Qt objects under the window, threads, open files, the database size, what the
segmentation memo and the engine's line caches hold, pages and operations done.

The baseline is the sample at 1/6 of the run (the 5-minute mark of 30 minutes): the
caches have warmed up and a big page has been through by then.  PASS when the final
figure is at most 20 % above the baseline and the peak after it at most 20 % above the
highest of the warm-up (a big page's whole-page export holds its tree of comments for a
while: a peak no higher than the warm-up's is no growth), for memory, threads and open
files alike (for the counts the baseline is the highest of the warm-up, with a slack of
2: the thread pools start and retire threads as work comes and goes), and every page
came back whole after undoing everything, with no error on the way.  Peak and final
against the baseline are printed too.
Exit 1 on FAIL.  ``--verdict-from soak.csv`` prints the verdict of a recorded run again.

Run: QT_QPA_PLATFORM=offscreen python bench/soak.py [--minutes 30] [--csv soak.csv]
     [--sample-seconds 10] [--seed 1] [--big-every 15] [--malloc-trim] [--tracemalloc] [--keep]
Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import math
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
LIMIT = 0.20  # growth allowed after the baseline
COUNT_SLACK = 2  # threads / open files: pools start and retire threads with the work
BIG_PAGE_CHARS = 240_000  # above engine_gateway.PROCESS_THRESHOLD_CHARS: opened and analysed in the helper
BIG_PAGE_EVERY = 15  # every 15th page is big (and the second one, so that the baseline has seen one)
WAIT_TIMEOUT_S = 240.0
REFERENCE_CHARS = 30_000  # the page opened at the baseline and at the end, so that both measure the same state
SLOW_ACTION_S = 0.5  # no action may hold the GUI thread longer (pages up to SLOW_PAGE_CHARS)
SLOW_PAGE_CHARS = 60_000
DOMAIN_TYPES = ("Finding", "Span", "Fix", "Block")  # the page's own objects: a leak of them is a leak of pages
# Page objects alive that are not the open page's (its blocks, the page as opened, its findings with their spans and
# fixes): at the end's reference point there may be this many more than at the baseline's.  A page's worth leaked
# is hundreds to thousands (the soak's pages have 200-10,000 findings).
DOMAIN_SLACK = 100

# Running this file puts bench/ first on sys.path, where bench/storage.py would shadow the storage package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tools"))


# --- the process and its helper, as the kernel sees them ------------------------------------------------

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_of(pid: int | str = "self") -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def peak_rss_since_reset() -> int:
    """The highest resident set since the last ``reset_peak_rss`` (VmHWM): a peak between two samples counts."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def reset_peak_rss() -> None:
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def child_pids() -> list[int]:
    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: the fields after it are fixed
        fields_after = stat.rsplit(")", 1)[-1].split()
        if len(fields_after) > 1 and int(fields_after[1]) == me:
            found.append(int(entry))
    return found


def count_entries(path: str) -> int:
    try:
        return len(os.listdir(path))
    except OSError:
        return 0


def folder_bytes(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file()) if folder.exists() else 0


def folder_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


# --- pages ----------------------------------------------------------------------------------------------


class PageFactory:
    """Pages from the layout generators, combined to size, with some characters changed (new text each time)."""

    def __init__(self, seed: int, folder: Path) -> None:
        from engine_accuracy import evaluation_pages
        from layout_pages import decoded_text

        self.rng = random.Random(seed)
        self.folder = folder
        self.pages = evaluation_pages(2)
        self.texts = [decoded_text(page) for page in self.pages]
        characters = Counter(c for text in self.texts for c in text if "\u4e00" <= c <= "\u9fff")
        self.characters = [c for c, _ in characters.most_common(2500)]
        self.made = 0

    def mutated(self, text: str, share: float) -> str:
        chars = list(text)
        positions = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
        for i in self.rng.sample(positions, int(len(positions) * share)):
            chars[i] = self.rng.choice(self.characters)
        return "".join(chars)

    def page_of(self, chars: int) -> Path:
        """A UTF-8 page of about ``chars`` characters (whole layout pages, the last one cut at a line)."""
        self.made += 1
        path = self.folder / f"page-{self.made:04d}.txt"
        parts, size = [], 0
        while size < chars:
            text = self.texts[self.rng.randrange(len(self.texts))]
            parts.append(text[: max(chars - size, 0)].rsplit("\n", 1)[0] if size + len(text) > chars else text)
            size += len(parts[-1]) + 2
        path.write_text(self.mutated("\n\n".join(parts), 0.02), encoding="utf-8")
        return path

    def next_page(self, big: bool) -> Path:
        self.made += 1
        rng = self.rng
        path = self.folder / f"page-{self.made:04d}.txt"
        if big:
            target_chars = BIG_PAGE_CHARS
        else:
            target_bytes = math.exp(rng.uniform(math.log(2_000), math.log(200_000)))
            target_chars = int(target_bytes / 3)
        first = rng.randrange(len(self.pages))
        if len(self.texts[first]) >= target_chars:  # one generated page, in its own encoding (GBK ones too)
            page = self.pages[first]
            path.write_bytes(self.mutated(self.texts[first], 0.02).encode(page.encoding))
            return path
        parts, size = [], 0
        while size < target_chars:
            text = self.texts[rng.randrange(len(self.texts))]
            parts.append(text)
            size += len(text) + 2
        path.write_text(self.mutated("\n\n".join(parts), 0.02), encoding="utf-8")
        return path


# --- samples --------------------------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    pages: int
    ops: int
    rss_mb: float
    peak_rss_mb: float  # the highest resident set since the sample before (VmHWM, reset at each sample)
    helper_mb: float
    helpers: int
    py_blocks_k: float
    traced_mb: float
    gc_objects_k: float
    frozen_k: float
    qt_objects: int
    widgets: int
    threads: int
    open_files: int
    db_mb: float
    log_mb: float
    cache_mb: float
    tmp_files: int
    memo_k: float
    line_caches_k: float
    undo_max: int
    true_refs: int  # sys.getrefcount(True): falls steadily if a C extension eats references (PySide6 6.12.0)
    reference: int = 0  # 1: the reference page at the baseline, 2: the same page at the end (see Soak.reference)
    domain_objects: int = 0  # at a reference point: Finding, Span, Fix and Block objects alive not of the open page


COLUMNS = (
    ("seconds", "time", "{:>6.0f}"),
    ("pages", "pages", "{:>5d}"),
    ("ops", "ops", "{:>6d}"),
    ("rss_mb", "RSS MB", "{:>7.1f}"),
    ("peak_rss_mb", "peak", "{:>6.1f}"),
    ("helper_mb", "helper", "{:>6.1f}"),
    ("py_blocks_k", "pyblk k", "{:>7.0f}"),
    ("gc_objects_k", "gc obj k", "{:>8.0f}"),
    ("frozen_k", "frozen k", "{:>8.0f}"),
    ("qt_objects", "Qt objs", "{:>7d}"),
    ("widgets", "widgets", "{:>7d}"),
    ("threads", "thr", "{:>4d}"),
    ("open_files", "fds", "{:>4d}"),
    ("db_mb", "DB MB", "{:>6.1f}"),
    ("memo_k", "memo k", "{:>6.1f}"),
    ("line_caches_k", "lines k", "{:>7.1f}"),
    ("undo_max", "undo", "{:>5d}"),
    ("true_refs", "refs(True)", "{:>10d}"),
)


def header_line() -> str:
    widths = [len(fmt.format(0 if "d" in fmt else 0.0)) for _, _, fmt in COLUMNS]
    return " ".join(title.rjust(width) for (_, title, _), width in zip(COLUMNS, widths, strict=True))


def sample_line(sample: Sample) -> str:
    return " ".join(fmt.format(getattr(sample, name)) for name, _, fmt in COLUMNS)


def line_cache_entries() -> int:
    """Entries held by the engine's lru_caches (bounded: they fill up, then stay)."""
    total = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("desktop.proofing"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info):
                total += info().currsize
    return total


def memo_entries() -> int:
    lexicon = sys.modules.get("desktop.proofing.lexicon")
    memo = getattr(lexicon, "_memo", None) if lexicon is not None else None
    return len(memo) if memo is not None else 0


# --- the run ---------------------------------------------------------------------------------------------


@dataclass
class Tally:
    pages: int = 0
    big_pages: int = 0
    ops: Counter = field(default_factory=Counter)
    restored: int = 0
    not_restored: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    exported_files: int = 0
    exported_bytes: int = 0
    undo_max: int = 0
    helper_pids: set[int] = field(default_factory=set)
    # GUI-thread actions over SLOW_ACTION_S of wall or CPU time: (wall s, GUI-thread CPU s, process CPU s, name,
    # page characters, load average), and the longest of all by CPU on pages up to SLOW_PAGE_CHARS
    slow: list[tuple[float, float, float, str, int, float]] = field(default_factory=list)
    longest: tuple[float, float, float, str, int, float] | None = None
    timed_actions: int = 0


class Wait:
    """What the scenario yields: let the event loop run until ``ready()`` (or for ``ms``)."""

    def __init__(self, ready: Callable[[], bool] | None = None, ms: int = 0, timeout: float = WAIT_TIMEOUT_S) -> None:
        self.ready = ready
        self.ms = ms
        self.timeout = timeout


class Driver:
    """Steps a generator from the event loop: between its steps Qt runs as it does for an editor.

    One timer, restarted for every wait: a ``QTimer.singleShot`` per wait would leave a weak
    reference behind each time (PySide), and the soak would measure its own leftovers.
    """

    def __init__(self, steps: Iterator[Wait], on_error: Callable[[str], None], done: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        self.steps = steps
        self.on_error = on_error
        self.done = done
        self._ready: Callable[[], bool] | None = None
        self._deadline = 0.0
        self._timeout = 0.0
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start(0)

    def _tick(self) -> None:
        ready = self._ready
        if ready is None or ready():
            self._advance(None)
        elif time.monotonic() > self._deadline:
            self._advance(TimeoutError(f"waited {self._timeout:.0f} s"))
        else:
            self._timer.start(10)

    def _advance(self, error: BaseException | None) -> None:
        try:
            wait = self.steps.throw(error) if error is not None else next(self.steps)
        except StopIteration:
            self.done()
            return
        except Exception:
            self.on_error("scenario stopped:\n" + traceback.format_exc())
            self.done()
            return
        self._ready = wait.ready
        self._deadline = time.monotonic() + wait.timeout
        self._timeout = wait.timeout
        self._timer.start(wait.ms if wait.ready is None else 0)


class Soak:
    def __init__(self, args: argparse.Namespace, root: Path) -> None:
        self.args = args
        self.root = root
        self.home = root / "home"
        self.page_folder = root / "pages"
        self.export_folder = root / "exports"
        self.tmp = root / "tmp"
        for folder in (self.page_folder, self.export_folder):
            folder.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(args.seed)
        self.tally = Tally()
        self.samples: list[Sample] = []
        self.started = time.monotonic()
        self.run_seconds = args.minutes * 60
        self.baseline_at = self.run_seconds / 6
        self.reference_types: dict[int, Counter] = {}  # object types alive at the two reference points
        self.stray_page_objects: dict[int, Counter] = {}  # and the page objects among them not of the open page
        self.hidden_garbage: Counter = Counter()
        self.baseline_snapshot: Any = None
        self.final_snapshot: Any = None
        self.window: Any = None

    # --- measuring ---------------------------------------------------------------------------

    def sample(self, reference: int = 0) -> None:
        """One row of figures; ``reference`` (1 or 2): the reference page is open and settled, count objects too."""
        from PySide6.QtWidgets import QApplication

        seconds = time.monotonic() - self.started
        if self.args.malloc_trim:
            release_free_heap()
        helpers = child_pids()
        self.tally.helper_pids.update(helpers)
        window = self.window
        qt_objects = qt_object_count(window) if window is not None else 0
        traced = 0.0
        if self.args.tracemalloc:
            import tracemalloc

            traced = tracemalloc.get_traced_memory()[0] / MB
        stray = 0
        if reference:
            # memory in use, the same way at both points: what glibc keeps of the page before (big or small) for
            # reuse is not growth (the app hands it back itself when a page is opened, heap.return_free_memory)
            release_free_heap()
            self.reference_types[reference] = type_counts()
            strays = self.stray_page_objects[reference] = stray_page_objects(self.window.controller)
            stray = sum(strays.values())
            if reference == 1:
                self.baseline_snapshot = self.snapshot()
            else:
                self.final_snapshot = self.snapshot()
        rss = rss_of()
        peak = max(peak_rss_since_reset(), rss)
        reset_peak_rss()
        sample = Sample(
            seconds=seconds,
            pages=self.tally.pages,
            ops=sum(self.tally.ops.values()),
            rss_mb=rss / MB,
            peak_rss_mb=peak / MB,
            helper_mb=sum(rss_of(pid) for pid in helpers) / MB,
            helpers=len(helpers),
            py_blocks_k=sys.getallocatedblocks() / 1000,
            traced_mb=traced,
            gc_objects_k=len(gc.get_objects()) / 1000,
            frozen_k=gc.get_freeze_count() / 1000,
            qt_objects=qt_objects,
            widgets=len(QApplication.allWidgets()),
            threads=count_entries("/proc/self/task"),
            open_files=count_entries("/proc/self/fd"),
            db_mb=folder_bytes(self.home / "data", "*.sqlite3*") / MB,
            log_mb=folder_bytes(self.home / "log") / MB,
            cache_mb=folder_bytes(self.home / "cache") / MB,
            tmp_files=folder_files(self.tmp),
            memo_k=memo_entries() / 1000,
            line_caches_k=line_cache_entries() / 1000,
            undo_max=self.tally.undo_max,
            true_refs=sys.getrefcount(True),
            reference=reference,
            domain_objects=stray,
        )
        self.samples.append(sample)
        if len(self.samples) % 20 == 1:
            print(header_line(), flush=True)
        print(
            sample_line(sample)
            + (f"  <- reference page ({'baseline' if reference == 1 else 'end'})" if reference else ""),
            flush=True,
        )

    def snapshot(self) -> Any:
        if not self.args.tracemalloc:
            return None
        import tracemalloc

        ignored = (tracemalloc.__file__, "<frozen importlib._bootstrap>")
        return tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, name) for name in ignored])

    # --- the editor at work -----------------------------------------------------------------------

    def idle(self) -> bool:
        controller = self.window.controller
        return not controller.analysis_running and not controller._analysis_debouncer.is_pending()

    def settled(self) -> Wait:
        return Wait(self.idle)

    def scenario(self) -> Iterator[Wait]:
        from desktop.ui.workers import set_default_failure_handler

        window = self.window
        yield Wait(lambda: window.is_built and window.controller.analysed_once and window.controller.path is not None)
        # (after the window's own start-up set the error dialog as the handler): count failures instead
        set_default_failure_handler(lambda failure: self.error(f"background task failed:\n{failure.details}"))
        factory = PageFactory(self.args.seed, self.page_folder)
        reference = factory.page_of(REFERENCE_CHARS).rename(self.page_folder / "reference.txt")
        previous: Path | None = None
        number = 0
        while number == 0 or time.monotonic() - self.started < self.run_seconds:  # (one page at least)
            if not self.reference_types and time.monotonic() - self.started >= self.baseline_at:
                yield from self.measure_reference(reference, 1)
            number += 1
            every = self.args.big_every
            big = every > 0 and (number == 2 or number % every == 0)
            path = factory.next_page(big)
            try:
                yield from self.proof_page(path, big)
            except TimeoutError as timeout:
                self.error(f"{path.name}: {timeout} (page left as it was)")
            if previous is not None:
                previous.unlink(missing_ok=True)  # the autosave read it when it was opened; the next one is open now
            previous = path
        yield Wait(lambda: self.idle() and database_idle())
        yield from self.measure_reference(reference, 2 if self.reference_types else 1)
        if previous is not None:
            previous.unlink(missing_ok=True)

    def measure_reference(self, path: Path, point: int) -> Iterator[Wait]:
        """Open the reference page, unedited, and measure once everything has settled.

        At the baseline and at the end the same page is open in the same state (opened, checked, no
        edit, nothing waiting for the database), so the two measures differ only by what the session
        kept: whichever page happened to be open at the end (a 240,000-character one holds 10,000
        findings) made the final figure and the objects alive at the end compare unlike with unlike.
        """
        window = self.window
        controller = window.controller
        from gui_helpers import answer_when_asked

        if controller.modified:
            answer_when_asked(window, "replacePageDialog", "不保存")
        answer_when_asked(window, "continueDialog", "从原文重新开始")
        window.open_path(path)
        yield Wait(lambda: controller.path == path and controller.analysed_once and self.idle())
        yield from self.export(big=False, reference=True)  # the export dialog too holds this page at both points
        yield Wait(database_idle)
        yield Wait(ms=500)  # (whatever the opening left to the event loop runs)
        yield Wait(lambda: self.idle() and database_idle())
        self.sample(reference=point)

    def timed(self, name: str, action: Callable[[], object]) -> None:
        """Run one action of the editor's on the GUI thread and note how long it held it (wall and CPU time)."""
        wall, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        action()
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        process = time.process_time() - process
        self.tally.timed_actions += 1
        chars = sum(len(b.text) for b in self.window.controller.document.blocks)
        entry = (wall, cpu, process, name, chars, os.getloadavg()[0])
        if chars <= SLOW_PAGE_CHARS and (self.tally.longest is None or cpu > self.tally.longest[1]):
            self.tally.longest = entry
        if wall > SLOW_ACTION_S or cpu > SLOW_ACTION_S:
            self.tally.slow.append(entry)

    def trigger(self, name: str) -> None:
        self.timed(name, self.window.actions[name].trigger)
        self.tally.ops[name] += 1

    def proof_page(self, path: Path, big: bool) -> Iterator[Wait]:
        window = self.window
        controller = window.controller
        rng = self.rng
        if controller.modified:  # the last page's edits stay in the database: 不保存 when asked
            from gui_helpers import answer_when_asked

            answer_when_asked(window, "replacePageDialog", "不保存")
        self.timed("open", lambda: window.open_path(path))  # what File→Open does with the chosen file
        self.tally.ops["open"] += 1
        yield Wait(lambda: controller.path == path and controller.analysed_once and self.idle())
        self.tally.pages += 1
        self.tally.big_pages += big
        original = controller.document

        # single fixes, as clicked in the findings panel
        for _ in range(rng.randint(2, 6)):
            listed = [f for f in controller.findings()[:2000] if f.fixable]
            if not listed:
                break
            window.findings_panel.select_finding(rng.choice(listed))
            self.trigger("apply_fix")
            yield self.settled()

        # a whole kind at once
        fixable = Counter(f.check for f in controller.findings() if f.fixable)
        if fixable:
            # on a big page the smallest kind: a batch of thousands of edits holds the GUI thread for minutes
            # (every edit of the batch is applied and shown one by one; see the report of issue 7)
            kind = min(fixable, key=fixable.__getitem__) if big else rng.choice(sorted(fixable))
            window.findings_panel.select_finding(next(f for f in controller.findings() if f.check == kind))
            self.trigger("fix_all_kind")
            yield self.settled()

        # split an article at a body paragraph, merge two articles
        editor = window.editor
        long_ones = [a.index for a in controller.articles() if len(a.body_indices) >= 3]
        if long_ones:
            editor.show_article(rng.choice(long_ones))
            editor.body.setFocus()
            editor.body.place_cursor(rng.randint(1, 2), 0)
            self.trigger("split_article")
            yield self.settled()
        if len(controller.articles()) >= 2:
            editor.show_article(rng.randrange(len(controller.articles()) - 1))
            self.trigger("merge_article")
            yield self.settled()

        yield from self.type_in_article()
        yield from self.find_and_replace()
        yield from self.export(big)

        # undo everything: the page must come back as it was opened
        stack = controller.undo_stack
        self.tally.undo_max = max(self.tally.undo_max, stack.count())
        undone = 0
        while stack.canUndo():
            self.trigger("undo")
            undone += 1
            if undone % 10 == 0:
                yield Wait(ms=0)
        yield self.settled()
        if controller.document.blocks == original.blocks:
            self.tally.restored += 1
        else:
            self.tally.not_restored.append(path.name)
            self.error(f"{path.name}: undoing all {undone} steps did not restore the page")
        for _ in range(rng.randint(0, max(stack.count() // 2, 1))):
            if stack.canRedo():
                self.trigger("redo")
        yield self.settled()
        yield Wait(database_idle)

    def type_in_article(self) -> Iterator[Wait]:
        from PySide6.QtCore import Qt

        window = self.window
        controller = window.controller
        rng = self.rng
        editor = window.editor
        with_body = [a.index for a in controller.articles() if len(a.body_indices) >= 2]
        if not with_body:
            return
        editor.show_article(rng.choice(with_body))
        body = editor.body
        body.setFocus()
        paragraphs = body.document().blockCount()
        paragraph = rng.randrange(paragraphs)
        length = body.document().findBlockByNumber(paragraph).length() - 1
        body.place_cursor(paragraph, rng.randint(0, length))
        characters = "".join(rng.choice(("，", ",", "的", "了", "在", "校", "样", "记", "者", "日")) for _ in range(24))
        for start in range(0, len(characters), 6):  # bursts of keystrokes, the event loop running in between
            self.timed("keystrokes", lambda start=start: press(body, characters[start : start + 6]))
            self.tally.ops["keystroke"] += 6
            yield Wait(ms=40)
        press(body, "\x08", Qt.Key.Key_Backspace)
        self.tally.ops["keystroke"] += 1
        paragraph, offset = body.cursor_location()
        if offset > 1:  # Enter inside a paragraph splits it; Backspace at its start joins it again
            body.place_cursor(paragraph, offset // 2)
            press(body, "\r", Qt.Key.Key_Return)
            yield Wait(ms=20)
            press(body, "\x08", Qt.Key.Key_Backspace)
            self.tally.ops["keystroke"] += 2
        yield self.settled()
        field_ = editor.headline_field
        if field_.text():
            field_.setFocus()
            field_.end(False)
            press(field_, "要闻")
            press(field_, "\r", Qt.Key.Key_Return)  # editingFinished: the headline edit is committed
            self.tally.ops["keystroke"] += 3
            body.setFocus()
            yield self.settled()

    def find_and_replace(self) -> Iterator[Wait]:
        window = self.window
        blocks = [b.text for b in window.controller.document.blocks if len(b.text) > 12]
        if not blocks:
            return
        text = self.rng.choice(blocks)
        at = self.rng.randrange(len(text) - 2)
        needle = text[at : at + 2]
        dialog = window.show_find_dialog()
        dialog.find_field.setText(needle)
        dialog.replace_field.setText(needle[::-1] + "〇")
        self.timed("find", dialog.find_next)
        self.timed("replace", dialog.replace_current)
        self.tally.ops["find"] += 1
        yield self.settled()
        self.timed("replace_all", dialog.replace_all)
        self.tally.ops["replace_all"] += 1
        dialog.close()
        yield self.settled()

    def export(self, big: bool, reference: bool = False) -> Iterator[Wait]:
        window = self.window
        if reference:  # (not one of the editor's pages: not counted with them)
            self.timed("export", window.actions["export"].trigger)
        else:
            self.trigger("export")
        dialog = window.export_dialog
        if dialog.edition_date is None:  # (出版日期 and 版次 are asked, never assumed)
            from PySide6.QtCore import QDate

            dialog.date_edit.setDate(QDate(2024, 3, 5))
        dialog.page_spin.setValue(self.rng.randint(1, 16))
        dialog.editor_field.setText("林可舟")
        dialog.folder_field.setText(str(self.export_folder))
        scope = self.rng.choice(
            (dialog.current_article_radio, dialog.per_article_radio, dialog.whole_page_radio)
            if not big
            else (dialog.current_article_radio, dialog.whole_page_radio)
        )
        track_changes, comments = self.rng.random() < 0.5, self.rng.random() < 0.7
        if reference:  # the reference page: always the same small export
            scope, track_changes, comments = dialog.current_article_radio, False, False
        elif big and self.tally.big_pages == 1:
            # The warm-up's big page takes the heaviest export there is (the whole page, every finding a Word
            # comment, tracked changes): the peak after the baseline is judged against the warm-up's, and a
            # warm-up that happened to export one article of its big page would make a later whole-page
            # export of the same size look like growth.
            scope, track_changes, comments = dialog.whole_page_radio, True, True
        if scope.isEnabled():
            scope.setChecked(True)
        dialog.track_changes_box.setChecked(track_changes)
        dialog.comments_box.setChecked(comments)
        self.timed("export_start", dialog.export_button.click)
        yield Wait(lambda: not dialog.is_running())
        if not dialog.written:
            self.error(f"export wrote nothing: {dialog.status_label.text()}")
        for path in dialog.written:
            with open(path, "rb") as handle:
                if handle.read(2) != b"PK":
                    self.error(f"{path.name} is not a .docx (zip)")
            self.tally.exported_files += 1
            self.tally.exported_bytes += path.stat().st_size
            path.unlink()
        dialog.accept()
        yield Wait(ms=0)

    def error(self, message: str) -> None:
        self.tally.errors.append(message)
        print(f"ERROR: {message}", flush=True)


def press(widget: Any, text: str, key: Any = None) -> None:
    """Key events as the keyboard sends them (QTest only knows ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        code = key if key is not None else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))


def qt_object_count(root: Any) -> int:
    """Qt objects under ``root``, counted through ``children()``.

    Not ``findChildren(QObject)``: each object it returns that Python had not seen gets a wrapper that
    ``root``'s wrapper keeps for good, even after Qt deletes the object (PySide6 6.11), so the soak's own
    count left dead QLabel, QWidget and QTextFrame wrappers at every sample (QLabel +576 in 30 minutes).
    """
    return sum(1 + qt_object_count(child) for child in root.children())


def database_idle() -> bool:
    from desktop.ui.workers import database_pool

    return database_pool().activeThreadCount() == 0


def release_free_heap() -> None:
    """Hand freed heap memory back to the system (glibc keeps it, per thread arena, for reuse)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def type_counts() -> Counter:
    """Objects the cyclic collector tracks, by type (the frozen ones too: the app freezes the heap often)."""
    gc.unfreeze()
    gc.collect()
    try:
        return Counter(type(o).__qualname__ for o in gc.get_objects())
    finally:
        gc.freeze()


def stray_page_objects(controller: Any) -> Counter:
    """Finding, Span, Fix and Block objects alive that are not the open page's: what earlier pages left behind.

    The open page's objects are left out, and so are copies of them (equal by value: the autosave's copy of
    the page as stored, the export dialog's request of the page just exported): the open page's findings
    depend on the database (a reference page whose headlines a later export put in the archive has more
    findings at the end), and only leftovers of other pages count.
    """
    own = open_page_objects(controller)
    gc.unfreeze()  # (a cycle that became garbage after the app froze the heap is no leftover: the next page's
    gc.collect()  # opening collects it, heap.settle_heap; collected here the same way at both points)
    try:
        stray: Counter = Counter()
        for o in gc.get_objects():
            name = type(o).__qualname__
            if name in DOMAIN_TYPES and type(o).__module__.startswith("desktop.") and not _in(o, own):
                stray[name] += 1
        return stray
    finally:
        gc.freeze()


def open_page_objects(controller: Any) -> set[object]:
    """The open page's blocks (as shown and as loaded), findings (shown and ignored), their spans and fixes."""
    own: set[object] = {*controller.document.blocks, *controller.original.blocks}
    for finding in (*controller.findings(), *controller.ignored_findings()):
        own.add(finding)
        own.update(finding.spans)
        if finding.fix is not None:
            own.add(finding.fix)
    return own


def _in(thing: object, own: set[object]) -> bool:
    try:
        return thing in own
    except TypeError:  # (a finding with an unhashable part is nobody's copy)
        return False


def garbage_kept_by_freezing() -> Counter:
    """Unreachable cycles that only survive because ``gc.freeze()`` put them out of the collector's reach."""
    gc.collect()  # what an ordinary collection frees
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return Counter(type(o).__qualname__ for o in gc.garbage)
    finally:
        gc.garbage.clear()
        gc.set_debug(0)


# --- the report ---------------------------------------------------------------------------------------


@dataclass
class Verdict:
    """One figure after the baseline: the final value against the baseline, the peak against the warm-up's."""

    name: str
    baseline: float
    warmup_peak: float  # the highest value before the baseline: what one big page and its export already took
    peak: float
    final: float
    slack: float
    limit: float = LIMIT

    def _limit(self, base: float) -> float:
        return max(base * (1 + self.limit), base + self.slack)

    @property
    def growth(self) -> float:
        return (self.final - self.baseline) / self.baseline if self.baseline else 0.0

    @property
    def peak_growth(self) -> float:
        return (self.peak - self.baseline) / self.baseline if self.baseline else 0.0

    @property
    def peak_over_warmup(self) -> float:
        return (self.peak - self.warmup_peak) / self.warmup_peak if self.warmup_peak else 0.0

    @property
    def passed(self) -> bool:
        return self.final <= self._limit(self.baseline) and self.peak <= self._limit(self.warmup_peak)

    def line(self) -> str:
        return (
            f"{self.name:15} {self.baseline:9.1f} {self.peak:9.1f} {self.final:9.1f}"
            f" {self.peak_growth * 100:7.1f}% {self.growth * 100:7.1f}%   {self.warmup_peak:9.1f}"
            f" {self.peak_over_warmup * 100:7.1f}%  {'PASS' if self.passed else 'FAIL'}"
        )


VERDICT_HEADER = (
    f"{'':15} {'baseline':>9} {'peak':>9} {'final':>9} {'peak +%':>8} {'final +%':>8}"
    f"   {'warm-up max':>9} {'peak +%':>7}  (final <= baseline +20 %, peak <= warm-up max +20 %;"
    f" stray page objects: final <= baseline + {DOMAIN_SLACK})"
)


def reference_points(samples: list[Sample], baseline_at: float) -> tuple[int, int, bool]:
    """Indices of the baseline and final samples, and whether they are the reference page's (like with like).

    A run too short to reach its baseline falls back to the sample at 1/6 of the run and the last one.
    """
    first = next((i for i, s in enumerate(samples) if s.reference == 1), None)
    last = next((i for i, s in enumerate(samples) if s.reference == 2), None)
    if first is not None and last is not None:
        return first, last, True
    index = next((i for i, s in enumerate(samples) if s.seconds >= baseline_at), len(samples) - 1)
    return index, len(samples) - 1, False


def verdicts(samples: list[Sample], baseline_at: float) -> list[Verdict]:
    """Memory of both processes, page objects, threads and open files, the end against the baseline.

    Baseline and final are the reference page's samples: the same page, unedited, settled (see
    ``Soak.measure_reference``).  Peaks are the highest resident set between samples (VmHWM) after
    the baseline, against the warm-up's highest, which includes the heaviest export of a big page.
    """
    index, last, _ = reference_points(samples, baseline_at)
    base, final, after, warmup = samples[index], samples[last], samples[index:], samples[: index + 1]
    result = []
    for name, attribute, peak_attribute, slack, limit in (
        ("RSS (MB)", "rss_mb", "peak_rss_mb", 0.0, LIMIT),
        ("helper RSS (MB)", "helper_mb", "helper_mb", 0.0, LIMIT),
        ("stray page objs", "domain_objects", "domain_objects", DOMAIN_SLACK, 0.0),
        ("threads", "threads", "threads", COUNT_SLACK, LIMIT),
        ("open files", "open_files", "open_files", COUNT_SLACK, LIMIT),
    ):
        if attribute == "domain_objects":  # counted at the reference points only: no peak to judge
            value = getattr(base, attribute)
            result.append(
                Verdict(name, value, value, getattr(final, attribute), getattr(final, attribute), slack, limit)
            )
            continue
        warmup_peak = max(max(getattr(s, attribute), getattr(s, peak_attribute)) for s in warmup)
        # counts come and go with the work (idle pool threads retire): for them the warm-up's highest is the base
        value = warmup_peak if slack else getattr(base, attribute)
        peak = max(max(getattr(s, attribute), getattr(s, peak_attribute)) for s in after)
        result.append(Verdict(name, value, warmup_peak, peak, getattr(final, attribute), slack, limit))
    return result


def report(soak: Soak) -> bool:
    tally, samples = soak.tally, soak.samples
    elapsed = samples[-1].seconds if samples else 0.0
    ops = sum(tally.ops.values())
    print()
    print(f"soak: {elapsed / 60:.1f} min, {tally.pages} pages ({tally.big_pages} big, through the helper process),")
    print(f"  {ops} operations: " + ", ".join(f"{name} {count}" for name, count in sorted(tally.ops.items())))
    print(
        f"  exported {tally.exported_files} .docx files ({tally.exported_bytes / MB:.1f} MB, each deleted after);"
        f" undo restored {tally.restored}/{tally.pages} pages; longest undo stack {tally.undo_max} steps"
    )
    if not samples:
        print("no samples taken")
        return False
    first, last = samples[0], samples[-1]
    print(
        f"  database {last.db_mb:.1f} MB, log {last.log_mb:.2f} MB, cache {last.cache_mb:.1f} MB,"
        f" files left in the temp folder {last.tmp_files}, child processes (helper, resource tracker) seen"
        f" {len(tally.helper_pids)}, alive at the end {last.helpers}"
    )
    print(
        f"  segmentation memo {last.memo_k * 1000:.0f} entries, engine line caches {last.line_caches_k * 1000:.0f}"
        f" entries, Qt objects under the window {first.qt_objects} -> {last.qt_objects}"
    )
    base_index, final_index, like = reference_points(samples, soak.baseline_at)
    base, final = samples[base_index], samples[final_index]
    print(
        "  memory figures from /proc/self/statm (resident set), peaks from VmHWM between samples; baseline ="
        + (
            f" the reference page at {base.seconds:.0f} s, final = the same page at {final.seconds:.0f} s"
            if like
            else f" the sample at {base.seconds:.0f} s, final = the last one (no reference page yet: unlike states)"
        )
    )
    helper_after = [s.helper_mb for s in samples[base_index:] if s.helper_mb]
    if helper_after:
        print(f"  helper process RSS after the baseline: {min(helper_after):.1f} .. {max(helper_after):.1f} MB")
    last_open = next((s for s in reversed(samples[:final_index]) if not s.reference), last) if like else last
    print(
        f"  (for comparison, the last sample before the end's reference page: RSS {last_open.rss_mb:.1f} MB,"
        f" {(last_open.rss_mb / base.rss_mb - 1) * 100 if base.rss_mb else 0:+.1f} % over the baseline,"
        f" with whatever page was open then)"
    )
    print()
    print(VERDICT_HEADER)
    passed = True
    for verdict in verdicts(samples, soak.baseline_at):
        passed &= verdict.passed
        print(verdict.line())
    types, strays = soak.reference_types, soak.stray_page_objects
    if 1 in types and 2 in types:
        print(
            "page objects alive at the reference points (baseline -> end), all | not of the open page: "
            + ", ".join(
                f"{name} {types[1][name]} -> {types[2][name]} | {strays[1][name]} -> {strays[2][name]}"
                for name in DOMAIN_TYPES
            )
        )
        grown = (types[2] - types[1]).most_common(12)
        print("object types grown most after the baseline: " + ", ".join(f"{n} +{c}" for n, c in grown))
    hidden = soak.hidden_garbage
    print(
        f"unreachable objects kept only by gc.freeze() at the end: {sum(hidden.values())}"
        + (" (" + ", ".join(f"{n} {c}" for n, c in hidden.most_common(8)) + ")" if hidden else "")
    )
    if soak.baseline_snapshot is not None and soak.final_snapshot is not None:
        print("allocations grown most after the baseline (tracemalloc):")
        for stat in soak.final_snapshot.compare_to(soak.baseline_snapshot, "lineno")[:12]:
            print(f"  {stat}")
    passed &= report_actions(tally)
    if tally.errors:
        passed = False
        print(f"{len(tally.errors)} error(s); the first:\n{tally.errors[0]}")
    if ops == 0 or tally.pages == 0:
        passed = False
    print(f"soak {'PASS' if passed else 'FAIL'}")
    return passed


def report_actions(tally: Tally) -> bool:
    """Actions that held the GUI thread: FAIL when one on a page up to SLOW_PAGE_CHARS took > SLOW_ACTION_S of
    the GUI thread's CPU time.  Wall time is printed beside it: on this shared machine it also counts the
    time other processes had the cores (the load average at the time is printed too)."""

    def line(entry: tuple[float, float, float, str, int, float]) -> str:
        wall, cpu, process, name, chars, load = entry
        return (
            f"  wall {wall:5.2f} s  GUI-thread CPU {cpu:5.2f} s  process CPU {process:5.2f} s  {name}"
            f" ({chars} characters, load {load:.1f})"
        )

    small = [entry for entry in tally.slow if entry[4] <= SLOW_PAGE_CHARS]
    over = [entry for entry in small if entry[1] > SLOW_ACTION_S]
    print(
        f"{tally.timed_actions} actions timed; on pages up to {SLOW_PAGE_CHARS} characters {len(over)} took"
        f" > {SLOW_ACTION_S} s of GUI-thread CPU, {sum(1 for e in small if e[0] > SLOW_ACTION_S)} > {SLOW_ACTION_S} s"
        " of wall time"
    )
    if tally.longest is not None:
        print("the longest there by CPU:\n" + line(tally.longest))
    for entry in sorted(small, reverse=True)[:5]:
        print(line(entry))
    big = [entry for entry in tally.slow if entry[4] > SLOW_PAGE_CHARS]
    if big:
        print(f"on bigger pages {len(big)} actions over {SLOW_ACTION_S} s (not judged); the longest:")
        for entry in sorted(big, reverse=True)[:3]:
            print(line(entry))
    return not over


def verdict_from_csv(path: Path, minutes: float) -> bool:
    """The verdict table of a recorded run (its samples CSV)."""
    with path.open(encoding="utf-8") as handle:
        samples = [
            Sample(
                **{name: 0 for name in Sample.__dataclass_fields__}
                | {name: (float(v) if "." in v else int(v)) for name, v in row.items()}
            )
            for row in csv.DictReader(handle)
        ]
    passed = True
    print(VERDICT_HEADER)
    for verdict in verdicts(samples, minutes * 60 / 6):
        passed &= verdict.passed
        print(verdict.line())
    return passed


def write_csv(path: Path, samples: list[Sample]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(asdict(samples[0]))) if samples else None
        if writer is not None:
            writer.writeheader()
            for sample in samples:
                writer.writerow({k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(sample).items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--sample-seconds", type=float, default=10.0)
    parser.add_argument("--csv", type=Path, help="write the samples to this CSV file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--big-every",
        type=int,
        default=BIG_PAGE_EVERY,
        help=f"every n-th page (and the second) is big, through the helper process; 0: none (default {BIG_PAGE_EVERY})",
    )
    parser.add_argument("--tracemalloc", action="store_true", help="trace Python allocations (slows the run)")
    parser.add_argument(
        "--malloc-trim",
        action="store_true",
        help="call glibc's malloc_trim(0) before each sample: RSS then counts memory in use, not memory the"
        " allocator keeps for reuse",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs)")
    parser.add_argument("--verdict-from", type=Path, help="only print the verdict of a recorded run (its --csv)")
    args = parser.parse_args(argv)
    if args.verdict_from:
        return 0 if verdict_from_csv(args.verdict_from, args.minutes) else 1

    root = Path(tempfile.mkdtemp(prefix="proofsheet-soak-"))
    (root / "tmp").mkdir()
    os.environ["PROOFSHEET_HOME"] = str(root / "home")
    os.environ["TMPDIR"] = str(root / "tmp")  # whatever the app (or its helper) leaves in the temp folder shows
    tempfile.tempdir = None
    os.environ.pop("PROOFSHEET_DATABASE_URL", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(12)

    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 <pid>`: where is it now?
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        if "does not support" not in message:  # the offscreen plugin's notes on window hints
            print(f"Qt: {message}", file=sys.stderr, flush=True)

    qInstallMessageHandler(qt_message)
    app = QApplication([sys.argv[0]])
    from desktop.app import create_main_window

    soak = Soak(args, root)
    print(
        f"soak: {args.minutes:g} min in one GUI process (offscreen, {os.cpu_count()} cores), home {root / 'home'};"
        f" sampling every {min(args.sample_seconds, max(soak.run_seconds / 10, 1)):.0f} s",
        flush=True,
    )

    def excepthook(kind: type[BaseException], value: BaseException, trace: Any) -> None:
        soak.error("".join(traceback.format_exception(kind, value, trace)))

    sys.excepthook = excepthook
    soak.window = create_main_window(install_hooks=False)
    sampler = QTimer()
    sampler.setInterval(int(min(args.sample_seconds, max(soak.run_seconds / 10, 1)) * 1000))
    sampler.timeout.connect(soak.sample)

    def finished() -> None:
        sampler.stop()
        soak.sample()
        soak.hidden_garbage = garbage_kept_by_freezing()
        app.quit()

    driver = Driver(soak.scenario(), soak.error, finished)
    soak.sample()
    sampler.start()
    driver.start()
    app.exec()
    passed = report(soak)
    if args.csv:
        write_csv(args.csv, soak.samples)
        print(f"samples written to {args.csv}")
    soak.window.close()
    if args.keep:
        print(f"kept {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
