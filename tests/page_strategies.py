"""Random newspaper pages built from real paragraphs (a hypothesis strategy), for property tests and fuzzing.

The API is small on purpose::

    SOURCE_ARTICLES   every article pages are drawn from: the sample page's truth, the layout
                      stories (``layout_articles``) and the hand-written fresh pages (``heldout_pages*``)
    NOISE_LINES       page chrome and stray lines (navigation, dates, page labels, digits, Latin)
    ADVERSARIAL_BITS  odd characters extraction leaves behind (emoji, combining marks, zero-width,
                      U+FFFD, private use, Unicode line/paragraph separators, control whitespace)
    pages(max_articles=6, max_paragraphs=6, adversarial=True, long_paragraph=True, min_articles=1,
          headings=False) -> SearchStrategy[DrawnPage]
    DrawnPage         .text: the page as loaded text (newlines as drawn: LF, CRLF, CR or mixed);
                      .notes: what was done to it, shown when a property fails

A page is drawn as: a selection and order of articles (repeats allowed), each with its
byline kept, dropped, detached on its own line, set under the headline, in the dateline,
or slipped below the next article's headline; sometimes its headline duplicated or wrapped
over two lines (``headings``: also over three, kickers and subtitles wrapped as the PDF wraps
them, and the paper's chrome above and below the page).  Then the layout: single, double or
mixed blank lines; no breaks, cuts at random places or a re-wrap at a random column width
(cuts fall mid-word and anywhere);
ASCII, tab or U+3000 indentation; LF, CRLF, CR.  Then damage: full-width punctuation
swapped for half-width, closing quotes and brackets dropped, noise lines inserted, and
(``adversarial``) odd characters, punctuation-only lines and a very long paragraph.

Structural choices are drawn directly (they shrink: fewer articles, no damage); the
fine-grained positions (where a cut or a swap falls) come from a drawn seed.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import heldout_pages
import heldout_pages2
from hypothesis import strategies as st
from layout_articles import BRIEFS, FEATURES, HELDOUT, Story
from layout_pages import HELDOUT_PAPERS, PAPERS

from desktop.proofing.chars import display_width

_SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@dataclass(frozen=True)
class SourceArticle:
    """One real article: its headings, its paragraphs and who signed it.

    ``byline`` holds the names when the credit is not already inside the paragraphs
    (the page drawer decides where it goes); ``credit_line`` is how the article printed
    it on a line of its own, when it did.
    """

    headline: str
    paragraphs: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    credit_line: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class DrawnPage:
    text: str
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:  # what hypothesis prints for a falsifying example
        return f"DrawnPage(notes={list(self.notes)!r}, text={self.text!r})"


# --- the pool of real articles --------------------------------------------------------------------


def _truth_articles() -> list[SourceArticle]:
    articles = []
    for path in sorted(_SAMPLES.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        for number, article in enumerate(truth["articles"]):
            detached = bool(article.get("byline_detached")) and article.get("byline")
            articles.append(
                SourceArticle(
                    headline=article["headline"],
                    subtitle=article.get("subtitle") or None,
                    paragraphs=tuple(article["body"]),
                    byline=article["byline"] if detached else None,
                    credit_line=f"({article['byline']})" if detached else None,
                    origin=f"{path.stem}#{number}",
                )
            )
    return articles


def _story_article(story: Story, origin: str) -> SourceArticle:
    paragraphs: list[str] = []
    for number, paragraph in enumerate(story.paragraphs):
        if number in story.intertitles:
            paragraphs.append(story.intertitles[number])
        paragraphs.append(paragraph)
        if number == 0 and story.caption:
            paragraphs.append(story.caption + (f"（{story.photographer} 摄）" if story.photographer else ""))
    if story.wire:
        paragraphs[0] = story.wire + paragraphs[0]
    return SourceArticle(
        headline=story.headline,
        kicker=story.kicker,
        subtitle=story.deck,
        paragraphs=tuple(paragraphs),
        byline=" ".join(story.names) or None,
        origin=origin,
    )


_MARKUP_PREFIX = re.compile(r"^(K|H\+|H|S|D|C|W)\|")


def _markup_articles(name: str, source: str) -> tuple[list[SourceArticle], list[str]]:
    """The articles and chrome lines of a page written in ``heldout_pages``' line markup."""
    articles: list[SourceArticle] = []
    chrome: list[str] = []
    current: dict | None = None
    joined_lines: list[str] = []
    pending: str | None = None
    for raw in source.strip("\n").split("\n"):  # a ↩ marks a broken line: put the paragraph back together
        if not raw.strip():
            continue
        broken = raw.endswith(heldout_pages.BREAK_MARK)
        raw = raw.removesuffix(heldout_pages.BREAK_MARK)
        if pending is not None:
            raw = pending + _strip_prefix(raw)[1]
        pending = raw if broken else None
        if not broken:
            joined_lines.append(raw)

    def close() -> None:
        if current is not None and current["headline"] and current["paragraphs"]:
            articles.append(
                SourceArticle(
                    headline=current["headline"],
                    kicker=current["kicker"],
                    subtitle=current["subtitle"],
                    paragraphs=tuple(current["paragraphs"]),
                    credit_line=current["credit"],
                    byline=current["names"] if current["credit"] else None,
                    origin=f"{name}#{len(articles)}",
                )
            )

    for line in joined_lines:
        kind, text = _strip_prefix(line)
        text = text.strip(" \u3000")
        if kind == "C":
            chrome.append(text)
        elif kind == "K" or (kind == "H" and not (current and current["kicker"] and not current["headline"])):
            close()
            current = {"kicker": None, "headline": "", "subtitle": None, "paragraphs": [], "credit": None}
            current["names"] = None
            if kind == "K":
                current["kicker"] = text
            else:
                current["headline"], _, names = text.partition("@")
                current["names"] = names.strip(" ~") or None
        elif current is None:
            continue
        elif kind == "H":
            current["headline"], _, names = text.partition("@")
            current["names"] = names.strip(" ~") or None
        elif kind == "H+":
            more, _, names = text.partition("@")
            current["headline"] += more
            current["names"] = names.strip(" ~") or current["names"]
        elif kind == "S":
            current["subtitle"] = text
        elif kind == "D":
            current["credit"] = text
        else:
            current["paragraphs"].append(text)
    close()
    return articles, chrome


