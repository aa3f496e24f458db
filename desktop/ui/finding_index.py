"""The open findings of the page and the indexes the views read them through (no Qt).

Findings are kept in page order with their block ranges (see ``finding_tracking``), follow
every edit at once, and are grouped per article, per key and per severity on demand; each
grouping is worked out once per change of the findings.  Ignored findings (by key, see
``finding_ignores``) are kept apart from the open ones: left out of every analysis that
comes in, listed on their own (the panel's 已忽略 filter), and following the edits too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from desktop.proofing.checks import DUPLICATE_HEADLINE
from desktop.proofing.edits import Edit
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Block
from desktop.ui.finding_ignores import IgnoredFindings
from desktop.ui.finding_tracking import Range, block_range, remap, remap_by_identity

# A duplicated headline is reported against the later one (the earlier stands): its article is the later one's.
LATER_BLOCK_CHECK = DUPLICATE_HEADLINE


def anchor_block(finding: Finding) -> int:
    """The block a finding is about: where the editor is taken, and whose article lists it."""
    return finding.blocks[-1] if finding.check == LATER_BLOCK_CHECK else finding.blocks[0]


def finding_position(finding: Finding) -> tuple[int, int]:
    if finding.spans:
        first = min(finding.spans, key=lambda s: (s.block, s.start))
        return first.block, first.start
    return (min(finding.blocks) if finding.blocks else 0), 0


class FindingIndex:
    def __init__(self) -> None:
        self.findings: list[Finding] = []  # open findings (not ignored), in page order
        self.ranges: list[Range] = []
        self.revision = 0  # changes whenever the set of open findings changes
        self.ignores = IgnoredFindings()
        self.ignored_findings: list[Finding] = []  # the analysis's findings that are ignored, in page order
        # Where each finding of the last analysis stands, by id (those findings are kept alive by the
        # analysis scheduler, so an id is never reused while it is in here).
        self._placements: dict[int, tuple[tuple[int, int], Range]] = {}
        self._by_article: dict[int, list[Finding]] | None = None
        self._by_key: dict[str, Finding] | None = None
        self._severity_counts: tuple[int, dict[Severity, int]] | None = None

    def reset(self, ignored: Iterable[str] = ()) -> None:
        """A new page: no findings; ``ignored``: the keys the editor ignored on it before (a stored page)."""
        self._placements = {}
        self.ignores = IgnoredFindings(ignored)
        self.ignored_findings = []
        self.replace([])

    def replace(self, findings: list[Finding], ranges: list[Range] | None = None) -> None:
        """A new set of open findings (after analysis, an ignore)."""
        self.findings = findings
        self.ranges = ranges if ranges is not None else [block_range(f) for f in findings]
        self._by_article = None
        self._by_key = None
        self.revision += 1

    def take_analysis(self, findings: Sequence[Finding], edits_since: Sequence[Edit]) -> None:
        """An analysis came in; ``edits_since`` were made while it ran, so its findings follow them."""
        known = self._placements
        placements = {}
        for finding in findings:
            place = known.get(id(finding))
            placements[id(finding)] = place if place is not None else (finding_position(finding), block_range(finding))
        self._placements = placements
        current: list[Finding] = sorted(findings, key=lambda f: placements[id(f)][0])
        current, ignored = self.ignores.split(current)
        ranges = [placements[id(f)][1] for f in current]
        for edit in edits_since:
            current, ranges, _ = remap(current, edit, ranges)
            ignored = remap(ignored, edit)[0]
        self.ignored_findings = ignored
        self.replace(current, ranges)

    def follow(self, edit: Edit) -> list[Finding]:
        """Move the findings through ``edit``; returns those it made obsolete (dropped until re-analysed)."""
        self.findings, self.ranges, dropped = remap(self.findings, edit, self.ranges)
        if self.ignored_findings:
            self.ignored_findings = remap(self.ignored_findings, edit)[0]
        self._by_key = None
        return dropped

    def follow_many(self, before: Sequence[Block], after: Sequence[Block]) -> list[Finding]:
        """``follow`` through many edits at once, from the page's blocks before them and after (see
        ``remap_by_identity``): a fix-all of hundreds of edits costs one pass over the findings."""
        self.findings, self.ranges, dropped = remap_by_identity(self.findings, self.ranges, before, after)
        self._by_key = None
        return dropped

    def dropped_after_edits(self, dropped: Sequence[Finding]) -> None:
        if dropped:
            self.revision += 1

    def ignore(self, key: str) -> None:
        self.set_ignored([key], True)

    def set_ignored(self, keys: Sequence[str], ignored: bool) -> tuple[str, ...]:
        """Ignore ``keys`` (or take their ignores back); returns the keys whose state changed."""
        changed = self.ignores.ignore(keys) if ignored else self.ignores.restore(keys)
        if changed:
            everything = sorted([*self.findings, *self.ignored_findings], key=finding_position)
            current, self.ignored_findings = self.ignores.split(everything)
            self.replace(current)
        return changed

    # --- groupings --------------------------------------------------------------------------

    def forget_articles(self) -> None:
        """The page's articles changed shape: group by article afresh when next asked."""
        self._by_article = None

    def drop_from_articles(self, dropped: Sequence[Finding], article_for: Callable[[Finding], int | None]) -> None:
        """Take findings an edit dropped out of their article's group (the articles kept their shape)."""
        if self._by_article is None:
            return
        for finding in dropped:
            article = article_for(finding)
            listed = self._by_article.get(article, []) if article is not None else []
            if any(f is finding for f in listed):
                listed[:] = [f for f in listed if f is not finding]

    def of_article(self, article_index: int, owner: Sequence[int | None], article_count: int) -> list[Finding]:
        """``owner[i]``: the article of block i (None: chrome)."""
        if self._by_article is None:
            grouped: dict[int, list[Finding]] = {}
            count = len(owner)
            for finding in self.findings:  # (article_for_finding, inlined: a big page has 10 000 findings)
                blocks = finding.blocks
                anchor = (blocks[-1] if finding.check == LATER_BLOCK_CHECK else blocks[0]) if blocks else -1
                article = owner[anchor] if 0 <= anchor < count else None
                if article is None and finding.article is not None and finding.article < article_count:
                    article = finding.article
                if article is not None:
                    grouped.setdefault(article, []).append(finding)
            self._by_article = grouped
        return self._by_article.get(article_index, [])

    def severity_counts(self) -> dict[Severity, int]:
        cached = self._severity_counts
        if cached is None or cached[0] != self.revision:
            counts = Counter(finding.severity for finding in self.findings)
            cached = self._severity_counts = (self.revision, {s: counts[s] for s in Severity})
        return cached[1]

    def by_key(self, key: str) -> Finding | None:
        """An open finding, or an ignored one, by its key."""
        if self._by_key is None:
            self._by_key = {f.key: f for f in self.findings}
        found = self._by_key.get(key)
        if found is None and key in self.ignores:
            found = next((f for f in self.ignored_findings if f.key == key), None)
        return found
