"""Word export: every exported file is read back with python-docx and compared with the engine."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm

from desktop.commands.fix import apply_selected_fixes
from desktop.export import ExportCancelled, ExportOptions, export_document, plan_export
from desktop.export.naming import make_unique, pinyin_slug
from desktop.export.styles import STYLE_SPECS, StyleKey
from desktop.export.styles import default_template as sample_template
from desktop.paths import sample_page
from desktop.proofing.checks import check_named
from desktop.proofing.model import Block, Document, Role
from desktop.proofing.pipeline import analyse, byline_of, open_document

STAMP = dt.datetime(2020, 9, 15, 21, 30, tzinfo=dt.UTC)
OPTIONS = ExportOptions(
    edition_date=dt.date(2020, 9, 16), page_number=3, page_name="要闻", paper_name="聊城日报", timestamp=STAMP
)
NAME_RE = re.compile(r"^\d{8}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.docx$")
STYLE_NAMES = {key: spec.name for key, spec in STYLE_SPECS.items()}


@pytest.fixture(scope="module")
def sample_raw() -> Document:
    return open_document(sample_page())


@pytest.fixture(scope="module")
def sample_fixed(sample_raw: Document) -> Document:
    fixed, _ = apply_selected_fixes(sample_raw, None, 0.0)
    return fixed


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory, sample_fixed: Document) -> list[Path]:
    folder = tmp_path_factory.mktemp("export")
    return export_document(sample_fixed, folder, OPTIONS, findings=analyse(sample_fixed))


def expected_article_paragraphs(document: Document, article_index: int) -> list[tuple[str, str]]:
    """(style name, text) of an article, derived from the engine's Article view only."""
    article = document.articles()[article_index]
    expected = [(STYLE_NAMES[StyleKey.HEADLINE], article.headline)] if article.headline_index is not None else []
    expected += [(STYLE_NAMES[StyleKey.SUBTITLE], document.blocks[i].text) for i in article.subtitle_indices]
    for index in article.body_indices:
        role = document.blocks[index].role
        expected.append(
            (STYLE_NAMES[StyleKey.CAPTION if role is Role.CAPTION else StyleKey.BODY], document.blocks[index].text)
        )
    if article.byline_block_text is not None:
        expected.append((STYLE_NAMES[StyleKey.BYLINE], article.byline_block_text))
    return expected


def read(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_every_article_file_holds_exactly_the_engines_article(sample_fixed: Document, sample_export: list[Path]):
    articles = sample_fixed.articles()
    article_files = sample_export[1:]
    assert len(article_files) == len(articles) == 14
    for article, path in zip(articles, article_files, strict=True):
        assert read(path) == expected_article_paragraphs(sample_fixed, article.index)


def test_the_page_file_holds_every_article_in_order(sample_fixed: Document, sample_export: list[Path]):
    expected = []
    for article in sample_fixed.articles():
        expected += expected_article_paragraphs(sample_fixed, article.index)
    assert read(sample_export[0]) == expected
    body = "".join(text for _, text in expected)
    assert "".join(sample_fixed.text_signature().split()) == "".join(body.split())


def test_file_names_are_ascii_dated_numbered_and_unique(sample_export: list[Path]):
    names = [path.name for path in sample_export]
    assert names[0] == "20200916-03-00-yao-wen.docx"
    assert names[1] == "20200916-03-01-quan-guo-zheng-wu-gong-kai-yan-tao-hui-zhao-kai.docx"
    assert all(NAME_RE.match(name) and len(name) <= 80 for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    # the two 顾官屯镇 stories share their first words but not their article number
    assert names[2].startswith("20200916-03-02-liao-cheng-gao-xin-qu-gu-guan-tun-zhen")
    assert names[3].startswith("20200916-03-03-liao-cheng-gao-xin-qu-gu-guan-tun-zhen")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("绿色生活 COVID-19 新冠", "lv-se-sheng-huo-covid-19-xin-guan"),
        ("ＡＢＣ１２３：重庆", "abc123-chong-qing"),
        ('a<b>c:"d/e\\f|g?h*', "a-b-c-d-e-f-g-h"),
        ("", "article"),
        ("《》“”！", "article"),
        ("长" * 60, "-".join(["chang"] * 8)),
    ],
)
def test_pinyin_slug_is_windows_safe_ascii(text: str, slug: str):
    assert pinyin_slug(text) == slug
    assert len(pinyin_slug(text)) <= 48


def test_make_unique_ignores_case_like_windows():
    assert make_unique(["a.docx", "A.docx", "b.docx"], taken=["B.DOCX"]) == ["a.docx", "A-2.docx", "b-2.docx"]


