"""Open findings as Word comments, anchored on the paragraph they concern."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from docx.comments import Comment
from docx.document import Document as DocxDocument
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from lxml import etree

from desktop.export.compose import xml_safe
from desktop.proofing.checks import check_named
from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Document
from desktop.proofing.wording import ENGLISH, check_title, render

COMMENT_AUTHOR = "校样 Proofsheet"
COMMENT_INITIALS = "校样"
_SEVERITY_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
_SEVERITY_LABEL_EN = {"error": "Error", "warning": "Warning", "info": "Note"}


MAX_PLACES = 3
CONTEXT = 8


def comment_text(finding: Finding, document: Document | None = None, language: str = "zh") -> str:
    """Message, evidence, where exactly (the characters in 【】 with some context), check and confidence.

    In the editor's ``language``: Chinese, or English (the page's own words stay as they are).
    """
    english = language == ENGLISH
    lines = [render(finding.message, language)]
    if finding.evidence:
        lines.append(("Evidence: " if english else "依据：") + render(finding.evidence, language))
    if document is not None and finding.spans:
        places = [_place(document, span) for span in finding.spans[:MAX_PLACES]]
        more = ("…" if english else "等") if len(finding.spans) > MAX_PLACES else ""
        where = "; " if english else "；"
        lines.append(("Where: " if english else "位置：") + where.join(place for place in places if place) + more)
    labels = _SEVERITY_LABEL_EN if english else _SEVERITY_LABEL
    severity = labels.get(finding.severity.value, finding.severity.value)
    check = check_named(finding.check)
    # (never the check's internal name)
    title = check_title(check.title, language) if check else ("Other" if english else "其他问题")
    confidence = "confidence" if english else "可信度"
    lines.append(f"{severity} · {title} · {confidence} {finding.confidence:.0%}")
    return "\n".join(lines)


def _place(document: Document, span: Span) -> str:
    if not 0 <= span.block < len(document.blocks):
        return ""
    text = document.blocks[span.block].text
    start, end = max(0, span.start), min(len(text), span.end)
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    lead = "…" if start > CONTEXT else ""
    tail = "…" if end + CONTEXT < len(text) else ""
    return f"{lead}{before}【{text[start:end]}】{after}{tail}"


def anchor_paragraph(
    finding: Finding,
    paragraph_of_block: Mapping[int, int],
    first_paragraph_of_article: Mapping[int, int],
) -> int | None:
    """The laid-out paragraph a finding belongs on in this file, or None when it concerns another file."""
    for block in finding.blocks:
        if block in paragraph_of_block:
            return paragraph_of_block[block]
    if not finding.blocks and finding.article is not None:
        return first_paragraph_of_article.get(finding.article)
    return None


def add_comments(
    document: DocxDocument,
    findings: Sequence[Finding],
    word_paragraphs: Sequence[etree._Element],
    shown_index: Sequence[int | None],
    paragraph_of_block: Mapping[int, int],
    first_paragraph_of_article: Mapping[int, int],
    page: Document | None = None,
    language: str = "zh",
) -> int:
    """Add one comment per finding that concerns this file; return how many were added.

    ``shown_index[w]`` is the laid-out paragraph that Word paragraph ``w`` shows;
    a comment spans every Word paragraph of its laid-out paragraph (several, when
    tracked changes split it at deleted paragraph marks).
    """
    spans: dict[int, tuple[int, int]] = {}
    for position, shown in enumerate(shown_index):
        if shown is not None:
            first, _ = spans.get(shown, (position, position))
            spans[shown] = (first, position)
    added = 0
    writer = CommentWriter(document)
    for finding in findings:
        target = anchor_paragraph(finding, paragraph_of_block, first_paragraph_of_article)
        if target is None or target not in spans:
            continue
        comment_id = writer.add(xml_safe(comment_text(finding, page, language)), COMMENT_AUTHOR, COMMENT_INITIALS)
        first, last = spans[target]
        _mark_range(word_paragraphs[first], word_paragraphs[last], comment_id)
        added += 1
    return added


class CommentWriter:
    """Adds comments to a document, numbering them with a counter.

    python-docx's ``Comments.add_comment`` scans every id already in the file to number
    each new comment: quadratic, 4,000 comments took 17.6 s and a big page's whole-page
    export (tens of thousands of findings) ran for minutes (found by bench/soak.py).  The
    comment is built exactly as python-docx builds it, with the next number of our own.
    """

    def __init__(self, document: DocxDocument) -> None:
        comments = document.comments
        # (python-docx offers no public way to add a comment with a given id)
        self._element = comments._comments_elm
        self._part = comments._comments_part
        self._next_id = max((int(i) for i in self._element.xpath("./w:comment/@w:id")), default=-1) + 1

    def add(self, text: str, author: str, initials: str) -> int:
        element = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{self._next_id}" w:author="">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
            "</w:comment>"
        )
        element.author = author
        element.initials = initials
        element.date = dt.datetime.now(dt.UTC)
        self._element.append(element)
        self._next_id += 1
        comment = Comment(element, self._part)
        first, *more = text.split("\n")
        comment.paragraphs[0].add_run(first)
        for paragraph in more:
            comment.add_paragraph(text=paragraph)
        return comment.comment_id


def _mark_range(first: etree._Element, last: etree._Element, comment_id: int) -> None:
    start = etree.Element(qn("w:commentRangeStart"))
    start.set(qn("w:id"), str(comment_id))
    properties = first.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        first.insert(0, start)
    end = etree.SubElement(last, qn("w:commentRangeEnd"))
    end.set(qn("w:id"), str(comment_id))
    reference = etree.SubElement(last, qn("w:r"))
    reference_properties = etree.SubElement(reference, qn("w:rPr"))
    etree.SubElement(reference_properties, qn("w:rStyle")).set(qn("w:val"), "CommentReference")
    etree.SubElement(reference, qn("w:commentReference")).set(qn("w:id"), str(comment_id))
