"""Which findings the editor ignored on the page shown (Qt-free, so it is tested without a window).

A finding is ignored by its key (``Finding.key``: its check, the uids of its blocks and its
subject), so the ignore holds through every edit that leaves those blocks alone, through
re-analysis, a fix-all of another check and closing and reopening the page (the stored
page replays its edits, so its blocks get the same uids back).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.proofing.findings import Finding, key_check


class IgnoredFindings:
    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._keys: set[str] = set(keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(self._keys)

    def ignore(self, keys: Iterable[str]) -> tuple[str, ...]:
        """Ignore ``keys``; returns those that were not ignored yet."""
        added = tuple(key for key in dict.fromkeys(keys) if key not in self._keys)
        self._keys.update(added)
        return added

    def restore(self, keys: Iterable[str]) -> tuple[str, ...]:
        """Stop ignoring ``keys``; returns those that were ignored."""
        removed = tuple(key for key in dict.fromkeys(keys) if key in self._keys)
        self._keys.difference_update(removed)
        return removed

    def of_check(self, check: str) -> tuple[str, ...]:
        return tuple(sorted(key for key in self._keys if key_check(key) == check))

    def split(self, findings: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(open findings, ignored findings), each in the order given."""
        if not self._keys:
            return list(findings), []
        keys = self._keys
        open_findings: list[Finding] = []
        ignored: list[Finding] = []
        for finding in findings:
            (ignored if finding.key in keys else open_findings).append(finding)
        return open_findings, ignored
