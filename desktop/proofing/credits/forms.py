"""Where credits stand in a block: a dateline opening it, the whole line, or run on after its last sentence.

Each reader takes one block's text and returns a ``Credit`` (with its character
span in that text) or None.  The forms are catalogued in ``formats.md`` §1; the
look-alikes of §1.12 (tip-offs, reward notes, sources, editors) are refused here.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from desktop.proofing.chars import han_only
from desktop.proofing.credits.model import LOCAL_NEWSROOM, OWN_AGENCIES, PAPERS, Credit, Position
from desktop.proofing.credits.names import HAN, is_word
from desktop.proofing.credits.phrase import ROLE_RE, Reading, is_outlet, read_phrase

CACHE_SIZE = 65536  # the same lines are looked at by segmentation and by several checks
OPEN, CLOSE = "(（", ")）"
CLOSE_TUPLE = tuple(CLOSE)
MARKS = "□■◇◆●◎○▲△★☆"
_SENTENCE_END = "。！？!?…”’」』"

_PAPER = rf"[{HAN}]{{1,4}}?(?:{'|'.join(PAPERS)})|[{HAN}]{{2,5}}?报"
_SITE = rf"[{HAN}]{{1,6}}?(?:新闻网|网|在线)"
_KNOWN = "本报|本刊|新华社|中新社|中新网|人民网|新华网|央视网|央广网|大众日报|大众网|齐鲁网|闪电新闻"
_NEWSROOM = "|".join(rf"[{HAN}]{{1,6}}?{name}" for name in LOCAL_NEWSROOM)
# a paper named short, by its kind alone (``时报2月5日讯``, ``晚报讯``): only with the date or 讯 right after it
_DAY = r"(?:\d{1,2}月)?\d{1,2}日|[一二三四五六七八九十]{1,3}日"
_SHORT_PAPER = rf"(?:{'|'.join(p for p in PAPERS if len(p) == 2)})(?={_DAY}|讯)"
_AGENCY = rf"{_KNOWN}|{_NEWSROOM}|{_PAPER}(?:[/／\-]{_SITE})?|{_SITE}(?:[/／\-]{_PAPER})?|{_SHORT_PAPER}"
DATELINE_RE = re.compile(
    rf"^[【\[]?据?(?P<agency>{_AGENCY})"
    rf"(?P<place>[{HAN}]{{0,10}}?)"
    r"(?P<date>(?:\d{1,2}月)?\d{1,2}日|(?:[一二三四五六七八九十]{1,3}月)?[一二三四五六七八九十]{1,3}日|今晨|今晚|昨晚|昨日)?"
    r"(?P<kind>专电|讯|电|消息)[】\]]?"
)
_BRACKET_RE = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,40})[)）]")
# ``本报讯 记者 张三 通讯员 李四 报道：`` / ``讯记者林可舟报道：``: a credit without brackets after the dateline.
_TOLD_RE = re.compile(r"\s*(?P<credit>[^()（）。，,:：]{2,40}?)\s*报道\s*[:：]")
_AGENCY_START_RE = re.compile(rf"^[【\[]?据?(?:{_AGENCY})")
_SEPARATOR_RE = re.compile(r"[\s\u3000]+")
# Editor and portal codes after the credit: ``②7``, ``J205``.
# (a ``?`` after the closing bracket is a mark lost to the text's code page: ``（高明）?``)
_EDITOR_CODE_RE = re.compile(r"\s*(?:[①-⑳]\d{0,2}|[A-Z]\d{3}|(?<=[)）])[?？])\s*$")
# Look-alikes (formats.md §1.12): a tip-off, a reward, a source, who supplied a picture, the desk.
_NOT_A_CREDIT_RE = re.compile(
    r"^[(（【\[]?(?:线索提供|线索|报料人?|爆料人?|信息来源|来源|稿件来源|文章来源|图片来源|图由|图片由[^摄]*提供|"
    r"责任编辑|责编|编辑|校对|美编|审核|审校|值班|作者[:：]\s*$)"
)
# A tip-off or a source after the credit on its line: ``记者 林可舟 摄 线索提供 苗若溪``.
_TIP_TAIL_RE = re.compile(r"(?<=\S)(?:\s+(?:线索提供|信息来源|来源)[:：\s]|\s*(?:信息来源|来源)[:：]).*$")
# The desk after the credit on its line: ``记者 林可舟 编辑 苗若溪``, ``（记者 林可舟）【责任编辑：苗若溪】``.
_DESK_TAIL_RE = re.compile(
    r"(?:(?<=\S)\s+(?:责任编辑|责编|编辑|校对|审核)[:：\s]|\s*[【\[(（](?:责任编辑|责编|编辑)[:：]).*$"
)
# The end of a story said after its credit: ``（林可舟）（完）``.
_END_MARK_RE = re.compile(r"\s*[(（](?:完|全文完|待续|未完待续)[)）]$")
_SOURCE_TAIL_RE = re.compile(r"\s*(?:信息来源[:：\s]|来源[:：]).*$")
# Whose story the paper runs: ``据《青禾晚报》``, ``□据 青禾日报``, ``本报讯 据新华社消息，``.
_SOURCE_RE = re.compile(rf"^据\s*《?(?P<source>[{HAN}]{{2,12}}?)》?\s*(?:报道|消息)?(?:[，,:：\s]|$)")
# An office signing instead of a person: ``（农业办）``, ``（人大办）``.
_OFFICE_RE = re.compile(
    rf"^(?:[{HAN}]{{2,10}}(?:办公室|办|局|委|厅|中心|站|所|处|科|协会|联合会|公司|集团|支队|大队|中队|工委|党委)"
    rf"|[{HAN}]{{3,10}}部)$"
)
# The paper or a team of it signs: ``◎ 本报评论员``, ``（本报编辑部）``, ``□本报“春日进万家”特别报道组``.
_GROUP_RE = re.compile(
    r"^(?:本报(?:特约)?评论员|本报编辑部|本报评论部|本报评论员观察|"
    rf"本报[{HAN}“”\"]{{0,20}}?(?:报道组|采访组|调研组|调查组|采访团|课题组|评论组))$"
)
# A wire photo: ``新华社发（车晓岚摄）``, ``新华社记者 鲁山青 摄`` is read by the phrase.
_WIRE_PHOTO_RE = re.compile(r"^(?P<agency>新华社发|中新社发|新华社|中新社)\s*[(（](?P<inner>[^()（）]{2,30})[)）]$")
# A wire picture with nobody named: ``新华社发``, ``（□中新社发）``.
_WIRE_ALONE_RE = re.compile(r"^(?P<agency>新华社|中新社)(?:记者)?发$")
# A role and a photo job with no name: ``本报通讯员 摄``, ``（本报记者摄）``: the paper's own staff signs the pictures.
_NAMELESS_PHOTO_RE = re.compile(rf"^(?P<role>{ROLE_RE.pattern})\s*(?:摄影报道|摄影|摄)$")
# The paper's staff with no name, in brackets: ``（本报通讯员）``.
_NAMELESS_STAFF_RE = re.compile(r"^(?P<role>本报(?:特约)?(?:记者|通讯员))$")
# A note in brackets after a credit on its line, a sentence of thanks or a reward:
# ``记者 林可舟（感谢…提供新闻线索，…）``
_NOTE_AFTER_RE = re.compile(r"\s*[(（][^()（）]*[，,。；;][^()（）]*[)）]$")
# Who the author is, in brackets after the name or at the story's end: ``（作者系青禾大学教授）``, ``（作者单位：…）``.
_AUTHOR_NOTE = r"[(（]作者(?:系|为|是|单位)[:：]?[^()（）]{2,40}[)）]"
_AUTHOR_NOTE_RE = re.compile(rf"^{_AUTHOR_NOTE}$")
_NAME_WITH_NOTE_RE = re.compile(rf"^(?P<names>[^()（）]{{2,20}}?)\s*{_AUTHOR_NOTE}$")
# An office that supplied the story: ``（青禾县委宣传部供稿）``.
_SUPPLIED_BY_RE = re.compile(rf"^(?P<office>[{HAN}]{{2,16}})供稿$")
# A credit said in a sentence: ``图片由晚报记者乔立夏摄于…，文字由晚报记者殷子衡整理。``
_SENTENCE_CREDIT_RE = re.compile(
    rf"(?:图片|照片|图|文字|文)由(?P<credit>(?:{ROLE_RE.pattern})\s*[{HAN}]{{2,4}}?)(?:摄|拍摄|撰写|整理|提供)"
)
# Where a story was taken from, in brackets on a line of its own at its end: ``（据新华社）``, ``（来源：人民网）``.
_SOURCE_NOTE_RE = re.compile(
    r"^[(（](?:(?:据|来源[:：]|稿件来源[:：]|转自|摘自|综合)[^()（）]{2,30}|本报综合[^()（）]{0,30})[)）]$"
)


# A sentence of running text: at least ``SENTENCE_HAN`` Han characters up to a full stop (``。！？``).
SENTENCE_HAN = 8
_SENTENCE_RE = re.compile(r"[^。！？!?]*[。！？!?]")


def holds_sentence(text: str) -> bool:
    """The text says something in a sentence (a story's line does; navigation, a footer, a date line do not)."""
    # (``finditer``: a long story stops at its first sentence instead of splitting all of them first; its Han
    # characters counted as what is left with the rest taken out, not as a list of one string each)
    return any(len(han_only(sentence[0])) >= SENTENCE_HAN for sentence in _SENTENCE_RE.finditer(text))


def starts_like_dateline(text: str) -> bool:
    """The line opens with an agency's name, as a dateline does (cheap test before joining lines)."""
    return _AGENCY_START_RE.match(text) is not None


def is_source_note(text: str) -> bool:
    return _SOURCE_NOTE_RE.match(text.strip()) is not None


_LAST_BRACKET_RE = re.compile(r"[(（][^()（）]{2,40}[)）]$")


def ends_with_source_note(text: str) -> bool:
    """The paragraph ends with where the story was taken from, run on: ``……正式开通。（据新华社）``."""
    body = text.rstrip()
    bracket = _LAST_BRACKET_RE.search(body)
    return (
        bracket is not None
        and body[: bracket.start()].rstrip()[-1:] in _SENTENCE_END
        and is_source_note(bracket.group())
    )


def is_group_credit(text: str) -> bool:
    """The line signs in the paper's name, naming nobody: ``◎ 本报评论员``, ``□本报“…”特别报道组``."""
    stripped = text.strip().lstrip(MARKS + "—").strip()
    if stripped[:1] in OPEN and stripped[-1:] in CLOSE:
        stripped = stripped[1:-1]
    return _GROUP_RE.match(stripped) is not None


def is_parenthesised(text: str) -> bool:
    stripped = text.strip().lstrip(MARKS).strip()
    return bool(stripped) and stripped[0] in OPEN and stripped[-1] in CLOSE


def _credit(reading: Reading | None, start: int, end: int, position: Position, **more: object) -> Credit | None:
    if reading is None:
        return None
    return Credit(reading.people, start, end, position, agency=str(more.pop("agency", "") or reading.agency), **more)  # type: ignore[arg-type]


def _inner_credit(
    inner: str, start: int, end: int, position: Position, known: Container[str] = frozenset()
) -> Credit | None:
    """What a bracket holds: an office, or people (bare names count: ``（林可舟）``)."""
    inner = inner.strip().lstrip(MARKS).lstrip()
    if _NOT_A_CREDIT_RE.match(inner) or is_source_note(f"（{inner}）"):
        return None
    if _AUTHOR_NOTE_RE.match(f"（{inner}）"):
        return Credit((), start, end, position, office=inner)
    supplied = _SUPPLIED_BY_RE.match(inner)
    if supplied is not None:
        return Credit((), start, end, position, office=supplied.group("office"))
    if _source_alone(inner):
        return Credit((), start, end, position, source=inner)  # ``（新华社）``, ``（青禾日报）``: whose story it is
    anonymous = _anonymous(inner, start, end, position)
    if anonymous is not None:
        return anonymous
    if _OFFICE_RE.match(inner) and not ROLE_RE.search(inner):
        return Credit((), start, end, position, office=inner)
    if _GROUP_RE.match(inner):
        return Credit((), start, end, position, office=inner)
    reading = read_phrase(inner, known=known)
    if reading is None:
        return _office_and_names(inner, start, end, position, known)
    return _credit(reading, start, end, position)


# The unit a correspondent writes from, before the names: ``（青禾县公安局 林可舟）``, ``（柳湾镇政府 苗若溪 韩松岭）``.
_UNIT_RE = re.compile(
    rf"^(?P<unit>[{HAN}]{{2,14}}?(?:办公室|办|局|委|厅|中心|站|所|处|科|协会|联合会|公司|集团|支队|大队|中队|工委|党委|"
    rf"部|院|校|政府|街道|社区|镇|乡|村|法院|检察院|医院|学校|学院|大学|银行|分行|支行|队|团))[\s\u3000]+(?P<names>.+)$"
)


def _office_and_names(
    inner: str, start: int, end: int, position: Position, known: Container[str] = frozenset()
) -> Credit | None:
    """A unit and its correspondents in brackets: ``（青禾县公安局 林可舟）``: the names must be surname-led."""
    unit = _UNIT_RE.match(inner)
    if unit is None:
        return None
    reading = read_phrase(unit.group("names"), strict=True, known=known)
    if reading is None or reading.labelled or len(reading.people) > 4:
        return None
    return Credit(reading.people, start, end, position, office=unit.group("unit"))


# Brackets some papers print a credit in besides ``（）``: ``【林可舟】``, ``〔林可舟 苗若溪〕``, ``[林可舟]``.
_OTHER_OPEN, _OTHER_CLOSE = "【〔[［", "】〕]］"


def _other_bracket_credit(
    text: str, start: int, end: int, position: Position, known: Container[str] = frozenset()
) -> Credit | None:
    """A credit in 【】, 〔〕 or []: people by a role, or surname-led names (``【新闻链接】`` is a label, no name)."""
    if len(text) < 4 or text[0] not in _OTHER_OPEN or text[-1] not in _OTHER_CLOSE:
        return None
    inner = text[1:-1].strip()
    if any(c in inner for c in "()（）【】〔〕[]［］") or _NOT_A_CREDIT_RE.match(inner):
        return None
    reading = read_phrase(inner, strict=True, known=known)
    if reading is None or (not reading.labelled and len(reading.people) > 4):
        return _office_and_names(inner, start, end, position, known)
    if not reading.labelled and any(is_word(person.name) for person in reading.people):
        return None  # ``【高考】``, ``【国内】``: a section label that a surname happens to lead
    return _credit(reading, start, end, position)


def _anonymous(text: str, start: int, end: int, position: Position) -> Credit | None:
    """A credit that names nobody but still signs: a wire's ``新华社发``, the paper's ``本报通讯员 摄``."""
    wire = _WIRE_ALONE_RE.match(text)
    if wire is not None:
        return Credit((), start, end, position, agency=wire.group("agency"))
    staff = _NAMELESS_PHOTO_RE.match(text) or _NAMELESS_STAFF_RE.match(text)
    if staff is not None:
        return Credit((), start, end, position, office=staff.group("role"))
    return None


_OUTLET_KINDS = (*PAPERS, "网", "在线", "客户端")


def _source_alone(inner: str) -> bool:
    """An agency or another outlet named alone (not the paper itself): ``新华社``, ``青禾日报``, ``青禾网``."""
    if inner in OWN_AGENCIES:
        return False
    return re.fullmatch(_KNOWN, inner) is not None or (
        len(inner) >= 3 and inner.endswith(_OUTLET_KINDS) and is_outlet(inner)
    )


@lru_cache(maxsize=CACHE_SIZE)
def dateline(text: str, known: Container[str] = frozenset()) -> Credit | None:
    """A dateline opening the paragraph (``本报青禾6月3日电（记者井一帆）``), with or without names.

    ``end`` is where the body text begins.  ``本报讯`` alone is a credit that names nobody.
    """
    match = DATELINE_RE.match(text)
    if match is None:
        return _opening_credit(text, known)
    agency = match.group("agency")
    if not agency.startswith(("本", "新华", "中新")) and match.group("place") and not match.group("date"):
        # a website's or paper's name, a place and ``讯`` with no date: only with a bracket or colon after it
        follower = text[match.end() : match.end() + 1]
        if follower not in "(（:： \u3000":
            return None
    end = match.end()
    people: tuple = ()
    for _ in range(2):
        bracket = _BRACKET_RE.match(text, end)
        if bracket is None:
            break
        inner = bracket.group("inner").strip()
        if re.fullmatch(rf"{_PAPER}|{_SITE}", inner):
            end = bracket.end()  # ``荆楚网消息（楚天都市报）（记者…）``: whose story the site carries
            continue
        found = _inner_credit(inner, 0, bracket.end(), Position.FIRST_PARAGRAPH, known)
        if found is None:
            break
        people, end = found.people, bracket.end()
        break
    if not people:
        told = _TOLD_RE.match(text, end)
        reading = read_phrase(told.group("credit"), strict=True, known=known) if told else None
        if told is not None and reading is not None and reading.labelled:
            people, end = reading.people, told.end()
        else:
            bare = _bare_credit(text, end, known)
            if bare is not None:
                people, end = bare
    colon = re.match(r"\s*[:：]", text[end:])
    if colon is not None:
        end += colon.end()
    source = ""
    if not people:
        said = _SOURCE_RE.match(text[end:].lstrip())
        source = said.group("source") if said is not None else ""
    return Credit(people, 0, end, Position.FIRST_PARAGRAPH, agency=agency, dateline=True, source=source)


def _bare_credit(text: str, start: int, known: Container[str] = frozenset()) -> tuple[tuple, int] | None:
    """``记者车晓岚 井一帆 实习生邰晴 昨日上午，……``: role-led tokens up to the text (a space before it)."""
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip())
    if ROLE_RE.match(rest, lead) is None:
        return None
    best: tuple[tuple, int] | None = None
    tokens = list(_SEPARATOR_RE.finditer(rest))
    cut_points = [m.start() for m in tokens if m.start() > lead] + [len(rest)]
    for cut in cut_points[:8]:
        reading = read_phrase(rest[lead:cut].removesuffix("报道"), strict=True, known=known)
        if reading is None or not reading.labelled:
            break
        best = (reading.people, start + cut)
    if best is None:
        return None
    after = text[best[1] :]
    if after and not after[:1].isspace():
        return None
    return best[0], best[1] + (len(after) - len(after.lstrip()))


