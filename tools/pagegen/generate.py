"""Made-up articles in every form of formats.md, composed into pages of one paper, deterministic by seed.

Each category of form (credits §1, headline groups §2, captions §3, chrome §4, body
conventions §5, look-alikes and editor codes §1.12–1.13) is dealt from a shuffled
deck, so that a run of N articles shows every form of a category with fewer than N
forms.  ``Generated.forms`` lists the tags an article shows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from tools.pagegen import body, words
from tools.pagegen.body import Scene
from tools.pagegen.chrome import SECTIONS, PageInfo, Site, new_site
from tools.pagegen.credits import FORMS, Credit
from tools.pagegen.layout import to_halfwidth
from tools.pagegen.titles import CAPTION_FORMS, TITLE_FORMS, Caption, Titles, caption
from tools.pagegen.truth import ArticleRecord

# unsigned forms are dealt more than once: one article in about eight carries no credit
CREDIT_DECK = tuple(FORMS) + ("1.6-none",) * 3 + ("1.6-bare-dateline",)
BODY_FORMS = (
    "5.0-plain",
    "5.0-plain",
    "5.0-plain",
    "5.3-yishi",
    "5.5-youxun",
    "5.10-short-close",
    "5.11-short-open",
    "5.12-single-paragraph",
    "5.14-no-final-punct",
    "5.18-quote-open",
    "5.19-date-open",
    "5.20-intertitle",
    "5.21-unpunctuated-items",
    "5.22-cut-short",
    "5.22-cut-short",  # (a story with its credit printed at the end is not cut short: dealt twice)
)
PLACEMENTS = ("none",) * 6 + ("3.15-before", "3.16-among", "3.17-after", "3.20-photo-group", "2.24-headline-caption")
TRAILERS = ("none",) * 12 + ("1.12-tipoff", "1.12-reward", "1.12-notice", "1.13-j-code")


class Deck:
    """Draw forms in shuffled rounds: every form once per round."""

    def __init__(self, forms: tuple[str, ...], rng: random.Random) -> None:
        self.forms = forms
        self.rng = rng
        self.left: list[str] = []

    def draw(self) -> str:
        if not self.left:
            self.left = list(self.forms)
            self.rng.shuffle(self.left)
        return self.left.pop()


@dataclass(frozen=True)
class Generated:
    record: ArticleRecord
    forms: tuple[str, ...]


@dataclass(frozen=True)
class GeneratedPage:
    name: str
    articles: tuple[Generated, ...]
    page_chrome_before: tuple[str, ...] = ()
    page_chrome_after: tuple[str, ...] = ()

    @property
    def records(self) -> list[ArticleRecord]:
        return [article.record for article in self.articles]


@dataclass(frozen=True)
class Paper:
    head: str
    kind: str
    site_kind: str
    site: Site
    halfwidth: bool  # the source stores its text with ASCII punctuation (as NFKC-folded copies do)


class Generator:
    """Articles and pages from one seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.credits = Deck(CREDIT_DECK, self.rng)
        self.titles = Deck(tuple(TITLE_FORMS), self.rng)
        self.bodies = Deck(BODY_FORMS, self.rng)
        self.captions = Deck(CAPTION_FORMS, self.rng)
        self.placements = Deck(PLACEMENTS, self.rng)
        self.trailers = Deck(TRAILERS, self.rng)
        self.papers = 0
        self.count = 0

    def paper(self) -> Paper:
        rng = self.rng
        self.papers += 1
        return Paper(
            head=words.place_head(rng),
            kind=rng.choice(words.PAPER_KINDS),
            site_kind=rng.choice(words.SITE_KINDS),
            site=new_site(rng, self.seed * 7 + self.papers),
            halfwidth=rng.random() < 0.3,
        )

    def page(self, articles: int | None = None, paper: Paper | None = None) -> GeneratedPage:
        """A page of 3–6 articles of one paper, each with its site's chrome; some pages add page chrome."""
        rng = self.rng
        paper = paper or self.paper()
        count = articles or rng.randint(3, 6)
        date = body.random_date(rng)
        drafted = [self.article(paper, date) for _ in range(count)]
        drafts = [draft for draft, _ in drafted]
        headlines = tuple(draft.record.headline[0] for draft in drafts)
        number = rng.randint(1, 16)
        section = rng.choice(SECTIONS)
        letter = rng.choice(("", "A", "B"))
        done = []
        for draft, scene in drafted:
            info = PageInfo(draft.record.headline[0], headlines, number, section, letter)
            above, below, tags = paper.site.chrome(scene, info, rng)
            record = replace(draft.record, chrome_before=tuple(above), chrome_after=tuple(below))
            done.append(Generated(_width(record, paper), (*draft.forms, *tags)))
        _twice_or_alike(done, random.Random(f"{self.seed}/{self.count}/twice"))
        page_before: tuple[str, ...] = ()
        page_after: tuple[str, ...] = ()
        if rng.random() < 0.5:
            page_before = (f"第{letter}{number:02d}版：{section}",)
            page_after = (f"本版编辑：{drafted[0][1].names.person()}",)
        self.count += 1
        return GeneratedPage(f"gen-{self.seed}-{self.count}", tuple(done), page_before, page_after)

    def article(self, paper: Paper, date: tuple[int, int, int]) -> tuple[Generated, Scene]:
        """One article of ``paper`` without chrome, and its scene (the chrome needs it)."""
        rng = self.rng
        scene = body.new_scene(rng, paper.head, paper.kind, paper.site_kind, date)
        credit = FORMS[self.credits.draw()](scene)
        titles = TITLE_FORMS[self.titles.draw()](scene)
        ident = f"gen-{self.seed}-{self.count + 1}-{rng.randrange(10**6):06d}"
        return compose(scene, credit, titles, self, ident), scene


