"""Whether a heading run opens an article: a logistic model over its named evidence (``start_evidence``).

    P(an article starts in the run) = σ(intercept + Σ weights of the run's features)

The weights are fitted by ``tools/fit_starts.py`` and ship as data in
``resources/calibration/starts.json`` with the date, corpus and commit of the fit.
Segmentation keeps its rules and asks the model about the runs they found and are unsure
of (``NOT_JUDGED``): a run the model finds unlikely (below ``threshold``) heads no
article.  Without the file every run stands, as the rules found it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from desktop.proofing.calibration import sigmoid
from desktop.proofing.shipped_weights import ShippedWeights

SCHEMA = 1
# Evidence the rules rest on and the model does not overrule: a story opens under the run (a credit, a
# dateline, a news lead, the page's own opening words), a credit closes the story above it, or it tops the page.
SURE = frozenset(
    {"story_opens_under", "credit_under", "lead_under", "closing_credit_above", "credit_line_above", "page_top"}
)
# Under a line left unfinished the run is either a paragraph's rest or a headline after a story cut off: the
# line breaks' to judge (set aside here, the rest would not be read again as a broken line).
NOT_JUDGED = SURE | {"above_unfinished", "comma_in_heading"}
WEIGHTS_PATH = ("calibration", "starts.json")


@dataclass(frozen=True, eq=False)
class StartModel:
    intercept: float = 0.0
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.0  # (0: every run stands)
    fitted: str = ""
    corpus: str = ""
    commit: str = ""

    @cached_property
    def key(self) -> tuple[object, ...]:
        return (self.intercept, self.threshold, tuple(sorted(self.weights.items())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StartModel) and (self.key, self.fitted, self.corpus, self.commit) == (
            other.key,
            other.fitted,
            other.corpus,
            other.commit,
        )

    def __hash__(self) -> int:  # (a key of the page memo: a page is read again under another model)
        return hash(self.key)

    def probability(self, features: Sequence[str]) -> float:
        return sigmoid(self.intercept + sum(self.weights.get(feature, 0.0) for feature in features))

    def opens(self, features: Sequence[str]) -> bool:
        if self.threshold <= 0.0 or not NOT_JUDGED.isdisjoint(features):
            return True
        return self.probability(features) >= self.threshold

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StartModel:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"start weights: schema {data.get('schema')!r}, expected {SCHEMA}")
        return cls(
            float(data["intercept"]),
            {str(name): float(weight) for name, weight in data["weights"].items()},
            float(data["threshold"]),
            str(data.get("fitted", "")),
            str(data.get("corpus", "")),
            str(data.get("commit", "")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "model": "sigmoid(intercept + sum of the weights of the run's features) >= threshold",
            "fitted": self.fitted,
            "corpus": self.corpus,
            "commit": self.commit,
            "threshold": self.threshold,
            "intercept": round(self.intercept, 4),
            "weights": {name: round(weight, 4) for name, weight in sorted(self.weights.items())},
        }


_SHIPPED = ShippedWeights(WEIGHTS_PATH, StartModel.from_json, StartModel)


def weights_path() -> Path:
    return _SHIPPED.path()


def load(path: Path | None = None) -> StartModel:
    return _SHIPPED.load(path)


def current() -> StartModel:
    """The shipped model, read once (every run stands without its file)."""
    return _SHIPPED.current()


def use(model: StartModel | None) -> None:
    """Make ``model`` the one runs are judged with (None: read the shipped file again)."""
    _SHIPPED.use(model)