_OPENING_BRACKET_RE = re.compile(r"^\s*[(（](?P<inner>[^()（）]{2,40})[)）][：:，,]?")
# A lead of the paper's own wording before the bracketed reporters, no agency form the grammar knows:
# ``青禾晨报现场新闻（记者 林可舟）昨日……``, ``晚报热线12345讯 （记者林可舟）……``.  The bracket must name a
# reporter by a role, and nothing before it may end a clause; a known agency inside the lead (``柳湾新貌本报讯``)
# is a line above joined to a dateline, not a lead; nor is a lead that opens with a date's tail (``月20日电``): that
# is the second piece of a dateline the line end cut.
_KNOWN_INSIDE_RE = re.compile(_KNOWN)
_DATE_TAIL_RE = re.compile(r"^[\d一二三四五六七八九十]*[月日]")
_LED_BRACKET_RE = re.compile(
    r"^\s*(?P<lead>[^()（）。，,；;：:！？!?“”\s]{2,16})\s*[(（](?P<inner>[^()（）]{2,40})[)）][：:，,]?"
)


def _opening_credit(text: str, known: Container[str] = frozenset()) -> Credit | None:
    """A paragraph opening with a credit and no agency: ``（记者 张三）近日……``, ``本报记者 张三 报道：……``."""
    match = _OPENING_BRACKET_RE.match(text)
    if match is not None:
        reading = read_phrase(match.group("inner"), strict=True, known=known)
        if reading is None or not reading.labelled or not any(p.role for p in reading.people):
            return None
        return _credit(reading, 0, match.end(), Position.FIRST_PARAGRAPH)
    led = _LED_BRACKET_RE.match(text)
    lead_words = led.group("lead") if led is not None else ""
    if led is not None and not _DATE_TAIL_RE.match(lead_words) and not _KNOWN_INSIDE_RE.search(lead_words, 1):
        reading = read_phrase(led.group("inner"), strict=True, known=known)
        if reading is not None and reading.labelled and any(p.role for p in reading.people) and led.end() < len(text):
            return _credit(reading, 0, led.end(), Position.FIRST_PARAGRAPH, agency=led.group("lead"))
    told = _TOLD_RE.match(text)
    if told is not None and ROLE_RE.match(told.group("credit").strip()):
        reading = read_phrase(told.group("credit"), strict=True, known=known)
        if reading is not None and reading.labelled:
            return _credit(reading, 0, told.end(), Position.FIRST_PARAGRAPH)
    bare = _bare_credit(text, 0, known)
    if bare is not None and bare[1] < len(text):
        return Credit(bare[0], 0, bare[1], Position.FIRST_PARAGRAPH)
    return None


