"""How well the engine reads pages whose answers are known: precision and recall per layout.

The pages come from ``tests/layout_pages.py``: the sample's truth re-laid out
(other separators, indentation, random cuts, column wraps; "mixed": blank lines
between paragraphs and single newlines where a column wrapped, even after a full
stop) and pages composed in the styles of several other papers (datelines, □/文/
top bylines, end bylines, kickers and decks, intertitles, captions, chrome,
briefs, GBK, blank lines between paragraphs).  For each group of
layouts it prints precision / recall of

- broken breaks (``broken-line-break`` findings against the known cut points),
- article starts (blocks that open an article: kicker or headline),
- bylines (an article's names, matched by its first block),
- missing-byline flags (headline blocks of the articles that name nobody),
- detached-byline findings (end bylines standing alone on their own line),

then the totals.  ``--details`` lists every miss and every false hit.

``--one-by-one`` also fixes every page's broken line breaks the way an editor
clicking down the findings list does (re-analysing after each join, always the
first fixable ``broken-line-break`` left) and counts the pages that end
differently from the batch fix (``proofsheet fix --checks broken-line-break``),
with the page conventions recorded at load and with them read again from the
partly fixed page at every analysis (as for pages saved before they were recorded).

The "fresh" group (``tests/heldout_pages.py``) holds pages written by hand in
styles the others do not cover, without looking at the engine; it is reported on
its own line and kept out of TOTAL, so that TOTAL stays comparable over time;
"fresh-late" pages were written after the engine was changed for the first ones
(a held-out figure for those changes: do not tune on them either).
``--fresh`` measures only those pages.  The "fresh2" group (``tests/heldout_pages2.py``)
is a second set written the same way in yet other styles, also kept out of TOTAL;
``--fresh2`` measures only it.

Generated pages (``tools/pagegen``: made-up articles in every form of the real-page catalogue,
laid out as e-paper copies and as PDF column text, with and without chrome, UTF-8/GB18030,
full/half-width punctuation, one column width per page) form the groups ``gen-epaper/…`` and
``gen-pdf/…``; ``--real [DIR]`` lays out the article records in DIR (docs/page-truth.md; default
realpages/articles) as pages of 3–6 articles of one paper, in both layouts, with and without chrome
(groups ``real-…``); ``--split dev|val|heldout`` keeps the records of one split (val: read its totals
only; never tune on heldout) and
records marked ``truncated`` (their end was not seen) are left out of the byline measures.  These
groups are reported in a table of their own and kept out of TOTAL: broken
breaks P/R, article starts P/R, missing-byline false flags per 50 signed articles and recall, the
share of chrome lines read as chrome, chrome lines in a headline role, duplicate-headline findings
touching chrome, and the calibration (share right among the findings the labels decide, by
confidence ≥0.9 / 0.7–0.9 / <0.7); ``--features`` adds finer reliability bins per check and, for each
named feature of the findings (``Finding.features``), the findings carrying it, the share right, their mean
confidence and the feature's fitted weight (``tools/fit_confidence.py``).  The tool uses only engine APIs
that older engines have, so that
``PYTHONPATH=<old checkout> python tools/engine_accuracy.py --real`` measures the engine as it was.

Run: python tools/engine_accuracy.py [--details] [--seeds 3] [--only PREFIX] [--speed] [--one-by-one]
     [--fresh] [--fresh2] [--gen] [--gen-pages 8] [--real [DIR]] [--split dev|heldout] [--features]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
# appended, not put first: with PYTHONPATH naming an older checkout, ``desktop`` must come from there
sys.path.append(str(REPO))

from heldout_pages import fresh_pages, fresh_pages_after  # noqa: E402
from heldout_pages2 import fresh_pages2  # noqa: E402
from layout_pages import (  # noqa: E402
    HELDOUT_PAPERS,
    PAPERS,
    LaidOutPage,
    decoded_text,
    lay_out,
    paper_pages,
    sample_pages,
    sparse_breaks,
)

from desktop.commands.fix import apply_selected_fixes  # noqa: E402
from desktop.proofing.fixes import fix_edit  # noqa: E402
from desktop.proofing.model import Document  # noqa: E402
from desktop.proofing.pipeline import analyse, byline_of, document_from_text  # noqa: E402
from desktop.proofing.render import render_text  # noqa: E402
from tools.judge_findings import calibration_report, judge_page  # noqa: E402
from tools.pagegen.measure import BUCKETS, Figures  # noqa: E402
from tools.pagegen.measure import measure as measure_labelled  # noqa: E402
from tools.pagegen.truth import load_records  # noqa: E402
from tools.pagegen.variants import generated_pages, real_laid_out  # noqa: E402

MEASURES = ("breaks", "starts", "bylines", "missing", "detached")
FRESH2 = "fresh2"  # the second set of hand-written pages (tests/heldout_pages2.py): kept out of TOTAL
LATE = "fresh-late"  # fresh pages written after the engine was changed for the others: never tuned on


@dataclass
class Tally:
    hits: int = 0
    found: int = 0
    wanted: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def add(self, found: set, wanted: set, label: str, describe: Callable[[Any], str] = str) -> None:
        self.hits += len(found & wanted)
        self.found += len(found)
        self.wanted += len(wanted)
        self.misses += [f"{label}: missed {describe(x)}" for x in sorted(wanted - found)]
        self.false_hits += [f"{label}: false {describe(x)}" for x in sorted(found - wanted)]

    def merge(self, other: Tally) -> None:
        self.hits += other.hits
        self.found += other.found
        self.wanted += other.wanted
        self.misses += other.misses
        self.false_hits += other.false_hits

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.wanted if self.wanted else 1.0


def measure(page: LaidOutPage) -> dict[str, Tally]:
    document = document_from_text(decoded_text(page))
    texts = [block.text for block in document.blocks]
    findings = analyse(document, ["broken-line-break", "missing-byline", "detached-byline"])
    tallies = {name: Tally() for name in MEASURES}

    def near(pair: tuple[int, int]) -> str:
        return f"{pair} “…{texts[pair[0]][-8:]}⏎{texts[pair[1]][:8]}…”"

    def block(index: int) -> str:
        return f"{index} “{texts[index][:16]}”"

    found_breaks = {f.blocks for f in findings if f.check == "broken-line-break"}
    tallies["breaks"].add(found_breaks, set(page.breaks), page.name, near)
    starts = {i for i, b in enumerate(document.blocks) if b.starts_article}
    tallies["starts"].add(starts, set(page.starts), page.name, block)
    found_bylines = {(a.first_index, byline_of(a)) for a in document.articles() if byline_of(a)}
    wanted_bylines = {(start, names) for start, names in page.byline_by_start.items() if names}
    tallies["bylines"].add(found_bylines, wanted_bylines, page.name, lambda x: f"{block(x[0])} {x[1]}")
    flagged = {f.blocks[0] for f in findings if f.check == "missing-byline"}
    tallies["missing"].add(flagged, set(page.missing), page.name, block)
    detached = {f.blocks[0] for f in findings if f.check == "detached-byline"}
    tallies["detached"].add(detached, set(page.detached), page.name, block)
    return tallies


BREAK_CHECK = ["broken-line-break"]


def fixed_one_by_one(document: Document) -> Document:
    """Join the first fixable broken line break, analyse again, and so on until none is left."""
    for _ in range(len(document.blocks)):
        found = next((f for f in analyse(document, BREAK_CHECK) if f.fix is not None), None)
        if found is None:
            break
        document = fix_edit(document, found).apply(document)
    return document


def one_by_one_differs(page: LaidOutPage, recorded: bool = True) -> bool:
    """Fixing the breaks one at a time ends with another page than the batch fix.

    ``recorded=False`` drops the conventions recorded at load (a page saved before
    they were): every analysis reads them from the page as it stands.
    """
    document = document_from_text(decoded_text(page))
    if not recorded:
        document = replace(document, conventions=None)
    batch, _ = apply_selected_fixes(document, BREAK_CHECK, 0.0)
    return render_text(fixed_one_by_one(document)) != render_text(batch)


def _cell(tally: Tally) -> str:
    return f"{tally.precision:>10.3f}/{tally.recall:.3f}" if tally.wanted or tally.found else f"{'-':>16}"


def evaluation_pages(seeds: int) -> list[LaidOutPage]:
    truth = json.loads((REPO / "resources/samples/liaocheng-2020-09-16.truth.json").read_text(encoding="utf-8"))
    return sample_pages(truth, range(seeds)) + paper_pages(range(seeds)) + paper_pages(range(seeds), HELDOUT_PAPERS)


def print_speed() -> None:
    """Segmentation + all checks on each paper's page repeated to 1 and 4 MB (the bench uses the sample)."""
    for paper in PAPERS + HELDOUT_PAPERS:
        unit = decoded_text(lay_out(paper, sparse_breaks(1))) + "\n"
        rates = []
        for megabytes in (1, 4):
            text = unit * (int(megabytes * 1024 * 1024 / len(unit.encode("utf-8"))) + 1)
            started = time.perf_counter()
            analyse(document_from_text(text))
            rates.append(megabytes / (time.perf_counter() - started))
        print(f"speed {paper.name:28} {rates[0]:6.2f} MB/s at 1 MB, {rates[1]:6.2f} MB/s at 4 MB")


