"""The finding counts the panel and status bar show: while the page is re-analysed, the last settled ones.

An edit drops the findings it touched at once and the analysis brings the new ones a moment later;
counting in between would flash a figure that is neither before nor after (“0 错误 3 警告”).
"""

from __future__ import annotations

from typing import Protocol

from desktop.proofing.findings import Severity

GREY = "#8a9099"


class CountSource(Protocol):
    @property
    def analysis_settled(self) -> bool: ...

    def severity_counts(self) -> dict[Severity, int]: ...


class SettledCounts:
    def __init__(self) -> None:
        self._settled: dict[Severity, int] | None = None

    def shown(self, source: CountSource) -> tuple[dict[Severity, int], bool]:
        """The counts to show and whether they are the previous analysis's (to grey out, with 分析中…)."""
        if source.analysis_settled or self._settled is None:
            self._settled = dict(source.severity_counts())
            return self._settled, not source.analysis_settled
        return self._settled, True
