"""Properties of the engine on random pages built from real paragraphs (see ``page_strategies``).

1. Checking never raises, and every finding is well-formed: its blocks and spans lie inside
   the page, its article exists, its confidence is in [0, 1], its severity is one of the
   three, and its fix (if any) resolves to an edit that applies to the page.  With the
   headline archive and the reporter roster too (real SQLite files).
2. ``fix`` is idempotent: fixing the page ``proofsheet fix`` fixed changes nothing, neither
   its text nor its structure.  Fixing the cleaned text once read back (its structure is found
   again from the text) changes no character but may delete more page chrome.
3. No automatic fix changes a character beyond what it says it does.  Per fix kind:
   - ``join`` (broken-line-break): the two blocks' texts concatenated, nothing else;
   - ``replace_chars`` (halfwidth-punctuation): the same text but for half-width marks
     replaced by their full-width forms from that check's own table;
   - ``attach_byline`` (detached-byline): no block's text changes; at most the byline
     block moves back above the headings of the article it slipped into;
   - ``delete`` (page-chrome): the deleted blocks are page chrome (the editor sees
     "删除页面元素" and can undo it); no other block's text changes.
   No other fix exists: ``unbalanced-pair``, ``missing-byline`` and ``duplicate-headline``
   report without a fix, so no automatic fix inserts a character.  Over a whole
   ``proofsheet fix`` run, the page's non-whitespace characters are those of the page as
   loaded, block by block (each block's text is its source lines' joined), up to
   punctuation width, minus the deleted chrome, in the page's order except for moved bylines.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from conftest import hypothesis_examples
from hypothesis import assume, example, given, settings
from page_strategies import SOURCE_ARTICLES, DrawnPage, pages

from desktop.cli import main
from desktop.commands.fix import MAX_PASSES, apply_selected_fixes
from desktop.proofing.checks.halfwidth_punctuation import FULL_WIDTH
from desktop.proofing.edits import Edit
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.fixes import batch_fix, fix_edit, resolve_fix, select_fixable
from desktop.proofing.load import LoadError, load_text
from desktop.proofing.model import Document, Role
from desktop.proofing.pipeline import CHECK_NAMES, analyse, document_from_text
from desktop.proofing.render import render_text


def examples(ci: int) -> settings:
    """``ci`` random pages per property in CI (about 10 s for this module); PROPERTY_EXAMPLES overrides it,
    HYPOTHESIS_PROFILE=long runs the long profile's count."""
    return settings(max_examples=hypothesis_examples(int(os.environ.get("PROPERTY_EXAMPLES", ci))))


HALF_WIDTH = {full: half for half, full in FULL_WIDTH.items()}  # the check's own table, inverted


def load(page: DrawnPage) -> Document:
    """The page as the engine opens it.  With PROPERTY_DUMP=file, each page is written there first:
    hypothesis runs the minimal failing example last, so the file then holds it (for debugging)."""
    dump = os.environ.get("PROPERTY_DUMP")
    if dump:
        with open(dump, "w", encoding="utf-8", newline="") as handle:
            handle.write(page.text)
    return document_from_text(page.text)


def loads(path: Path) -> bool:
    """The loader accepts the file.  (It refuses text with many control characters as binary: a short
    drawn page with three U+000B is refused, so the CLI properties are about the pages it accepts.)"""
    try:
        load_text(path)
    except LoadError:
        return False
    return True


def _nonspace(text: str) -> str:
    return "".join(text.split())


def _fold_width(text: str) -> str:
    """Full-width punctuation back to the half-width the check would have replaced."""
    return "".join(HALF_WIDTH.get(char, char) for char in text)


# --- storage: a real archive and roster, once per module ------------------------------------------


@pytest.fixture(scope="module")
def storage(tmp_path_factory):
    from storage.archive import open_archive
    from storage.roster import open_roster

    url = f"sqlite:///{tmp_path_factory.mktemp('property-db') / 'proofsheet.db'}"
    archive = open_archive(url)
    headlines = [article.headline for article in SOURCE_ARTICLES]
    archive.add(headlines[::2], date(2020, 9, 1), "3")
    archive.add([h[:-2] + "发布" for h in headlines[1::3] if len(h) > 6], date(2020, 9, 2), "5")
    roster = open_roster(url)
    for name in ("张同建", "赵静", "王刚", "李晓东", "孙立", "周小川"):
        roster.add(name)
    yield archive, roster.entries()
    archive.database.engine.dispose()


# --- 1. checking never raises, findings are well-formed ----------------------------------------------


