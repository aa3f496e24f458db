"""What keeps earlier pages alive: the soak's editor at work for a few pages, then back-reference walks.

Drives the real window offscreen exactly as ``bench/soak.py`` does (its scenario, its pages, big pages
through the helper process), then opens the reference page and, for the Block, Finding, Span and Fix
objects alive that are not the open page's, walks ``gc.get_referrers`` back from a few of them to what
holds them: a module's globals, a class, or an object no Python object refers to (held from C: a Qt
wrapper, a running frame).  Prints the chains, and the Python wrappers of Qt objects by class at the
start and at the end (Qt objects deleted on the C++ side whose Python wrappers stay count there).

Run: QT_QPA_PLATFORM=offscreen python bench/leak_paths.py [--minutes 3] [--big-every 4] [--chains 4]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import types
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO / "bench"))

import soak  # noqa: E402  (soak.py itself takes bench/ off the path again: bench/storage.py would shadow storage)


def qt_wrappers() -> Counter:
    """Python objects whose type comes from PySide6 (or subclasses one), by class name."""
    counts: Counter = Counter()
    for o in gc.get_objects():
        kind = type(o)
        if any(str(vars(base).get("__module__", "")).startswith("PySide6") for base in kind.__mro__[:-1]):
            counts[kind.__qualname__] += 1
    return counts


def describe(o: object, child: object | None) -> str:
    name = type(o).__qualname__
    if isinstance(o, dict) and child is not None:
        keys = [k for k, v in o.items() if v is child]
        return f"dict[{keys[0]!r}]" if keys else "dict"
    if isinstance(o, types.FrameType):
        return f"frame {o.f_code.co_name} ({Path(o.f_code.co_filename).name}:{o.f_lineno})"
    if isinstance(o, types.FunctionType):
        return f"function {o.__qualname__}"
    if isinstance(o, types.CellType):
        return "cell"
    if isinstance(o, (list, tuple, set)):
        return f"{name}[{len(o)}]"
    return name


def chain_to_root(start: object, ignore: set[int], max_depth: int = 25, max_nodes: int = 30_000) -> list[str]:
    """Breadth-first from ``start`` over referrers to what holds it; the chain, root first.

    One scan of the heap per level (``gc.get_referrers`` of the whole frontier at once).  A root is a
    module's globals or a class, or else the object nearest ``start`` that has more references than the
    objects the collector sees refer to it: held from C (a Qt connection, a wrapper's owner, a thread) or
    from a running frame.
    """
    parents: dict[int, tuple[object, int | None]] = {id(start): (start, None)}
    seen_refs: Counter = Counter()  # references to each visited object from the referrers walked
    order: list[int] = [id(start)]
    frontier: list[object] = [start]
    ignore = ignore | {id(parents), id(order)}
    for _ in range(max_depth):
        ignore.add(id(frontier))
        referrers = gc.get_referrers(*frontier)
        ignore.add(id(referrers))
        wanted = {id(o) for o in frontier}
        following: list[object] = []
        for r in referrers:
            if id(r) in ignore or isinstance(r, types.FrameType):
                continue
            children = [c for c in gc.get_referents(r) if id(c) in wanted]
            for c in children:
                seen_refs[id(c)] += 1
            if not children or id(r) in parents:
                continue
            parents[id(r)] = (r, id(children[0]))
            if isinstance(r, (types.ModuleType, type)) or (
                isinstance(r, dict) and "__name__" in r and "__builtins__" in r
            ):
                return render(r, parents)
            order.append(id(r))
            following.append(r)
        del referrers
        frontier = following
        if not frontier or len(parents) > max_nodes:
            break
    del frontier, following
    r = c = children = None  # (the loops' last values would count as references)
    for node in order:
        o = parents[node][0]
        # getrefcount's argument, the local ``o``, the tuple in ``parents``
        if sys.getrefcount(o) - 3 > seen_refs[node] and o is not start:
            return [
                f"(held from outside: {sys.getrefcount(o) - 3 - seen_refs[node]} reference(s))",
                *render(o, parents),
            ]
    return [f"(no root within {len(parents)} objects)"]


def render(root: object, parents: dict[int, tuple[object, int | None]]) -> list[str]:
    lines = []
    node: int | None = id(root)
    while node is not None:
        o, child_id = parents[node]
        child = parents[child_id][0] if child_id is not None else None
        extra = ""
        if hasattr(o, "__dict__") and child is not None and isinstance(getattr(o, "__dict__", None), dict):
            extra = ""
        if isinstance(o, type):
            extra = f" {o.__module__}.{o.__qualname__}"
        elif isinstance(o, dict) and "__name__" in o and "__builtins__" in o:
            extra = f" (globals of {o['__name__']})"
        lines.append(describe(o, child) + extra)
        node = child_id
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--big-every", type=int, default=4)
    parser.add_argument("--chains", type=int, default=4, help="objects to walk back from, per type")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    args = soak.argparse.Namespace(
        minutes=options.minutes,
        sample_seconds=10.0,
        csv=None,
        seed=options.seed,
        big_every=options.big_every,
        tracemalloc=False,
        malloc_trim=False,
        keep=False,
    )
    root = Path(tempfile.mkdtemp(prefix="proofsheet-leaks-"))
    (root / "tmp").mkdir()
    os.environ["PROOFSHEET_HOME"] = str(root / "home")
    os.environ["TMPDIR"] = str(root / "tmp")
    tempfile.tempdir = None
    os.environ.pop("PROOFSHEET_DATABASE_URL", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.app import create_main_window

    run = soak.Soak(args, root)
    run.window = create_main_window(install_hooks=False)
    start_wrappers: Counter = Counter()

    measure = run.sample

    def sample(reference: int = 0) -> None:  # at the baseline's reference page: the wrappers alive then
        measure(reference)
        if reference == 1:
            gc.unfreeze()
            gc.collect()
            start_wrappers.update(qt_wrappers())
            gc.freeze()

    run.sample = sample  # type: ignore[method-assign]
    driver = soak.Driver(run.scenario(), run.error, app.quit)
    driver.start()
    app.exec()
    print(f"{run.tally.pages} pages ({run.tally.big_pages} big), errors {len(run.tally.errors)}")
    gc.unfreeze()
    gc.collect()
    end_wrappers = qt_wrappers()
    grown = (end_wrappers - start_wrappers).most_common(25)
    print("Python wrappers of Qt objects grown after the baseline:", ", ".join(f"{n} +{c}" for n, c in grown))
    widgets = Counter(type(w).__qualname__ for w in QApplication.allWidgets())
    print("widgets alive (QApplication.allWidgets):", widgets.most_common(15))
    controller = run.window.controller
    own = soak.open_page_objects(controller)
    strays: dict[str, list[object]] = {name: [] for name in soak.DOMAIN_TYPES}
    for o in gc.get_objects():
        name = type(o).__qualname__
        if name in strays and type(o).__module__.startswith("desktop.") and not soak._in(o, own):
            strays[name].append(o)
    print("stray page objects:", {name: len(found) for name, found in strays.items()})
    texts = {b.text for b in controller.document.blocks}
    print("stray blocks whose text the open page has:", sum(b.text in texts for b in strays["Block"]))  # type: ignore[attr-defined]
    print("stray findings by check:", Counter(f.check for f in strays["Finding"]).most_common(8))  # type: ignore[attr-defined]
    ignore = {id(strays), id(own), *(id(found) for found in strays.values())}
    seen_chains: Counter = Counter()
    picks: list[object] = []
    for found in strays.values():
        picks.extend(found[:: max(len(found) // max(options.chains, 1), 1)][: options.chains])
    ignore.add(id(picks))
    for number in range(len(picks)):
        chain = chain_to_root(picks[number], set(ignore))
        seen_chains[" <- ".join(reversed(chain))] += 1
    for text, count in seen_chains.most_common():
        print(f"\n[{count}x] " + "\n   held by ".join(text.split(" <- ")))
    run.window.close()
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