TWICE, ALIKE = 0.12, 0.12  # pages that print one story twice; pages with two stories headlined almost alike
_NUMERALS = "一二三四五六七八九十"
_ENDINGS = "路桥站馆园区街"


def _twice_or_alike(done: list[Generated], rng: random.Random) -> None:
    """Some pages print a story twice (``duplicate-headline`` is right), some put another story under
    a headline that differs from one on the page by a character (it is wrong if it calls them one story).

    Drawn from a random stream of their own, so that the other pages stay as they were.
    """
    roll = rng.random()
    if len(done) < 3 or roll >= TWICE + ALIKE:
        return
    if roll < TWICE:
        source = done[rng.randrange(len(done) - 1)]
        done[-1] = Generated(replace(source.record, id=f"{source.record.id}-again"), (*source.forms, "dup-story-twice"))
        return
    source, target = rng.sample(range(len(done)), 2)
    headline = done[source].record.headline
    old = done[target].record
    if len(headline) != 1 or len(old.headline) != 1 or old.column_title or done[source].record.column_title:
        return
    alike = _alike(headline[0], rng)
    if len(alike) < 8:
        return

    def swap(lines: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line.replace(old.headline[0], alike) for line in lines)

    record = replace(old, headline=(alike,), chrome_before=swap(old.chrome_before), chrome_after=swap(old.chrome_after))
    done[target] = Generated(record, (*done[target].forms, "dup-headline-alike"))


def _alike(headline: str, rng: random.Random) -> str:
    """The headline with one character changed: a numeral, or the last character."""
    numerals = [i for i, char in enumerate(headline) if char in _NUMERALS or char.isdigit()]
    if numerals:
        at = rng.choice(numerals)
        pool = "0123456789" if headline[at].isdigit() else _NUMERALS
        return headline[:at] + rng.choice([c for c in pool if c != headline[at]]) + headline[at + 1 :]
    return headline[:-1] + rng.choice([c for c in _ENDINGS if c != headline[-1]])


def _width(record: ArticleRecord, paper: Paper) -> ArticleRecord:
    if not paper.halfwidth:
        return record
    changed = {}
    for key in ("kicker", "subtitle", "credit_text"):
        value = getattr(record, key)
        changed[key] = to_halfwidth(value) if value else value
    for key in (
        "headline",
        "paragraphs",
        "top_credit",
        "captions_before",
        "end_credit",
        "trailer",
        "chrome_before",
        "chrome_after",
    ):
        changed[key] = tuple(to_halfwidth(text) for text in getattr(record, key))
    return replace(record, **changed)


