"""East Asian fonts: the faces the template names, and how a run declares them.

Word picks the font of each character by script: ``w:ascii``/``w:hAnsi`` for
Latin, ``w:eastAsia`` for Chinese.  A run that only names a Latin font shows its
Chinese text in whatever the reader's default is, which is why every style and
every run here names its East Asian face explicitly.  Curly quotes and dashes are
ambiguous between the scripts; ``w:hint="eastAsia"`` makes Word set them as
full-width Chinese punctuation.  The font table gives each Chinese face its
Chinese name (``w:altName``) plus panose/charset, which Word and WPS use to find
a substitute on a machine that lacks the face.  The English family names are the
primary ones because every consumer knows them: Word and WPS on Chinese Windows
resolve ``SimSun`` and ``宋体`` to the same font, while LibreOffice, macOS and
fontconfig only map the English names to their CJK substitutes.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree


@dataclass(frozen=True, slots=True)
class FontFace:
    east_asia: str
    alt_name: str
    latin: str
    panose: str
    family: str
    pitch: str


SONG = FontFace("SimSun", "宋体", "Times New Roman", "02010600030101010101", "auto", "variable")
HEI = FontFace("SimHei", "黑体", "Arial", "02010609060101010101", "modern", "fixed")
KAI = FontFace("KaiTi", "楷体", "Times New Roman", "02010609060101010101", "modern", "fixed")
YAHEI = FontFace("Microsoft YaHei", "微软雅黑", "Microsoft YaHei", "020B0503020204020204", "swiss", "variable")

FACES: tuple[FontFace, ...] = (SONG, HEI, KAI, YAHEI)

GB2312_CHARSET = "86"


@dataclass(frozen=True, slots=True)
class RunFonts:
    """The three font slots of ``w:rFonts`` that matter for Chinese text."""

    ascii: str
    h_ansi: str
    east_asia: str

    @classmethod
    def of_face(cls, face: FontFace) -> RunFonts:
        return cls(face.latin, face.latin, face.east_asia)


def rfonts_element(fonts: RunFonts, *, hint: bool = True) -> etree._Element:
    element = etree.Element(qn("w:rFonts"))
    element.set(qn("w:ascii"), fonts.ascii)
    element.set(qn("w:hAnsi"), fonts.h_ansi)
    element.set(qn("w:eastAsia"), fonts.east_asia)
    if hint:
        element.set(qn("w:hint"), "eastAsia")
    return element


def read_rfonts(element: etree._Element | None) -> dict[str, str]:
    """The font attributes set on an ``w:rFonts`` element (theme references excluded)."""
    if element is None:
        return {}
    names = {"ascii": "w:ascii", "h_ansi": "w:hAnsi", "east_asia": "w:eastAsia"}
    return {key: element.get(qn(attr)) for key, attr in names.items() if element.get(qn(attr))}
