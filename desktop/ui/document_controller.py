"""The document controller: the one owner of the page being proofed, a thin Qt adapter.

Views never parse or change text themselves: they ask the controller for an
operation, the controller turns it into an engine ``Edit``, pushes it on the undo
stack as an ``EditCommand`` and emits ``document_changed``.  The work that needs no
Qt lives in modules tested without it: the open findings and their indexes
(``finding_index``), when and how the page is analysed (``analysis_scheduler``), what
goes to the autosave and when to retry (``autosave_link``), find and replace
(``page_search``) and the heap (``heap``); the controller holds them, runs their work
in workers and timers, and signals the views.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop.proofing.edits import (
    Edit,
    EditBatch,
    EditConflict,
    delete_block,
    join_blocks,
    merge_article_with_next,
    move_article,
    set_byline,
    set_headline,
    set_subtitle,
    set_text,
    split_article,
    split_block,
    start_article_at,
    toggle_intertitle,
)
from desktop.proofing.findings import Finding, Severity, key_check
from desktop.proofing.fixes import batch_fix, fix_edit, select_fixable
from desktop.proofing.model import Article, Block, Document
from desktop.proofing.wording import say
from desktop.ui.analysis_scheduler import Analyser, AnalysisScheduler, Found, Next, Reanalyser, Supplement
from desktop.ui.autosave_link import AUTOSAVE_RETRY_MS, AutosaveLink
from desktop.ui.autosave_queue import AutosaveState
from desktop.ui.export_state import content_digest
from desktop.ui.finding_index import FindingIndex, anchor_block
from desktop.ui.heap import heap_settled_before, settle_heap
from desktop.ui.page_file import differs
from desktop.ui.page_search import find_in_page, replace_all_edits
from desktop.ui.services import Autosave, NoAutosave, RecoverableSession
from desktop.ui.undo_commands import BatchCommand, EditCommand, IgnoreCommand
from desktop.ui.workers import Debouncer, database_pool, run_in_background

log = logging.getLogger(__name__)

ANALYSIS_DELAY_MS = 300
FOLLOW_ONE_BY_ONE = 4  # more edits at once (fix-all, replace-all, their undo): findings follow them in one pass
__all__ = ["AUTOSAVE_RETRY_MS", "ArticleStatus", "DocumentController"]


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    PROOFED = "proofed"
    EXPORTED = "exported"


# The heap's settling (a full collection after a page is opened) and the database's first recording of
# the page wait this long after the findings arrive: a 0 ms timer would run before the panel is painted.
PAINT_FIRST_MS = 120


def _after_pause(task: Callable[[], object], pause_ms: int) -> Callable[[], object]:
    def paused() -> object:
        time.sleep(pause_ms / 1000)
        return task()

    return paused


def _known_statuses(statuses: Mapping[int, str]) -> dict[int, ArticleStatus]:
    """Stored statuses (by the uid of an article's first block), the ones this version knows."""
    return {uid: ArticleStatus(status) for uid, status in statuses.items() if status in set(ArticleStatus)}


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
        self.scheduler = AnalysisScheduler(analyser, reanalyser, supplement)
        self.index = FindingIndex()
        self.link = AutosaveLink()
        self.autosave: Autosave = autosave or NoAutosave()
        self.undo_stack = QUndoStack(self)
        self.document: Document = Document(blocks=())
        self.original: Document = self.document
        self._file_blocks: tuple[Block, ...] = ()  # the page as its file holds it (opened, or saved since)
        self.path: Path | None = None
        self._statuses: dict[int, ArticleStatus] = {}
        self._exported: dict[int, str] = {}  # by the first block's uid: the article's digest as exported
        self._articles: tuple[Article, ...] | None = None
        self._owner: list[int | None] | None = None
        self._autosave_retry = QTimer(self)
        self._autosave_retry.setSingleShot(True)
        self._autosave_retry.timeout.connect(self.retry_autosave)
        self._analysis_debouncer = Debouncer(ANALYSIS_DELAY_MS, self._analyse_changes, self)
        self._settle_everything = False  # the page was opened and the heap not yet settled for it

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
        self.scheduler.new_page()
        self.document = document
        self.original = original or document
        self._file_blocks = self.original.blocks if path is not None else document.blocks
        self.path = path
        self.index.reset(resume.ignored if resume is not None else ())
        self._invalidate_caches()
        self._statuses = _known_statuses(resume.statuses) if resume is not None else {}
        self._exported = dict(resume.exported) if resume is not None else {}
        self.undo_stack.clear()
        self.undo_stack.setClean()
        autosave = self.autosave
        self.link.hold()  # recording waits for the first analysis (see autosave_link)
        if resume is not None:
            self._record(lambda: autosave.resume(resume))
        else:
            self._record(lambda: autosave.page_opened(document, path))
        self.document_loaded.emit()
        self.findings_changed.emit()
        if heap_settled_before():
            settle_heap(everything=True)
        else:  # the process's first page: nothing to give back yet, and the collection would delay its findings
            self._settle_everything = True
        self.analyse_now()

    # --- the autosave ------------------------------------------------------------------

    @property
    def autosave_state(self) -> AutosaveState:
        return self.link.state

    @property
    def autosave_retry_ms(self) -> tuple[int, ...]:
        return self.link.retry_ms

    @autosave_retry_ms.setter
    def autosave_retry_ms(self, delays: tuple[int, ...]) -> None:
        self.link.retry_ms = delays

    def _record(self, task: Callable[[], object]) -> None:
        for ready in self.link.record(task):
            self._send_to_database(ready)

    def _send_to_database(self, task: Callable[[], object]) -> None:
        run_in_background(task, on_success=self._autosave_reported, pool=database_pool(), owner=self)

    def release_autosave(self, pause_first_ms: int = 0) -> None:
        """Send held recordings to the database thread (after the first analysis, or at shutdown).

        ``pause_first_ms``: the database thread waits that long (without the interpreter) before the
        first of them, so that its work (SQLAlchemy's import, on a first start) does not compete with
        the paint of the findings; the recordings are queued at once, so waiting for the database
        thread waits for them too.
        """
        for number, task in enumerate(self.link.release()):
            self._send_to_database(_after_pause(task, pause_first_ms) if number == 0 and pause_first_ms else task)

    def _autosave_reported(self, state: object) -> None:
        """A recording finished on the database thread; ``state`` is its queue's state (None without one)."""
        reaction = self.link.reported(state, retry_pending=self._autosave_retry.isActive())
        if reaction.changed:
            self.autosave_state_changed.emit(self.link.state)
        if reaction.stop_retry:
            self._autosave_retry.stop()
        elif reaction.retry_in_ms is not None:
            self._autosave_retry.start(reaction.retry_in_ms)

    def retry_autosave(self) -> None:
        """Try the saves still waiting for the database again (the back-off timer, or the editor asks)."""
        if not self.link.start_flush():
            return

        def flushed(state: object) -> None:
            self.link.flush_ended()
            self._autosave_reported(state)

        def failed(_failure: object) -> None:
            self.link.flush_ended()

        run_in_background(self.autosave.flush, on_success=flushed, on_failure=failed, pool=database_pool(), owner=self)

    def unsaved_state(self) -> AutosaveState:
        """The saves still waiting, read from the queue itself (call once the database thread is idle)."""
        return self.autosave.state()

    def discard_unsaved(self) -> int:
        """Forget the saves still waiting (the editor chose to); returns how many edits that was."""
        self._autosave_retry.stop()
        dropped = self.autosave.discard_pending()
        self._autosave_reported(AutosaveState())
        return dropped

    # --- the page and its file ----------------------------------------------------

    @property
    def modified(self) -> bool:
        """The page has work its file does not hold (edits since it was opened or last saved)."""
        return differs(self.document.blocks, self._file_blocks)

    def saved_as(self, path: Path) -> None:
        """The page was just written to ``path`` (保存 / 另存为): that file now holds it."""
        self._file_blocks = self.document.blocks
        self.path = path

    # --- derived views -------------------------------------------------------------

    def _invalidate_caches(self) -> None:
        self._articles = None
        self._owner = None
        self.index.forget_articles()

    def _update_caches_after(self, edit: Edit, dropped: list[Finding]) -> None:
        """Keep the derived views when an edit only changed text (typing): touch just the edited article."""
        same_shape = len(edit.old) == len(edit.new) and all(
            a.uid == b.uid and a.role is b.role and a.starts_article == b.starts_article
            for a, b in zip(edit.old, edit.new, strict=True)
        )
        if not same_shape or self._articles is None:
            self._invalidate_caches()
            return
        self.index.drop_from_articles(dropped, self.article_for_finding)
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
        return self.index.findings

    @property
    def findings_revision(self) -> int:
        """Changes whenever the set of open findings changes."""
        return self.index.revision

    def findings_of_article(self, article_index: int) -> list[Finding]:
        return self.index.of_article(article_index, self._owner_array(), len(self.articles()))

    def severity_counts(self) -> dict[Severity, int]:
        """Open findings per severity (counted once per change of the findings)."""
        return self.index.severity_counts()

    def finding_by_key(self, key: str) -> Finding | None:
        """The current version of a finding (its block indices follow the edits made since)."""
        return self.index.by_key(key)

    def article_for_finding(self, finding: Finding) -> int | None:
        if finding.blocks:
            owner = self.article_of_block(anchor_block(finding))
            if owner is not None:
                return owner
        return finding.article if finding.article is not None and finding.article < len(self.articles()) else None

    @property
    def analysed_once(self) -> bool:
        return self.scheduler.analysed_once

    @property
    def analysis_running(self) -> bool:
        return self.scheduler.running

    @property
    def analysis_settled(self) -> bool:
        """The findings are the last analysis's of this very page (no edit since, none running or due)."""
        analysed = self.scheduler.analysed
        return (
            not self.scheduler.running
            and not self._analysis_debouncer.is_pending()
            and analysed is not None
            and analysed[0] is self.document
        )

    def status_of(self, article: Article) -> ArticleStatus:
        return self._statuses.get(self.document.blocks[article.first_index].uid, ArticleStatus.DRAFT)

    def set_status(self, article_index: int, status: ArticleStatus) -> None:
        self.set_statuses([article_index], status)

    def set_statuses(self, article_indices: Sequence[int], status: ArticleStatus) -> None:
        articles = self.articles()
        for index in article_indices:
            uid = self.document.blocks[articles[index].first_index].uid
            self._statuses[uid] = status
            if status is ArticleStatus.EXPORTED:
                self._exported[uid] = content_digest(articles[index])  # what it is as exported
            else:
                self._exported.pop(uid, None)
        self._record_statuses()
        self.statuses_changed.emit()

    def changed_since_export(self, article: Article) -> bool:
        """The article is 已导出 but its content is no longer what was exported (已导出·有改动)."""
        uid = self.document.blocks[article.first_index].uid
        exported = self._exported.get(uid)
        return (
            self._statuses.get(uid) is ArticleStatus.EXPORTED
            and exported is not None
            and exported != content_digest(article)
        )

    def page_exported(self, edition_date: dt.date | None = None, page_label: str = "") -> None:
        """The whole page was exported: storage files it as published (its headlines enter the archive, under
        the export's 出版日期 and 版次) as coming from its file as it is now: 保存 may have rewritten it since it
        was opened, and the archive must still know the page's own headlines when that file is checked."""
        from desktop.ui.engine_gateway import page_digest

        autosave, digest = self.autosave, page_digest(self.document)
        self._record(lambda: autosave.page_exported(edition_date, page_label, digest))

    def _record_statuses(self) -> None:
        """Remember the statuses with the page, by the uid of each article's first block (as they are kept here):
        an article inserted, split or merged before another does not move its status."""
        blocks = self.document.blocks
        by_uid = {
            blocks[article.first_index].uid: str(self._statuses[blocks[article.first_index].uid])
            for article in self.articles()
            if blocks[article.first_index].uid in self._statuses
        }
        exported = {
            blocks[article.first_index].uid: self._exported[blocks[article.first_index].uid]
            for article in self.articles()
            if blocks[article.first_index].uid in self._exported
        }
        autosave = self.autosave
        self._record(lambda: autosave.statuses_changed(by_uid, exported))

    # --- analysis -------------------------------------------------------------------

    def schedule_analysis(self) -> None:
        self._analysis_debouncer.trigger()

    def rules_changed(self) -> None:
        """The desk's lists changed (加入白名单, preferences): the whole page is checked again."""
        if self.scheduler.rules_changed() is Next.ANALYSE:
            self.analyse_now()

    def supplement_changed(self) -> None:
        """What the supplement reads (the roster) changed: work its findings out again, keeping the engine's."""
        if self.scheduler.supplement_changed() is Next.SUPPLEMENT:
            self.analyse_now(supplement_only=True)

    def _analyse_changes(self) -> None:
        """The debounced analysis after edits (nothing when the last analysis already saw this page)."""
        step = self.scheduler.after_edits(self.document)
        if step is not Next.NOTHING:
            self.analyse_now(supplement_only=step is Next.SUPPLEMENT)
        else:  # an analysis already saw this page: whatever was shown as pending is current
            self.analysis_state_changed.emit(self.scheduler.running)

    def analyse_now(self, *, supplement_only: bool = False) -> None:
        """Analyse the page in a worker: after edits, only what they touched (the whole page on demand).

        ``supplement_only``: the page has not changed since the last analysis, so its engine findings stand.
        """
        snapshot = self.document
        work = self.scheduler.start(snapshot, supplement_only=supplement_only)
        if work is None:
            return
        generation = self.scheduler.generation
        self.analysis_state_changed.emit(True)
        run_in_background(
            work,
            on_success=lambda found: self._analysis_done(generation, snapshot, found),
            on_failure=lambda failure: self._analysis_failed(generation, failure),
            owner=self,
        )

    def _analysis_done(self, generation: int, snapshot: Document, found: Found) -> None:
        taken = self.scheduler.finish(generation, snapshot, found)
        self.analysis_state_changed.emit(False)
        if taken is None:  # an analysis of the page before: analyse this one
            self.analyse_now()
            return
        self.index.take_analysis(taken.engine + taken.supplement, taken.edits_since)
        self.findings_changed.emit()
        if self.link.holding:
            self.release_autosave(pause_first_ms=PAINT_FIRST_MS)
        QTimer.singleShot(PAINT_FIRST_MS, self, self._settle_heap)
        step = self.scheduler.then(taken)
        if step is Next.ANALYSE:
            self.schedule_analysis()
        elif step is Next.SUPPLEMENT:
            self.analyse_now(supplement_only=True)

    def _settle_heap(self) -> None:
        """(Once the findings are painted: after a page is opened this is a full collection.)"""
        everything, self._settle_everything = self._settle_everything, False
        settle_heap(everything=everything)

    def _analysis_failed(self, generation: int, failure: object) -> None:
        self.scheduler.failed()
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
        before = self.document
        one_by_one = len(edits) <= FOLLOW_ONE_BY_ONE
        for edit in edits:
            self.document = edit.apply(self.document)
            if one_by_one:
                dropped_here = self.index.follow(edit)  # (page order kept)
                self._update_caches_after(edit, dropped_here)
                dropped.extend(dropped_here)
            self.scheduler.edited(edit)
            recorded.append((edit, self.document))
        if not recorded:
            return
        if not one_by_one:  # a batch: the findings follow all its edits in one pass, the views are worked out again
            self._invalidate_caches()
            dropped = self.index.follow_many(before.blocks, self.document.blocks)
            self.index.drop_from_articles(dropped, self.article_for_finding)
        self.index.dropped_after_edits(dropped)
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

    def start_article_at(self, index: int) -> bool:
        """A new article from block ``index`` on, its headline still to be written (the block stays body)."""
        return self._build_and_push(lambda: start_article_at(self.document, index))

    def toggle_intertitle(self, index: int) -> bool:
        """Block ``index``: a body paragraph becomes a 小标题, a 小标题 body text (one undo step)."""
        return self._build_and_push(lambda: toggle_intertitle(self.document, index))

    def merge_article_with_next(self, article_index: int) -> bool:
        return self._build_and_push(lambda: merge_article_with_next(self.document, article_index))

    def move_article(self, source: int, target: int) -> bool:
        return self._build_and_push(lambda: move_article(self.document, source, target))

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
            self.document, chosen, say("全部修正：{label}", label=chosen[0].fix.label if chosen[0].fix else check)
        )
        if skipped:
            self.problem.emit(f"{len(skipped)} 处无法自动修正，已跳过")
        self.apply_batch(batch)
        return len(batch.edits)

    # --- ignoring findings (undoable, remembered with the page) -------------------------

    def ignored_findings(self) -> list[Finding]:
        """The findings of the last analysis the editor ignored, in page order."""
        return self.index.ignored_findings

    def ignore(self, finding: Finding) -> None:
        self.undo_stack.push(IgnoreCommand("忽略", [finding.key], self._set_ignored))

    def ignore_all(self, check: str) -> int:
        """Ignore every open finding of ``check`` (one undo step); returns how many."""
        keys = [finding.key for finding in self.index.findings if finding.check == check]
        if keys:
            self.undo_stack.push(IgnoreCommand("忽略全部此类", keys, self._set_ignored))
        return len(keys)

    def restore(self, finding: Finding) -> None:
        """Take back the ignore of ``finding``: it is open again (one undo step)."""
        self.undo_stack.push(IgnoreCommand("取消忽略", [finding.key], self._set_ignored, ignore=False))

    def _set_ignored(self, keys: Sequence[str], ignored: bool) -> None:
        changed = self.index.set_ignored(keys, ignored)
        if not changed:
            return
        decisions = [(key, key_check(key)) for key in changed]
        autosave = self.autosave
        state = "ignored" if ignored else "open"
        self._record(lambda: autosave.findings_decided(decisions, state))
        self.findings_changed.emit()

    def find(self, needle: str, block: int, offset: int, *, backwards: bool = False) -> tuple[int, int] | None:
        """The next occurrence of ``needle`` after (block, offset), wrapping around the page."""
        return find_in_page(self.document, needle, block, offset, backwards=backwards)

    def replace_all(self, needle: str, replacement: str) -> int:
        edits, total = replace_all_edits(self.document, needle, replacement)
        if edits:
            self.apply_batch(EditBatch(say("全部替换“{needle}”", needle=needle), edits))
        return total