def _column_title(scene: Scene, credit: Credit) -> str:
    if credit.photo:
        return scene.rng.choice(("图片新闻", f"图片新闻0{scene.rng.randint(1, 4)}"))
    return scene.rng.choice(("本地新闻", "简讯"))


def _news_body(scene: Scene, form: str) -> list[str]:
    rng = scene.rng
    count = 1 if form == "5.12-single-paragraph" else rng.randint(2, 5)
    paragraphs = [body.paragraph(scene, rng.randint(1, 3), "event" if index == 0 else None) for index in range(count)]
    if form == "5.3-yishi":
        paragraphs[-1] = (
            f"{scene.names.person()}说：“我提两点建议：一是多设{scene.thing}指示牌；二是延长开放时间。”"
            + paragraphs[-1]
        )
    elif form == "5.5-youxun":
        paragraphs.append("又讯：" + body.paragraph(scene, 2, "event"))
    elif form == "5.10-short-close":
        paragraphs.append(body.short_sentence(scene))
    elif form == "5.11-short-open":
        paragraphs.insert(0, body.short_sentence(scene))
    elif form == "5.14-no-final-punct":
        paragraphs.insert(len(paragraphs) - 1, f"{scene.pick('scene')}，{scene.town}的一切都在向前奔涌")
    elif form == "5.18-quote-open":
        paragraphs.insert(1 if count > 1 else 0, body.sentence(scene, "quote") + body.sentence(scene))
    elif form == "5.19-date-open":
        paragraphs[0] = body.paragraph(scene, 2, "event")
    elif form == "5.20-intertitle":  # sub-headings without a mark over the second and later paragraphs
        if len(paragraphs) < 3:
            paragraphs.append(body.paragraph(scene, rng.randint(1, 3)))
        spots = range(1, len(paragraphs))
        for at in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
            paragraphs.insert(at, body.intertitle(scene))
    elif form == "5.21-unpunctuated-items":
        paragraphs[1 if count > 1 else 0 : 1 if count > 1 else 0] = body.unpunctuated_items(scene)
    return paragraphs