def _strip_prefix(line: str) -> tuple[str, str]:
    match = _MARKUP_PREFIX.match(line)
    return (match.group(1), line[match.end() :]) if match else ("", line)


def _markup_sources() -> list[tuple[str, str]]:
    sources = []
    for module in (heldout_pages, heldout_pages2):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, str) and "\nH|" in value:
                sources.append((f"{module.__name__}.{name}", value))
    return sources


def _build_pool() -> tuple[tuple[SourceArticle, ...], tuple[str, ...]]:
    articles = _truth_articles()
    for pool_name, pool in (("features", FEATURES), ("briefs", BRIEFS), ("heldout", HELDOUT)):
        articles += [_story_article(story, f"{pool_name}#{n}") for n, story in enumerate(pool)]
    chrome: list[str] = []
    for paper in PAPERS + HELDOUT_PAPERS:
        chrome += [*paper.chrome_top, *paper.chrome_bottom]
    for name, source in _markup_sources():
        found, lines = _markup_articles(name, source)
        articles += found
        chrome += lines
    noise = [
        *dict.fromkeys(chrome),
        "上一篇  下一篇",
        "返回目录",
        "3",
        "A05",
        "2020",
        "12345678901234567890",
        "Page 3 of 8",
        "Copyright (c) 2020 Evening News. All rights reserved.",
        "www.example.com.cn/epaper/html/2020-09/16/node_3.htm",
        "PDF",
        "第 3 版",
    ]
    return tuple(articles), tuple(noise)


SOURCE_ARTICLES, NOISE_LINES = _build_pool()

ADVERSARIAL_BITS: tuple[str, ...] = (
    "😀",
    "👍🏽",
    "🇨🇳",
    "👨\u200d👩\u200d👧",
    "e\u0301",
    "\u0301",
    "中\u20dd",
    "\u200b",
    "\u200c\u200d",
    "\ufeff",
    "\u2060",
    "\ufffd",
    "\ufffd\ufffd\ufffd",
    "\ue000",
    "\uf8ff",
    "\U000f0001",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x0c",
    "\x85",
    "\u00a0",
    "\u3000",
    "\t",
)
_PUNCTUATION_LINES = "，。、；：？！“”‘’《》（）【】…—·,.;:!?()[]\"'-~"
_HALF_WIDTH = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
_CLOSERS = "”’）)》】」』"
_SEPARATORS = ("single", "double", "mixed", "random")
_BREAKS = ("none", "cuts", "width")
_INDENTS = ("", "  ", "\u3000\u3000", "\t", "    ", "mixed")
_NEWLINES = ("\n", "\r\n", "\r", "mixed")
_CREDITS = ("keep", "drop", "line", "top", "dateline", "trailing", "slipped")