def test_styles_fonts_and_page_come_from_the_bundled_template(sample_export: list[Path]):
    document = docx.Document(str(sample_export[1]))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert abs(section.left_margin - Cm(3.17)) < Cm(0.01) and abs(section.top_margin - Cm(2.54)) < Cm(0.01)
    style_names = {style.name for style in document.styles}
    assert {"稿件标题", "稿件副题", "稿件正文", "稿件署名", "稿件电头"} <= style_names
    assert "Heading 1" not in style_names  # not python-docx's default template

    headline_style = document.styles["稿件标题"]
    assert headline_style.font.bold is True
    assert headline_style.font.size.pt > document.styles["稿件正文"].font.size.pt
    assert headline_style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    body_style = document.styles["稿件正文"]
    assert body_style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    indent = body_style.element.pPr.find(qn("w:ind"))
    assert indent.get(qn("w:firstLineChars")) == "200"
    assert int(indent.get(qn("w:firstLine"))) == round(2 * body_style.font.size.pt * 20)

    east_asia = {
        name: document.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
        for name in ("稿件标题", "稿件副题", "稿件正文", "稿件署名", "稿件电头")
    }
    assert east_asia == {
        "稿件标题": "SimHei",
        "稿件副题": "KaiTi",
        "稿件正文": "SimSun",
        "稿件署名": "KaiTi",
        "稿件电头": "SimHei",
    }
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "SimSun"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_every_run_names_its_east_asian_font(sample_export: list[Path]):
    document = docx.Document(str(sample_export[0]))
    style_fonts = {
        style.style_id: style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
        for style in document.styles
        if style.element.rPr is not None and style.element.rPr.find(qn("w:rFonts")) is not None
    }
    checked = 0
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if not run.text:
                continue
            fonts = run.element.rPr.find(qn("w:rFonts"))
            own_style = run.element.rPr.find(qn("w:rStyle"))
            style_id = own_style.get(qn("w:val")) if own_style is not None else paragraph.style.style_id
            assert fonts.get(qn("w:eastAsia")) == style_fonts[style_id]
            assert fonts.get(qn("w:hint")) == "eastAsia"
            assert fonts.get(qn("w:ascii"))
            checked += 1
    assert checked > 40


def test_the_font_table_gives_chinese_names_as_fallbacks(sample_export: list[Path]):
    document = docx.Document(str(sample_export[0]))
    font_part = next(p for p in document.part.package.iter_parts() if p.partname.endswith("fontTable.xml"))
    blob = font_part.blob.decode("utf-8")
    for english, chinese in (
        ("SimSun", "宋体"),
        ("SimHei", "黑体"),
        ("KaiTi", "楷体"),
        ("Microsoft YaHei", "微软雅黑"),
    ):
        assert re.search(rf'w:name="{english}"><w:altName w:val="{chinese}"/>.*?w:charset w:val="86"', blob)


def test_the_dateline_stays_inside_the_first_paragraph_with_its_own_style(sample_export: list[Path]):
    first_body = docx.Document(str(sample_export[1])).paragraphs[2]
    assert first_body.style.name == "稿件正文"
    assert first_body.runs[0].text == "本报聊城9月16日讯（记者张同建）"
    assert first_body.runs[0].style.name == "稿件电头"
    assert first_body.text.startswith("本报聊城9月16日讯（记者张同建） 9月16日，《中国政府透明度")


def test_core_properties_carry_headline_byline_time_and_edition(sample_fixed: Document, sample_export: list[Path]):
    articles = sample_fixed.articles()
    for article, path in zip(articles, sample_export[1:], strict=True):
        properties = docx.Document(str(path)).core_properties
        assert properties.title == article.headline
        assert properties.author == (byline_of(article) or "聊城日报")
        assert properties.created == STAMP
        assert properties.comments == "聊城日报 2020年9月16日 第03版 要闻"
    page = docx.Document(str(sample_export[0])).core_properties
    assert page.title == "聊城日报 2020年9月16日 第03版 要闻"
    assert "赵静 王刚" in page.author
    assert docx.Document(str(sample_export[2])).core_properties.author == "聊城日报"  # an article without byline


def test_the_running_header_names_paper_and_edition(sample_export: list[Path]):
    header = docx.Document(str(sample_export[0])).sections[0].header
    assert header.paragraphs[0].text == "聊城日报　2020年9月16日 第03版 要闻"


