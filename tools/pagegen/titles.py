"""Headline groups (formats.md §2) and captions (§3) of generated articles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tools.pagegen import words
from tools.pagegen.body import Scene, caption_text


@dataclass
class Titles:
    form: str
    headline: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    column_title: bool = False


def main_title(s: Scene) -> str:
    """A plain main title about the scene: place, thing, what happened."""
    rng = s.rng
    return rng.choice(
        (
            f"{s.town}{s.thing}{s.pick('status')}",
            f"{s.county}{s.event}{s.pick('status')}",
            f"{s.village}：{s.thing}{s.pick('status')}",
            f"{s.town}{s.pick('people')}{s.pick('activity')}",
        )
    )


def _short(s: Scene) -> str:
    return f"{s.thing}{s.pick('status')}"


TitleForm = Callable[[Scene], Titles]
TITLE_FORMS: dict[str, TitleForm] = {
    "2.0-plain": lambda s: Titles("2.0-plain", (main_title(s),)),
    "2.1-kicker-dash": lambda s: Titles(
        "2.1-kicker-dash", (f"{s.village}：{_short(s)}",), kicker=f"“{s.event}”{s.county}采访团走进{s.town}——"
    ),
    "2.2-clause-kicker": lambda s: Titles(
        "2.2-clause-kicker", (f"相信{s.town}很快会热闹起来",), kicker=f"清晨，记者在{s.town}看到{s.thing}人来人往"
    ),
    "2.3-event-kicker": lambda s: Titles(
        "2.3-event-kicker", (f"{s.county}各地{s.pick('status')}",), kicker=f"{s.event}将至"
    ),
    "2.4-org-kicker": lambda s: Titles(
        "2.4-org-kicker", (f"做实{s.pick('people')}服务工作",), kicker=f"{s.county}{s.rng.choice(words.ORGS)[1:]}"
    ),
    "2.5-one-line": lambda s: Titles("2.5-one-line", (f"迎接{s.event} {s.thing}{s.pick('status')}",)),
    "2.6-dash-subtitle": lambda s: Titles(
        "2.6-dash-subtitle",
        (f"{s.paper_head}的变化看得见",),
        subtitle=f"——访{s.village}{s.rng.choice(words.TITLES)}{s.names.person()}",
    ),
    "2.7-quote-subtitle": lambda s: Titles(
        "2.7-quote-subtitle", (main_title(s),), subtitle=f"“{s.rng.choice(words.QUOTES)}”"
    ),
    "2.8-clause-subtitle": lambda s: Titles(
        "2.8-clause-subtitle", (main_title(s),), subtitle=f"{s.pick('people')}走进{s.thing}{s.pick('activity')}"
    ),
    "2.9-column-title": lambda s: Titles(
        "2.9-column-title",
        (s.rng.choice(("图片新闻", f"图片新闻0{s.rng.randint(1, 4)}", f"{s.county[:-1]}短波", "本地新闻", "简讯")),),
        column_title=True,
    ),
    "2.11-two-line": lambda s: Titles(
        "2.11-two-line", (f"{s.pick('people')}正在{s.pick('activity')}", f"{s.village}{_short(s)}")
    ),
    "2.12-couplet": lambda s: Titles("2.12-couplet", (f"{s.event}一场接一场 {s.town}{s.thing}{s.pick('status')}",)),
    "2.13-space": lambda s: Titles("2.13-space", (f"{s.pick('people')} {s.thing} {s.event}",)),
    "2.14-exclaim": lambda s: Titles("2.14-exclaim", (f"{s.town}{s.thing} {s.rng.randint(100, 300)}站啦！",)),
    "2.15-digits": lambda s: Titles(
        "2.15-digits", (f"{s.rng.randint(2, 60)}万{s.pick('people')}{s.pick('activity')}",)
    ),
    "2.16-quotes-inside": lambda s: Titles("2.16-quotes-inside", (f"{s.town}{s.thing}的“慢时光”",)),
    "2.17-whole-quote": lambda s: Titles("2.17-whole-quote", (f"“{s.rng.choice(words.QUOTES)}！”",)),
    "2.18-colon": lambda s: Titles("2.18-colon", (f"{s.county}：{s.thing}{s.pick('status')}",)),
    "2.18-colon-person": lambda s: Titles("2.18-colon-person", (f"{s.names.person()}： 我与{s.paper}的二十年",)),
    "2.19-book": lambda s: Titles("2.19-book", (f"《{s.town[:-1]}志》首发",)),
    "2.20-comma": lambda s: Titles("2.20-comma", (f"{s.village}，{s.thing}{s.pick('status')}",)),
    "2.21-dot": lambda s: Titles("2.21-dot", (f"{s.paper_head}·{s.rng.choice(('暖心', '新风', '印记'))}",)),
    "2.22-reporter-inside": lambda s: Titles("2.22-reporter-inside", (f"本报记者随{s.pick('people')}走进{s.thing}",)),
    "2.25-portal-tu": lambda s: Titles("2.25-portal-tu", (f"{s.town}新建{s.thing}(图)",)),
}


# --- captions (§3) ----------------------------------------------------------------------------------


@dataclass
class Caption:
    form: str
    text: str
    names: tuple[str, ...] = ()


def caption(s: Scene, form: str, credited: bool) -> Caption:
    """One photo caption of ``form``; ``credited`` adds a photo credit where the form allows one."""
    rng = s.rng
    text = caption_text(s)
    name = s.names.person() if credited else ""
    credit = f"（{name} 摄）" if name else ""
    names = (name,) if name else ()
    if form == "3.1-triangle":
        return Caption(form, f"▲{text}{credit}", names)
    if form == "3.2-direction":
        return Caption(form, f"{rng.choice('▶◀')}{text}{credit}", names)
    if form == "3.3-arrows":
        return Caption(form, f"{rng.choice('↑→')} {text}", ())
    if form == "3.4-numbered":
        return Caption(form, f"{rng.choice('①②③')}{text.rstrip('。')}", ())
    if form == "3.5-tuwei":
        return Caption(form, f"图为{text}{credit}", names)
    if form == "3.6-zheshi":
        name = name or s.names.person()
        return Caption(form, f"这是{s.date}在{s.county}拍摄的{s.thing}。新华社记者 {name} 摄", (name,))
    if form == "3.7-space-bracket":
        return Caption(form, f"{text} {credit}" if credit else text, names)
    if form == "3.8-space-she":
        return Caption(form, f"图为{text} {name} 摄" if name else f"图为{text}", names)
    if form == "3.10-square":
        return Caption(form, f"{text} □{s.paper}全媒体记者{name}" if name else text, names)
    if form == "3.11-drone":
        return Caption(form, f"图为{text.rstrip('。')}（无人机照片，{s.year}年{s.date}摄）。", ())
    if form == "3.12-position":
        person = s.names.person()
        return Caption(form, f"{person}（左二）在{s.thing}了解情况。", ())
    if form == "3.14-qr":
        return Caption(form, "专题报道扫码阅读", ())
    if form == "3.21-diamond":
        return Caption(form, f"◆{s.date}至{s.day + 2}日，{s.town}举办{s.event}。{credit}", names)
    if form == "3.12-lookalike-unit":
        return Caption(form, f"{text.rstrip('。')}。图由{rng.choice(words.UNITS)}提供", ())
    return Caption("3.13-plain", text, ())


CAPTION_FORMS = (
    "3.1-triangle",
    "3.2-direction",
    "3.3-arrows",
    "3.4-numbered",
    "3.5-tuwei",
    "3.6-zheshi",
    "3.7-space-bracket",
    "3.8-space-she",
    "3.10-square",
    "3.11-drone",
    "3.12-position",
    "3.13-plain",
    "3.14-qr",
    "3.21-diamond",
    "3.12-lookalike-unit",
)
