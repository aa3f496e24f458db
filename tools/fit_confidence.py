"""Fit the confidence of findings on generated pages and write the weights the app ships.

Lays out the pages of ``tools/pagegen`` (made-up articles in every form of the
catalogue) as e-paper copies and PDF column text, with and without page chrome,
runs the engine with its hand-set confidences, judges every finding right or
wrong from the page's labels (``tools/judge_findings.py``) and fits, per check, a
logistic model of "the finding is right" on the finding's named features, offset by
the log-odds of the hand-set confidence (L2-regularised toward the hand-set number,
the penalty chosen per check over three folds of the training pages; by iteratively
reweighted least squares; the evidence that decides a broken line break may only
raise its confidence, the traces of an unread credit may only lower a missing
byline's).  Training pages and held-out pages come from different
generator seeds; the reliability tables (hand-set vs fitted) are printed for the
held-out pages.  Real pages are never fitted on.

Run: python tools/fit_confidence.py [--train-seeds 40] [--test-seeds 12] [--pages 8] [--dry-run]
     [--out resources/calibration/confidence.json]
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))

from desktop.proofing import calibration, continuation  # noqa: E402
from desktop.proofing.calibration import CheckModel, ConfidenceModel, prior_logit  # noqa: E402
from tools.judge_findings import Judged, feature_lines, judge_page, log_loss, reliability_lines  # noqa: E402

TRAIN_SEED0, TEST_SEED0 = 1000, 2000  # far from the seeds engine_accuracy.py measures (0, 1, 2, …)
L2 = 1.0
L2_CHOICES = (0.3, 1.0, 3.0, 10.0, 30.0)  # the penalty is chosen per check by cross-validation
FOLDS = 3
MIN_SAMPLES = 30  # judged findings of a check (some right, some wrong) before its confidence is fitted
# Context features: what the lines and the page are like, free to lower a break's confidence.  Every
# other feature of a broken line break is evidence for the join: its weight is kept ≥ 0.
BREAK_CONTEXT = continuation.CONTEXT_FEATURES | {
    "next_to_chrome",
    "ends_item_mark",  # (a colon or semicolon end: a paragraph's or an item's end as often as a cut)
}


# Traces of a credit that no form read (words of a credit at the article's edges, names after its last
# sentence): evidence that the article is signed after all, so they may only lower a missing byline's
# confidence.  (On generated pages an unsigned story often ends with a look-alike, ``线索提供 X``, so
# unconstrained they came out as evidence *for* the flag, which real pages do not bear out.)
MISSING_TRACES = frozenset(
    {"credit_word_at_edges", "last_line_unfinished", "short_tail_after_last_sentence", "name_in_tail"}
)


def monotone(check: str, feature: str) -> bool:
    """The feature's weight may not be negative (evidence for the finding can only raise its confidence)."""
    return check == "broken-line-break" and feature not in BREAK_CONTEXT and feature not in BREAK_AGAINST


# What says the second line of a broken line break is a heading of its own (a story opens under it).
BREAK_AGAINST = frozenset({"second_heads_story"})


def lowering(check: str, feature: str) -> bool:
    """The feature's weight may not be positive (evidence against the finding can only lower its confidence)."""
    return (check == "missing-byline" and feature in MISSING_TRACES) or (
        check == "broken-line-break" and feature in BREAK_AGAINST
    )


def judged_pages(seeds: Sequence[int], pages: int) -> tuple[list[Judged], int]:
    """The judged findings of the generated pages of ``seeds`` under the hand-set confidences; misaligned pages."""
    from tools.pagegen.variants import generated_pages  # (the generator; the tests import this module without it)

    calibration.use(ConfidenceModel())
    judged: list[Judged] = []
    misaligned = 0
    try:
        for group, page, _ in generated_pages(seeds, pages):
            found = judge_page(page, group)
            if found is None:
                misaligned += 1
            else:
                judged += found
    finally:
        calibration.use(None)
    return judged, misaligned


def fit_check(check: str, judged: Sequence[Judged], l2: float = L2) -> CheckModel:
    """Logistic regression of ``right`` on the binary features, offset by the hand-set confidence's log-odds.

    Every coefficient (the intercept too) is pulled toward 0, i.e. the confidence toward the
    hand-set one, where the pages say little; break evidence is held ≥ 0.
    """
    names = sorted({feature for item in judged for feature in item.features})
    x = np.zeros((len(judged), len(names) + 1))
    x[:, 0] = 1.0
    column = {name: number + 1 for number, name in enumerate(names)}
    for row, item in enumerate(judged):
        for feature in item.features:
            x[row, column[feature]] = 1.0
    y = np.array([1.0 if item.right else 0.0 for item in judged])
    offset = np.array([prior_logit(item.confidence) for item in judged])
    free = np.ones(len(names) + 1, dtype=bool)
    # the sign each constrained weight must keep: +1 (≥ 0) or -1 (≤ 0)
    signs = {
        column[name]: 1.0 if monotone(check, name) else -1.0
        for name in names
        if monotone(check, name) or lowering(check, name)
    }
    for _ in range(len(signs) + 1):  # active set: a constrained weight of the wrong sign is held at 0
        beta = _irls(x, y, offset, free, l2)
        wrong = [index for index, sign in signs.items() if free[index] and sign * beta[index] < 0]
        if not wrong:
            break
        free[min(wrong, key=lambda index: signs[index] * beta[index])] = False
    weights = {name: float(beta[column[name]]) for name in names}
    return CheckModel(intercept=float(beta[0]), weights=weights, samples=len(judged))


