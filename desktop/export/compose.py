"""Writing laid-out paragraphs into the body of a Word document as OOXML.

python-docx has no API for revisions, so paragraphs are built as elements here:
each run names its fonts (Latin and East Asian, copied from its style in the
template, so text pasted into another document keeps its Chinese face), inserted
and deleted text is wrapped in ``w:ins``/``w:del`` with author and date, and a
paragraph mark that an edit added or removed carries ``w:ins``/``w:del`` in its
``w:pPr/w:rPr``.  A paragraph whose style the editor changed records the old
style in ``w:pPrChange``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from desktop.export.errors import ExportError
from desktop.export.fonts import RunFonts, read_rfonts, rfonts_element
from desktop.export.revisions import Change, Piece, WordParagraph
from desktop.export.styles import STYLE_SPECS, StyleKey

# Characters XML 1.0 cannot carry; shown as U+FFFD so the editor sees something was there.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("([\t\n])")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry shown as U+FFFD (Word would refuse the file)."""
    return _NOT_XML.sub("\ufffd", text)


# Revision ids share the ``w:id`` space with comment ids, which python-docx numbers from 0.
FIRST_REVISION_ID = 100_000
# Styles a template may lack (one made before they existed): what prints in their place.
_OPTIONAL_STYLES = {StyleKey.INTERTITLE: StyleKey.BODY}


@dataclass(slots=True)
class RevisionStamp:
    author: str
    date: dt.datetime
    next_id: int = FIRST_REVISION_ID

    def mark(self, element: etree._Element) -> etree._Element:
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        self.next_id += 1
        return element


@dataclass(slots=True)
class TemplateStyles:
    """Our styles as the template actually used defines them: their ids and resolved fonts.

    A style is found by id, or by its name when Word gave it another id on saving
    a restyled template; a template that lacks one of them is refused.
    """

    ids: dict[StyleKey, str] = field(default_factory=dict)
    fonts: dict[StyleKey, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: DocxDocument, template: Path) -> TemplateStyles:
        styles_element = document.styles.element
        defaults = read_rfonts(
            styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
        )
        elements = styles_element.findall(qn("w:style"))
        by_id = {s.get(qn("w:styleId")): s for s in elements}
        by_name = {}
        for element in elements:
            name = element.find(qn("w:name"))
            if name is not None:
                by_name.setdefault(name.get(qn("w:val")), element.get(qn("w:styleId")))
        result = cls()
        for key, spec in STYLE_SPECS.items():
            style_id = spec.style_id if spec.style_id in by_id else by_name.get(spec.name)
            if style_id is None and key in _OPTIONAL_STYLES:  # a desk's template made before the style existed
                style_id = result.ids[_OPTIONAL_STYLES[key]]
            if style_id is None:
                raise ExportError(template, f"Word 模板里缺少样式“{spec.name}”。")
            result.ids[key] = style_id
            own = _style_fonts(by_id, style_id)
            result.fonts[key] = own if spec.kind == "character" else {**defaults, **own}
        return result

    def style_id(self, key: StyleKey) -> str:
        return self.ids[key]

    def for_run(self, paragraph_style: StyleKey, char_style: StyleKey | None) -> RunFonts:
        fonts = dict(self.fonts[paragraph_style])
        if char_style is not None:
            fonts.update(self.fonts[char_style])  # a character style overrides only what it sets
        spec = STYLE_SPECS[char_style or paragraph_style]
        return RunFonts(
            fonts.get("ascii", spec.face.latin),
            fonts.get("h_ansi", spec.face.latin),
            fonts.get("east_asia", spec.face.east_asia),
        )


def _style_fonts(by_id: dict[str | None, etree._Element], style_id: str) -> dict[str, str]:
    """Fonts from a style and the styles it is based on (nearest wins)."""
    chain: list[dict[str, str]] = []
    seen: set[str] = set()
    current: str | None = style_id
    while current and current not in seen and current in by_id:
        seen.add(current)
        element = by_id[current]
        chain.append(read_rfonts(element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")))
        based = element.find(qn("w:basedOn"))
        current = based.get(qn("w:val")) if based is not None else None
    merged: dict[str, str] = {}
    for fonts in reversed(chain):
        merged.update(fonts)
    return merged


def clear_body(document: DocxDocument) -> etree._Element:
    """Remove the template's specimen content, keeping the section properties; return the body."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return body


def append_paragraphs(
    document: DocxDocument,
    paragraphs: Sequence[WordParagraph],
    styles: TemplateStyles,
    stamp: RevisionStamp,
    letter_spacing: Sequence[int] | None = None,
) -> list[etree._Element]:
    """Append ``paragraphs``; ``letter_spacing[i]`` (twips, 0 for none) tightens paragraph i's runs."""
    body = document.element.body
    section = body.find(qn("w:sectPr"))
    elements = []
    for position, paragraph in enumerate(paragraphs):
        spacing = letter_spacing[position] if letter_spacing is not None else 0
        element = paragraph_element(paragraph, styles, stamp, spacing)
        if section is not None:
            section.addprevious(element)
        else:
            body.append(element)
        elements.append(element)
    return elements


def paragraph_element(
    paragraph: WordParagraph, styles: TemplateStyles, stamp: RevisionStamp, letter_spacing: int = 0
) -> etree._Element:
    p = etree.Element(qn("w:p"))
    properties = etree.SubElement(p, qn("w:pPr"))
    etree.SubElement(properties, qn("w:pStyle")).set(qn("w:val"), styles.style_id(paragraph.style))
    if paragraph.mark is not Change.EQUAL:
        mark_properties = etree.SubElement(properties, qn("w:rPr"))
        tag = "w:ins" if paragraph.mark is Change.INSERT else "w:del"
        stamp.mark(etree.SubElement(mark_properties, qn(tag)))
    if paragraph.old_style is not None:
        change = stamp.mark(etree.SubElement(properties, qn("w:pPrChange")))
        old = etree.SubElement(change, qn("w:pPr"))
        etree.SubElement(old, qn("w:pStyle")).set(qn("w:val"), styles.style_id(paragraph.old_style))
    for piece in paragraph.pieces:
        if not piece.text:
            continue
        run = _run(piece, styles, paragraph.style, letter_spacing)
        if piece.change is Change.EQUAL:
            p.append(run)
            continue
        wrapper = stamp.mark(etree.SubElement(p, qn("w:ins" if piece.change is Change.INSERT else "w:del")))
        wrapper.append(run)
    return p


def _run(piece: Piece, styles: TemplateStyles, paragraph_style: StyleKey, letter_spacing: int) -> etree._Element:
    run = etree.Element(qn("w:r"))
    properties = etree.SubElement(run, qn("w:rPr"))
    if piece.char_style is not None:
        etree.SubElement(properties, qn("w:rStyle")).set(qn("w:val"), styles.style_id(piece.char_style))
    properties.append(rfonts_element(styles.for_run(paragraph_style, piece.char_style)))
    if letter_spacing:
        etree.SubElement(properties, qn("w:spacing")).set(qn("w:val"), str(letter_spacing))
    text_tag = qn("w:delText" if piece.change is Change.DELETE else "w:t")
    for part in _BREAKS.split(xml_safe(piece.text)):
        if not part:
            continue
        if part == "\t":
            etree.SubElement(run, qn("w:tab"))
        elif part == "\n":
            etree.SubElement(run, qn("w:br"))
        else:
            text = etree.SubElement(run, text_tag)
            text.text = part
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run