def compose(scene: Scene, credit: Credit, titles: Titles, deck: Generator, ident: str) -> Generated:
    """One article: titles, body, captions, credit and trailer put together."""
    rng = scene.rng
    if credit.form == "1.4-space-bare":  # the brief column (§5.4): △ items, a credit run on after each
        titles = Titles("2.9-column-title", (f"{scene.county[:-1]}短波",), column_title=True)
    elif titles.column_title:
        titles = replace(titles, headline=(_column_title(scene, credit),))
    forms = [credit.form, titles.form]
    body_form = deck.bodies.draw()
    captions: list[Caption] = []
    caption_paragraphs: list[int] = []
    captions_before: list[str] = []
    names = list(credit.names)
    signed = credit.signed
    position = credit.position
    briefs = titles.headline[0].endswith("短波")
    if credit.form == "1.3-dot-poem":
        paragraphs = body.poem(scene)
        forms.append("5.13-poem")
    elif briefs:
        items = []
        for _ in range(rng.randint(2, 3)):
            person = scene.names.person()
            items.append(f"△{body.paragraph(scene, rng.randint(1, 2), 'event')}{rng.choice(('', ' '))}（{person}）")
            names.append(person)
        paragraphs = items
        forms.append("5.4-briefs")
    elif credit.photo and rng.random() < 0.6:
        paragraphs = [body.caption_text(scene) + body.paragraph(scene, 1, "activity")]
        if rng.random() < 0.5:
            paragraphs.append(f"图为{body.caption_text(scene)}")
        forms.append("3.18-photo-news")
    else:
        paragraphs = _news_body(scene, body_form)
        forms.append(body_form)
    news_body = forms[-1] == body_form
    if credit.quote_end and not paragraphs[-1].endswith("”"):
        paragraphs[-1] += body.sentence(scene, "said")
    # captions
    placement = "none" if credit.form == "1.3-dot-poem" or briefs else deck.placements.draw()
    if placement == "3.17-after" and credit.run_on:  # a caption after the body stands above an own-line credit
        placement = "3.15-before"
    credited = signed and rng.random() < 0.6
    if placement != "none":
        forms.append(placement)
    if placement in ("3.15-before", "3.16-among", "3.17-after", "2.24-headline-caption"):
        for _ in range(rng.randint(1, 2)):
            captions.append(caption(scene, deck.captions.draw(), credited))
        if placement in ("3.15-before", "2.24-headline-caption"):
            captions_before = [c.text for c in captions]
            if placement == "2.24-headline-caption":
                captions_before[0] = titles.headline[-1]
        elif placement == "3.16-among":
            at = rng.randint(1, len(paragraphs))
            for offset, c in enumerate(captions):
                paragraphs.insert(at + offset, c.text)
                caption_paragraphs.append(at + offset)
            if at + len(captions) >= len(paragraphs):  # keep a body paragraph last, for a run-on credit
                paragraphs.append(body.paragraph(scene, 1))
        else:
            caption_paragraphs = [len(paragraphs) + offset for offset in range(len(captions))]
            paragraphs += [c.text for c in captions]
    elif placement == "3.20-photo-group":
        group = []
        for index in range(3):
            person = scene.names.person()
            names.append(person)
            text = body.caption_text(scene)
            group.append(text if index == 1 else f"{text}（{person} 摄）")
            if index == 1:
                group.append(f"（{person} 摄）")
        paragraphs = group + paragraphs
        caption_paragraphs = list(range(len(group)))
        if not signed:
            signed, position = True, "caption"
    for c in captions:
        names += [name for name in c.names if name not in names]
        forms.append(c.form)
    if not credit.signed and any(c.names for c in captions):
        signed, position = True, "caption"
    # the credit
    first = next(i for i in range(len(paragraphs)) if i not in caption_paragraphs)
    if credit.dateline:
        paragraphs[first] = credit.dateline + paragraphs[first]
    if credit.own_dateline:
        paragraphs.insert(first, credit.own_dateline)
        caption_paragraphs = [index + 1 if index >= first else index for index in caption_paragraphs]
    if credit.run_on:
        paragraphs[-1] += credit.run_on
    end_credit = list(credit.end)
    trailer: list[str] = []
    trailer_form = deck.trailers.draw()
    if trailer_form == "1.12-tipoff":
        trailer.append("线索提供 " + " ".join(scene.names.people(2)))
    elif trailer_form == "1.12-reward":
        trailer.append(f"（报料人{scene.names.person()[0]}先生 奖金50元）")
    elif trailer_form == "1.12-notice":
        trailer.append("随手拍专用邮箱:suishoupai@example.cn")
    elif trailer_form == "1.13-j-code":
        if end_credit:
            end_credit[-1] += f"J{rng.randint(200, 399)}"
        else:
            paragraphs[-1] += f"J{rng.randint(200, 399)}"
    if trailer_form != "none":
        forms.append(trailer_form)
    if body_form == "5.22-cut-short" and news_body:
        if (
            credit.run_on
            or end_credit
            or trailer_form != "none"
            or credit.quote_end
            or len(paragraphs) - 1 in caption_paragraphs
        ):
            forms[forms.index(body_form)] = "5.0-plain"  # its end is printed: not cut short
        else:  # the story stops short (the page cut it): its last paragraph ends inside a sentence
            paragraphs[-1] = body.cut_short(paragraphs[-1], rng)
    record = ArticleRecord(
        id=ident,
        paper=scene.paper,
        headline=titles.headline,
        paragraphs=tuple(paragraphs),
        date=scene.iso_date,
        seen_as="epaper",
        kicker=titles.kicker,
        column_title=titles.column_title,
        subtitle=titles.subtitle,
        top_credit=credit.top,
        captions_before=tuple(captions_before),
        caption_paragraphs=tuple(sorted(caption_paragraphs)),
        end_credit=tuple(end_credit),
        trailer=tuple(trailer),
        credit_position=position if signed else "none",
        credit_text=credit.text,
        names=tuple(names),
        signed=signed,
    )
    return Generated(record, tuple(forms))


def generate_pages(seed: int, pages: int) -> list[GeneratedPage]:
    generator = Generator(seed)
    return [generator.page() for _ in range(pages)]
