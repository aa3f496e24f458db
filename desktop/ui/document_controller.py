"""The document controller: the one owner of the page being proofed.

Views never parse or change text themselves: they ask the controller for an
operation, the controller turns it into an engine ``Edit``, pushes it on the undo
stack as an ``EditCommand`` and emits ``document_changed``.  Findings follow edits
at once (see ``finding_tracking``) and a debounced re-analysis runs in a worker.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop.proofing.checks import DUPLICATE_HEADLINE
from desktop.proofing.edits import (
    AnyEdit,
    Edit,
    EditBatch,
    EditConflict,
    delete_block,
    join_blocks,
    merge_article_with_next,
    set_byline,
    set_headline,
    set_subtitle,
    set_text,
    split_article,
    split_block,
)
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.fixes import batch_fix, fix_edit, select_fixable
from desktop.proofing.model import Article, Document
from desktop.ui.autosave_queue import AutosaveState
from desktop.ui.finding_tracking import Range, block_range, remap
from desktop.ui.services import Autosave, NoAutosave, RecoverableSession
from desktop.ui.undo_commands import BatchCommand, EditCommand
from desktop.ui.workers import Debouncer, database_pool, run_in_background

log = logging.getLogger(__name__)

Analyser = Callable[[Document], Sequence[Finding]]
# (previous page, its findings, the page now) -> the findings now, re-checking only what the edits touched
Reanalyser = Callable[[Document, tuple[Finding, ...], Document], Sequence[Finding]]
# Findings from outside the engine (the roster's unknown reporters), worked out after each analysis
Supplement = Callable[[Document], Sequence[Finding]]

ANALYSIS_DELAY_MS = 300
# Waits before retrying saves the database refused (the last one repeats): no busy loop, and a
# database back after a minute's outage is written to within half a minute.
AUTOSAVE_RETRY_MS = (1000, 2000, 5000, 10000, 30000)


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    PROOFED = "proofed"
    EXPORTED = "exported"


def move_article_edit(document: Document, source: int, target: int) -> Edit:
    """Move article ``source`` so that it becomes article ``target``; no block changes text."""
    articles = document.articles()
    if not (0 <= source < len(articles) and 0 <= target < len(articles)) or source == target:
        raise EditConflict(f"cannot move article {source} to {target}")
    low, high = min(source, target), max(source, target)
    segments: list[tuple] = []
    for number in range(low, high + 1):
        begin = articles[number].first_index
        end = articles[number + 1].first_index if number < high else articles[high].last_index + 1
        segments.append(document.blocks[begin:end])
    moved = segments.pop(source - low)
    segments.insert(target - low, moved)
    new_blocks: list = []
    for segment in segments:
        new_blocks.append(replace(segment[0], starts_article=True))
        new_blocks.extend(segment[1:])
    start = articles[low].first_index
    old = document.blocks[start : articles[high].last_index + 1]
    return Edit("move_article", "移动稿件", start, old, tuple(new_blocks))


class DocumentController(QObject):
    document_loaded = Signal()
    document_changed = Signal(object)  # the Edit just applied (or its inverse, on undo)
    findings_changed = Signal()
    findings_dropped = Signal(list)  # findings an edit made obsolete (emitted before findings_changed)
    analysis_state_changed = Signal(bool)
    statuses_changed = Signal()
    problem = Signal(str)  # a message for the status bar: an operation could not be done
    autosave_state_changed = Signal(object)  # AutosaveState: saves waiting for the database, and why

    def __init__(
        self,
        analyser: Analyser,
        autosave: Autosave | None = None,
        parent: QObject | None = None,
        reanalyser: Reanalyser | None = None,
        supplement: Supplement | None = None,
    ) -> None:
        super().__init__(parent)
        self._analyser = analyser
        self._reanalyser = reanalyser
        self._supplement = supplement
        self._supplement_stale = False  # what the supplement reads changed while an analysis ran
        # the last analysis: page and the engine's findings (the base of the next re-analysis)
        self._analysed: tuple[Document, tuple[Finding, ...]] | None = None
        self._supplemented: tuple[Finding, ...] = ()  # the supplement's findings of the last analysis
        self._placements: dict[int, tuple[tuple[int, int], Range]] = {}  # id of each of them -> position, range
        self._severity_counts: tuple[int, dict[Severity, int]] | None = None  # (findings revision, counts)
        self.autosave: Autosave = autosave or NoAutosave()
        self.undo_stack = QUndoStack(self)
        self.document: Document = Document(blocks=())
        self.original: Document = self.document
        self.path: Path | None = None
        self._findings: list[Finding] = []
        self._ranges: list[Range] = []
        self.findings_revision = 0  # changes whenever the set of open findings changes
        self._by_article: dict[int, list[Finding]] | None = None
        self._by_key: dict[str, Finding] | None = None
        self._ignored: set[str] = set()
        self._statuses: dict[int, ArticleStatus] = {}
        self._articles: tuple[Article, ...] | None = None
        self._owner: tuple[int | None, ...] | None = None
        self._generation = 0
        self._analysis_running = False
        self._analysed_once = False
        self._edits_since_snapshot: list[AnyEdit] = []
        self._hold_autosave = False
        self._autosave_queue: list[Callable[[], object]] = []
        self.autosave_state = AutosaveState()
        self._autosave_heard = False  # no recording has reported yet: the status bar shows nothing
        self.autosave_retry_ms: tuple[int, ...] = AUTOSAVE_RETRY_MS
        self._autosave_attempt = 0  # failed retries in a row: picks the next wait from autosave_retry_ms
        self._autosave_flush_running = False
        self._autosave_retry = QTimer(self)
        self._autosave_retry.setSingleShot(True)
        self._autosave_retry.timeout.connect(self.retry_autosave)
        self._analysis_debouncer = Debouncer(ANALYSIS_DELAY_MS, self._analyse_changes, self)

    # --- loading -----------------------------------------------------------------

    def load(
        self,
        document: Document,
        path: Path | None,
        *,
        resume: RecoverableSession | None = None,
        original: Document | None = None,
    ) -> None:
        """Show a new page; ``resume`` continues a stored session instead of starting one."""
        self._generation += 1
        self.document = document
        self.original = original or document
        self.path = path
        self._analysed = None
        self._supplemented = ()
        self._placements = {}
        self._ignored = set()
        self._set_findings([])
        self._statuses = {}
        self._analysed_once = False
        self._invalidate_caches()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        autosave = self.autosave
        # Recording waits for the first analysis so the database does not compete with it for the
        # interpreter; the queue keeps the order, so nothing is lost or reordered.
        self._hold_autosave = True
        if resume is not None:
            self._record(lambda: autosave.resume(resume))
        else:
            self._record(lambda: autosave.page_opened(document, path))
        self.document_loaded.emit()
        self.findings_changed.emit()
        settle_heap(everything=True)
        self.analyse_now()

    def _record(self, task: Callable[[], object]) -> None:
        if self._hold_autosave:
            self._autosave_queue.append(task)
        else:
            self._send_to_database(task)

    def _send_to_database(self, task: Callable[[], object]) -> None:
        run_in_background(task, on_success=self._autosave_reported, pool=database_pool(), owner=self)

    def release_autosave(self) -> None:
        """Send held recordings to the database thread (after the first analysis, or at shutdown)."""
        self._hold_autosave = False
        queued, self._autosave_queue = self._autosave_queue, []
        for task in queued:
            self._send_to_database(task)

    # --- saves the database refused -----------------------------------------------------

    def _autosave_reported(self, state: object) -> None:
        """A recording finished on the database thread; ``state`` is its queue's state (None without one)."""
        if not isinstance(state, AutosaveState):
            return
        if state != self.autosave_state or not self._autosave_heard:
            self._autosave_heard = True
            self.autosave_state = state
            self.autosave_state_changed.emit(state)
        if state.saved or not state.retryable:
            self._autosave_retry.stop()
            self._autosave_attempt = 0
        elif not self._autosave_retry.isActive() and not self._autosave_flush_running:
            delays = self.autosave_retry_ms
            self._autosave_retry.start(delays[min(self._autosave_attempt, len(delays) - 1)])
            self._autosave_attempt += 1

    def retry_autosave(self) -> None:
        """Try the saves still waiting for the database again (the back-off timer, or the editor asks)."""
        if self._autosave_flush_running:
            return
        flush = self.autosave.flush
        self._autosave_flush_running = True

        def flushed(state: object) -> None:
            self._autosave_flush_running = False
            self._autosave_reported(state)

        def failed(_failure: object) -> None:
            self._autosave_flush_running = False

        run_in_background(flush, on_success=flushed, on_failure=failed, pool=database_pool(), owner=self)

    def unsaved_state(self) -> AutosaveState:
        """The saves still waiting, read from the queue itself (call once the database thread is idle)."""
        return self.autosave.state()

    def discard_unsaved(self) -> int:
        """Forget the saves still waiting (the editor chose to); returns how many edits that was."""
        self._autosave_retry.stop()
        dropped = self.autosave.discard_pending()
        self._autosave_reported(AutosaveState())
        return dropped

    # --- derived views -------------------------------------------------------------

    def _invalidate_caches(self) -> None:
        self._articles = None
        self._owner = None
        self._by_article = None
        self._by_key = None

    def _update_caches_after(self, edit: Edit, dropped: list[Finding]) -> None:
        """Keep the derived views when an edit only changed text (typing): touch just the edited article."""
        self._by_key = None
        same_shape = len(edit.old) == len(edit.new) and all(
            a.uid == b.uid and a.role is b.role and a.starts_article == b.starts_article
            for a, b in zip(edit.old, edit.new, strict=True)
        )
        if not same_shape or self._articles is None:
            self._articles = None
            self._owner = None
            self._by_article = None
            return
        if self._by_article is not None:
            for finding in dropped:
                article = self.article_for_finding(finding)
                listed = self._by_article.get(article, []) if article is not None else []
                if any(f is finding for f in listed):
                    listed[:] = [f for f in listed if f is not finding]
        owner = self._owner_array()
        blocks = self.document.blocks
        articles = list(self._articles)
        for number in {owner[i] for i in range(edit.start, edit.start + len(edit.new))} - {None}:
            article = articles[number]
            articles[number] = replace(article, blocks=tuple(blocks[i] for i in article.block_indices))
        self._articles = tuple(articles)

    def articles(self) -> tuple[Article, ...]:
        if self._articles is None:
            self._articles = self.document.articles()
        return self._articles

    def _owner_array(self) -> list[int | None]:
        if self._owner is None:
            owner: list[int | None] = [None] * len(self.document.blocks)
            for article in self.articles():
                for index in article.block_indices:
                    owner[index] = article.index
            self._owner = owner
        return self._owner

    def article_of_block(self, index: int) -> int | None:
        owner = self._owner_array()
        return owner[index] if 0 <= index < len(owner) else None

    def findings(self) -> list[Finding]:
        """Open findings (not ignored) in page order.  The list is shared: do not modify it."""
        return self._findings

    def _set_findings(self, findings: list[Finding], ranges: list[Range] | None = None) -> None:
        """A new set of open findings (after analysis, an ignore)."""
        self._findings = findings
        self._ranges = ranges if ranges is not None else [block_range(f) for f in findings]
        self._by_article = None
        self._by_key = None
        self.findings_revision += 1

    def findings_of_article(self, article_index: int) -> list[Finding]:
        if self._by_article is None:
            grouped: dict[int, list[Finding]] = {}
            owner = self._owner_array()
            count = len(owner)
            article_count = len(self.articles())
            for finding in self._findings:  # (article_for_finding, inlined: a big page has 10 000 findings)
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
        """Open findings per severity (counted once per change of the findings)."""
        cached = self._severity_counts
        if cached is None or cached[0] != self.findings_revision:
            counts = Counter(finding.severity for finding in self._findings)
            cached = self._severity_counts = (self.findings_revision, {s: counts[s] for s in Severity})
        return cached[1]

    def finding_by_key(self, key: str) -> Finding | None:
        """The current version of a finding (its block indices follow the edits made since)."""
        if self._by_key is None:
            self._by_key = {f.key: f for f in self._findings}
        return self._by_key.get(key)

    def article_for_finding(self, finding: Finding) -> int | None:
        if finding.blocks:
            owner = self.article_of_block(anchor_block(finding))
            if owner is not None:
                return owner
        return finding.article if finding.article is not None and finding.article < len(self.articles()) else None

    @property
    def analysed_once(self) -> bool:
        return self._analysed_once

    @property
    def analysis_running(self) -> bool:
        return self._analysis_running

    def status_of(self, article: Article) -> ArticleStatus:
        return self._statuses.get(self.document.blocks[article.first_index].uid, ArticleStatus.DRAFT)

    def set_status(self, article_index: int, status: ArticleStatus) -> None:
        article = self.articles()[article_index]
        self._statuses[self.document.blocks[article.first_index].uid] = status
        self.statuses_changed.emit()

    # --- analysis -------------------------------------------------------------------

    def schedule_analysis(self) -> None:
        self._analysis_debouncer.trigger()

    def supplement_changed(self) -> None:
        """What the supplement reads (the roster) changed: work its findings out again, keeping the engine's."""
        if self._analysis_running:
            self._supplement_stale = True
        else:
            self.analyse_now(supplement_only=True)

    def _analyse_changes(self) -> None:
        """The debounced analysis after edits: nothing to do when the last analysis already saw this page.

        (Typing while an analysis runs leaves a trigger pending; once the catch-up analysis has seen the
        last keystroke, that trigger must not start a full analysis of an unchanged page.)
        """
        previous = self._analysed
        if previous is not None and previous[0] is self.document:
            if self._supplement_stale and not self._analysis_running:
                self.analyse_now(supplement_only=True)
            return
        self.analyse_now()

    def analyse_now(self, *, supplement_only: bool = False) -> None:
        """Analyse the page in a worker: after edits, only what they touched (the whole page on demand).

        ``supplement_only``: the page has not changed since the last analysis, so its engine findings stand.
        """
        if self._analysis_running or not self.document.blocks:
            return
        snapshot = self.document
        generation = self._generation
        previous = self._analysed
        reanalyser = self._reanalyser
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
            analyser = self._analyser

            def engine() -> Sequence[Finding]:
                return analyser(snapshot)

        supplement = self._supplement

        def work() -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
            found = tuple(engine())
            return found, tuple(supplement(snapshot)) if supplement is not None else ()

        self._supplement_stale = False
        self._edits_since_snapshot = []
        self._analysis_running = True
        self.analysis_state_changed.emit(True)
        run_in_background(
            work,
            on_success=lambda findings: self._analysis_done(generation, snapshot, findings),
            on_failure=lambda failure: self._analysis_failed(generation, failure),
            owner=self,
        )

    def _analysis_done(
        self, generation: int, snapshot: Document, found: tuple[tuple[Finding, ...], tuple[Finding, ...]]
    ) -> None:
        self._analysis_running = False
        self.analysis_state_changed.emit(False)
        if generation != self._generation:
            self.analyse_now()
            return
        engine_findings, supplement_findings = found
        findings = engine_findings + supplement_findings
        # Where each finding stands, worked out once: after an incremental re-analysis most findings are the very
        # objects of the last one (the previous findings stay alive until here, so their ids are not reused).
        known = self._placements
        placements = {}
        for finding in findings:
            place = known.get(id(finding))
            placements[id(finding)] = place if place is not None else (finding_position(finding), block_range(finding))
        self._placements = placements
        self._analysed = (snapshot, engine_findings)
        self._supplemented = supplement_findings  # (alive, like the engine's, so no id in placements is reused)
        current: list[Finding] = sorted(findings, key=lambda f: placements[id(f)][0])
        if self._ignored:
            current = [f for f in current if f.key not in self._ignored]
        ranges = [placements[id(f)][1] for f in current]
        for edit in self._edits_since_snapshot:
            current, ranges, _ = remap(current, edit, ranges)
        stale = bool(self._edits_since_snapshot)
        self._edits_since_snapshot = []
        self._set_findings(current, ranges)
        settle_heap()
        self._analysed_once = True
        self.findings_changed.emit()
        if self._hold_autosave:
            self.release_autosave()
        if stale:
            self.schedule_analysis()
        elif self._supplement_stale:
            self.analyse_now(supplement_only=True)

    def _analysis_failed(self, generation: int, failure: object) -> None:
        self._analysis_running = False
        self.analysis_state_changed.emit(False)
        from desktop.ui.workers import TaskFailure

        self.release_autosave()
        if isinstance(failure, TaskFailure):
            log.error("analysis failed:\n%s", failure.details)
            self.problem.emit(f"分析失败：{failure.error}")

    # --- applying edits -------------------------------------------------------------

    def _apply_raw(self, edit: Edit) -> None:
        """Apply one edit (called by undo commands only)."""
        self._apply_edits((edit,))

    def _apply_edits(self, edits: Sequence[Edit]) -> None:
        """Apply edits in order as one change: the views, the autosave and the analysis hear of them once.

        (Each edit still remaps the findings and is recorded as its own revision; only the notifications are
        gathered, so a fix-all of thousands of marks does not redraw the window thousands of times.)
        """
        dropped: list[Finding] = []
        recorded: list[tuple[Edit, Document]] = []
        for edit in edits:
            self.document = edit.apply(self.document)
            self._findings, self._ranges, dropped_here = remap(self._findings, edit, self._ranges)  # page order
            self._update_caches_after(edit, dropped_here)
            dropped.extend(dropped_here)
            if self._analysis_running:
                self._edits_since_snapshot.append(edit)
            recorded.append((edit, self.document))
        if not recorded:
            return
        if dropped:
            self.findings_revision += 1
        autosave = self.autosave

        def record() -> object:
            state: object = None
            for edit, document in recorded:
                state = autosave.edit_applied(edit, document)
            return state

        self._record(record)
        self.document_changed.emit(recorded[-1][0])
        if dropped:
            self.findings_dropped.emit(dropped)
            self.findings_changed.emit()
        self.schedule_analysis()

    def push(self, edit: Edit, *, typing: bool = False) -> bool:
        # Qt swallows exceptions raised inside QUndoCommand.redo, so check the fit first.
        try:
            edit.apply(self.document)
        except EditConflict as conflict:
            self.problem.emit(str(conflict))
            return False
        top = self._command_typing_extends(edit) if typing else None
        if top is not None:
            top.absorb(edit)
            self._apply_raw(edit)
            return True
        self.undo_stack.push(EditCommand(edit, self._apply_raw, typing=typing))
        return True

    def _command_typing_extends(self, edit: Edit) -> EditCommand | None:
        """The last command, when ``edit`` is more typing in its paragraph and nothing waits to be redone."""
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or index != stack.count():
            return None
        top = stack.command(index - 1)
        return top if isinstance(top, EditCommand) and top.absorbs(edit) else None

    def apply_batch(self, batch: EditBatch) -> bool:
        if not batch.edits:
            return False
        try:
            batch.apply(self.document)
        except EditConflict as conflict:
            self.problem.emit(str(conflict))
            return False
        self.undo_stack.push(BatchCommand(batch.label, batch.edits, self._apply_edits))
        return True

    def _build_and_push(self, builder: Callable[[], Edit], *, typing: bool = False) -> bool:
        try:
            edit = builder()
        except EditConflict as conflict:
            self.problem.emit(str(conflict))
            return False
        return self.push(edit, typing=typing)

    # --- operations offered to views --------------------------------------------------

    def set_block_text(self, index: int, text: str, *, typing: bool = True) -> bool:
        if self.document.blocks[index].text == text:
            return False
        return self._build_and_push(lambda: set_text(self.document, index, text), typing=typing)

    def split_paragraph(self, index: int, offset: int) -> bool:
        return self._build_and_push(lambda: split_block(self.document, index, offset))

    def join_with_next(self, index: int) -> bool:
        return self._build_and_push(lambda: join_blocks(self.document, index))

    def delete_block(self, index: int) -> bool:
        return self._build_and_push(lambda: delete_block(self.document, index))

    def split_article_at(self, index: int) -> bool:
        return self._build_and_push(lambda: split_article(self.document, index))

    def merge_article_with_next(self, article_index: int) -> bool:
        return self._build_and_push(lambda: merge_article_with_next(self.document, article_index))

    def move_article(self, source: int, target: int) -> bool:
        return self._build_and_push(lambda: move_article_edit(self.document, source, target))

    def set_article_field(self, article_index: int, role: str, text: str) -> bool:
        builder = {"headline": set_headline, "subtitle": set_subtitle, "byline": set_byline}[role]
        return self._build_and_push(lambda: builder(self.document, article_index, text))

    def replace_range(self, first: int, first_offset: int, last: int, last_offset: int, text: str) -> bool:
        """Replace characters from (first, first_offset) to (last, last_offset) with ``text``, as one step."""
        document = self.document
        edits: list[Edit] = []
        try:
            for _ in range(last - first):
                edit = join_blocks(document, first, "合并段落")
                document = edit.apply(document)
                edits.append(edit)
            tail_offset = last_offset + sum(len(self.document.blocks[i].text) for i in range(first, last))
            joined = document.blocks[first].text
            edit = set_text(document, first, joined[:first_offset] + text + joined[tail_offset:], "修改文字")
            edits.append(edit)
        except EditConflict as conflict:
            self.problem.emit(str(conflict))
            return False
        return self.apply_batch(EditBatch("修改文字", tuple(edits)))

    def fix(self, finding: Finding) -> bool:
        return self._build_and_push(lambda: fix_edit(self.document, finding))

    def fix_all(self, check: str, min_confidence: float) -> int:
        chosen = select_fixable(self.findings(), [check], min_confidence)
        if not chosen:
            return 0
        _, batch, skipped = batch_fix(
            self.document, chosen, f"全部修正：{chosen[0].fix.label if chosen[0].fix else check}"
        )
        if skipped:
            self.problem.emit(f"{len(skipped)} 处无法自动修正，已跳过")
        self.apply_batch(batch)
        return len(batch.edits)

    def ignore(self, finding: Finding) -> None:
        key = finding.key
        self._ignored.add(key)
        self._set_findings([f for f in self._findings if f.key != key])
        self.findings_changed.emit()

    def find(self, needle: str, block: int, offset: int, *, backwards: bool = False) -> tuple[int, int] | None:
        """The next occurrence of ``needle`` after (block, offset), wrapping around the page."""
        if not needle or not self.document.blocks:
            return None
        blocks = self.document.blocks
        count = len(blocks)
        for step in range(count + 1):
            index = (block - step if backwards else block + step) % count
            text = blocks[index].text
            if step == 0:
                found = text.rfind(needle, 0, max(offset, 0)) if backwards else text.find(needle, offset)
            else:
                found = text.rfind(needle) if backwards else text.find(needle)
            if found >= 0:
                return index, found
        return None

    def replace_all(self, needle: str, replacement: str) -> int:
        if not needle:
            return 0
        document = self.document
        edits: list[Edit] = []
        total = 0
        for index, block in enumerate(document.blocks):
            hits = block.text.count(needle)
            replaced = block.text.replace(needle, replacement) if hits else block.text
            if replaced != block.text:  # (replacing a text with itself is no edit: nothing to undo)
                edit = set_text(document, index, replaced, "全部替换")
                document = edit.apply(document)
                edits.append(edit)
                total += hits
        if edits:
            self.apply_batch(EditBatch(f"全部替换“{needle}”", tuple(edits)))
        return total