def assert_well_formed(document: Document, findings: tuple[Finding, ...] | list[Finding], checks=CHECK_NAMES) -> None:
    blocks = document.blocks
    article_count = len(document.articles())
    for finding in findings:
        where = f"{finding.check}: {finding.message}"
        assert finding.check in checks, where
        assert isinstance(finding.severity, Severity), where
        assert isinstance(finding.confidence, float | int) and math.isfinite(finding.confidence), where
        assert 0.0 <= finding.confidence <= 1.0, where
        assert finding.message and isinstance(finding.evidence, str), where
        assert all(0 <= b < len(blocks) for b in finding.blocks), where
        assert finding.article is None or 0 <= finding.article < article_count, where
        for span in finding.spans:
            assert 0 <= span.block < len(blocks), where
            assert 0 <= span.start <= span.end <= len(blocks[span.block].text), where
            assert span.block in finding.blocks, where
        json.dumps(finding.to_json(), ensure_ascii=False)
        if finding.fix is not None:
            edit = resolve_fix(document, finding.fix)  # raises EditConflict if it does not fit
            edit.apply(document)


@examples(150)
@given(page=pages())
def test_checking_never_raises_and_findings_are_well_formed(page: DrawnPage, storage) -> None:
    from storage.roster_check import CHECK_NAME, unknown_reporter_findings

    archive, roster = storage
    document = load(page)
    found = analyse(document)
    assert_well_formed(document, found)
    with_archive = analyse(document, archive=archive)
    assert_well_formed(document, with_archive)
    assert_well_formed(document, unknown_reporter_findings(document, roster), checks=(CHECK_NAME,))
    for name in CHECK_NAMES:  # one check at a time: no check leans on another having run
        assert analyse(document, checks=[name]) == tuple(f for f in found if f.check == name)


@settings(max_examples=hypothesis_examples(4))
@given(page=pages(max_articles=3))
def test_check_command_reports_every_drawn_page(page: DrawnPage, tmp_path_factory, capsys) -> None:
    path = tmp_path_factory.mktemp("check-cli") / "page.txt"
    path.write_bytes(page.text.encode("utf-8"))
    assume(loads(path))
    capsys.readouterr()
    assert main(["check", "--json", str(path)]) in (0, 1)  # 1: some finding is an error
    report = json.loads(capsys.readouterr().out)
    assert report["file"] == str(path)
    assert len(report["findings"]) == len(analyse(document_from_text(page.text)))


# --- 2. fix is idempotent ------------------------------------------------------------------------


@examples(120)
@given(page=pages())
def test_fixing_the_fixed_page_changes_nothing(page: DrawnPage) -> None:
    document = load(page)
    fixed, _batches = apply_selected_fixes(document, None, 0.0)
    again, more = apply_selected_fixes(fixed, None, 0.0)
    assert more == [], f"a second fix still changed: {[e.label for b in more for e in b.edits]}"
    assert again == fixed


def refix_cleaned(cleaned: str) -> tuple[str, list[str]]:
    """``proofsheet fix`` on the cleaned text: the text it writes and the lines it deleted as page chrome."""
    refixed, batches = apply_selected_fixes(document_from_text(cleaned), None, 0.0)
    deleted = [edit.old[0] for batch in batches for edit in batch.edits if edit.kind == "delete"]
    assert all(block.role is Role.CHROME for block in deleted)
    return render_text(refixed), [block.text for block in deleted]


def assert_same_characters_but_chrome(cleaned: str, again: str, deleted_chrome: list[str]) -> None:
    kept = Counter(_fold_width(_nonspace(again))) + Counter(_fold_width(_nonspace("".join(deleted_chrome))))
    assert kept == Counter(_fold_width(_nonspace(cleaned)))


# Found by the long run: the date line cut in two is joined by the first fix, then reads back as chrome.
CUT_DATE_LINE = DrawnPage(
    "第03版：城市新闻\n全国政务公开研讨会召开,聊城市做经验交流发言\n2\u2028020年9月16日 星期三\n"
    "“公开聊亮”创新品牌向全国介绍\n"
    "本报聊城9月16日讯(记者张同建) 9月16日,《中国政府透明度(2020)》发布暨中国政务公开发展研讨会顺利召开。\n"
    "第03版：城市新闻\n",
    ("date line cut",),
)