def test_open_findings_become_comments_on_their_paragraph(sample_fixed: Document, sample_export: list[Path]):
    findings = analyse(sample_fixed)
    assert findings
    document = docx.Document(str(sample_export[0]))
    comments = {comment.comment_id: comment for comment in document.comments}
    assert len(comments) == len(findings)
    anchored = {}
    for paragraph in document.paragraphs:
        for start in paragraph._p.findall(qn("w:commentRangeStart")):
            anchored[int(start.get(qn("w:id")))] = paragraph.text
    assert sorted(anchored) == sorted(comments)
    for comment_id, finding in zip(sorted(comments), findings, strict=True):
        comment = comments[comment_id]
        assert comment.author == "校样 Proofsheet"
        assert comment.text.startswith(finding.message)
        assert f" · {check_named(finding.check).title} · " in comment.text, "the check's title, from the registry"
        assert anchored[comment_id] == sample_fixed.blocks[finding.blocks[0]].text


def test_comments_can_be_turned_off(tmp_path: Path, sample_fixed: Document):
    options = ExportOptions(edition_date=dt.date(2020, 9, 16), comments=False, timestamp=STAMP)
    [path] = export_document(sample_fixed, tmp_path, options, findings=analyse(sample_fixed), per_article=False)
    document = docx.Document(str(path))
    assert len(list(document.comments)) == 0
    assert document.element.body.find(f".//{qn('w:commentRangeStart')}") is None


def made_page() -> Document:
    """A page in another house style: kicker, dateline on its own line, caption, chrome, byline line."""
    texts = [
        ("当前版：02版", Role.CHROME, False),
        ("引题：秋收时节", Role.SUBTITLE, True),
        ("田间地头 丰收图景", Role.HEADLINE, False),
        ("新华社北京9月16日电（记者 李明 通讯员 王芳）", Role.DATELINE, False),
        ("今年秋粮长势良好，“三夏”已过。", Role.BODY, False),
        ("图为农民在收割玉米。", Role.CAPTION, False),
        ("第二段正文，包含 Latin 与数字 2020。", Role.BODY, False),
        ("□记者 李明", Role.BYLINE, False),
        ("本报讯", Role.HEADLINE, True),
        ("本报讯", Role.DATELINE, False),
        ("短讯正文。", Role.BODY, False),
    ]
    return Document(
        tuple(
            Block(uid=i, text=text, role=role, starts_article=starts, origin=(i,))
            for i, (text, role, starts) in enumerate(texts)
        ),
        source_name="made.txt",
    )


def test_layout_of_a_page_in_another_style(tmp_path: Path):
    page = made_page()
    paths = export_document(page, tmp_path, OPTIONS)
    assert read(paths[1]) == [
        ("稿件引题", "引题：秋收时节"),
        ("稿件标题", "田间地头 丰收图景"),
        ("稿件正文", "新华社北京9月16日电（记者 李明 通讯员 王芳）"),
        ("稿件正文", "今年秋粮长势良好，“三夏”已过。"),
        ("稿件图片说明", "图为农民在收割玉米。"),
        ("稿件正文", "第二段正文，包含 Latin 与数字 2020。"),
        ("稿件署名", "□记者 李明"),
    ]
    # a dateline on a line of its own prints as the editor shows it: its own paragraph, nothing added
    assert read(paths[2]) == [("稿件标题", "本报讯"), ("稿件正文", "本报讯"), ("稿件正文", "短讯正文。")]
    page_paragraphs = read(paths[0])
    assert page_paragraphs[0] == ("版面杂项", "当前版：02版")
    assert page_paragraphs[1:] == read(paths[1]) + read(paths[2])
    lone_dateline, first_body = docx.Document(str(paths[1])).paragraphs[2:4]
    assert [run.style.name for run in lone_dateline.runs] == ["稿件电头"]
    assert [run.style.name for run in first_body.runs] == ["Default Paragraph Font"]
    assert docx.Document(str(paths[1])).core_properties.author == "李明"  # the byline line wins over the dateline


def test_text_that_xml_cannot_carry_is_shown_not_dropped(tmp_path: Path):
    page = Document((Block(0, "标题", Role.HEADLINE, True, origin=(0,)), Block(1, "甲\x0b乙\t丙\x00丁", origin=(1,))))
    [path] = export_document(page, tmp_path, OPTIONS, whole_page=False)
    assert read(path)[1] == ("稿件正文", "甲\ufffd乙\t丙\ufffd丁")


def test_plan_lists_the_files_before_writing(tmp_path: Path, sample_fixed: Document):
    plan = plan_export(sample_fixed, tmp_path, OPTIONS)
    assert [p.article for p in plan] == [None, *range(14)]
    assert not any(p.exists for p in plan)
    assert not list(tmp_path.iterdir())


def test_progress_is_reported_and_cancel_stops_between_files(tmp_path: Path):
    page = made_page()
    seen: list[tuple[int, int, str]] = []
    written = export_document(page, tmp_path, OPTIONS, progress=lambda d, t, p: seen.append((d, t, p.name)))
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert [name for _, _, name in seen] == [p.name for p in written]

    other = tmp_path / "cancelled"
    other.mkdir()
    calls = iter([False, True])
    with pytest.raises(ExportCancelled) as cancelled:
        export_document(page, other, OPTIONS, should_cancel=lambda: next(calls))
    assert len(cancelled.value.written) == 1
    assert sorted(p.name for p in other.iterdir()) == [cancelled.value.written[0].name]


