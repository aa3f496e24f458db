"""The named styles of an exported article and their initial look.

The look lives in the bundled template (``resources/templates/proofsheet.docx``,
generated from these specs by ``tools/make_template.py``); the export only refers
to styles by id, so the desk can restyle the template in Word without code.
Style names are Chinese and prefixed with 稿件 so they never collide with the
localised names of Word's built-in styles (标题 is Word's "Title").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.export.fonts import HEI, KAI, SONG, YAHEI, FontFace
from desktop.paths import resource


class StyleKey(StrEnum):
    HEADLINE = "headline"
    KICKER = "kicker"
    SUBTITLE = "subtitle"
    BODY = "body"
    INTERTITLE = "intertitle"  # 小标题 inside the body
    BYLINE = "byline"
    CAPTION = "caption"
    CHROME = "chrome"
    DATELINE = "dateline"  # character style inside the first paragraph


@dataclass(frozen=True, slots=True)
class StyleSpec:
    key: StyleKey
    style_id: str
    name: str
    face: FontFace
    size_pt: float
    kind: str = "paragraph"
    bold: bool = False
    align: str | None = None
    first_line_chars: int = 0
    space_before_pt: float = 0
    space_after_pt: float = 0
    line_spacing: float | None = None
    keep_next: bool = False
    color: str | None = None


BODY_SIZE_PT = 12.0

STYLE_SPECS: dict[StyleKey, StyleSpec] = {
    spec.key: spec
    for spec in (
        StyleSpec(StyleKey.KICKER, "PSKicker", "稿件引题", KAI, 14, align="center", space_before_pt=18, keep_next=True),
        StyleSpec(
            StyleKey.HEADLINE,
            "PSHeadline",
            "稿件标题",
            HEI,
            18,
            bold=True,
            align="center",
            space_before_pt=24,
            space_after_pt=6,
            line_spacing=1.15,
            keep_next=True,
        ),
        StyleSpec(
            StyleKey.SUBTITLE, "PSSubtitle", "稿件副题", KAI, 16, align="center", space_after_pt=12, keep_next=True
        ),
        StyleSpec(
            StyleKey.BODY, "PSBody", "稿件正文", SONG, BODY_SIZE_PT, align="both", first_line_chars=2, line_spacing=1.5
        ),
        StyleSpec(
            StyleKey.INTERTITLE,
            "PSIntertitle",
            "稿件小标题",
            HEI,
            BODY_SIZE_PT,
            bold=True,
            align="center",
            space_before_pt=6,
            space_after_pt=3,
            line_spacing=1.5,
            keep_next=True,
        ),
        StyleSpec(
            StyleKey.BYLINE,
            "PSByline",
            "稿件署名",
            KAI,
            BODY_SIZE_PT,
            align="right",
            space_before_pt=6,
            space_after_pt=12,
        ),
        StyleSpec(
            StyleKey.CAPTION,
            "PSCaption",
            "稿件图片说明",
            KAI,
            10.5,
            align="both",
            space_before_pt=3,
            space_after_pt=3,
            line_spacing=1.25,
        ),
        StyleSpec(
            StyleKey.CHROME, "PSChrome", "版面杂项", YAHEI, 9, space_before_pt=3, space_after_pt=3, color="7F7F7F"
        ),
        StyleSpec(StyleKey.DATELINE, "PSDateline", "稿件电头", HEI, BODY_SIZE_PT, kind="character"),
    )
}

TEMPLATE_NAME = "proofsheet.docx"


def default_template() -> Path:
    return resource("templates", TEMPLATE_NAME)


def style_id(key: StyleKey) -> str:
    return STYLE_SPECS[key].style_id
