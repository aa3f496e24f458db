"""The page generator (tools/pagegen): records, layouts and their labels, the generated articles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.proofing.load import decode_bytes, normalise_newlines  # noqa: E402
from desktop.proofing.pipeline import document_from_text  # noqa: E402
from tools.pagegen.layout import (  # noqa: E402
    CLOSING,
    OPENING,
    LayoutOptions,
    columns,
    convert_punctuation,
    lay_out,
    to_fullwidth,
    to_halfwidth,
    wrap_columns,
)
from tools.pagegen.truth import ArticleRecord, LineLabel, load_records, save_records  # noqa: E402


def _record(number: int, **changes: object) -> ArticleRecord:
    values: dict[str, object] = {
        "id": f"made-up-{number}",
        "paper": "青禾日报",
        "headline": ("柳湾镇新建文化广场迎来首批游客",),
        "kicker": "“山海同心”青禾采访团走进柳湾——",
        "subtitle": "——访退休教师林可舟",
        "top_credit": ("□本报记者 苗若溪",),
        "captions_before": ("▲游客在柳湾古镇赏灯。（韩松岭 摄）",),
        "paragraphs": (
            "本报讯（记者 林可舟）近日，青禾县柳湾镇新建的文化广场正式投入使用，每天傍晚都有不少居民来这里"
            "跳舞、下棋，2024年共接待游客1,975人次，比上年多了三成。",
            "“这里成了大家的好去处。”居民费雨桐说，“孩子们放学后也爱来《柳湾志》书屋看书（每周开放五天）。”",
            "图为居民在广场上散步。",
            "小镇的春天来得早。",
        ),
        "caption_paragraphs": (2,),
        "end_credit": ("记者 戚小满 摄",),
        "trailer": ("线索提供 乔立夏",),
        "chrome_before": ("第A05版:城市新闻", "2024年3月5日 星期二"),
        "chrome_after": ("上一篇  下一篇",),
        "credit_position": "first_paragraph",
        "names": ("林可舟",),
        "signed": True,
    }
    values.update(changes)
    return ArticleRecord.from_json({k: list(v) if isinstance(v, tuple) else v for k, v in values.items()})


RECORDS = [_record(0), _record(1, kicker=None, subtitle=None, top_credit=(), signed=False, names=()), _record(2)]

OPTIONS = [
    LayoutOptions(
        layout=layout,
        chrome=chrome,
        encoding=encoding,
        punctuation=punct,
        blank_lines=blank,
        indent=indent,
        seed=seed,
        cut_share=0.8,
        page_chrome_before=("当前版:05版",),
        page_chrome_after=("版权所有:青禾日报社  技术支持:青禾科技",),
        hang_punctuation=seed % 2 == 0,
    )
    for seed, (layout, chrome, encoding, punct, blank, indent) in enumerate(
        [
            ("epaper", True, "utf-8", "as-is", "none", ""),
            ("epaper", False, "gb18030", "half", "all", "\u3000\u3000"),
            ("epaper", True, "utf-8", "full", "paragraphs", "  "),
            ("epaper", True, "gb18030", "half", "articles", ""),
            ("pdf", True, "utf-8", "as-is", "none", "\u3000\u3000"),
            ("pdf", False, "gb18030", "half", "none", ""),
            ("pdf", True, "utf-8", "full", "paragraphs", ""),
            ("pdf", True, "gb18030", "as-is", "none", "  "),
        ]
    )
]


def _expected(options: LayoutOptions) -> list[tuple[LineLabel, str]]:
    """What each article prints, part by part, converted as the layout converts it."""
    out: list[tuple[LineLabel, str]] = []
    chrome = options.chrome

    def put(article: int | None, part: str, text: str) -> None:
        out.append((LineLabel(article, part, False), convert_punctuation(text, options.punctuation)))

    for line in options.page_chrome_before if chrome else ():
        put(None, "chrome", line)
    for number, record in enumerate(RECORDS):
        for line in record.chrome_before if chrome else ():
            put(None, "chrome", line)
        if record.kicker:
            put(number, "kicker", record.kicker)
        for line in record.headline:
            put(number, "headline", line)
        if record.subtitle:
            put(number, "subtitle", record.subtitle)
        for line in record.top_credit:
            put(number, "top_credit", line)
        for line in record.captions_before:
            put(number, "caption", line)
        for index, paragraph in enumerate(record.paragraphs):
            put(number, "caption" if index in record.caption_paragraphs else "body", paragraph)
        for line in record.end_credit:
            put(number, "end_credit", line)
        for line in record.trailer:
            put(number, "trailer", line)
        for line in record.chrome_after if chrome else ():
            put(None, "chrome", line)
    for line in options.page_chrome_after if chrome else ():
        put(None, "chrome", line)
    return out


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: f"{o.layout}-{o.seed}")
def test_joining_the_continuing_lines_gives_every_printed_line_back(options: LayoutOptions) -> None:
    page = lay_out(RECORDS, options)
    assert page.paragraphs() == _expected(options)
    non_blank = [line for line in page.text.split("\n") if line.strip()]
    assert len(page.labels) == len(non_blank) == len(page.lines)
    assert [line.strip() for line in non_blank] == page.lines
    assert any(label.continues for label in page.labels)


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: f"{o.layout}-{o.seed}")
def test_the_engine_reads_one_block_per_labelled_line_in_either_encoding(options: LayoutOptions) -> None:
    page = lay_out(RECORDS, options)
    text, encoding = decode_bytes(Path("page.txt"), page.raw_bytes())
    assert text == page.text
    assert encoding.replace("-", "").lower().startswith("utf8" if options.encoding == "utf-8" else "gb")
    assert [block.text for block in document_from_text(normalise_newlines(text)).blocks] == page.lines


@pytest.mark.parametrize("options", [o for o in OPTIONS if o.layout == "pdf"], ids=lambda o: f"pdf-{o.seed}")
def test_pdf_lines_keep_the_line_breaking_rules_and_the_column_width(options: LayoutOptions) -> None:
    page = lay_out(RECORDS, options)
    assert page.width is not None and 12 <= page.width <= 26
    for number, (label, line) in enumerate(zip(page.labels, page.lines, strict=True)):
        if label.continues:
            assert line[0] not in CLOSING, line
            assert page.lines[number - 1][-1] not in OPENING, page.lines[number - 1]
        if label.part in ("body", "caption"):
            wrapped_on = number + 1 < len(page.labels) and page.labels[number + 1].continues
            limit = page.width + (2 if options.hang_punctuation else 0)
            assert columns(line) <= limit, line
            if wrapped_on:  # a line that wraps is filled to within a few columns of the width
                assert columns(line) >= page.width - 3, line
    titles = [line for label, line in zip(page.labels, page.lines, strict=True) if label.part == "headline"]
    assert all(columns(t) > 0 for t in titles)
    assert not any(label.continues for label in page.labels if label.part in ("chrome", "kicker", "headline"))


def test_wrapping_moves_a_character_down_instead_of_starting_a_line_with_a_closing_mark() -> None:
    text = "青禾县柳湾镇新建文化广场。居民说“好”。"
    assert wrap_columns(text, 12, hang=True) == ["青禾县柳湾镇新建文化广场。", "居民说“好”。"]
    assert wrap_columns(text, 12, hang=False) == ["青禾县柳湾镇新建文化广", "场。居民说“好”。"]
    assert wrap_columns("青禾县柳湾镇新建文化“广场”很大", 11, hang=False) == ["青禾县柳湾镇新建文化", "“广场”很大"]
    assert wrap_columns("记者 林可舟林可舟", 3) == ["记", "者 林", "可舟林", "可舟"]  # never next to the space
    assert wrap_columns("共接待游客1975人次", 6) == ["共接待游客", "1975人次"]


def test_labels_tell_the_measures() -> None:
    page = lay_out(RECORDS, LayoutOptions(layout="epaper", cut_share=0.0))
    assert page.broken_breaks == []
    assert [page.labels[i].part for i in page.article_starts] == ["kicker", "headline", "kicker"]
    assert len(page.headline_blocks) == 3
    assert page.unsigned_headlines == [page.headline_blocks[1]]
    assert all(page.labels[i].article is None for i in page.chrome_blocks)
    assert len(page.chrome_blocks) == 3 * 3
    assert page.names == [("林可舟",), (), ("林可舟",)]


def test_punctuation_converts_in_chinese_context_only() -> None:
    assert to_fullwidth("记者 林可舟)近日,共1,975人,12:30开放(A1)") == "记者 林可舟）近日，共1,975人，12:30开放（A1）"
    assert convert_punctuation("近日，（记者）", "half") == "近日,(记者)"


def test_records_round_trip_through_json_and_jsonl(tmp_path: Path) -> None:
    assert ArticleRecord.from_json(RECORDS[0].to_json()) == RECORDS[0]
    save_records(RECORDS, tmp_path / "all.jsonl")
    assert load_records(tmp_path / "all.jsonl") == RECORDS
    folder = tmp_path / "folder"
    folder.mkdir()
    import json

    for record in RECORDS:
        (folder / f"{record.id}.json").write_text(json.dumps(record.to_json(), ensure_ascii=False), encoding="utf-8")
    assert load_records(folder) == RECORDS
    assert ArticleRecord.from_json({"id": "x", "paper": "p", "headline": "一行", "url": None}).headline == ("一行",)


# --- the generator ----------------------------------------------------------------------------------

from tools.pagegen.chrome import AFTER, BEFORE  # noqa: E402
from tools.pagegen.credits import FORMS  # noqa: E402
from tools.pagegen.generate import BODY_FORMS, PLACEMENTS, TRAILERS, generate_pages  # noqa: E402
from tools.pagegen.titles import CAPTION_FORMS, TITLE_FORMS  # noqa: E402

GENERATED = generate_pages(0, 30)
ARTICLES = [article for page in GENERATED for article in page.articles]
SHOWN = {form for article in ARTICLES for form in article.forms}


def _records_with(form: str) -> list[ArticleRecord]:
    return [article.record for article in ARTICLES if form in article.forms]


@pytest.mark.parametrize(
    ("section", "forms"),
    [
        ("§1 credits", tuple(FORMS)),
        ("§2 headline groups", tuple(TITLE_FORMS)),
        ("§3 captions", (*CAPTION_FORMS, "3.18-photo-news", "3.20-photo-group", "3.15-before", "3.16-among")),
        ("§4 chrome", (*BEFORE, *AFTER)),
        ("§5 body", (*BODY_FORMS, "5.4-briefs", "5.13-poem")),
        ("§1.12-1.13 look-alikes and editor codes", tuple(t for t in TRAILERS if t != "none")),
        ("placements", tuple(p for p in PLACEMENTS if p != "none")),
    ],
)
def test_thirty_generated_pages_show_every_form_of_each_catalogue_section(section: str, forms: tuple[str, ...]) -> None:
    assert set(forms) <= SHOWN, f"{section}: {sorted(set(forms) - SHOWN)}"


def test_the_forms_are_printed_as_the_catalogue_shows_them() -> None:
    half = to_halfwidth
    assert all(any(half(p).startswith("本报讯(记者") for p in r.paragraphs) for r in _records_with("1.1#1"))
    assert all(f"”{r.credit_text}" in r.paragraphs[-1] for r in _records_with("1.4-bare-quote"))
    assert all(r.kicker and r.kicker.endswith("——") for r in _records_with("2.1-kicker-dash"))
    assert all(r.subtitle and r.subtitle.startswith("——") for r in _records_with("2.6-dash-subtitle"))
    assert all(len(r.headline) == 2 for r in _records_with("2.11-two-line"))
    assert all(r.column_title for r in _records_with("2.9-column-title"))
    assert all(any(p.startswith("△") for p in r.paragraphs) for r in _records_with("5.4-briefs"))
    assert all(r.top_credit[0].startswith("□") for r in _records_with("1.3-square-evening"))
    assert all(half(r.end_credit[0]).startswith(f"({r.names[0]})") for r in _records_with("1.2-own-bracket"))
    assert all(
        r.trailer[0].startswith("线索提供") and r.names != r.trailer[0].split()[1:]
        for r in _records_with("1.12-tipoff")
    )
    lists = _records_with("4.5-headline-list")
    assert lists and all(r.headline[0] in r.chrome_before or f"·{r.headline[0]}" in r.chrome_before for r in lists)
    captions = [p for r in ARTICLES for p in (*r.record.captions_before, *r.record.paragraphs)]
    starts = {c[0] for c in captions}
    assert {"▲", "◆", "图"} <= starts
    assert starts & {"▶", "◀"} and starts & {"↑", "→"} and starts & {"①", "②", "③"}


def test_unsigned_articles_name_nobody_and_signed_ones_say_where_their_credit_is() -> None:
    unsigned = [a.record for a in ARTICLES if not a.record.signed]
    assert 0.05 < len(unsigned) / len(ARTICLES) < 0.3
    assert all(not r.names and r.credit_position == "none" for r in unsigned)
    signed = [a.record for a in ARTICLES if a.record.signed]
    assert all(r.credit_position != "none" for r in signed)
    assert all(r.names or r.credit_text for r in signed)


def test_pages_are_one_paper_of_three_to_six_articles_and_the_same_seed_gives_the_same_pages() -> None:
    assert all(3 <= len(page.articles) <= 6 for page in GENERATED)
    assert all(len({a.record.paper for a in page.articles}) == 1 for page in GENERATED)
    again = generate_pages(0, 30)
    assert again == GENERATED
    other = generate_pages(1, 3)
    assert [p.records for p in other] != [p.records for p in GENERATED[:3]]


def test_measuring_a_page_counts_every_labelled_answer_and_judges_the_findings() -> None:
    from tools.pagegen.measure import Figures, measure

    page = lay_out(RECORDS, OPTIONS[4])
    figures = measure(page, details=True)
    assert figures.misaligned == 0
    assert figures.breaks.wanted == len(page.broken_breaks) > 0
    assert figures.starts.wanted == 3
    assert (figures.signed, figures.unsigned) == (2, 1)
    assert figures.chrome_lines == len(page.chrome_blocks) > 0
    judged = sum(total for _, total in figures.calibration.values())
    assert judged == sum(total for buckets in figures.by_check.values() for _, total in buckets.values()) > 0
    total = Figures()
    total.merge(figures)
    total.merge(figures)
    assert (total.pages, total.breaks.wanted, total.chrome_lines) == (
        2,
        2 * figures.breaks.wanted,
        2 * figures.chrome_lines,
    )


def test_a_truncated_record_is_left_out_of_the_byline_measures() -> None:
    from dataclasses import replace

    from tools.pagegen.measure import measure

    records = [replace(record, truncated=not record.signed) for record in RECORDS]
    figures = measure(lay_out(records, OPTIONS[4]))
    assert (figures.signed, figures.unsigned, figures.missing_hits) == (2, 0, 0)
    assert figures.starts.wanted == 3


def test_real_records_of_one_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    sys.path.insert(0, str(REPO / "tools"))
    import engine_accuracy

    splits = ["dev", "heldout", "dev"]
    save_records([replace(r, split=s) for r, s in zip(RECORDS, splits, strict=True)], tmp_path / "records.jsonl")
    for split, count in (("dev", 2), ("heldout", 1), ("all", 3)):
        assert engine_accuracy.main(["--real", str(tmp_path), "--split", split, "--seeds", "1"]) == 0
        assert f"{count} real articles of" in capsys.readouterr().out


def test_some_pages_print_a_story_twice_and_some_headline_two_stories_almost_alike() -> None:
    pages = generate_pages(7, 40)
    twice = [a.record for page in pages for a in page.articles if "dup-story-twice" in a.forms]
    alike = [(page, a.record) for page in pages for a in page.articles if "dup-headline-alike" in a.forms]
    assert twice and alike
    for record in twice:  # the same story as another article of its page
        page = next(p for p in pages if record in p.records)
        assert any(other.paragraphs == record.paragraphs and other.id != record.id for other in page.records)
    for page, record in alike:  # a headline one character away from another story's
        others = [r for r in page.records if r is not record and r.paragraphs != record.paragraphs]
        assert any(
            len(r.headline[0]) == len(record.headline[0])
            and sum(a != b for a, b in zip(r.headline[0], record.headline[0], strict=True)) == 1
            for r in others
        )


_CLOSING_END = "。！？!?…”’」』）)；;：:，,"


def _whole_lines(form: str) -> list[tuple[ArticleRecord, str]]:
    """The unpunctuated whole lines the generator writes in articles of ``form``."""
    out = []
    for record in _records_with(form):
        body = [p for i, p in enumerate(record.paragraphs) if i not in record.caption_paragraphs]
        if form == "5.22-cut-short":
            out.append((record, body[-1]))
        else:
            out += [(record, p) for p in body[:-1] if p[-1] not in _CLOSING_END]
    return out


@pytest.mark.parametrize("form", ["5.20-intertitle", "5.21-unpunctuated-items", "5.22-cut-short"])
def test_unpunctuated_whole_lines_are_whole_paragraphs_in_both_layouts(form: str) -> None:
    whole = _whole_lines(form)
    assert whole, form
    for record, text in whole:
        assert text[-1] not in _CLOSING_END
        for options in OPTIONS:
            page = lay_out([record], options)
            printed = [line for label, line in page.paragraphs() if label.part == "body"]
            assert convert_punctuation(text, options.punctuation) in printed, (options.layout, text)


def test_the_whole_lines_are_sub_headings_items_and_stories_cut_inside_a_sentence() -> None:
    intertitles = [text for _, text in _whole_lines("5.20-intertitle")]
    assert all(len(text) <= 16 for text in intertitles)
    items = _records_with("5.21-unpunctuated-items")
    assert all(any(p.endswith(("：", ":")) for p in r.paragraphs) for r in items)
    assert all(len([p for p in r.paragraphs if p[-1] not in _CLOSING_END]) >= 2 for r in items)
    cut = _whole_lines("5.22-cut-short")
    assert all("\u4e00" <= text[-1] <= "\u9fff" for _, text in cut)
    assert all(not r.end_credit and not r.trailer for r, _ in cut)
