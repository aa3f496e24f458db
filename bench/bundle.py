"""The frozen bundle against the source app: unpacked size, and start-up time in the same run.

    python bench/bundle.py                      # uses dist/Proofsheet, building it first if it is missing
    python bench/bundle.py --build              # rebuild with build.spec first (prints the build time)
    python bench/bundle.py --bundle DIR --runs 7

Start-up is measured as the wall time of whole processes, alternating source and
frozen runs so both see the same machine load:

- ``--version``: interpreter start and the CLI import (the fixed cost of each start);
- ``--self-test --only window``: the cold GUI start (fresh user folders, so jieba's
  dictionary is read from the bundle): when the main window is shown, when the sample
  page's findings are in it (both reported by the self-test from the launch time this
  script passes in ``PROOFSHEET_LAUNCHED_AT``), and when the process has exited;
- ``--self-test``: to completion of every check (engine, export, migrations, window...).

Targets (issue 6): bundle under 150 MB unpacked; frozen start within 1.5x of the source start.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from desktop.self_test import LAUNCHED_AT_ENV

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "Proofsheet"
SIZE_TARGET_MB = 150.0
START_TARGET_RATIO = 1.5
MB = 1_000_000
_reported_failures: set[str] = set()


def executable_in(bundle: Path) -> Path:
    for name in ("Proofsheet.exe", "Proofsheet"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"no Proofsheet executable in {bundle}")


def build(bundle: Path) -> float:
    dist = bundle.parent
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--log-level", "ERROR"]
    subprocess.run(
        [*command, "--distpath", str(dist), "--workpath", str(dist.parent / "build")],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def size_report(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    total = 0
    parts: Counter[str] = Counter()
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            relative = path.relative_to(internal if path.is_relative_to(internal) else bundle).parts
            parts["/".join(relative[:3] if relative[0] == "PySide6" else relative[:1])] += size
    return total, parts.most_common(10)


def source_command() -> list[str]:
    script = shutil.which("proofsheet", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "desktop"]


_WINDOW_TIMES = re.compile(r"window at ([\d.]+) s, findings at ([\d.]+) s after launch")


def timed_run(command: list[str], home: Path) -> tuple[float, float | None, float | None]:
    """Wall time of the process, and when its window and findings appeared (from the self-test's window line)."""
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PROOFSHEET_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("PROOFSHEET_RESOURCES", None)
    label = " ".join([Path(command[0]).name, *command[1:]])
    report = home / "report.txt"
    report.unlink(missing_ok=True)
    if "--self-test" in command:  # a windowed Windows build has no stdout: read the report file
        command = [*command, "--report", str(report)]
    env[LAUNCHED_AT_ENV] = repr(time.time())
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, encoding="utf-8")
    elapsed = time.perf_counter() - started
    output = report.read_text(encoding="utf-8") if report.is_file() else result.stdout
    if result.returncode != 0 and label not in _reported_failures:
        _reported_failures.add(label)
        problems = [line for line in output.splitlines() if line.startswith(("MISSING", "FAILED"))]
        print(f"  ! {label} exited {result.returncode}: {problems or result.stderr[-500:]}")
    found = _WINDOW_TIMES.search(output)
    return elapsed, float(found.group(1)) if found else None, float(found.group(2)) if found else None


def compare(arguments: list[str], frozen: Path, runs: int) -> list[tuple[str, float, float]]:
    """Alternating runs; returns (measure, source median, frozen median) per measure."""
    samples: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="proofsheet-bench-") as folder:
        home = Path(folder)
        commands = {"source": [*source_command(), *arguments], "frozen": [str(frozen), *arguments]}
        for command in commands.values():  # warm the OS file cache for both
            timed_run(command, home)
        for _ in range(runs):
            for side, command in commands.items():
                for measure, value in zip(("process", "window", "findings"), timed_run(command, home), strict=True):
                    if value is not None:
                        samples.setdefault(measure, {}).setdefault(side, []).append(value)
    return [
        (measure, statistics.median(samples[measure]["source"]), statistics.median(samples[measure]["frozen"]))
        for measure in ("window", "findings", "process")
        if len(samples.get(measure, {})) == 2
    ]


def print_comparison(label: str, source: float, frozen: float, runs: int) -> float:
    ratio = frozen / source
    print(
        f"{label:<34} source {source:6.2f} s   frozen {frozen:6.2f} s   frozen/source {ratio:4.2f}x  (median of {runs})"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the one-folder bundle (dist/Proofsheet)")
    parser.add_argument("--build", action="store_true", help="rebuild the bundle with build.spec first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = args.bundle.resolve()

    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs")
    if args.build or not bundle.exists():
        print(f"pyinstaller build.spec → {bundle}: {build(bundle):.1f} s")
    frozen = executable_in(bundle)

    total, parts = size_report(bundle)
    verdict = "meets" if total / MB < SIZE_TARGET_MB else "MISSES"
    print(
        f"bundle size (unpacked)   {total / MB:.1f} MB ({total / 2**20:.1f} MiB);"
        f" {verdict} the {SIZE_TARGET_MB:.0f} MB target"
    )
    for name, size in parts:
        print(f"    {size / MB:6.1f} MB  {name}")

    fixed_cost = 0.0
    for _measure, source, frozen_time in compare(["--version"], frozen, args.runs):
        print_comparison("start → --version printed", source, frozen_time, args.runs)
        fixed_cost = frozen_time - source
    labels = {
        "window": "start → main window shown",
        "findings": "start → sample page analysed",
        "process": "start → window check done, exit",
    }
    ratios = {}
    for measure, source, frozen_time in compare(["--self-test", "--only", "window"], frozen, args.runs):
        ratios[measure] = print_comparison(labels[measure], source, frozen_time, args.runs)
    for measure, source, frozen_time in compare(["--self-test"], frozen, args.runs):
        if measure == "process":
            ratios["self-test"] = print_comparison("start → full self-test done, exit", source, frozen_time, args.runs)
    worst = max(ratios.values())
    verdict = "meets" if worst <= START_TARGET_RATIO else "MISSES"
    print(
        f"frozen start-up of the app {verdict} the {START_TARGET_RATIO}x target (worst ratio {worst:.2f}x); the"
        f" bundle's fixed start cost (PyInstaller's runtime hooks, seen in --version) is {fixed_cost:+.2f} s"
    )


if __name__ == "__main__":
    main()
