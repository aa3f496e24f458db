"""Generate the bundled Word template ``resources/templates/proofsheet.docx``.

Run ``python tools/make_template.py`` after changing ``desktop/export/styles.py``.
The template is written part by part (no python-docx default inside it): A4 with
Chinese Word's usual margins, the named styles of an exported article with their
East Asian fonts, a running header with the ``{paper}`` and ``{edition}``
placeholders that the export fills in, a page-number footer, and a specimen body
showing every style (the export replaces the body).  The desk may restyle the
file in Word or WPS; the export refers to the styles by id only.  The output is
byte-for-byte reproducible.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.export.fonts import FACES, SONG, YAHEI, FontFace
from desktop.export.styles import STYLE_SPECS, TEMPLATE_NAME, StyleKey, StyleSpec

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# A4 and Chinese Word's default margins (2.54 cm top/bottom, 3.17 cm left/right), in twips.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = 1440, 1440, 1797
HEADER_DISTANCE, FOOTER_DISTANCE = 851, 992

HEADER_PLACEHOLDER = "{paper}　{edition}"


def attr(value: str) -> str:
    return quoteattr(value)


def rfonts(face: FontFace) -> str:
    return (
        f"<w:rFonts w:ascii={attr(face.latin)} w:hAnsi={attr(face.latin)} "
        f"w:eastAsia={attr(face.east_asia)} w:cs={attr(face.latin)}/>"
    )


def half_points(size_pt: float) -> int:
    return round(size_pt * 2)


def run_properties(face: FontFace, size_pt: float, *, bold: bool = False, color: str | None = None) -> str:
    parts = [rfonts(face)]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    size = half_points(size_pt)
    parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def paragraph_properties(spec: StyleSpec) -> str:
    parts: list[str] = []
    if spec.keep_next:
        parts.append("<w:keepNext/><w:keepLines/>")
    spacing = [
        f'w:before="{round(spec.space_before_pt * 20)}"',
        f'w:after="{round(spec.space_after_pt * 20)}"',
    ]
    if spec.line_spacing:
        spacing.append(f'w:line="{round(spec.line_spacing * 240)}" w:lineRule="auto"')
    parts.append("<w:spacing " + " ".join(spacing) + "/>")
    if spec.first_line_chars:
        twips = round(spec.first_line_chars * spec.size_pt * 20)
        parts.append(f'<w:ind w:firstLineChars="{spec.first_line_chars * 100}" w:firstLine="{twips}"/>')
    else:
        parts.append('<w:ind w:firstLineChars="0" w:firstLine="0"/>')
    if spec.align:
        parts.append(f'<w:jc w:val="{spec.align}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def style_xml(spec: StyleSpec, priority: int) -> str:
    head = (
        f'<w:style w:type="{spec.kind}" w:customStyle="1" w:styleId="{spec.style_id}"><w:name w:val={attr(spec.name)}/>'
    )
    if spec.kind == "paragraph":
        following = {
            StyleKey.KICKER: STYLE_SPECS[StyleKey.HEADLINE].style_id,
            StyleKey.HEADLINE: STYLE_SPECS[StyleKey.BODY].style_id,
        }.get(spec.key, STYLE_SPECS[StyleKey.BODY].style_id)
        head += f'<w:basedOn w:val="Normal"/><w:next w:val="{following}"/>'
    else:
        head += '<w:basedOn w:val="DefaultParagraphFont"/>'
    head += f'<w:uiPriority w:val="{priority}"/><w:qFormat/>'
    body = paragraph_properties(spec) if spec.kind == "paragraph" else ""
    body += run_properties(spec.face, spec.size_pt, bold=spec.bold, color=spec.color)
    return head + body + "</w:style>"


def styles_xml() -> str:
    body_size = half_points(STYLE_SPECS[StyleKey.BODY].size_pt)
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'{rfonts(SONG)}<w:kern w:val="2"/><w:sz w:val="{body_size}"/><w:szCs w:val="{body_size}"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        # No automatic space between Chinese and Latin letters or digits: not newspaper style.
        '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    )
    builtins = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr>'
        f"{run_properties(SONG, STYLE_SPECS[StyleKey.BODY].size_pt)}</w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
        '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
        '<w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr>'
        f"{run_properties(YAHEI, 9)}</w:style>"
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
        '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
        '<w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr>'
        f"{run_properties(SONG, 9)}</w:style>"
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:jc w:val="left"/></w:pPr>'
        f"{run_properties(SONG, 10.5)}</w:style>"
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'
    )
    ours = "".join(style_xml(spec, priority) for priority, spec in enumerate(STYLE_SPECS.values(), start=1))
    return XML_HEAD + f'<w:styles xmlns:w="{W_NS}">' + defaults + builtins + ours + "</w:styles>"


def font_table_xml() -> str:
    entries = []
    for face in FACES:
        entries.append(
            f"<w:font w:name={attr(face.east_asia)}><w:altName w:val={attr(face.alt_name)}/>"
            f'<w:panose1 w:val="{face.panose}"/><w:charset w:val="86"/>'
            f'<w:family w:val="{face.family}"/><w:pitch w:val="{face.pitch}"/></w:font>'
        )
    entries.append(
        '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
        '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
        '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
        '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    )
    return XML_HEAD + f'<w:fonts xmlns:w="{W_NS}">' + "".join(entries) + "</w:fonts>"


def settings_xml() -> str:
    return (
        XML_HEAD + f'<w:settings xmlns:w="{W_NS}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def paragraph(style_id: str, text: str, *, char_style: str | None = None, lead: str = "") -> str:
    runs = ""
    if lead:
        runs += (
            f'<w:r><w:rPr><w:rStyle w:val="{char_style}"/></w:rPr><w:t xml:space="preserve">{escape(lead)}</w:t></w:r>'
        )
    runs += f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{runs}</w:p>'


def document_xml() -> str:
    ids = {key: spec.style_id for key, spec in STYLE_SPECS.items()}
    specimen = [
        "<w:p><w:r><w:t>本模板供“校样 Proofsheet”导出 Word 稿件使用。修改下列样式（字体、字号、对齐、缩进）"
        "并保存即可改变导出效果；正文内容在导出时会被稿件替换，页眉中的 {paper} 和 {edition} "
        "会被报纸名称和版次替换。</w:t></w:r></w:p>",
        paragraph(ids[StyleKey.KICKER], "稿件引题：楷体 四号 居中"),
        paragraph(ids[StyleKey.HEADLINE], "稿件标题：黑体 小二 加粗 居中"),
        paragraph(ids[StyleKey.SUBTITLE], "稿件副题：楷体 三号 居中"),
        paragraph(
            ids[StyleKey.BODY],
            "稿件正文：宋体 小四，首行缩进两字，两端对齐，1.5 倍行距。段首的电头使用字符样式“稿件电头”。",
            char_style=ids[StyleKey.DATELINE],
            lead="本报讯（记者 某某）",
        ),
        paragraph(ids[StyleKey.CAPTION], "稿件图片说明：楷体 五号。"),
        paragraph(ids[StyleKey.BYLINE], "（稿件署名：楷体 小四 右对齐）"),
        paragraph(ids[StyleKey.CHROME], "版面杂项：原版面上不属于任何稿件的文字。"),
    ]
    section = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        f'<w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_SIDE}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_SIDE}" w:header="{HEADER_DISTANCE}" w:footer="{FOOTER_DISTANCE}" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>'
    )
    return (
        XML_HEAD
        + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        + "".join(specimen)
        + section
        + "</w:body></w:document>"
    )


def header_xml() -> str:
    return (
        XML_HEAD + f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{escape(HEADER_PLACEHOLDER)}</w:t></w:r></w:p></w:hdr>'
    )


def field(instruction: str) -> str:
    return f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def footer_xml() -> str:
    return (
        XML_HEAD + f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">第 </w:t></w:r>{field("PAGE")}'
        f'<w:r><w:t xml:space="preserve"> 页 / 共 </w:t></w:r>{field("NUMPAGES")}'
        '<w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>'
    )


def content_types_xml() -> str:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{main}.document.main+xml",
        "/word/styles.xml": f"{main}.styles+xml",
        "/word/settings.xml": f"{main}.settings+xml",
        "/word/fontTable.xml": f"{main}.fontTable+xml",
        "/word/header1.xml": f"{main}.header+xml",
        "/word/footer1.xml": f"{main}.footer+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides.items())
        + "</Types>"
    )


def relationships(rels: list[tuple[str, str, str]]) -> str:
    return (
        XML_HEAD
        + f'<Relationships xmlns="{REL_NS}">'
        + "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels)
        + "</Relationships>"
    )


def core_xml() -> str:
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>校样 Proofsheet 稿件模板</dc:title><dc:creator>校样 Proofsheet</dc:creator>"
        "<dc:language>zh-CN</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def app_xml() -> str:
    return (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Proofsheet</Application></Properties>"
    )


def parts() -> dict[str, str]:
    package_rels = [
        ("rId1", f"{OFFICE_REL}/officeDocument", "word/document.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        ("rId3", f"{OFFICE_REL}/extended-properties", "docProps/app.xml"),
    ]
    document_rels = [
        ("rIdStyles", f"{OFFICE_REL}/styles", "styles.xml"),
        ("rIdSettings", f"{OFFICE_REL}/settings", "settings.xml"),
        ("rIdFonts", f"{OFFICE_REL}/fontTable", "fontTable.xml"),
        ("rIdHeader", f"{OFFICE_REL}/header", "header1.xml"),
        ("rIdFooter", f"{OFFICE_REL}/footer", "footer1.xml"),
    ]
    return {
        "[Content_Types].xml": content_types_xml(),
        "_rels/.rels": relationships(package_rels),
        "docProps/core.xml": core_xml(),
        "docProps/app.xml": app_xml(),
        "word/_rels/document.xml.rels": relationships(document_rels),
        "word/document.xml": document_xml(),
        "word/styles.xml": styles_xml(),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(),
        "word/header1.xml": header_xml(),
        "word/footer1.xml": footer_xml(),
    }


def write_template(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts().items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "resources" / "templates" / TEMPLATE_NAME
    write_template(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
