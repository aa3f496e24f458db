"""The controller's Qt-free parts, without Qt: the finding index, the analysis scheduler, the autosave link.

The engine's real edits and analysis run here; only the worker thread and the timers (the
controller's Qt adapter) are left out: the tests call the work and the reports themselves.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import hypothesis_examples
from hypothesis import given, settings
from page_strategies import pages
from test_view_export import _edit as view_edit
from test_view_export import edit_plans

from desktop.proofing.edits import EditConflict, set_text, split_block
from desktop.proofing.findings import Finding, Severity, Span
from desktop.proofing.model import Block, Document, Role
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.ui.analysis_scheduler import AnalysisScheduler, Next
from desktop.ui.autosave_link import AutosaveLink
from desktop.ui.autosave_queue import AutosaveState
from desktop.ui.finding_index import FindingIndex

QT_FREE = ("analysis_scheduler", "autosave_link", "finding_index", "page_search", "heap", "finding_tracking")


def page(*texts: str) -> Document:
    return Document(tuple(Block(uid=i, text=t, role=Role.BODY, starts_article=i == 0) for i, t in enumerate(texts)))


def finding(check: str, *blocks: int, severity: Severity = Severity.WARNING, message: str = "问题") -> Finding:
    spans = (Span(blocks[0], 0, 1),) if blocks else ()
    return Finding(check, severity, blocks, 0, message, "", 0.9, spans=spans)


def test_the_parts_import_no_qt():
    modules = ", ".join(f"desktop.ui.{name}" for name in QT_FREE)
    qt = "sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))"
    code = f"import sys\nimport {modules}\nprint({qt})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- the finding index ----------------------------------------------------------------------------


def test_findings_come_in_page_order_and_follow_edits_at_once():
    index = FindingIndex()
    late, early, middle = finding("a", 4), finding("b", 0), finding("c", 2)
    index.take_analysis([late, early, middle], ())
    assert index.findings == [early, middle, late]
    document = page("甲", "乙乙", "丙", "丁", "戊")
    revision = index.revision
    dropped = index.follow(set_text(document, 2, "丙丙"))  # typing in block 2: its finding goes, nothing moves
    assert dropped == [middle] and index.findings == [early, late]
    index.dropped_after_edits(dropped)
    assert index.revision == revision + 1
    index.follow(split_block(document, 1, 1))
    assert [f.blocks for f in index.findings] == [(0,), (5,)], "a split before a finding moves it down"


def test_an_analysis_that_ran_during_edits_is_moved_through_them():
    index = FindingIndex()
    document = page("甲", "乙乙", "丙")
    edit = split_block(document, 1, 1)
    index.take_analysis([finding("a", 0), finding("b", 1), finding("c", 2)], (edit,))
    assert [(f.check, f.blocks) for f in index.findings] == [("a", (0,)), ("c", (3,))]


def test_ignored_findings_stay_out_of_later_analyses():
    index = FindingIndex()
    noise = finding("half-width", 1, message="半角逗号")
    index.take_analysis([finding("a", 0), noise], ())
    index.ignore(noise.key)
    assert index.findings == [finding("a", 0)]
    index.take_analysis([finding("a", 0), finding("half-width", 1, message="半角逗号")], ())
    assert [f.check for f in index.findings] == ["a"]
    index.reset()
    index.take_analysis([noise], ())
    assert index.findings == [noise], "a new page starts with nothing ignored"


def test_groupings_per_article_key_and_severity():
    index = FindingIndex()
    error = finding("x", 0, severity=Severity.ERROR)
    duplicate = finding("duplicate-headline", 0, 3)  # reported against the later headline
    info = finding("y", 3, severity=Severity.INFO)
    index.take_analysis([error, duplicate, info], ())
    owner = [0, 0, 0, 1, 1]
    assert index.of_article(0, owner, 2) == [error]
    assert index.of_article(1, owner, 2) == [duplicate, info]
    assert index.severity_counts() == {Severity.ERROR: 1, Severity.WARNING: 1, Severity.INFO: 1}
    assert index.by_key(info.key) is info
    index.ignore(error.key)
    assert index.severity_counts()[Severity.ERROR] == 0
    index.forget_articles()
    assert index.of_article(0, owner, 2) == []


# --- the analysis scheduler -----------------------------------------------------------------------


class Engine:
    """The real engine, counting which way it was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def analyse(self, document: Document) -> list[Finding]:
        self.calls.append("full")
        return analyse(document)

    def reanalyse(self, before: Document, findings: tuple[Finding, ...], now: Document) -> list[Finding]:
        self.calls.append("incremental")
        return analyse(now)

    def supplement(self, document: Document) -> list[Finding]:
        self.calls.append("supplement")
        return []