REAL_DEFAULT = REPO / "realpages" / "articles"


def labelled_pages(options: argparse.Namespace) -> list[tuple[str, Any]]:
    """(group, page) of the generated groups and, with ``--real``, of the real records."""
    if options.real is not None:
        records = [r for r in load_records(options.real) if options.split in ("all", r.split)]
        print(f"{len(records)} real articles of {len({r.paper for r in records})} papers from {options.real}")
        return real_laid_out(records, range(options.seeds))
    return [(group, page) for group, page, _ in generated_pages(range(options.seeds), options.gen_pages)]


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({total})" if total else "- (0)"


def print_labelled(groups: dict[str, Figures], details: bool) -> None:
    """One line per group of generated or real pages, then one per layout (chrome and no chrome together)."""
    header = (
        f"{'group':24}{'pages':>6}{'arts':>6}{'breaks P/R':>14}{'starts P/R':>14}{'miss FF/50':>11}{'miss R':>8}"
        f"{'chrome':>8}{'inHead':>7}{'dupHd':>6}" + "".join(f"{'conf ' + name:>15}" for name in BUCKETS)
    )
    print()
    print(header)
    print("-" * len(header))
    layouts: dict[str, Figures] = {}
    for name, figures in groups.items():
        layouts.setdefault(name.split("/")[0], Figures()).merge(figures)
    for name, figures in [*groups.items(), *layouts.items()]:
        if name in layouts and name == next(iter(layouts)):
            print("-" * len(header))
        calibration = "".join(f"{_share(*figures.calibration[b]):>15}" for b in BUCKETS)
        print(
            f"{name:24}{figures.pages:>6}{figures.articles:>6}"
            f"{figures.breaks.precision:>8.3f}/{figures.breaks.recall:.3f}"
            f"{figures.starts.precision:>8.3f}/{figures.starts.recall:.3f}"
            f"{figures.false_per_50:>11.2f}"
            + (f"{figures.missing_recall:>8.3f}" if figures.unsigned else f"{'-':>8}")
            + (f"{figures.chrome_share:>8.3f}" if figures.chrome_lines else f"{'-':>8}")
            + f"{figures.chrome_in_headline:>7}{figures.chrome_duplicate:>6}{calibration}"
        )
    for name, figures in layouts.items():
        print(
            f"{name} counts: breaks {figures.breaks.hits}/{figures.breaks.found}/{figures.breaks.wanted}, "
            f"starts {figures.starts.hits}/{figures.starts.found}/{figures.starts.wanted}, "
            f"missing-byline {figures.missing_hits} of {figures.unsigned} unsigned, "
            f"{figures.missing_false} false on {figures.signed} signed, "
            f"chrome {figures.chrome_as_chrome}/{figures.chrome_lines}"
            + (f", {figures.misaligned} pages not aligned" if figures.misaligned else "")
        )
        for check, buckets in sorted(figures.by_check.items()):
            print(f"  {check:20}" + "".join(f"{_share(*buckets[b]):>15}" for b in BUCKETS))
    if details:
        for figures in groups.values():
            for line in figures.details:
                print(f"[labelled] {line}")


