"""The house byline style: each article's credit printed one way, whatever form the page gave it (.docx read back)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from desktop.export import ExportOptions, export_document
from desktop.export.byline_style import BylinePlace, BylineStyle
from desktop.proofing import edits
from desktop.proofing.model import Role
from desktop.proofing.pipeline import document_from_text

PAGE = (
    "青禾县秋收忙\n\n近日，青禾县的农民们在田间忙着收割，今年的收成比去年好。\n\n（记者 林可舟）\n\n"
    "青禾县又有新路\n\n近日，青禾县修好了一条新路，村民出行更方便了。（苗若溪）\n\n"
    "青禾县的新学校\n\n本报讯（记者 韩松岭）近日，青禾县的新学校开学了，孩子们很高兴。\n\n"
    "青禾县新桥通车\n\n近日，青禾县的新桥通车了。桥长三百米，连起了两个村子。\n\n记者 伍柏舟\n"
)


def _page_paragraphs(tmp_path: Path, style: BylineStyle) -> list[tuple[str, str, str | None]]:
    document = document_from_text(PAGE)
    assert [a.headline for a in document.articles()] == [
        "青禾县秋收忙",
        "青禾县又有新路",
        "青禾县的新学校",
        "青禾县新桥通车",
    ]
    # the first story's credit is its byline line (as the editor set it); the last's a credit line closing the text
    credit = next(i for i, b in enumerate(document.blocks) if b.text == "（记者 林可舟）")
    document = edits.set_role(document, credit, Role.BYLINE).apply(document)
    assert document.blocks[-1].role is not Role.BYLINE
    options = ExportOptions(
        edition_date=dt.date(2026, 3, 5), page_number=4, comments=False, byline_style=style, overwrite=True
    )
    [path] = export_document(document, tmp_path, options, per_article=False, whole_page=True)
    result = []
    for paragraph in docx.Document(str(path)).paragraphs:
        align = paragraph.paragraph_format.alignment
        result.append((paragraph.text, paragraph.style.name, None if align is None else align.name))
    return result


def test_as_the_page_has_it_by_default(tmp_path: Path):
    texts = [text for text, _, _ in _page_paragraphs(tmp_path, BylineStyle())]
    assert "（记者 林可舟）" in texts
    assert "近日，青禾县修好了一条新路，村民出行更方便了。（苗若溪）" in texts


def test_right_aligned_without_brackets_for_every_form(tmp_path: Path):
    paragraphs = _page_paragraphs(tmp_path, BylineStyle(BylinePlace.RIGHT, brackets=False))
    texts = [text for text, _, _ in paragraphs]
    assert texts[texts.index("近日，青禾县的农民们在田间忙着收割，今年的收成比去年好。") + 1] == "记者 林可舟"
    assert texts[texts.index("近日，青禾县修好了一条新路，村民出行更方便了。") + 1] == "苗若溪"
    assert texts[-1] == "记者 伍柏舟"
    bylines = [(text, style) for text, style, _ in paragraphs if text in ("记者 林可舟", "苗若溪")]
    assert [style for _, style in bylines] == ["稿件署名", "稿件署名"]  # right-aligned by the template's style
    # a credit inside the dateline belongs to the dateline
    assert "本报讯（记者 韩松岭）近日，青禾县的新学校开学了，孩子们很高兴。" in texts


def test_end_brackets_for_every_form(tmp_path: Path):
    texts = [text for text, _, _ in _page_paragraphs(tmp_path, BylineStyle(BylinePlace.END_BRACKET))]
    assert "近日，青禾县的农民们在田间忙着收割，今年的收成比去年好。（记者 林可舟）" in texts
    assert "近日，青禾县修好了一条新路，村民出行更方便了。（苗若溪）" in texts
    assert texts[-1] == "近日，青禾县的新桥通车了。桥长三百米，连起了两个村子。（记者 伍柏舟）"
    assert not any(text in ("（记者 林可舟）", "记者 林可舟") for text in texts)


@pytest.mark.parametrize("brackets", [True, False])
def test_own_line_under_the_titles(tmp_path: Path, brackets: bool):
    paragraphs = _page_paragraphs(tmp_path, BylineStyle(BylinePlace.OWN_LINE, brackets=brackets))
    texts = [text for text, _, _ in paragraphs]
    first, second = ("（记者 林可舟）", "（苗若溪）") if brackets else ("记者 林可舟", "苗若溪")
    assert texts[texts.index("青禾县秋收忙") + 1] == first
    assert texts[texts.index("青禾县又有新路") + 1] == second
    assert paragraphs[texts.index(first)][2] == "LEFT"
    assert texts[-1] == "近日，青禾县的新桥通车了。桥长三百米，连起了两个村子。"
    assert texts[texts.index("青禾县新桥通车") + 1] == ("（记者 伍柏舟）" if brackets else "记者 伍柏舟")
    assert "近日，青禾县修好了一条新路，村民出行更方便了。" in texts


def test_the_command_line_takes_the_house_style(tmp_path: Path, capsys):
    from desktop.cli import main

    page = tmp_path / "qinghe-2026-03-05.txt"
    page.write_text(PAGE, encoding="utf-8")
    code = main(["export", str(page), "-o", str(tmp_path / "out"), "--page", "--no-comments", "--byline", "right"])
    assert code == 0
    [path] = [Path(line) for line in capsys.readouterr().out.splitlines()]
    bylines = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "稿件署名"]
    assert "苗若溪" in bylines and "记者 伍柏舟" in bylines
