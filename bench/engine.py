"""Engine throughput against jieba's full-text segmentation, measured in the same process.

Prints, for the sample page repeated to 1 MB and 10 MB, and for a page of the first size made of generated stories
whose lines mostly do not repeat (the ``distinct`` row; ``--no-distinct`` leaves it out): the engine's line memos
serve the repeated page from the second copy of the sample on, so the distinct row is the engine's speed on text it
reads for the first time, as on a real page:
- the throughput of segmentation + all checks (MB/s),
- the throughput of ``jieba.lcut`` over the same text (the baseline),
- their ratio (target: engine ≥ 5× faster), and the 10 MB / 1 MB time ratio (target ≈ 10: linear);
- the same ratio in CPU time (on a machine shared with other work, wall time counts the waits for a core);
then the wall time of ``proofsheet check`` on the sample page from a cold process (target < 1.0 s).

Before timing, the dictionaries are loaded (jieba's, the engine's lexicon, pypinyin's character table), as an
editor's session has them after its first page: their one-time load is the cold check's figure, not throughput.

Run: python bench/engine.py [--sizes 1,10] [--cold-runs 3] [--no-distinct]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.paths import sample_page
from desktop.proofing.homophones import readings
from desktop.proofing.pipeline import analyse, document_from_text

REPO = Path(__file__).resolve().parent.parent

MB = 1024 * 1024


def page_of_size(sample: str, megabytes: float) -> str:
    unit = sample.strip("\n") + "\n\n"
    copies = max(1, int(megabytes * MB / len(unit.encode("utf-8"))) + 1)
    return unit * copies


def distinct_page(megabytes: float) -> str:
    """Generated e-paper pages (tools/pagegen, made-up stories) joined to ``megabytes``: few lines repeat."""
    sys.path.insert(0, str(REPO))  # (tools/ is the team's, not installed)
    from tools.pagegen.variants import generated_pages

    parts: list[str] = []
    size, seed = 0, 0
    while size < megabytes * MB:
        for _, laid, _ in generated_pages([seed], 8, ("epaper",), (True,)):
            parts.append(laid.text.strip("\n") + "\n\n")
            size += len(parts[-1].encode("utf-8"))
        seed += 1
    return "".join(parts)


def time_engine(text: str) -> tuple[float, float, int]:
    """Wall and CPU seconds of segmenting ``text`` and running every check, and the number of findings."""
    start, cpu = time.perf_counter(), time.process_time()
    document = document_from_text(text, "bench.txt")
    findings = analyse(document)
    return time.perf_counter() - start, time.process_time() - cpu, len(findings)


def time_jieba_cut(text: str) -> tuple[float, float]:
    """Wall and CPU seconds of ``jieba.lcut(text)``."""
    import jieba

    start, cpu = time.perf_counter(), time.process_time()
    jieba.lcut(text)
    return time.perf_counter() - start, time.process_time() - cpu


def cold_check_seconds(page: Path, home: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one ``proofsheet check`` in a new process."""
    environment = {**os.environ, "PROOFSHEET_HOME": str(home)}
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--no-archive", str(page)],
        cwd=REPO,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children so far; NaN where not measured (Windows)."""
    try:
        import resource
    except ImportError:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_check_report(runs: int, sample: str) -> None:
    """Three honest cold starts: a first-ever run, a new page with jieba's cache warm, and a re-check."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        other_page = root / "other.txt"
        other_page.write_text(sample.replace("聊城", "临清").replace("。", "。\n\n"), encoding="utf-8")
        first_ever: list[tuple[float, float]] = []
        new_page: list[tuple[float, float]] = []
        recheck: list[tuple[float, float]] = []
        for run in range(runs):
            home = root / f"home{run}"
            first_ever.append(cold_check_seconds(sample_page(), home))
            home = root / f"warm{run}"
            cold_check_seconds(other_page, home)  # builds jieba's cache, memoises another page's breaks
            new_page.append(cold_check_seconds(sample_page(), home))
            recheck.append(cold_check_seconds(sample_page(), home))
    for label, timings in (
        ("first run ever (no caches)", first_ever),
        ("new page, jieba cache warm", new_page),
        ("re-check of the same page", recheck),
    ):
        walls = [wall for wall, _ in timings]
        cpus = [cpu for _, cpu in timings]
        print(
            f"cold `proofsheet check` on the sample, {label}: median {statistics.median(walls):.2f} s "
            f"(min {min(walls):.2f}, max {max(walls):.2f}, {len(walls)} runs; target < 1.0 s), "
            f"CPU median {statistics.median(cpus):.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="page sizes in MB, comma separated")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument(
        "--no-distinct",
        dest="distinct",
        action="store_false",
        help="leave out the page of generated stories (lines not repeated)",
    )
    parser.add_argument("--distinct", action="store_true", help=argparse.SUPPRESS)  # (the default; kept for scripts)
    parser.set_defaults(distinct=True)
    args = parser.parse_args()

    sample = sample_page().read_text(encoding="utf-8")
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    time_engine(sample)  # warm the dictionaries before timing
    readings("长")  # (pypinyin's table, which the people check reads when two names differ by one character)

    print(f"{'size':>8} {'engine MB/s':>12} {'jieba cut MB/s':>15} {'ratio':>7} {'cpu ratio':>10} {'findings':>9}")
    engine_seconds: dict[float, float] = {}
    pages = [(f"{s}", page_of_size(sample, float(s))) for s in args.sizes.split(",")]
    if args.distinct:
        pages.append(("distinct", distinct_page(float(args.sizes.split(",")[0]))))
    for label, text in pages:
        megabytes = len(text.encode("utf-8")) / MB
        seconds, cpu_seconds, count = time_engine(text)
        cut_seconds, cut_cpu_seconds = time_jieba_cut(text)
        if label != "distinct":
            engine_seconds[float(label)] = seconds / megabytes
        print(
            f"{megabytes:7.1f}M {megabytes / seconds:12.2f} {megabytes / cut_seconds:15.2f} "
            f"{cut_seconds / seconds:6.2f}× {cut_cpu_seconds / cpu_seconds:9.2f}× {count:9d}"
            + ("  (generated stories, lines not repeated)" if label == "distinct" else "  (the sample repeated)")
        )
    sizes = sorted(engine_seconds)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(
            f"seconds per MB at {large:g} MB / at {small:g} MB: {engine_seconds[large] / engine_seconds[small]:.2f}"
            " (1.00 = perfectly linear)"
        )
    cold_check_report(args.cold_runs, sample)


if __name__ == "__main__":
    main()