def _without_code(text: str) -> str:
    code = _EDITOR_CODE_RE.search(text)
    return text[: code.start()] if code is not None else text


def without_code(text: str) -> str:
    """The text without an editor's or portal's code at its end (``②7``, ``J205``)."""
    return _without_code(text)


def is_look_alike(text: str) -> bool:
    """A line that says who tipped off, supplied or edited the story, not who wrote it (formats.md §1.12)."""
    return _NOT_A_CREDIT_RE.match(text) is not None


@lru_cache(maxsize=CACHE_SIZE)
def line(text: str, marked_bare: bool = True, known: Container[str] = frozenset()) -> Credit | None:
    """The credit when the whole line is one: ``（赵静 王刚）``, ``记者 张三 通讯员 李四``, ``文/王五``, ``（农业办）``.

    Bare names with no role, job or bracket count only after a credit mark (``● 林可舟``);
    whether an unmarked name line signs an article is for segmentation to judge.
    """
    stripped = _without_code(text.strip())
    if stripped[-1:] in CLOSE and stripped[:1] not in OPEN:
        stripped = _NOTE_AFTER_RE.sub("", stripped)
    stripped = _TIP_TAIL_RE.sub("", stripped) if "提供" in stripped or "来源" in stripped else stripped
    stripped = (
        _DESK_TAIL_RE.sub("", stripped) if "编" in stripped or "校对" in stripped or "审核" in stripped else stripped
    )
    lead = len(text) - len(text.lstrip())
    body = stripped.lstrip(MARKS).lstrip()
    if body[:1] == "N" and "\u4e00" <= body[1:2] <= "\u9fff":
        body = body[1:]  # ``N青禾都市报记者 林可舟``: some papers mark credits with an N
    if body.startswith(("——", "—", "--", "-")):
        body = body.lstrip("—-").lstrip()
    marked = len(body) < len(stripped)
    start = lead + len(stripped) - len(body)
    end = lead + len(stripped)
    if len(body) < 2 or len(body) > 60 or _NOT_A_CREDIT_RE.match(body):
        return None
    if is_group_credit(body):
        return Credit((), start, end, Position.LINE, office=body.strip("()（）"))
    anonymous = _anonymous(body, start, end, Position.LINE)
    if anonymous is not None:
        return anonymous
    noted = _NAME_WITH_NOTE_RE.match(body)
    if noted is not None:
        # ``林可舟（作者系青禾大学教授）``: the note says the names before it are the author's
        reading = read_phrase(noted.group("names"), strict=True, known=known)
        return _credit(reading, start, end, Position.LINE) if reading is not None and len(reading.people) <= 4 else None
    said = _SOURCE_RE.match(body.strip("()（）"))
    if said is not None and len(said.group()) >= len(body.strip("()（）")) - 1:
        return Credit((), start, end, Position.LINE, source=said.group("source"))
    wire = _WIRE_PHOTO_RE.match(body)
    if wire is not None:
        reading = read_phrase(wire.group("inner"), known=known)
        return _credit(reading, start, end, Position.LINE, agency=wire.group("agency"))
    if body[0] in OPEN and body[-1] in CLOSE and not any(c in body[1:-1] for c in "()（）"):
        return _inner_credit(body[1:-1], start, end, Position.LINE, known)
    if body[0] in _OTHER_OPEN:
        return _other_bracket_credit(body, start, end, Position.LINE, known)
    if any(mark in body for mark in "。，,()（）"):
        sentence = _SENTENCE_CREDIT_RE.search(body)
        if sentence is not None and body.startswith(("图片由", "照片由", "图由", "文字由", "文由")):
            readings = (read_phrase(m.group("credit"), known=known) for m in _SENTENCE_CREDIT_RE.finditer(body))
            people = [person for reading in readings if reading is not None for person in reading.people]
            return Credit(tuple(people), start, end, Position.LINE) if people else None
        return None
    reading = read_phrase(body, strict=True, known=known)
    if reading is None and marked and marked_bare:
        return _branded(body, start, end, known)
    if reading is None:
        return None
    if not reading.labelled and not (marked and marked_bare and _bare_ok(reading)):
        return None
    return _credit(reading, start, end, Position.LINE)