def test_first_a_full_analysis_then_only_what_edits_touched():
    engine = Engine()
    scheduler = AnalysisScheduler(engine.analyse, engine.reanalyse, engine.supplement)
    scheduler.new_page()
    document = document_from_text("青禾县举行秋收节\n林可舟说，今年的收成很好，\n大家都很高兴。\n")
    work = scheduler.start(document)
    assert work is not None and scheduler.running
    assert scheduler.start(document) is None, "one analysis at a time"
    taken = scheduler.finish(scheduler.generation, document, work())
    assert taken is not None and scheduler.analysed_once and not scheduler.running
    assert engine.calls == ["full", "supplement"]
    assert scheduler.then(taken) is Next.NOTHING
    assert scheduler.after_edits(document) is Next.NOTHING, "nothing changed since the last analysis"

    edited = set_text(document, 1, document[1].text + "甲").apply(document)
    assert scheduler.after_edits(edited) is Next.ANALYSE
    work = scheduler.start(edited)
    assert work is not None
    work()
    assert engine.calls[-2:] == ["incremental", "supplement"]


def test_edits_during_an_analysis_are_caught_up_and_an_old_page_is_not_taken():
    engine = Engine()
    scheduler = AnalysisScheduler(engine.analyse, engine.reanalyse, engine.supplement)
    scheduler.new_page()
    document = page("甲乙", "丙")
    work = scheduler.start(document)
    assert work is not None
    edit = split_block(document, 0, 1)
    scheduler.edited(edit)
    scheduler.supplement_changed()
    taken = scheduler.finish(scheduler.generation, document, work())
    assert taken is not None and taken.edits_since == (edit,)
    assert scheduler.then(taken) is Next.ANALYSE

    work = scheduler.start(document)
    assert work is not None
    generation = scheduler.generation
    scheduler.new_page()  # another page opened while it ran
    assert scheduler.finish(generation, document, work()) is None
    assert not scheduler.running and not scheduler.analysed_once


def test_a_roster_change_reruns_only_the_supplement():
    engine = Engine()
    scheduler = AnalysisScheduler(engine.analyse, engine.reanalyse, engine.supplement)
    scheduler.new_page()
    document = page("甲", "乙")
    work = scheduler.start(document)
    assert work is not None
    assert scheduler.supplement_changed() is Next.NOTHING  # (running: remembered for later)
    taken = scheduler.finish(scheduler.generation, document, work())
    assert taken is not None and scheduler.then(taken) is Next.SUPPLEMENT
    work = scheduler.start(document, supplement_only=True)
    assert work is not None
    engine.calls.clear()
    work()
    assert engine.calls == ["supplement"]
    assert scheduler.finish(scheduler.generation, document, work()) is not None
    assert scheduler.supplement_changed() is Next.SUPPLEMENT


# --- the autosave link ----------------------------------------------------------------------------


def test_recordings_wait_for_the_first_analysis_in_order():
    link = AutosaveLink()
    done: list[str] = []
    link.hold()
    assert link.record(lambda: done.append("open")) == []
    assert link.record(lambda: done.append("edit")) == []
    for task in link.release():
        task()
    assert done == ["open", "edit"]
    [task] = link.record(lambda: done.append("later"))
    task()
    assert done[-1] == "later"