# A duplicated headline is reported against the later one (the earlier stands): its article is the later one's.
LATER_BLOCK_CHECK = DUPLICATE_HEADLINE


def anchor_block(finding: Finding) -> int:
    """The block a finding is about: where the editor is taken, and whose article lists it."""
    return finding.blocks[-1] if finding.check == LATER_BLOCK_CHECK else finding.blocks[0]


def settle_heap(*, everything: bool = False) -> None:
    """Move the page's (long-lived) objects out of the cycle collector's way.

    A 1 MB page is hundreds of thousands of small immutable objects; without this a
    full collection scans them all and pauses the event loop for 50-100 ms.  The
    model is acyclic, so reference counting still frees what an edit discards.

    Collect first: what is frozen is never collected, so unreachable cycles lying
    about at this moment (SQLAlchemy leaves some behind every statement on the
    database thread) would stay for the rest of the session.  The collection only
    looks at what was made since the last freeze (~40 ms after loading a 1 MB page).
    ``everything`` (when a page is opened) looks at the frozen objects too, for the
    cycles that were still in use when they were frozen: so nothing outlives its page.
    """
    if everything:
        gc.unfreeze()
    gc.collect()
    gc.freeze()
    if everything:
        return_free_memory()


def return_free_memory() -> None:
    """Give the memory the last page (or its export) freed back to the system.

    glibc keeps freed memory in its per-thread arenas for reuse: after a big page or
    a big export the process stayed 100+ MB larger for good, page after page (seen
    by bench/soak.py).  Elsewhere (Windows) the heap returns it by itself.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def finding_position(finding: Finding) -> tuple[int, int]:
    if finding.spans:
        first = min(finding.spans, key=lambda s: (s.block, s.start))
        return first.block, first.start
    return (min(finding.blocks) if finding.blocks else 0), 0