_BRAND_RE = re.compile(rf"^(?P<brand>[{HAN}]{{2,6}})[\s\u3000]+(?P<names>[{HAN}\s\u3000]{{2,20}})$")


def _branded(body: str, start: int, end: int, known: Container[str]) -> Credit | None:
    """After a credit mark, the outlet or column that signs and the names: ``N青禾邦邦 林可舟``.

    (Some papers sign with a reporters' brand of their own instead of a role word; the
    mark says it is a credit, the surname-led names say who.)
    """
    match = _BRAND_RE.match(body)
    if match is None:
        return None
    reading = read_phrase(match.group("names"), strict=True, known=known)
    if reading is None or len(reading.people) > 4 or read_phrase(match.group("brand"), strict=True) is not None:
        return None
    return _credit(reading, start, end, Position.LINE, agency=match.group("brand"))


def _bare_ok(reading: Reading) -> bool:
    return len(reading.people) <= 4


@lru_cache(maxsize=CACHE_SIZE)
def trailing(text: str, bare: bool = False, known: Container[str] = frozenset()) -> Credit | None:
    """A credit run on after the paragraph's last sentence: ``…完工。（林可舟）``, ``…收割过半。 记者 伍柏舟 摄``.

    ``bare``: also bare names after the last sentence (``…暖洋洋的。”邰晴 甘棠``), which
    only the last paragraph of an article may end with (elsewhere a column wrap may
    have cut a sentence right after a name).
    """
    body = _without_code(text.rstrip())
    body = _SOURCE_TAIL_RE.sub("", body) if "来源" in body[-40:] else body
    body = _DESK_TAIL_RE.sub("", body) if "编" in body[-30:] else body
    body = _END_MARK_RE.sub("", body) if body.endswith(CLOSE_TUPLE) else body
    window = max(0, len(body) - 70)
    last = max((body.rfind(char, window) for char in _SENTENCE_END), default=-1)
    if last < 0:
        return None
    tail_start = last + 1
    tail = body[tail_start:]
    stripped = tail.strip()
    if not stripped:
        return None
    start = tail_start + len(tail) - len(tail.lstrip())
    end = start + len(stripped)
    if stripped[0] in OPEN and stripped[-1] in CLOSE and not any(c in stripped[1:-1] for c in "()（）"):
        if text[last] == "）":
            return None
        return _inner_credit(stripped[1:-1], start, end, Position.END, known)
    if stripped[0] in _OTHER_OPEN:
        return _other_bracket_credit(stripped, start, end, Position.END, known)
    wire = _WIRE_PHOTO_RE.match(stripped)
    if wire is not None:
        reading = read_phrase(wire.group("inner"), known=known)
        return _credit(reading, start, end, Position.END, agency=wire.group("agency"))
    if bare and stripped.startswith("——") and len(stripped) <= 16:
        # ``……共同守护。——林可舟``: the author signs after a dash at the story's end
        reading = read_phrase(stripped.lstrip("—").strip(), strict=True, known=known)
        return _credit(reading, start, end, Position.END) if reading is not None and len(reading.people) <= 4 else None
    anonymous = _anonymous(stripped.lstrip(MARKS).lstrip(), start, end, Position.END)
    if anonymous is not None:
        return anonymous
    if any(mark in stripped for mark in "，,；;()（）“”") or _NOT_A_CREDIT_RE.match(stripped):
        return None
    reading = read_phrase(stripped.lstrip(MARKS), strict=True, known=known)
    if reading is None:
        return None
    if not reading.labelled and not (bare and len(reading.people) <= 4):
        return None
    return _credit(reading, start, end, Position.END)