def test_a_restyled_template_changes_the_export_without_code(tmp_path: Path):
    template = tmp_path / "desk.docx"
    desk = docx.Document(str(sample_template()))
    body_fonts = desk.styles["稿件正文"].element.rPr.find(qn("w:rFonts"))
    body_fonts.set(qn("w:eastAsia"), "FangSong")
    desk.styles["稿件标题"].font.size = docx.shared.Pt(26)
    desk.save(str(template))
    options = ExportOptions(edition_date=dt.date(2020, 9, 16), timestamp=STAMP, template=template)
    out = tmp_path / "out"
    out.mkdir()
    [path] = export_document(made_page(), out, options, per_article=False)
    document = docx.Document(str(path))
    assert document.styles["稿件标题"].font.size.pt == 26
    body_runs = [run for p in document.paragraphs if p.style.name == "稿件正文" for run in p.runs if run.text]
    assert body_runs
    for run in body_runs:
        own_style = run.element.rPr.find(qn("w:rStyle"))
        expected = "SimHei" if own_style is not None else "FangSong"  # the dateline keeps its character style
        assert run.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == expected


def test_the_committed_template_is_what_the_script_generates(tmp_path: Path):
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "tools" / "make_template.py"
    spec = importlib.util.spec_from_file_location("make_template", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_template(tmp_path / "proofsheet.docx")
    assert (tmp_path / "proofsheet.docx").read_bytes() == sample_template().read_bytes()


def test_a_headline_just_over_the_measure_is_tightened_not_widowed():
    from desktop.export.fitting import squeeze_twips

    assert squeeze_twips("短标题", 18, 415) == 0
    tightened = squeeze_twips("聊城开发区社保处深化措施做好医保扶贫考核迎检工作", 18, 415)  # 24 characters
    assert -0.12 * 18 * 20 <= tightened < 0
    assert squeeze_twips("长" * 30, 18, 415) == 0  # too long to pull up: it wraps as it is


def test_headline_runs_carry_the_letter_spacing(sample_export: list[Path]):
    document = docx.Document(str(sample_export[5]))  # 24-character headline
    headline = document.paragraphs[0]
    assert headline.style.name == "稿件标题"
    text_runs = [run for run in headline.runs if run.text]  # the other run is a comment reference
    assert text_runs and all(int(r.element.rPr.find(qn("w:spacing")).get(qn("w:val"))) < 0 for r in text_runs)
    assert document.paragraphs[1].runs[0].element.rPr.find(qn("w:spacing")) is None


def test_styles_are_found_by_name_when_word_renamed_their_ids(tmp_path: Path):
    template = tmp_path / "resaved.docx"
    desk = docx.Document(str(sample_template()))
    renamed = {"PSHeadline": "a5", "PSBody": "a7", "PSDateline": "a9"}
    for element in desk.styles.element.findall(qn("w:style")):
        old = element.get(qn("w:styleId"))
        if old in renamed:
            element.set(qn("w:styleId"), renamed[old])
    desk.save(str(template))
    out = tmp_path / "out"
    out.mkdir()
    options = ExportOptions(edition_date=dt.date(2020, 9, 16), timestamp=STAMP, template=template)
    paths = export_document(made_page(), out, options, whole_page=False)
    document = docx.Document(str(paths[0]))
    assert [p.style.name for p in document.paragraphs][:3] == ["稿件引题", "稿件标题", "稿件正文"]
    assert document.paragraphs[2].runs[0].style.name == "稿件电头"


def test_a_template_without_our_styles_is_refused_with_its_name(tmp_path: Path):
    from desktop.export import ExportError

    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))
    options = ExportOptions(edition_date=dt.date(2020, 9, 16), timestamp=STAMP, template=template)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="稿件") as failure:
        export_document(made_page(), out, options)
    assert "plain.docx" in str(failure.value)
    assert list(out.iterdir()) == []


def test_a_comment_quotes_the_characters_it_is_about(tmp_path: Path, sample_raw: Document):
    findings = [f for f in analyse(sample_raw) if f.check == "halfwidth-punctuation"][:1]
    assert findings and findings[0].spans
    [path] = export_document(sample_raw, tmp_path, OPTIONS, findings=findings, per_article=False)
    [comment] = list(docx.Document(str(path)).comments)
    span = findings[0].spans[0]
    offending = sample_raw.blocks[span.block].text[span.start : span.end]
    assert f"【{offending}】" in comment.text
    assert "位置：" in comment.text
