"""Reading an exported file back: the text Word would show with revisions accepted or rejected.

Used by the tests and the self-test to prove that a file says what the engine
meant, independently of how it was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree


class View(StrEnum):
    ACCEPTED = "accepted"  # every revision accepted: the edited page
    REJECTED = "rejected"  # every revision rejected: the page as loaded


@dataclass(frozen=True, slots=True)
class ReadParagraph:
    style_id: str
    text: str


_INS, _DEL = qn("w:ins"), qn("w:del")
_T, _DEL_T, _TAB, _BR = qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br")


def read_paragraphs(path: Path | str, view: View = View.ACCEPTED) -> list[ReadParagraph]:
    body = docx.Document(str(path)).element.body
    return paragraphs_of(body, view)


def paragraphs_of(body: etree._Element, view: View) -> list[ReadParagraph]:
    result: list[ReadParagraph] = []
    pending = ""
    for paragraph in body.iter(qn("w:p")):
        pending += _text(paragraph, view)
        mark = _mark_change(paragraph)
        if (mark == _DEL and view is View.ACCEPTED) or (mark == _INS and view is View.REJECTED):
            continue  # the mark goes away: this paragraph runs on into the next
        result.append(ReadParagraph(_style(paragraph, view), pending))
        pending = ""
    return result


def _text(paragraph: etree._Element, view: View) -> str:
    pieces: list[str] = []
    for element in paragraph.iter(_T, _DEL_T, _TAB, _BR):
        inside = {ancestor.tag for ancestor in element.iterancestors() if ancestor is not paragraph}
        if _INS in inside and view is View.REJECTED:
            continue
        if _DEL in inside and view is View.ACCEPTED:
            continue
        if element.tag in (_T, _DEL_T):
            pieces.append(element.text or "")
        else:
            pieces.append("\t" if element.tag == _TAB else "\n")
    return "".join(pieces)


def _mark_change(paragraph: etree._Element) -> str | None:
    marks = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    if marks is None:
        return None
    for tag in (_INS, _DEL):
        if marks.find(tag) is not None:
            return tag
    return None


def _style(paragraph: etree._Element, view: View) -> str:
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        return ""
    if view is View.REJECTED:
        old = properties.find(f"{qn('w:pPrChange')}/{qn('w:pPr')}/{qn('w:pStyle')}")
        if old is not None:
            return old.get(qn("w:val"), "")
    style = properties.find(qn("w:pStyle"))
    return style.get(qn("w:val"), "") if style is not None else ""
