"""Credit forms of docs (formats.md §1): each makes the credit of one article from its scene.

A form returns a ``Credit``: where its pieces go (a dateline before the first
paragraph's text, a line of its own before it, a tail run on after the last
sentence, top lines, end lines), the names it gives, whether it signs the article,
and its tag (``1.1#3``, ``1.4-bare-quote``…) so that the generator's coverage can
be checked.  Only the forms are taken from real papers; every name is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tools.pagegen import words
from tools.pagegen.body import Scene


@dataclass
class Credit:
    form: str
    position: str  # first_paragraph, top_line, end, end_own_line, caption or none
    names: tuple[str, ...] = ()
    signed: bool = True
    text: str | None = None
    dateline: str = ""  # before the first paragraph's text, on its line
    own_dateline: str = ""  # a line of its own before the first paragraph (1.1 #16)
    run_on: str = ""  # after the last paragraph's text, on its line
    top: tuple[str, ...] = ()
    end: tuple[str, ...] = ()
    quote_end: bool = False  # the last paragraph must end with a closing quote (”)
    photo: bool = False  # a photo credit: the article reads as photo news


Form = Callable[[Scene], Credit]
FORMS: dict[str, Form] = {}


def form(tag: str) -> Callable[[Form], Form]:
    def register(function: Form) -> Form:
        FORMS[tag] = function
        return function

    return register


def _people(scene: Scene, count: int) -> list[str]:
    return scene.names.people(count)


def _dated(scene: Scene) -> str:
    return f"{scene.month}月{scene.day}日"


def _place(scene: Scene) -> str:
    return scene.county[:-1] if len(scene.county) > 2 else scene.county


def _first(tag: str, dateline: str, names: list[str], text: str | None = None) -> Credit:
    return Credit(tag, "first_paragraph", tuple(names), text=text or dateline, dateline=dateline)


# --- 1.1 datelines in the first paragraph -----------------------------------------------------------


@form("1.1#1")
def _d1(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _first("1.1#1", f"本报讯（记者{a}）", [a])


@form("1.1#2")
def _d2(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _first("1.1#2", f"本报讯（记者 {a}）", [a])


@form("1.1#3")
def _d3(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _first("1.1#3", f"本报讯（{s.paper}全媒体记者{a}通讯员{b}）", [a, b])


@form("1.1#4")
def _d4(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _first("1.1#4", f"本报讯（记者 {a} 摄影 {b} 实习生{c}）", [a, b, c])


@form("1.1#5")
def _d5(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    choice = s.rng.randrange(3)
    if choice == 0:
        return _first("1.1#5", f"本报讯 （记者 {a}）", [a])
    if choice == 1:
        return _first("1.1#5", f"本报讯 （记者 {a} 通讯员 {b} {c}） ", [a, b, c])
    return _first("1.1#5", f"本报讯 （记者{a} 通讯员{b}）", [a, b])


@form("1.1#6")
def _d6(s: Scene) -> Credit:
    a, b = _people(s, 2)
    if s.rng.random() < 0.5:
        return _first("1.1#6", f"本报{_dated(s)}讯（记者{a}）", [a])
    return _first("1.1#6", f"本报{_dated(s)}讯（记者{a}通讯员{b}）", [a, b])


@form("1.1#7")
def _d7(s: Scene) -> Credit:
    a, b = _people(s, 2)
    if s.rng.random() < 0.5:
        return _first("1.1#7", f"本报{_place(s)}{_dated(s)}电（记者{a}）", [a])
    return _first("1.1#7", f"本报{_place(s)}{_dated(s)}电（通讯员{b}记者{a}）", [b, a])


@form("1.1#8")
def _d8(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _first("1.1#8", f"本报{_place(s)}{_dated(s)}讯记者{a}报道：", [a])


@form("1.1#9")
def _d9(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _first("1.1#9", f"本报{_place(s)}今晨专电 （记者{a} {b} 实习生{c}）", [a, b, c])


@form("1.1#10")
def _d10(s: Scene) -> Credit:
    a, b = _people(s, 2)
    slash = s.rng.choice("/／")
    if s.rng.random() < 0.5:
        return _first("1.1#10", f"{s.paper}{slash}{s.site}讯（记者{a}通讯员{b}报道）", [a, b])
    return _first("1.1#10", f"{s.paper}{slash}{s.site}{s.town[:-1]}讯（通讯员{b}报道）", [b])


@form("1.1#11")
def _d11(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    if s.rng.random() < 0.5:
        return _first("1.1#11", f"{s.paper}讯（记者 {a}）", [a])
    return _first("1.1#11", f"{s.paper}{_dated(s)}讯（记者 {a} 文/图）", [a])


@form("1.1#12")
def _d12(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _first("1.1#12", f"{s.paper_head}新闻网{_dated(s)}讯（{s.paper}记者{a}）", [a])


@form("1.1#13")
def _d13(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    if s.rng.random() < 0.5:
        return _first("1.1#13", f"{s.paper_head}在线消息（{s.paper}）（记者{a}）", [a])
    return _first("1.1#13", f"{s.site}消息（{s.paper}）（记者{a} 通讯员{b} 实习生{c}）", [a, b, c])


@form("1.1#14")
def _d14(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    text = f"{s.site}{s.paper}记者{a} {b} 实习生{c}"
    return _first("1.1#14", text + " ", [a, b, c], text)


@form("1.1#15")
def _d15(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _first("1.1#15", f"新华社{_place(s)}{_dated(s)}电（记者{a}、{b}）", [a, b])


@form("1.1#16")
def _d16(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    own = f"{s.paper_head}新闻网-{s.paper}讯："
    return Credit(
        "1.1#16", "first_paragraph", (a,), text=f"{own}（记者 {a}）", own_dateline=own, dateline=f"（记者 {a}） "
    )


@form("1.1-nameless")
def _d_nameless(s: Scene) -> Credit:
    return Credit("1.1-nameless", "none", signed=False, dateline=f"本报{_place(s)}{s.day}日电 ")


@form("1.1-twice")
def _d_twice(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return Credit(
        "1.1-twice", "first_paragraph", (a,), text=f"本报讯 （记者 {a}）", top=(a,), dateline=f"本报讯 （记者 {a}）"
    )


# --- 1.2 a bare 本报讯 with the names elsewhere -----------------------------------------------------


def _split(
    tag: str, position: str, names: list[str], run_on: str = "", end: tuple[str, ...] = (), **kw: object
) -> Credit:
    dateline = str(kw.pop("dateline", "本报讯 "))
    text = run_on.strip() or " / ".join(end)
    return Credit(tag, position, tuple(names), text=text, dateline=dateline, run_on=run_on, end=end, **kw)  # type: ignore[arg-type]


@form("1.2-end-names")
def _s1(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _split("1.2-end-names", "end", [a, b], run_on=f"（{a}、见习记者 {b}）")


@form("1.2-end-quote-paper")
def _s2(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _split("1.2-end-quote-paper", "end", [a], run_on=f"（记者 {a} {s.paper}）", quote_end=True)


@form("1.2-end-space-two")
def _s3(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _split("1.2-end-space-two", "end", [a, b], run_on=f" （{a} {b}）")


@form("1.2-own-bracket")
def _s4(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _split("1.2-own-bracket", "end_own_line", [a], end=(f"（{a}）",))


@form("1.2-nospace-wenbingshe")
def _s5(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _split("1.2-nospace-wenbingshe", "end_own_line", [a], end=(f"文并摄{a}",), dateline="本报讯")


@form("1.2-two-lines")
def _s6(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _split("1.2-two-lines", "end_own_line", [a, b, c], end=(f"晚报记者 {a} 通讯员 {b}/文", f"晚报记者 {c}/图"))


@form("1.2-top-square")
def _s7(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return Credit(
        "1.2-top-square", "top_line", (a,), text=f"□晚报记者 {a}", top=(f"□晚报记者 {a}",), dateline="本报讯 "
    )


# --- 1.3 top lines ----------------------------------------------------------------------------------


def _top(tag: str, line: str, names: list[str]) -> Credit:
    return Credit(tag, "top_line", tuple(names), text=line, top=(line,))


@form("1.3-square-evening")
def _t1(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-square-evening", f"□晚报记者 {a}", [a])


@form("1.3-square-tuwen")
def _t2(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-square-tuwen", f"□图/文 {a}", [a])


@form("1.3-square-split")
def _t3(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _top("1.3-square-split", f"□图/ {a}  文/{b}", [a, b])


@form("1.3-wentu-paper")
def _t4(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-wentu-paper", f"文/图 {s.paper}记者 {a}", [a])


@form("1.3-group")
def _t5(s: Scene) -> Credit:
    slogan = s.rng.choice(("春日进万家", "走基层", "山海同心", "家门口的变化"))
    return _top("1.3-group", f"□本报“{slogan}”特别报道组", [])


@form("1.3-black-square")
def _t6(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-black-square", f"■记者{a}", [a])


@form("1.3-dot-poem")
def _t7(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-dot-poem", f"● {a}", [a])


@form("1.3-benbao")
def _t8(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-benbao", f"本报记者 {a}", [a])


@form("1.3-correspondent")
def _t9(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _top("1.3-correspondent", f"通讯员 {a}", [a])


@form("1.3-run-together")
def _t10(s: Scene) -> Credit:
    names = [s.names.person(3) for _ in range(3)]
    return _top("1.3-run-together", f"{s.paper}/{s.site}记者{''.join(names)}", names)


@form("1.3-spaced-name")
def _t11(s: Scene) -> Credit:
    a = s.names.person(2)
    other = words.place_head(s.rng, s.paper_head) + "日报"
    return _top("1.3-spaced-name", f"{other}记者 {a[0]} {a[1]}", [a])


# --- 1.4 run on after the last sentence ---------------------------------------------------------------


def _tail(tag: str, run_on: str, names: list[str], quote_end: bool = False, photo: bool = False) -> Credit:
    return Credit(tag, "end", tuple(names), text=run_on.strip(), run_on=run_on, quote_end=quote_end, photo=photo)


@form("1.4-bare")
def _r1(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-bare", f"（{a}）", [a])


@form("1.4-space-bare")
def _r2(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-space-bare", f" （{a}）", [a])


@form("1.4-trainee")
def _r3(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _tail("1.4-trainee", f"（{a}、见习记者 {b}）", [a, b])


@form("1.4-reporter")
def _r4(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-reporter", f"（记者 {a}）", [a], quote_end=s.rng.random() < 0.5)


@form("1.4-benbao-two")
def _r5(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _tail("1.4-benbao-two", f"（本报记者 {a} {b}）", [a, b], quote_end=True)


@form("1.4-run-together-sheying")
def _r6(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _tail("1.4-run-together-sheying", f"（{s.paper}/{s.site}记者{a}通讯员{b}摄影）", [a, b])


@form("1.4-quanmei-she")
def _r7(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-quanmei-she", f"（{s.paper}全媒记者{a}摄）", [a], photo=True)


@form("1.4-name-she")
def _r8(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-name-she", f"（{a}摄）", [a], photo=True)


@form("1.4-name-space-she")
def _r9(s: Scene) -> Credit:
    a = s.rng.choice(words.PEN_NAMES) if s.rng.random() < 0.3 else s.names.person()
    return _tail("1.4-name-space-she", f"（{a} 摄）", [a], photo=True)


@form("1.4-spaces-benbao")
def _r10(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-spaces-benbao", f"        本报记者 {a}", [a])


@form("1.4-paper-reporter-she")
def _r11(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-paper-reporter-she", f" {s.paper}记者 {a} 摄", [a], photo=True)


@form("1.4-space-name-she")
def _r12(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-space-name-she", f" {a} 摄", [a], photo=True)


@form("1.4-xinhua-fa")
def _r13(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-xinhua-fa", f"     新华社发（{a}摄）", [a], photo=True)


@form("1.4-reader")
def _r14(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-reader", f" 读者 {a}", [a])


@form("1.4-bare-quote")
def _r15(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _tail("1.4-bare-quote", f"{a} {b}", [a, b], quote_end=True)


@form("1.4-wensh")
def _r16(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _tail("1.4-wensh", f"记者 {a} 文/摄", [a], photo=True)


@form("1.4-split-line")
def _r17(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return Credit(
        "1.4-split-line",
        "end",
        (a, b),
        text=f"记者 {a} / 实习生 {b} 文/摄",
        run_on=f"记者 {a}",
        end=(f"实习生 {b} 文/摄",),
    )


@form("1.4-trainee-she")
def _r18(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _tail("1.4-trainee-she", f"记者{a} 实习生{b} 摄", [a, b], photo=True)


@form("1.4-source")
def _r19(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _tail("1.4-source", f"记者{a} 摄 信息来源:{b} {c}", [a], photo=True)


# --- 1.5 credit lines of their own below the body ---------------------------------------------------


def _own(tag: str, lines: tuple[str, ...], names: list[str], photo: bool = False) -> Credit:
    return Credit(tag, "end_own_line", tuple(names), text=" / ".join(lines), end=lines, photo=photo)


@form("1.5-office")
def _o1(s: Scene) -> Credit:
    return _own("1.5-office", (f"（{s.rng.choice(words.OFFICES)}）",), [])


@form("1.5-reporter-she-page")
def _o2(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-reporter-she-page", (f"记者 {a} 摄",), [a], photo=True)


@form("1.5-correspondent-she")
def _o3(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-correspondent-she", (f"通讯员 {a} 摄",), [a], photo=True)


@form("1.5-two-lines-mark")
def _o4(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _own("1.5-two-lines-mark", (f"■ 本报记者 {a}", f"本报通讯员 {b}"), [a, b])


@form("1.5-three-wensh")
def _o5(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _own("1.5-three-wensh", (f"（{a} {b} {c} 文/摄）",), [a, b, c], photo=True)


@form("1.5-two-she")
def _o6(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _own("1.5-two-she", (f"（{a} {b} 摄）",), [a, b], photo=True)


@form("1.5-wen-she")
def _o7(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _own("1.5-wen-she", (f"（{a}/文 {b}/摄）",), [a, b])


@form("1.5-reporter-correspondent")
def _o8(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _own("1.5-reporter-correspondent", (f"记者 {a} 通讯员 {b}",), [a, b])


@form("1.5-benbao-she")
def _o9(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-benbao-she", (f"本报记者 {a} 摄",), [a], photo=True)


@form("1.5-wensh-prefix")
def _o10(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-wensh-prefix", (f"文/摄 记者 {a}",), [a], photo=True)


@form("1.5-wenbingshe")
def _o11(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    code = f"J{s.rng.randint(200, 399)}" if s.rng.random() < 0.5 else ""
    return _own("1.5-wenbingshe", (f"文并摄{a}{code}",), [a], photo=True)


@form("1.5-paper-wen-tu")
def _o12(s: Scene) -> Credit:
    a, b, c = _people(s, 3)
    return _own("1.5-paper-wen-tu", (f"晚报记者 {a} 通讯员 {b}/文", f"晚报记者 {c}/图"), [a, b, c])


@form("1.5-sentence")
def _o13(s: Scene) -> Credit:
    a, b = _people(s, 2)
    line = f"图片由晚报记者{a}摄于{s.county}档案馆，文字由晚报记者{b}整理。"
    return _own("1.5-sentence", (line,), [a, b], photo=True)


@form("1.5-benbao-pair-she")
def _o14(s: Scene) -> Credit:
    a, b = _people(s, 2)
    return _own("1.5-benbao-pair-she", (f"本报记者 {a} 本报通讯员 {b} 摄",), [a, b], photo=True)


@form("1.5-xinhua-she")
def _o15(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-xinhua-she", (f"新华社记者 {a} 摄",), [a], photo=True)


@form("1.5-sheying-baodao")
def _o16(s: Scene) -> Credit:
    (a,) = _people(s, 1)
    return _own("1.5-sheying-baodao", (f"{a} 摄影报道",), [a], photo=True)


# --- 1.6 no credit ----------------------------------------------------------------------------------


@form("1.6-none")
def _n1(s: Scene) -> Credit:
    return Credit("1.6-none", "none", signed=False)


@form("1.6-editor-code")
def _n2(s: Scene) -> Credit:
    code = s.rng.choice("①②③④⑤⑥⑦⑧⑨") + str(s.rng.randint(1, 9))
    return Credit("1.6-editor-code", "none", signed=False, run_on=code, quote_end=True)


@form("1.6-bare-dateline")
def _n3(s: Scene) -> Credit:
    return Credit("1.6-bare-dateline", "none", signed=False, dateline="本报讯 ")


# --- captions that carry the credit (photo news: 3.x) -----------------------------------------------

CAPTION_CREDIT_FORMS = (
    "（{a} 摄）",
    " （{a} 摄）",
    " {a} 摄",
    "新华社记者 {a} 摄",
    " □{paper}全媒体记者{a}",
    "（本报记者 {a} 摄）",
)

SIGNED_FORMS = tuple(tag for tag in FORMS if not tag.startswith("1.6") and tag != "1.1-nameless")
UNSIGNED_FORMS = ("1.6-none", "1.6-editor-code", "1.6-bare-dateline", "1.1-nameless")
