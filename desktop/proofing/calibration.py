"""A finding's confidence from its named evidence: a logistic model per check, fitted on generated pages.

Each check names the evidence behind a finding (``Finding.features``: what decided
it and what the lines and the page are like) and still sets a confidence by hand.
The weights come from ``tools/fit_confidence.py``, which runs the engine on
generated pages whose answers are known and fits, per check,

    P(finding is right) = σ(logit(hand-set confidence) + intercept + Σ weights of its features)

(L2-regularised: where the pages say little, the fitted confidence stays near the
hand-set one).  They ship as data in ``resources/calibration/confidence.json`` with
the date, corpus and commit of the fit.  A feature the fit never saw weighs nothing,
and a check it did not fit keeps its hand-set numbers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.proofing.shipped_weights import ShippedWeights

SCHEMA = 1
MODEL = "sigmoid(logit(hand-set confidence) + intercept + sum of the weights of the finding's features)"
WEIGHTS_PATH = ("calibration", "confidence.json")
CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class CheckModel:
    """σ(logit(hand-set) + intercept + Σ weights[feature]) over the features a finding of one check carries."""

    intercept: float
    weights: Mapping[str, float]
    samples: int = 0

    def logit(self, features: Sequence[str], hand_set: float) -> float:
        return prior_logit(hand_set) + self.intercept + sum(self.weights.get(feature, 0.0) for feature in features)

    def probability(self, features: Sequence[str], hand_set: float) -> float:
        return sigmoid(self.logit(features, hand_set))

    def score(self, finding: Any) -> float:
        """The probability for anything with ``features`` and a hand-set ``confidence`` (a judged finding)."""
        return self.probability(finding.features, finding.confidence)


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    checks: Mapping[str, CheckModel] = field(default_factory=dict)
    fitted: str = ""
    corpus: str = ""
    commit: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"confidence weights: schema {data.get('schema')!r}, expected {SCHEMA}")
        checks = {
            name: CheckModel(
                intercept=float(entry["intercept"]),
                weights={str(feature): float(weight) for feature, weight in entry["weights"].items()},
                samples=int(entry.get("samples", 0)),
            )
            for name, entry in data["checks"].items()
        }
        return cls(checks, str(data.get("fitted", "")), str(data.get("corpus", "")), str(data.get("commit", "")))

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "model": MODEL,
            "fitted": self.fitted,
            "corpus": self.corpus,
            "commit": self.commit,
            "checks": {
                name: {
                    "intercept": round(model.intercept, 4),
                    "samples": model.samples,
                    "weights": {feature: round(weight, 4) for feature, weight in sorted(model.weights.items())},
                }
                for name, model in sorted(self.checks.items())
            },
        }

    def confidence(self, check: str, features: Sequence[str], hand_set: float) -> float:
        model = self.checks.get(check)
        if model is None:
            return hand_set
        return round(model.probability(features, hand_set), 3)


_SHIPPED = ShippedWeights(WEIGHTS_PATH, ConfidenceModel.from_json, ConfidenceModel, lambda: _confidence.cache_clear())


def weights_path() -> Path:
    return _SHIPPED.path()


def load(path: Path | None = None) -> ConfidenceModel:
    """The model in ``path`` (the shipped weights by default)."""
    return _SHIPPED.load(path)


def current() -> ConfidenceModel:
    """The shipped model, read once.  Without its file every finding keeps its hand-set confidence."""
    return _SHIPPED.current()


def use(model: ConfidenceModel | None) -> None:
    """Make ``model`` the one findings are scored with (None: read the shipped file again)."""
    _SHIPPED.use(model)


def confidence(check: str, features: Sequence[str], hand_set: float) -> float:
    """The calibrated confidence of a ``check`` finding with ``features`` whose check set ``hand_set`` by hand."""
    return _confidence(check, tuple(features), hand_set)


@lru_cache(maxsize=CACHE_SIZE)
def _confidence(check: str, features: tuple[str, ...], hand_set: float) -> float:
    return current().confidence(check, features, hand_set)


PRIOR_FLOOR, PRIOR_CEILING = 0.01, 0.99  # a hand-set 0 or 1 would be an infinite log-odds


def prior_logit(hand_set: float) -> float:
    """The log-odds of a hand-set confidence (kept inside [0.01, 0.99])."""
    p = min(max(hand_set, PRIOR_FLOOR), PRIOR_CEILING)
    return math.log(p / (1.0 - p))


def sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)
