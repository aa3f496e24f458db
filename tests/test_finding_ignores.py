"""Ignored findings are keyed by check, block uids and subject: edits elsewhere never bring them back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.proofing import edits
from desktop.proofing.checks import anchor_blocks
from desktop.proofing.incremental import reanalyse
from desktop.proofing.model import Role
from desktop.proofing.pipeline import analyse, document_from_text
from desktop.ui.finding_ignores import IgnoredFindings

# A made-up page: per article a headline, body lines with a half-width comma and an unclosed quote, a byline.
ARTICLES = [
    ("青禾县举办秋季农产品展销会", "林可舟"),
    ("白石镇新建文化广场投入使用", "周晚晴"),
    ("溪口村修通进山公路", "柳青"),
    ("南湖街道开展邻里节活动", "陶知远"),
]


def _page() -> str:
    lines = []
    for number, (headline, reporter) in enumerate(ARTICLES):
        lines += [
            headline,
            f"本报讯（记者 {reporter}）第{number + 1}篇稿件的第一段,写的是当地的新变化。",
            f"“这是第{number + 1}篇稿件里没有收尾的引语，村民说。",
            f"第{number + 1}篇稿件的最后一段。",
        ]
    lines.append("上一版  下一版  版权所有 青禾日报社")
    return "\n".join(lines) + "\n"


PAGE = document_from_text(_page())
TARGET_CHECKS = ("halfwidth-punctuation", "unbalanced-pair", "page-chrome")  # verdicts on the block's own text
TARGETS = [f for f in analyse(PAGE) if f.check in TARGET_CHECKS]


def test_the_page_has_findings_of_every_target_check():
    assert {f.check for f in TARGETS} == set(TARGET_CHECKS)


def test_ignoring_splits_and_restores():
    ignores = IgnoredFindings()
    first, second = TARGETS[0], TARGETS[1]
    assert ignores.ignore([first.key, first.key]) == (first.key,)
    assert ignores.ignore([first.key]) == ()
    open_findings, ignored = ignores.split(TARGETS)
    assert ignored == [first] and second in open_findings and first not in open_findings
    assert ignores.of_check(first.check) == (first.key,)
    assert ignores.restore([first.key, second.key]) == (first.key,)
    assert ignores.split(TARGETS) == (TARGETS, [])


@st.composite
def _edits_elsewhere(draw, protected: frozenset[int]):
    """A sequence of edits (typing, joins, splits, inserts, deletions, role changes) that never touch ``protected``."""
    document = PAGE
    script = []
    for step in range(draw(st.integers(1, 8))):
        free = [i for i, block in enumerate(document.blocks) if block.uid not in protected]
        index = draw(st.sampled_from(free))
        block = document.blocks[index]
        kind = draw(st.sampled_from(("type", "join", "split", "insert", "delete", "role")))
        if kind == "join" and index + 1 < len(document.blocks) and document.blocks[index + 1].uid not in protected:
            edit = edits.join_blocks(document, index)
        elif kind == "split" and len(block.text) > 2:
            edit = edits.split_block(document, index, draw(st.integers(1, len(block.text) - 1)))
        elif kind == "insert":
            edit = edits.insert_block(document, index, f"新插入的第{step}段文字。", Role.BODY)
        elif kind == "delete" and len(document.blocks) > 8:
            edit = edits.delete_block(document, index)
        elif kind == "role":
            edit = edits.set_role(document, index, draw(st.sampled_from((Role.BODY, Role.SUBTITLE))))
        else:
            edit = edits.set_text(document, index, block.text + f"补{step}")
        document = edit.apply(document)
        script.append(edit)
    return script


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_an_ignore_survives_any_edits_that_leave_its_blocks_alone(data):
    target = data.draw(st.sampled_from(TARGETS))
    ignores = IgnoredFindings([target.key])
    script = data.draw(_edits_elsewhere(frozenset(target.anchors)))
    document, findings = PAGE, analyse(PAGE)
    for edit in script:  # as the app does: one incremental re-analysis after each edit
        edited = edit.apply(document)
        findings = reanalyse(document, findings, edited)
        document = edited
    open_findings, ignored = ignores.split(findings)
    assert [f.key for f in ignored] == [target.key], "still reported, and still ignored"
    assert target.key not in {f.key for f in open_findings}
    (again,) = ignored
    assert tuple(document.blocks[i].uid for i in anchor_blocks(again)) == target.anchors
    assert {f.key for f in analyse(document)} == {f.key for f in findings}, "a full analysis agrees"


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_an_ignore_survives_closing_and_reopening_the_stored_page(tmp_path_factory, data):
    """Through storage (a real SQLite file): ignore, edit elsewhere, close; a new process reopens the page."""
    from storage.db import open_database
    from storage.pages import PageStore

    target = data.draw(st.sampled_from(TARGETS))
    script = data.draw(_edits_elsewhere(frozenset(target.anchors)))
    url = f"sqlite:///{tmp_path_factory.mktemp('ignores') / 'proofsheet.db'}"
    store = PageStore(open_database(url))
    session = store.import_page(_page().encode("utf-8"), PAGE, raw_text=_page(), author="林可舟")
    session.record_decisions([(target.key, target.check)], "ignored")
    for edit in script:
        session.record_edit(edit)
    session.close()
    store.database.close()

    reopened = PageStore(open_database(url))
    (summary,) = reopened.pages()
    document = reopened.open_page(summary.page_id).document
    ignores = IgnoredFindings(reopened.ignored_keys(summary.page_id))
    open_findings, ignored = ignores.split(analyse(document))
    assert [f.key for f in ignored] == [target.key]
    assert target.key not in {f.key for f in open_findings}
    reopened.database.close()
