"""Re-analysis after one edit (``incremental.reanalyse``) gives exactly the findings of a full analysis.

Random single edits of every kind the editor can make (typing, splitting and joining
paragraphs, changing a role, deleting or inserting a paragraph, setting a headline or
a byline, splitting and merging articles) on the sample page and on pages laid out
in other papers' styles (indentation, blank lines between paragraphs, single
newlines, trailing bylines): incremental == full, in the same order.
"""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout_pages import PAPERS, column_wrap, decoded_text, lay_out, sparse_breaks

from desktop.paths import sample_page
from desktop.proofing import edits
from desktop.proofing.edits import Edit, EditConflict
from desktop.proofing.findings import Finding
from desktop.proofing.incremental import apply_delta, changed_range, reanalyse, reanalysis_delta
from desktop.proofing.model import Document, Role
from desktop.proofing.pipeline import analyse, document_from_text, open_document

INSERTIONS = ("，", ",", "的", "。", "“", "）", "(记者 王刚)", "本报讯（记者 赵静）", "\u3000")
EDIT_KINDS = ("type", "type", "type", "delete_text", "split", "join", "role", "delete", "insert")
EDIT_KINDS += ("headline", "byline", "split_article", "merge_article")
LAYOUT_PAPERS = ("evening-indent", "mixed-dateline", "county-gbk-trailing")


@cache
def page(name: str) -> tuple[Document, tuple[Finding, ...]]:
    if name == "sample":
        document = open_document(sample_page())
    else:
        paper = next(p for p in PAPERS if p.name == name)
        splitter = column_wrap(64, True) if paper.separator.startswith("mixed") else sparse_breaks(7)
        document = document_from_text(decoded_text(lay_out(paper, splitter, name)))
    return document, analyse(document)


@st.composite
def single_edit(draw: st.DrawFn, document: Document) -> Edit:
    index = draw(st.integers(0, len(document.blocks) - 1))
    text = document.blocks[index].text
    kind = draw(st.sampled_from(EDIT_KINDS))
    articles = document.articles()
    article = draw(st.integers(0, len(articles) - 1))
    if kind == "type":
        offset = draw(st.integers(0, len(text)))
        insertion = draw(st.sampled_from(INSERTIONS))
        return edits.set_text(document, index, text[:offset] + insertion + text[offset:])
    if kind == "delete_text":
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return edits.set_text(document, index, text[:start] + text[end:] or "。")
    if kind == "split":
        return edits.split_block(document, index, draw(st.integers(1, max(len(text) - 1, 1))))
    if kind == "join":
        return edits.join_blocks(document, min(index, len(document.blocks) - 2))
    if kind == "role":
        return edits.set_role(document, index, draw(st.sampled_from(list(Role))))
    if kind == "delete":
        return edits.delete_block(document, index)
    if kind == "insert":
        return edits.insert_block(
            document,
            index,
            draw(st.sampled_from(["新的一段。", "（宋瑜）", "小标题"])),
            draw(st.sampled_from(list(Role))),
        )
    if kind == "headline":
        return edits.set_headline(document, article, draw(st.sampled_from(["新标题", articles[0].headline])))
    if kind == "byline":
        return edits.set_byline(document, article, "赵静 王刚")
    if kind == "split_article":
        return edits.split_article(document, index)
    return edits.merge_article_with_next(document, min(article, len(articles) - 2))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), name=st.sampled_from(("sample", *LAYOUT_PAPERS)))
def test_one_edit_reanalysed_equals_full_analysis(data: st.DataObject, name: str) -> None:
    document, findings = page(name)
    try:
        edit = data.draw(single_edit(document))
        edited = edit.apply(document)
    except (EditConflict, IndexError, ValueError):
        return  # (an edit the editor cannot make there)
    assert reanalyse(document, findings, edited) == analyse(edited)
    CHECKED.append(name)


CHECKED: list[str] = []


def test_typing_rechecks_a_few_articles_and_sends_back_only_their_findings() -> None:
    document, findings = page("sample")
    article = document.articles()[6]
    index = article.body_indices[1]
    text = document.blocks[index].text
    edited = edits.set_text(document, index, text[:4] + "," + text[4:]).apply(document)
    delta = reanalysis_delta(document, edited)
    assert not delta.full
    assert delta.kept_checks == ("duplicate-headline", "archive-duplicate"), "the headlines did not change"
    low, high = delta.new_range
    owners = edited.article_of_block()
    assert {owners[i] for i in range(low, high)} - {None} == {5, 6, 7}, "the typed article and its neighbours"
    assert all(low <= min(f.blocks) and max(f.blocks) < high for f in delta.fresh)
    assert len(delta.fresh) < len(findings) / 4
    assert apply_delta(findings, delta) == analyse(edited)


def test_a_split_article_renumbers_the_articles_after_it() -> None:
    document, findings = page("sample")
    split_at = document.articles()[3].body_indices[2]
    edited = edits.split_article(document, split_at).apply(document)
    result = reanalyse(document, findings, edited)
    assert result == analyse(edited)
    last = [f for f in result if f.article == len(edited.articles()) - 1]
    assert last, "the last article's findings carry its new number"


def test_changed_range_of_identical_and_edited_pages() -> None:
    document, _ = page("sample")
    assert changed_range(document.blocks, document.blocks) is None
    edited = edits.join_blocks(document, 10).apply(document)
    assert changed_range(document.blocks, edited.blocks) == (10, 11)
