"""When and how the page is analysed (no Qt): the controller runs the work in a worker and reports back.

One analysis runs at a time.  After edits only what they touched is re-checked (``reanalyser``,
from the last analysis's page and findings); the supplement (the roster's unknown reporters)
is worked out after each analysis, and on its own when only what it reads changed.  Edits
made while an analysis runs are remembered, so its findings can follow them and the page
is analysed again once it is in.  Each page opened is a new generation: an analysis of an
earlier page is not taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.proofing.edits import Edit
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document

Analyser = Callable[[Document], Sequence[Finding]]
# (previous page, its findings, the page now) -> the findings now, re-checking only what the edits touched
Reanalyser = Callable[[Document, tuple[Finding, ...], Document], Sequence[Finding]]
# Findings from outside the engine (the roster's unknown reporters), worked out after each analysis
Supplement = Callable[[Document], Sequence[Finding]]
# What an analysis finds: the engine's findings and the supplement's
Found = tuple[tuple[Finding, ...], tuple[Finding, ...]]


class Next(Enum):
    NOTHING = "nothing"
    ANALYSE = "analyse"  # the page changed since the last analysis: analyse (what changed)
    SUPPLEMENT = "supplement"  # only what the supplement reads changed


@dataclass(frozen=True, slots=True)
class Taken:
    """An analysis of the current page came in: its findings, and the edits made while it ran."""

    engine: tuple[Finding, ...]
    supplement: tuple[Finding, ...]
    edits_since: tuple[Edit, ...]


class AnalysisScheduler:
    def __init__(
        self, analyser: Analyser, reanalyser: Reanalyser | None = None, supplement: Supplement | None = None
    ) -> None:
        self.analyser = analyser
        self.reanalyser = reanalyser
        self.supplement = supplement
        self.generation = 0
        self.running = False
        self.analysed_once = False
        self.supplement_stale = False  # what the supplement reads changed while an analysis ran
        self.rules_stale = False  # the desk's lists changed: the next analysis checks the whole page again
        # the last analysis: page and the engine's findings (the base of the next re-analysis)
        self.analysed: tuple[Document, tuple[Finding, ...]] | None = None
        self.supplemented: tuple[Finding, ...] = ()  # the supplement's findings of the last analysis
        self.edits_since_snapshot: list[Edit] = []

    def new_page(self) -> None:
        self.generation += 1
        self.analysed = None
        self.supplemented = ()
        self.analysed_once = False

    def edited(self, edit: Edit) -> None:
        if self.running:
            self.edits_since_snapshot.append(edit)

    def after_edits(self, document: Document) -> Next:
        """The debounced trigger after edits: nothing to do when the last analysis already saw this page
        with the desk's lists as they are (a list change during an analysis asks for this trigger too).

        (Typing while an analysis runs leaves a trigger pending; once the catch-up analysis has seen the
        last keystroke, that trigger must not start a full analysis of an unchanged page.)
        """
        previous = self.analysed
        if previous is not None and previous[0] is document and not self.rules_stale:
            return Next.SUPPLEMENT if self.supplement_stale and not self.running else Next.NOTHING
        return Next.ANALYSE

    def rules_changed(self) -> Next:
        """The desk's lists changed (whitelist, people, word lists): analyse the whole page again."""
        self.rules_stale = True
        return Next.NOTHING if self.running else Next.ANALYSE

    def supplement_changed(self) -> Next:
        if self.running:
            self.supplement_stale = True
            return Next.NOTHING
        return Next.SUPPLEMENT

    def start(self, snapshot: Document, *, supplement_only: bool = False) -> Callable[[], Found] | None:
        """The work of an analysis of ``snapshot`` (to run in a worker), or None while one runs."""
        if self.running or not snapshot.blocks:
            return None
        previous = None if self.rules_stale else self.analysed
        self.rules_stale = False
        reanalyser = self.reanalyser
        engine: Callable[[], Sequence[Finding]]
        if supplement_only and previous is not None and previous[0] is snapshot:
            found = previous[1]

            def engine() -> Sequence[Finding]:
                return found
        elif previous is not None and reanalyser is not None and previous[0] is not snapshot:
            before, earlier = previous

            def engine() -> Sequence[Finding]:
                return reanalyser(before, earlier, snapshot)
        else:
            analyser = self.analyser

            def engine() -> Sequence[Finding]:
                return analyser(snapshot)

        supplement = self.supplement

        def work() -> Found:
            found = tuple(engine())
            return found, tuple(supplement(snapshot)) if supplement is not None else ()

        self.supplement_stale = False
        self.edits_since_snapshot = []
        self.running = True
        return work

    def finish(self, generation: int, snapshot: Document, found: Found) -> Taken | None:
        """The analysis ended; None when it was of an earlier page (then analyse this one)."""
        self.running = False
        if generation != self.generation:
            return None
        engine_findings, supplement_findings = found
        self.analysed = (snapshot, engine_findings)
        self.supplemented = supplement_findings  # (kept alive, like the engine's: see FindingIndex)
        edits, self.edits_since_snapshot = tuple(self.edits_since_snapshot), []
        self.analysed_once = True
        return Taken(engine_findings, supplement_findings, edits)

    def failed(self) -> None:
        self.running = False

    def then(self, taken: Taken) -> Next:
        """What to do once an analysis is taken: again if edits came meanwhile, or the supplement alone."""
        if self.rules_stale:
            return Next.ANALYSE
        if taken.edits_since:
            return Next.ANALYSE
        return Next.SUPPLEMENT if self.supplement_stale else Next.NOTHING