# --- drawing a page ----------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    paragraph_start: bool = True  # False: a continuation made by a break (a wrap, not a paragraph)
    body: bool = True


@st.composite
def pages(
    draw: st.DrawFn,
    max_articles: int = 6,
    max_paragraphs: int = 6,
    adversarial: bool = True,
    long_paragraph: bool = True,
    min_articles: int = 1,
    headings: bool = False,
) -> DrawnPage:
    """A random page of real articles, laid out and damaged as extracted e-paper text is."""
    notes: list[str] = []
    chosen = draw(st.lists(st.integers(0, len(SOURCE_ARTICLES) - 1), min_size=min_articles, max_size=max_articles))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    notes.append(f"articles={[SOURCE_ARTICLES[i].origin for i in chosen]} seed={seed}")

    # the articles, each as lines: (text, is body)
    article_lines: list[list[_Line]] = []
    slipped: str | None = None
    for number in chosen:
        article = SOURCE_ARTICLES[number]
        credit = draw(st.sampled_from(_CREDITS)) if article.byline else "none"
        keep = draw(st.integers(1, max(1, min(max_paragraphs, len(article.paragraphs)))))
        duplicate_headline = draw(st.booleans())
        wrap_headline = draw(st.booleans())
        paragraphs = list(article.paragraphs[:keep])
        lines: list[_Line] = []
        wraps = draw(st.sets(st.sampled_from(("kicker", "headline", "subtitle")))) if headings else set()
        if article.kicker:
            lines += _heading_lines(article.kicker, 2 if "kicker" in wraps else 1, rng)
        if wrap_headline and len(article.headline) > 4:
            lines += _heading_lines(article.headline, 3 if "headline" in wraps else 2, rng)
        else:
            lines.append(_Line(article.headline, body=False))
        if duplicate_headline:
            lines.append(
                _Line(draw(st.sampled_from([article.headline, *(a.headline for a in SOURCE_ARTICLES)])), body=False)
            )
        if article.subtitle:
            lines += _heading_lines(article.subtitle, 2 if "subtitle" in wraps else 1, rng)
        if wraps:
            notes.append(f"{article.origin}: wrapped {sorted(wraps)}")
        if slipped is not None:  # the previous article's byline, slipped below this headline
            lines.append(_Line(slipped))
            slipped = None
        credit_text = article.credit_line or f"（{article.byline}）"
        if credit == "keep":
            credit = "line" if article.credit_line else "dateline"
        if credit == "top":
            lines.append(_Line(rng.choice(["□本报记者 ", "文/", "记者 ", "◎", ""]) + (article.byline or "")))
        if credit == "dateline" and paragraphs:
            paragraphs[0] = f"本报讯（记者 {article.byline}）" + paragraphs[0]
        if credit == "trailing" and paragraphs:
            paragraphs[-1] += credit_text
        lines += [_Line(p) for p in paragraphs]
        if credit == "line":
            lines.append(_Line(credit_text))
        if credit == "slipped":
            slipped = credit_text
        if article.byline:
            notes.append(f"{article.origin}: byline {credit}")
        if duplicate_headline or wrap_headline:
            notes.append(f"{article.origin}: headline {'duplicated ' * duplicate_headline}{'wrapped' * wrap_headline}")
        article_lines.append(lines)
    if slipped is not None:
        article_lines[-1].append(_Line(slipped))

    # damage to the characters
    halfwidth = draw(st.sampled_from([0.0, 0.0, 0.3, 1.0]))
    drop_closers = draw(st.sampled_from([0.0, 0.0, 0.2]))
    if halfwidth or drop_closers:
        notes.append(f"halfwidth={halfwidth} drop_closers={drop_closers}")
        for lines in article_lines:
            for line in lines:
                line.text = _damage(line.text, rng, halfwidth, drop_closers)

    if adversarial and long_paragraph and draw(st.integers(0, 9)) == 9:  # (shrinks to no long paragraph)
        size = draw(st.sampled_from([2_000, 8_000, 30_000]))
        pool = [p for a in SOURCE_ARTICLES for p in a.paragraphs]
        text = ""
        while len(text) < size:
            text += rng.choice(pool)
        article_lines[rng.randrange(len(article_lines))].append(_Line(text[:size]))
        notes.append(f"long paragraph of {size} characters")

    # breaks: cut paragraphs into lines
    breaks = draw(st.sampled_from(_BREAKS))
    width = draw(st.integers(4, 90))
    cut_share = draw(st.sampled_from([0.3, 1.0]))
    notes.append(f"breaks={breaks}" + (f" width={width}" if breaks == "width" else ""))
    flat: list[_Line] = []
    for lines in article_lines:
        for line in lines:
            pieces = [line.text]
            if breaks == "cuts" and line.body and rng.random() < cut_share:
                pieces = _random_cuts(line.text, rng)
            elif breaks == "width" and line.body:
                pieces = _wrap(line.text, width)
            for number, piece in enumerate(pieces):
                flat.append(_Line(piece, paragraph_start=number == 0 and line.paragraph_start, body=line.body))

    # noise lines and adversarial bits
    for _ in range(draw(st.integers(0, 4))):
        flat.insert(rng.randrange(len(flat) + 1), _Line(draw(st.sampled_from(NOISE_LINES)), body=False))
    if adversarial:
        for _ in range(draw(st.integers(0, 4))):
            bit = draw(st.sampled_from((*ADVERSARIAL_BITS, "punctuation-line")))
            if bit == "punctuation-line":
                line = "".join(rng.choice(_PUNCTUATION_LINES) for _ in range(rng.randint(1, 20)))
                flat.insert(rng.randrange(len(flat) + 1), _Line(line))
                notes.append(f"punctuation line {line!r}")
            else:
                target = flat[rng.randrange(len(flat))]
                at = rng.randrange(len(target.text) + 1)
                target.text = target.text[:at] + bit + target.text[at:]
                notes.append(f"inserted {bit!r}")

    if headings:  # the paper's name, date and page above the page, navigation below it
        top = draw(st.lists(st.sampled_from(NOISE_LINES), max_size=2))
        bottom = draw(st.lists(st.sampled_from(NOISE_LINES), max_size=2))
        flat = [_Line(line, body=False) for line in top] + flat + [_Line(line, body=False) for line in bottom]

    # layout: separators, indentation, newlines
    separator = draw(st.sampled_from(_SEPARATORS))
    indent = draw(st.sampled_from(_INDENTS))
    indent_continuations = draw(st.booleans())
    newline = draw(st.sampled_from(_NEWLINES))
    notes.append(f"separator={separator} indent={indent!r} newline={newline!r}")
    out: list[str] = []
    for number, line in enumerate(flat):
        if number:
            blank = {
                "single": False,
                "double": True,
                "mixed": line.paragraph_start,
                "random": rng.random() < 0.5,
            }[separator]
            out.append(_newline(newline, rng) * (2 if blank else 1))
        this_indent = rng.choice(_INDENTS[:-1]) if indent == "mixed" else indent
        if line.body and (line.paragraph_start or indent_continuations):
            out.append(this_indent)
        out.append(line.text)
    out.append(_newline(newline, rng))
    return DrawnPage("".join(out), tuple(notes))


