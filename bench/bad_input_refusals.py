"""How long the loader takes to refuse each bad input (and a few worst cases near the size limit).

    python bench/bad_input_refusals.py            # every case, each in its own process, 60 s timeout
    python bench/bad_input_refusals.py --cli      # also `proofsheet check` wall time per case

Each case runs ``load_text`` in a fresh child process and prints the time the child measured
around the call, what came back, and the child's peak memory.  A case that does not finish
within the timeout is reported as such (that is a hang).  Set PYTHONPATH to an older checkout
to get the figures of an older loader.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from bad_inputs import CORPUS, MB, PAGE, write_corpus  # noqa: E402

CHILD = r"""
import re, sys, time
from desktop.proofing.load import LoadError, load_text
start = time.perf_counter()
try:
    loaded = load_text(sys.argv[1])
    outcome = f"LOADED {loaded.encoding}, {len(loaded.text):,} chars"
except LoadError as error:
    outcome = "refused: " + error.problem[:60]
except BaseException as error:
    outcome = f"CRASH {type(error).__name__}: {str(error)[:60]}"
elapsed = time.perf_counter() - start
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
print(f"{elapsed:8.3f} s  {peak:6.0f} MB  {outcome}")
"""


def worst_cases(folder: Path) -> list[Path]:
    """Inputs just under the 50 MB limit that walk the loader's slowest paths."""
    rng = random.Random(3)
    size = 49 * MB
    cases = {
        "49mb-binary-high-bytes.bin": bytes(rng.getrandbits(7) | 0x80 for _ in range(64 * 1024))
        * (size // (64 * 1024)),
        "49mb-random-with-nuls.bin": rng.randbytes(size),
        "49mb-utf8-bad-last-line.txt": PAGE.encode("utf-8") * (size // len(PAGE.encode("utf-8"))) + b"\xff\xfe\n",
        "49mb-gb18030-cut-at-end.txt": (PAGE.encode("gb18030") * (size // len(PAGE.encode("gb18030"))))[:-2],
        "49mb-utf8-page.txt": PAGE.encode("utf-8") * (size // len(PAGE.encode("utf-8"))),
        "49mb-gb18030-page.txt": PAGE.encode("gb18030") * (size // len(PAGE.encode("gb18030"))),
    }
    paths = []
    for name, data in cases.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def run(path: Path, timeout: float) -> str:
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=timeout, cwd=path.parent
        )
    except subprocess.TimeoutExpired:
        return f"{'>' + str(int(timeout)):>8} s  (no answer: killed after {timeout:.0f} s)"
    return (result.stdout.strip() or result.stderr.strip().splitlines()[-1])[:140]


def run_cli(path: Path, timeout: float) -> str:
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "check", "--no-archive", str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=path.parent,
        )
    except subprocess.TimeoutExpired:
        return f"no answer after {timeout:.0f} s"
    return f"{time.perf_counter() - start:6.2f} s  exit {result.returncode}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--cli", action="store_true", help="also time `proofsheet check` on each case")
    parser.add_argument("--only", default="", metavar="TEXT", help="only the cases whose name contains TEXT")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bad-inputs-") as temporary:
        folder = Path(temporary)
        write_corpus(folder, include_big=True, include_special=True)
        paths = [folder / item.name for item in CORPUS] + worst_cases(folder)
        print(f"{'case':<34} {'time':>10}  {'peak':>8}  outcome")
        for path in [p for p in paths if args.only in p.name]:
            line = f"{path.name:<34} {run(path, args.timeout)}"
            if args.cli:
                line += f"   | check: {run_cli(path, args.timeout)}"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
