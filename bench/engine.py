"""Engine throughput against jieba's full-text segmentation, measured in the same process.

Prints, for the sample page repeated to 1 MB and 10 MB:
- the throughput of segmentation + all checks (MB/s),
- the throughput of ``jieba.lcut`` over the same text (the baseline),
- their ratio (target: engine ≥ 5× faster), and the 10 MB / 1 MB time ratio (target ≈ 10: linear);
then the wall time of ``proofsheet check`` on the sample page from a cold process (target < 1.0 s).

Run: python bench/engine.py [--sizes 1,10] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from desktop.proofing.pipeline import analyse, document_from_text

from desktop.paths import sample_page

REPO = Path(__file__).resolve().parent.parent

MB = 1024 * 1024


def page_of_size(sample: str, megabytes: float) -> str:
    unit = sample.strip("\n") + "\n\n"
    copies = max(1, int(megabytes * MB / len(unit.encode("utf-8"))) + 1)
    return unit * copies


def time_engine(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    document = document_from_text(text, "bench.txt")
    findings = analyse(document)
    return time.perf_counter() - start, len(findings)


def time_jieba_cut(text: str) -> float:
    import jieba

    start = time.perf_counter()
    jieba.lcut(text)
    return time.perf_counter() - start


def cold_check_seconds(runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "check", str(sample_page())],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="page sizes in MB, comma separated")
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()

    sample = sample_page().read_text(encoding="utf-8")
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    time_engine(sample)  # warm both dictionaries before timing

    print(f"{'size':>8} {'engine MB/s':>12} {'jieba cut MB/s':>15} {'ratio':>7} {'findings':>9}")
    engine_seconds: dict[float, float] = {}
    for size in (float(s) for s in args.sizes.split(",")):
        text = page_of_size(sample, size)
        megabytes = len(text.encode("utf-8")) / MB
        seconds, count = time_engine(text)
        cut_seconds = time_jieba_cut(text)
        engine_seconds[size] = seconds / megabytes
        print(
            f"{megabytes:7.1f}M {megabytes / seconds:12.2f} {megabytes / cut_seconds:15.2f} "
            f"{cut_seconds / seconds:6.1f}× {count:9d}"
        )
    sizes = sorted(engine_seconds)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(
            f"seconds per MB at {large:g} MB / at {small:g} MB: {engine_seconds[large] / engine_seconds[small]:.2f}"
            " (1.00 = perfectly linear)"
        )
    timings = cold_check_seconds(args.cold_runs)
    print(
        f"cold `proofsheet check` on the sample page: first {timings[0]:.2f} s, "
        f"median {statistics.median(timings):.2f} s over {len(timings)} runs (target < 1.0 s)"
    )


if __name__ == "__main__":
    main()