def _heading_lines(text: str, count: int, rng: random.Random) -> list[_Line]:
    """A heading over ``count`` lines, cut where the PDF's column happened to end (anywhere)."""
    if count < 2 or len(text) < 2 * count:
        return [_Line(text, body=False)]
    cuts = sorted(rng.sample(range(1, len(text)), count - 1))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [_Line(piece, number == 0, body=False) for number, piece in enumerate(pieces)]


def _damage(text: str, rng: random.Random, halfwidth: float, drop_closers: float) -> str:
    chars = []
    for char in text:
        if char in _HALF_WIDTH and rng.random() < halfwidth:
            char = _HALF_WIDTH[char]
        elif char in _CLOSERS and rng.random() < drop_closers:
            continue
        chars.append(char)
    return "".join(chars)


def _random_cuts(text: str, rng: random.Random) -> list[str]:
    if len(text) < 2:
        return [text]
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(1, 3))))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _wrap(text: str, width: int) -> list[str]:
    """Cut at a display width wherever it falls: mid-word, after a full stop, before a comma."""
    lines: list[str] = []
    current = ""
    for char in text:
        if current and display_width(current + char) > width:
            lines.append(current)
            current = ""
        current += char
    lines.append(current)
    return lines


def _newline(kind: str, rng: random.Random) -> str:
    return rng.choice(_NEWLINES[:-1]) if kind == "mixed" else kind