@examples(120)
@example(page=CUT_DATE_LINE)
@given(page=pages())
def test_fixing_the_cleaned_text_again_changes_no_character(page: DrawnPage) -> None:
    """``proofsheet fix`` on its own output changes no character, but may find more page chrome to delete.

    The articles of the cleaned text are found again from the text alone, so its structure may differ
    from the fixed page's: a chrome line amid an article's headings hides the article until the fix
    deletes the line; a heading of a garbled page may read back as body and be joined, and a date line
    cut in two (``2`` / ``020年9月16日 星期三``) is joined by the first fix and only then reads back as
    page chrome.  And the cleaned text sets each article's byline last, in the article found.  So a
    second fix may join lines, set roles, move a byline line and delete chrome lines (as the first fix
    does, each shown to the editor), but it changes, adds or removes no other character.
    """
    fixed, _batches = apply_selected_fixes(load(page), None, 0.0)
    cleaned = render_text(fixed)
    again, deleted_chrome = refix_cleaned(cleaned)
    assert_same_characters_but_chrome(cleaned, again, deleted_chrome)


@settings(max_examples=hypothesis_examples(4))
@given(page=pages(max_articles=3))
def test_fix_command_on_its_own_output_changes_no_character(page: DrawnPage, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("fix-cli")
    source, once, twice = folder / "page.txt", folder / "once.txt", folder / "twice.txt"
    source.write_bytes(page.text.encode("utf-8"))
    assume(loads(source))
    assert main(["fix", str(source), "-o", str(once)]) == 0
    assert main(["fix", str(once), "-o", str(twice)]) == 0
    fixed, _ = apply_selected_fixes(document_from_text(page.text), None, 0.0)
    cleaned = render_text(fixed)
    assert once.read_text(encoding="utf-8") == cleaned
    again, deleted_chrome = refix_cleaned(cleaned)
    assert twice.read_text(encoding="utf-8") == again
    assert_same_characters_but_chrome(cleaned, again, deleted_chrome)


# --- 3. fixes change only what they say --------------------------------------------------------------

# A parenthesised byline slipped below the next article's headline: its fix moves the line back (seldom drawn).
SLIPPED_BYLINE = DrawnPage(
    "市政府召开常务会议部署秋粮收购工作\n"
    "本报讯 9月15日，市政府召开常务会议，研究部署今年秋粮收购工作。会议要求，各县区要提前做好仓容准备。\n"
    "高新区举办秋季人才招聘会\n（赵静 王刚）\n"
    "9月14日，高新区2020年秋季人才招聘会在区人力资源市场举行，136家企业进场招聘，提供就业岗位4500余个。\n",
    ("slipped byline",),
)

# A function word typed twice: its fix deletes the second copy, so the line gets shorter.
DOUBLED_WORD = DrawnPage(
    "青禾县举办秋季农民丰收节\n"
    "本报讯 9月20日，青禾县秋季农民丰收节在在县体育中心开幕，全县12个乡镇的农户带来了当季的瓜果和粮食。\n",
    ("doubled word",),
)

FIX_KINDS = {
    "broken-line-break": "join",
    "halfwidth-punctuation": "replace_chars",
    "detached-byline": "attach_byline",
    "page-chrome": "delete",
    "repeated-word": "drop_doubled_word",
}


def assert_edit_changes_only_what_it_says(kind: str, edit: Edit) -> None:
    """The allowed difference of one fix's edit, by fix kind (see the module docstring)."""
    old, new = edit.old, edit.new
    if kind == "join":
        assert edit.kind == "join" and len(old) == 2 and len(new) == 1
        assert new[0].text == old[0].text + old[1].text
        assert new[0].uid == old[0].uid and new[0].origin == old[0].origin + old[1].origin
    elif kind == "replace_chars":
        assert len(old) == len(new) == 1 and len(new[0].text) == len(old[0].text)
        for before, after in zip(old[0].text, new[0].text, strict=True):
            assert after == before or FULL_WIDTH.get(before) == after, (before, after)
    elif kind == "attach_byline":
        assert Counter(b.uid for b in old) == Counter(b.uid for b in new)
        by_uid = {b.uid: b for b in old}
        assert all(b.text == by_uid[b.uid].text and b.origin == by_uid[b.uid].origin for b in new)
        order_old = [b.uid for b in old]
        order_new = [b.uid for b in new]
        if order_old != order_new:  # the byline moved back above the headings it slipped below
            byline = new[0]
            assert byline.role is Role.BYLINE and order_new == [byline.uid, *(u for u in order_old if u != byline.uid)]
            assert order_old[-1] == byline.uid
    elif kind == "drop_doubled_word":
        assert len(old) == len(new) == 1 and new[0].uid == old[0].uid
        before, after = old[0].text, new[0].text
        cut = len(before) - len(after)
        assert cut >= 1
        assert any(
            before[start - cut : start] == before[start : start + cut]
            and after == before[:start] + before[start + cut :]
            for start in range(cut, len(before) - cut + 1)
        ), (before, after)
    elif kind == "delete":
        assert old[0].role is Role.CHROME
        assert len(new) == len(old) - 1
        assert [b.text for b in new] == [b.text for b in old[1:]]
    else:
        raise AssertionError(f"unexpected fix kind {kind}")


def _check_of(finding: Finding) -> str:
    assert finding.check in FIX_KINDS, f"{finding.check} now has a fix: say what it may change"
    assert finding.fix is not None
    if finding.check == "repeated-word":  # its fix replaces the second copy with nothing
        assert finding.fix.kind == "replace_chars"
        return FIX_KINDS[finding.check]
    assert finding.fix.kind == FIX_KINDS[finding.check]
    return finding.fix.kind


@examples(150)
@example(page=SLIPPED_BYLINE)
@example(page=DOUBLED_WORD)
@given(page=pages())
def test_each_fix_changes_only_what_it_says(page: DrawnPage) -> None:
    document = load(page)
    for finding in analyse(document):
        if finding.fix is None:
            continue
        kind = _check_of(finding)
        edit = fix_edit(document, finding)
        assert_edit_changes_only_what_it_says(kind, edit)
        undone = edit.inverse().apply(edit.apply(document))
        assert undone == document


def applied_fixes(document: Document) -> tuple[Document, list[tuple[Finding, Edit]]]:
    """What ``proofsheet fix`` does (``apply_selected_fixes``), keeping which finding made each edit."""
    applied: list[tuple[Finding, Edit]] = []
    for _ in range(MAX_PASSES):
        findings = select_fixable(analyse(document), None, 0.0)
        # batch_fix applies them in this order, skipping those that no longer fit
        ordered = sorted(findings, key=lambda f: (max(f.blocks, default=-1), min(f.blocks, default=-1)), reverse=True)
        document, batch, skipped = batch_fix(document, findings)
        if not batch.edits:
            break
        skipped_ids = {id(f) for f in skipped}
        applied += zip([f for f in ordered if id(f) not in skipped_ids], batch.edits, strict=True)
    return document, applied


@examples(100)
@example(page=SLIPPED_BYLINE)
@given(page=pages())
def test_fix_keeps_every_character_but_punctuation_width_and_deleted_chrome(page: DrawnPage) -> None:
    document = load(page)
    source = {block.origin[0]: block for block in document.blocks}
    assert all(len(block.origin) == 1 for block in document.blocks)
    fixed, applied = applied_fixes(document)
    assert fixed == apply_selected_fixes(document, None, 0.0)[0]
    moved: set[int] = set()
    for finding, edit in applied:
        assert_edit_changes_only_what_it_says(_check_of(finding), edit)
        if finding.check == "detached-byline" and [b.uid for b in edit.old] != [b.uid for b in edit.new]:
            moved.update(edit.new[0].origin)  # (the byline, moved back above the headings)
    # end to end: each block's text is its source lines' texts joined, up to punctuation width
    for block in fixed.blocks:
        assert all(o in source for o in block.origin)
        joined = "".join(source[o].text for o in block.origin)
        assert _fold_width(_nonspace(block.text)) == _fold_width(_nonspace(joined))
    kept = [o for block in fixed.blocks for o in block.origin]
    assert len(kept) == len(set(kept)), "a line appears twice"
    assert all(source[o].role is Role.CHROME for o in set(source) - set(kept)), "only page chrome is deleted"
    in_order = [o for o in kept if o not in moved]
    assert in_order == sorted(in_order), "lines reordered (other than bylines moved back)"
    # the cleaned text holds exactly the fixed page's characters (render_text moves bylines last in an article)
    assert Counter(_nonspace(render_text(fixed))) == Counter(fixed.text_signature())


def test_unbalanced_pair_and_other_reports_offer_no_fix(sample_text) -> None:
    """No automatic fix inserts a character: the checks whose repair would (a missing quote, a byline) have none."""
    document = document_from_text(sample_text.replace("”", "", 3))
    found = analyse(document)
    for check in ("unbalanced-pair", "missing-byline", "duplicate-headline"):
        reports = [f for f in found if f.check == check]
        assert reports, check
        assert all(f.fix is None for f in reports), check