def bare_names(text: str, marked: bool = False) -> tuple[str, ...] | None:
    """The names when the line holds nothing but one to four surname-led names (an author's line), else None.

    One two-character word alone (``高考``, ``文化``: a section label) is no evidence
    of a name unless a credit mark (``□``) stands before it: ``marked``.
    """
    reading = read_phrase(text.strip(), strict=True)
    if reading is None or reading.labelled or len(reading.people) > 4:
        return None
    if any(len(token) > 4 for token in _SEPARATOR_RE.split(text.strip()) if token):
        return None  # names run together with no role to vouch for them: a title (``王者归来``)
    names = reading.people
    if len(names) == 1 and len(names[0].name) == 2 and not marked:
        return None
    return tuple(person.name for person in names)


_CAPTION_TOKENS = 6  # tokens of a credit closing a caption after its label: ``青禾日报全媒体记者 林可舟 摄``


@lru_cache(maxsize=CACHE_SIZE)
def caption_credit(text: str, known: Container[str] = frozenset()) -> Credit | None:
    """The credit closing a photo caption: ``……游玩。（□新华社发）``, ``柳湾晨景 青禾日报记者 林可舟 摄``.

    After a caption's words with no sentence end, only a credit that says a role counts
    (``柳湾晨景 林可舟 摄`` may be two words of the caption).
    """
    found = trailing(text, known=known)
    if found is not None:
        return found
    body = _without_code(text.rstrip())
    tokens = list(_SEPARATOR_RE.finditer(body))
    for separator in tokens[-_CAPTION_TOKENS:]:
        tail = body[separator.end() :]
        if not ROLE_RE.match(tail):
            continue
        reading = read_phrase(tail, strict=True, known=known)
        if reading is not None and any(person.role for person in reading.people):
            return _credit(reading, separator.end(), len(body), Position.CAPTION)
    return None
