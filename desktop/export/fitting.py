"""Keeping a headline's last line from holding one or two lonely characters.

A headline a little longer than the measure would wrap and leave a character or
two on a line of their own, which no layout editor accepts.  Typesetters pull
such a line up by tightening the letter-spacing slightly; this does the same
with a run's ``w:spacing``, computed from the heading style's size and the text
width of the template actually used, and never tighter than ``MAX_SQUEEZE`` of
an em.  Longer headlines wrap as they are.
"""

from __future__ import annotations

import math
import unicodedata

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

MAX_SQUEEZE = 0.12  # of an em
SAFETY = 1.02  # full-width punctuation and rounding in Word's own line breaker
_NARROW_EM = 0.55  # Latin letters and digits in a CJK headline face


def text_ems(text: str) -> float:
    # ambiguous characters (curly quotes, dashes) are set full-width: runs carry w:hint="eastAsia"
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else _NARROW_EM for ch in text)


def squeeze_twips(text: str, size_pt: float, line_width_pt: float) -> int:
    """The negative letter-spacing (twentieths of a point) that saves a line, or 0."""
    if not text or size_pt <= 0 or line_width_pt <= 0:
        return 0
    width = text_ems(text) * size_pt * SAFETY
    if width <= line_width_pt:
        return 0
    lines = math.ceil(width / line_width_pt)
    excess = width - (lines - 1) * line_width_pt
    per_character = excess / len(text)
    if per_character > MAX_SQUEEZE * size_pt:
        return 0
    return -math.ceil(per_character * 20)


def text_width_pt(document: DocxDocument) -> float:
    section = document.sections[-1]
    if section.page_width is None:
        return 0.0
    return (section.page_width - (section.left_margin or 0) - (section.right_margin or 0)) / 12700


def style_size_pt(document: DocxDocument, style_id: str) -> float:
    """Font size of a paragraph style, following ``basedOn`` down to the document defaults."""
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    seen: set[str] = set()
    current: str | None = style_id
    while current and current in by_id and current not in seen:
        seen.add(current)
        size = by_id[current].find(f"{qn('w:rPr')}/{qn('w:sz')}")
        if size is not None:
            return int(size.get(qn("w:val"))) / 2
        based = by_id[current].find(qn("w:basedOn"))
        current = based.get(qn("w:val")) if based is not None else None
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    return int(default.get(qn("w:val"))) / 2 if default is not None else 10.0