def test_refused_saves_are_retried_with_back_off_until_saved():
    link = AutosaveLink((10, 20, 50))
    failing = AutosaveState(pending_edits=2, problem="磁盘已满")
    first = link.reported(failing, retry_pending=False)
    assert first.changed and first.retry_in_ms == 10
    assert link.reported(failing, retry_pending=True).retry_in_ms is None, "a retry already waits"
    delays = [link.reported(failing, retry_pending=False).retry_in_ms for _ in range(4)]
    assert delays == [20, 50, 50, 50], "the last wait repeats"
    assert not link.reported(failing, retry_pending=False).changed
    saved = link.reported(AutosaveState(), retry_pending=True)
    assert saved.changed and saved.stop_retry and link.state.saved
    assert link.reported(failing, retry_pending=False).retry_in_ms == 10, "the back-off starts over"
    conflict = AutosaveState(pending_edits=1, problem="另一处已保存", retryable=False)
    assert link.reported(conflict, retry_pending=True).stop_retry
    assert link.reported(None, retry_pending=False) == type(first)(), "no autosave: nothing to do"


def test_the_first_report_is_always_shown_and_one_flush_runs_at_a_time():
    link = AutosaveLink()
    assert link.reported(AutosaveState(), retry_pending=False).changed
    assert not link.reported(AutosaveState(), retry_pending=False).changed
    assert link.start_flush() and not link.start_flush()
    link.flush_ended()
    assert link.start_flush()


@settings(max_examples=hypothesis_examples(60))
@given(pages(max_articles=3, max_paragraphs=4, long_paragraph=False), edit_plans)
def test_following_a_batch_in_one_pass_is_following_its_edits_one_by_one(page, plan):
    # (a batch is a fix-all, a replace-all or their undo: every kind of edit but moving an article)
    document = document_from_text(page.text)
    findings = list(analyse(document))
    one_by_one, at_once = FindingIndex(), FindingIndex()
    one_by_one.replace(list(findings))
    at_once.replace(list(findings))
    before, dropped = document, []
    for kind, a, b, typed in plan:
        if kind == "move_article" or not document.blocks:
            continue
        try:
            edit = view_edit(document, findings, kind, a, b, typed)
            document = edit.apply(document)
        except EditConflict:
            continue
        dropped += one_by_one.follow(edit)
    # (dropped: in page order rather than edit order, and as they stood before the batch: the same keys)
    assert sorted(f.key for f in at_once.follow_many(before.blocks, document.blocks)) == sorted(f.key for f in dropped)
    assert at_once.findings == one_by_one.findings
    assert at_once.ranges == one_by_one.ranges


def test_a_list_change_during_an_analysis_is_not_lost_on_an_unchanged_page():
    engine = Engine()
    scheduler = AnalysisScheduler(engine.analyse, engine.reanalyse, engine.supplement)
    scheduler.new_page()
    document = page("甲", "乙")
    work = scheduler.start(document)
    assert work is not None
    assert scheduler.rules_changed() is Next.NOTHING, "one analysis at a time: it waits for the running one"
    taken = scheduler.finish(scheduler.generation, document, work())
    assert taken is not None
    assert scheduler.then(taken) is Next.ANALYSE
    # the controller debounces that step; when the trigger fires, the page is the one just analysed
    assert scheduler.after_edits(document) is Next.ANALYSE, "the lists changed since that analysis"
    work = scheduler.start(document)
    assert work is not None
    taken = scheduler.finish(scheduler.generation, document, work())
    assert engine.calls[-2:] == ["full", "supplement"], "the whole page with the new lists"
    assert taken is not None and scheduler.then(taken) is Next.NOTHING
    assert scheduler.after_edits(document) is Next.NOTHING, "that analysis saw the new lists"