def run_labelled(options: argparse.Namespace) -> None:
    """Measure and print the generated (or, with ``--real``, the real) groups."""
    started = time.perf_counter()
    labelled: dict[str, Figures] = {}
    chosen = [
        (g, p) for g, p in labelled_pages(options) if g.startswith(options.only) or p.name.startswith(options.only)
    ]
    for group, page in chosen:
        labelled.setdefault(group, Figures()).merge(measure_labelled(page, options.details))
    print_labelled(labelled, options.details)
    if options.features:
        judged = [item for group, page in chosen for item in judge_page(page, group) or ()]
        print("\n".join(["", "calibration (tools/judge_findings.py):", *calibration_report(judged)]))
    print(f"{len(chosen)} labelled pages in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and false hit")
    parser.add_argument("--seeds", type=int, default=3, help="random layouts per style (default 3)")
    parser.add_argument("--only", default="", help="only layouts whose name starts with this")
    parser.add_argument("--speed", action="store_true", help="also time each paper's page repeated to 1 and 4 MB")
    parser.add_argument(
        "--fresh", action="store_true", help="only the fresh hand-written pages (tests/heldout_pages.py)"
    )
    parser.add_argument(
        "--fresh2", action="store_true", help="only the second set of fresh pages (tests/heldout_pages2.py)"
    )
    parser.add_argument(
        "--one-by-one", action="store_true", help="count pages where fixing breaks one at a time ends unlike the batch"
    )
    parser.add_argument("--gen", action="store_true", help="only the generated groups (gen-epaper, gen-pdf)")
    parser.add_argument("--gen-pages", type=int, default=8, help="generated pages per seed (default 8)")
    parser.add_argument(
        "--features",
        action="store_true",
        help="generated or real groups: reliability bins per check, each named feature's figures and weight",
    )
    parser.add_argument(
        "--real",
        type=Path,
        nargs="?",
        const=REAL_DEFAULT,
        default=None,
        metavar="DIR",
        help=f"only pages laid out from the article records in DIR (default {REAL_DEFAULT})",
    )
    parser.add_argument(
        "--split",
        choices=("all", "dev", "val", "heldout"),
        default="all",
        help="with --real: only the records of this split (val: read only its totals; heldout: never tune on it)",
    )
    options = parser.parse_args(argv)
    if options.gen or options.real is not None:
        run_labelled(options)
        return 0
    if options.speed:
        print_speed()
    started = time.perf_counter()
    groups: dict[str, dict[str, Tally]] = defaultdict(lambda: {name: Tally() for name in MEASURES})
    fresh_all = fresh_pages() + fresh_pages_after()
    if options.fresh2:
        candidates = fresh_pages2()
    elif options.fresh:
        candidates = fresh_all
    else:
        candidates = evaluation_pages(options.seeds) + fresh_all + fresh_pages2()
    pages = [page for page in candidates if page.name.startswith(options.only)]
    for page in pages:
        for name, tally in measure(page).items():
            groups[page.name][name].merge(tally)
    totals = {name: Tally() for name in MEASURES}
    heldout = {name: Tally() for name in MEASURES}
    fresh = {name: Tally() for name in MEASURES}
    late = {name: Tally() for name in MEASURES}
    fresh2 = {name: Tally() for name in MEASURES}
    header = f"{'layout':34}" + "".join(f"{name + ' P/R':>16}" for name in MEASURES)
    print(header)
    print("-" * len(header))
    for layout, tallies in groups.items():
        cells = "".join(
            f"{t.precision:>8.3f}/{t.recall:.3f}" if t.wanted or t.found else f"{'-':>16}" for t in tallies.values()
        )
        print(f"{layout:34}{cells}")
        for name, tally in tallies.items():
            if layout.startswith(FRESH2):
                fresh2[name].merge(tally)
                continue
            if layout.startswith("fresh"):
                (late if layout.startswith(LATE) else fresh)[name].merge(tally)
                continue
            totals[name].merge(tally)
            if layout.startswith("heldout"):
                heldout[name].merge(tally)
    print("-" * len(header))
    print(f"{'held-out papers only':34}" + "".join(_cell(t) for t in heldout.values()))
    print(f"{'TOTAL (without fresh)':34}" + "".join(_cell(t) for t in totals.values()))
    print(f"{'fresh (hand-written, held out)':34}" + "".join(_cell(t) for t in fresh.values()))
    print(f"{'fresh-late (after the fixes)':34}" + "".join(_cell(t) for t in late.values()))
    print(f"{'fresh2 (second set, held out)':34}" + "".join(_cell(t) for t in fresh2.values()))
    for label, tallies in (("TOTAL", totals), ("fresh", fresh), ("fresh-late", late), ("fresh2", fresh2)):
        print(
            f"{label} counts (hits/found/wanted): "
            + ", ".join(f"{n} {t.hits}/{t.found}/{t.wanted}" for n, t in tallies.items())
        )
    print(f"{len(pages)} pages in {time.perf_counter() - started:.1f} s")
    if options.details:
        for name in MEASURES:
            tally = Tally()
            tally.merge(totals[name])
            tally.merge(fresh[name])
            tally.merge(late[name])
            tally.merge(fresh2[name])
            for line in tally.false_hits + tally.misses:
                print(f"[{name}] {line}")
    if options.one_by_one:
        broken = [page for page in pages if page.breaks]
        ways = ((False, "conventions read again at each analysis"), (True, "conventions recorded at load"))
        for recorded, how in ways:
            differing = [f"{p.name} #{n}" for n, p in enumerate(broken) if one_by_one_differs(p, recorded)]
            print(f"one at a time vs batch, {how}: {len(differing)} of {len(broken)} pages end differently")
            for name in differing:
                print(f"  differs: {name}")
    if not (options.fresh or options.fresh2):
        run_labelled(options)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