def _irls(x: np.ndarray, y: np.ndarray, offset: np.ndarray, free: np.ndarray, l2: float) -> np.ndarray:
    """Newton steps on the penalised log-likelihood, halved until it improves (a bare step overshoots at 0.99)."""
    columns = np.flatnonzero(free)
    xs = x[:, columns]
    penalty = np.full(len(columns), l2)
    beta = np.zeros(len(columns))

    def loss(coefficients: np.ndarray) -> float:
        z = offset + xs @ coefficients
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(penalty * coefficients**2))

    current = loss(beta)
    for _ in range(200):
        p = 1.0 / (1.0 + np.exp(-(offset + xs @ beta)))
        w = p * (1 - p)
        gradient = xs.T @ (y - p) - penalty * beta
        hessian = (xs.T * w) @ xs + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-6 and loss(beta + size * step) > current:
            size /= 2
        beta = beta + size * step
        improved, current = current - loss(beta), loss(beta)
        if improved < 1e-10 or np.max(np.abs(size * step)) < 1e-8:
            break
    full = np.zeros(x.shape[1])
    full[columns] = beta
    return full


def choose_l2(check: str, items: Sequence[Judged]) -> float:
    """The penalty with the best log loss over three folds of contiguous pages (each fold fitted on the others)."""
    folds = [list(items[len(items) * k // FOLDS : len(items) * (k + 1) // FOLDS]) for k in range(FOLDS)]

    def held_out_loss(l2: float) -> float:
        total = 0.0
        for k, fold in enumerate(folds):
            rest = [item for other, part in enumerate(folds) if other != k for item in part]
            total += len(fold) * log_loss(fold, fit_check(check, rest, l2).score)
        return total

    return min(L2_CHOICES, key=held_out_loss)


def fit(judged: Sequence[Judged], corpus: str) -> ConfidenceModel:
    by_check: dict[str, list[Judged]] = defaultdict(list)
    for item in judged:
        by_check[item.check].append(item)
    checks = {}
    for check, items in sorted(by_check.items()):
        rights = sum(item.right for item in items)
        # (pages on which every finding of a check is wrong, or right, cannot tell which evidence makes it so)
        if len(items) >= MIN_SAMPLES and 0 < rights < len(items):
            l2 = choose_l2(check, items)
            print(f"{check}: L2 {l2} (best of {', '.join(map(str, L2_CHOICES))} over {FOLDS} folds of pages)")
            checks[check] = fit_check(check, items, l2)
    date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ")
    return ConfidenceModel(checks, date, corpus, _commit())


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty", "--abbrev=12"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return head.stdout.strip()


def render(model: ConfidenceModel) -> str:
    """The weights file's text (what ``tests/test_calibration.py`` compares the shipped file with)."""
    return json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n"


def report(model: ConfidenceModel, test: Sequence[Judged]) -> list[str]:
    """Weights, then the held-out reliability per check and overall: hand-set vs fitted."""
    lines: list[str] = []
    for check, fitted in sorted(model.checks.items()):
        lines.append(f"{check}: intercept {fitted.intercept:.2f}, {fitted.samples} training findings")
        for feature, weight in sorted(fitted.weights.items(), key=lambda item: -item[1]):
            lines.append(f"  {weight:>7.2f}  {feature}")

    def hand(item: Judged) -> float:
        return item.confidence

    def fitted_confidence(item: Judged) -> float:
        return model.confidence(item.check, item.features, item.confidence)

    for check in [*sorted({item.check for item in test}), "all"]:
        items = [item for item in test if check in ("all", item.check)]
        lines.append(f"== held-out {check}: {len(items)} findings, {sum(i.right for i in items)} right")
        lines += reliability_lines(items, hand, "hand-set")
        lines += reliability_lines(items, fitted_confidence, "fitted  ")
        lines.append(
            f"  log loss: hand-set {log_loss(items, hand):.3f}, fitted {log_loss(items, fitted_confidence):.3f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-seeds", type=int, default=40, help="generator seeds to fit on (default 40)")
    parser.add_argument("--test-seeds", type=int, default=12, help="other seeds for the held-out tables (default 12)")
    parser.add_argument("--pages", type=int, default=8, help="generated pages per seed (default 8)")
    parser.add_argument("--out", type=Path, default=calibration.weights_path(), help="where to write the weights")
    parser.add_argument("--dry-run", action="store_true", help="fit and report, write nothing")
    parser.add_argument("--features", action="store_true", help="also list every feature's held-out figures")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    train_seeds = range(TRAIN_SEED0, TRAIN_SEED0 + options.train_seeds)
    test_seeds = range(TEST_SEED0, TEST_SEED0 + options.test_seeds)
    train, skipped_train = judged_pages(train_seeds, options.pages)
    test, skipped_test = judged_pages(test_seeds, options.pages)
    corpus = (
        f"tools/pagegen pages, seeds {train_seeds.start}-{train_seeds.stop - 1} x {options.pages} pages, "
        f"e-paper and PDF, with and without chrome: {len(train)} judged findings"
    )
    model = fit(train, corpus)
    for line in report(model, test):
        print(line)
    if options.features:
        weights = {check: dict(fitted.weights) for check, fitted in model.checks.items()}
        for line in feature_lines(test, weights):
            print(line)
    print(
        f"{len(train)} training and {len(test)} held-out findings "
        f"({skipped_train}+{skipped_test} misaligned pages left out) in {time.perf_counter() - started:.1f} s"
    )
    if not options.dry_run:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(render(model), encoding="utf-8")
        print(f"wrote {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
