"""Reading the people out of a credit phrase: roles, names and jobs in any order and spacing.

A phrase is what a credit says without its brackets, marks or place on the page:
``记者 吕清禾 摄影 卜星野 实习生郁文川``, ``青禾日报/青禾网记者郁文川通讯员宣慕白摄影``,
``甘棠/文 林可舟/摄``, ``文/摄 记者 吕清禾``, ``文并摄卜星野``, ``苗若溪、见习记者 韩松岭``.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from desktop.proofing.credits.model import LOCAL_NEWSROOM, PAPERS, Person
from desktop.proofing.credits.names import HAN, MAX_NAMES, is_name, is_surname_name, is_word, split_list, split_run

# a paper, a website or an app, its name may join two (``上游新闻·青禾晨报``), a 社 may follow (``青禾日报社``)
_PAPER = rf"[{HAN}·]{{0,10}}?(?:(?:{'|'.join(PAPERS)}|报)社?|新闻网|网|客户端|新闻|{'|'.join(LOCAL_NEWSROOM)})"
_POSTED = rf"驻[{HAN}]{{1,8}}?"
# a desk of the paper: ``图片中心记者``, ``视觉中心记者``, ``摄影部记者``
_DESK = rf"(?:本报)?[{HAN}]{{2,4}}?(?:中心|部)"
# a paper's media brand before its all-media reporters: ``青禾融媒记者``, ``青禾全媒体记者``
_BRAND = rf"[{HAN}]{{2,6}}?(?=(?:全媒体|全媒|融媒体|融媒)记者)"
# A role word, longest forms first: ``青禾日报/青禾网记者``, ``本报驻京记者``, ``全媒体记者``, ``实习生``.
ROLE_RE = re.compile(
    rf"(?:{_PAPER}(?:[/／]{_PAPER})?|新华社|中新社|本报(?:{_POSTED})?|{_POSTED}|[A-Z]{{2,6}}|{_DESK}|{_BRAND})?"
    r"(?:特约|特派|见习|实习|首席|主任|高级|资深|全媒体|全媒|融媒体|融媒|新媒体|视频|摄影|手机){0,2}(?:记者|通讯员)"
    r"|(?:本报)?实习生|(?:本报)?(?:特约)?评论员|读者|摄像|视频|(?:特约)?撰稿人?|撰文|制图|编译|报道组"
)
# A reporter qualified by any desk, column or brand of the paper, opening a credit: ``社区记者 林可舟``,
# ``青禾办记者 林可舟 文/图``, ``青禾传媒记者林可舟摄``.  Papers name their reporters ``〈qualifier〉记者`` with
# qualifiers no list holds; the word ``记者`` and the names after it (a space, or a job closing the credit)
# say it is a credit.  A qualifier holding a word that makes it a clause (``他对记者…``, ``市民告诉记者…``) is not one.
_QUALIFIED_ROLE_RE = re.compile(rf"^[{HAN}]{{2,5}}?(?:记者|通讯员)")
_CLAUSE_CHARS = frozenset("对向给跟和与让被把告诉说请问将为在从是了的着过")
# A job said before the names: ``文/图 …``, ``图/ …``, ``文并摄…``, ``文｜…``.
_JOB_BEFORE_RE = re.compile(
    r"^(?:文并摄|(?:文[/／·]?图|图[/／]?文|文[/／]摄|摄[/／]文|撰文|撰稿|作者|口述|整理|拍摄者?|摄影者?|文字|图片|执笔|文|图|摄)"
    r"\s*[/／:：|｜·])"
)
# A job said after the names: ``…/文``, ``… 摄``, ``…摄影``, ``…报道``, ``… 文/摄``.
_JOB_AFTER_RE = re.compile(
    r"(?:[/／](?:文|图|摄)|文[/／]摄|文[/／]图|图[/／]文|文并摄|摄影报道|报道|摄影|摄|整理|供图)$"
)
JOB_WORDS = frozenset(
    {"摄", "文", "图", "摄影", "报道", "摄影报道", "文/摄", "文/图", "图/文", "文并摄", "文图", "整理", "文字", "图片"}
    | {"本版文字", "本版图片", "本版摄影", "供图"}
)
JOB_SYNONYMS = {
    "撰文": "文", "撰稿": "文", "作者": "文", "口述": "文", "执笔": "文", "文字": "文", "本版文字": "文",
    "图片": "图", "本版图片": "图", "本版摄影": "摄", "拍摄": "摄", "拍摄者": "摄", "摄影者": "摄",
}  # fmt: skip
# When the pictures were taken or the story filed, between the names and the job: ``记者 林可舟昨晚9时摄影报道``.
_WHEN_RE = re.compile(
    r"(?:(?:今|昨|前)[天日晚晨早]|(?:\d{1,2}月)?\d{1,2}日)(?:上午|下午|中午|晚上|凌晨|早上|夜间?)?"
    r"(?:\d{1,2}[时点](?:\d{1,2}分|半)?许?)?(?=\s*(?:摄影报道|摄影|报道|摄)$)"
)
_SEPARATORS_RE = re.compile(r"[\s\u3000、，,;；]+")
_TIGHT_RE = re.compile(r"\s*([/／|｜:：])\s*")  # ``文 | 王刚``, ``图/ 车晓岚``: the job's mark binds
_FILED_FROM = "发自"
_PLACE_MAX = 6  # characters of the place a reporter files from (``青禾报道``)
_SUPPLIED = (
    "供图"  # ``林可舟供图``: who supplied the picture  # ``本报记者 方浩 发自上海``: where the reporter filed from
)


_OUTLET_RE = re.compile(rf"^(?:{_PAPER})(?:[·、/／\s]?(?:{_PAPER}))*$")


def is_outlet(text: str) -> bool:
    """The name of a paper, a website or an app, or of several run together: ``青禾都市报青禾新闻``."""
    return _OUTLET_RE.match(text) is not None


def _qualified_role(token: str, more_tokens: bool) -> str:
    """``社区记者`` opening a credit's first token: the role, when the names follow apart or a job closes them."""
    match = _QUALIFIED_ROLE_RE.match(token)
    if match is None or any(char in _CLAUSE_CHARS for char in match.group()[:-2]):
        return ""
    rest = token[match.end() :]
    if rest and not (_JOB_AFTER_RE.search(rest) and not more_tokens):
        return ""  # names run on with no job after them: ``社区记者林可舟`` may be a clause's words
    if not rest and not more_tokens:
        return ""
    return match.group()


@dataclass(frozen=True, slots=True)
class Reading:
    """The people a phrase names; ``labelled`` when it said a role or a job (not bare names only)."""

    people: tuple[Person, ...]
    labelled: bool
    agency: str = ""


def _normal_job(job: str) -> str:
    job = job.replace("／", "/").replace("｜", "/").replace("|", "/").replace(":", "/").replace("：", "/")
    job = job.rstrip("·").strip("/ ").replace("·", "/")
    job = JOB_SYNONYMS.get(job, job)
    return {"文图": "文/图", "图文": "文/图", "图/文": "文/图", "摄/文": "文/摄"}.get(job, job)


@lru_cache(maxsize=16384)
def read_phrase(phrase: str, strict: bool = False, known: Container[str] = frozenset()) -> Reading | None:
    """The people named in ``phrase``, or None when it is not a credit.

    ``strict``: names that no role or job word vouches for must start with a common surname.
    """
    people: list[Person] = []
    pending_role = ""  # a role said, waiting for its names
    pending_job = ""  # a job said before the names (``文/摄 记者 吕清禾``)
    unjobbed = 0  # people at the end of ``people`` still waiting for a job said after them
    labelled = False
    agency = ""
    singles: list[str] = []  # ``邰 晴``: a two-character name printed with a space inside
    vouching = False  # a role or job word was just said: the run right after it is a name whatever it looks like

    def add(run: str, vouched: bool, listed: bool = False) -> bool:
        nonlocal unjobbed, vouching
        names = split_run(run, known, strict=strict and not (vouched and vouching))
        if names is None and listed:
            names = split_list(run, known)  # ``林可舟苗若溪郦山摄``: a job after a list vouches for a rare surname
        vouching = False
        if names is None:
            return False
        if not (pending_role or pending_job) and any(
            is_word(name) and name not in known and (len(names) > 1 or len(name) > 2) for name in names
        ):
            # ``游客争相拍摄``: a sentence's words cut at surnames (a job word after them vouches for nothing);
            # a name alone that is a word (``高峰 摄``) stands
            return False
        for name in names:
            people.append(Person(name, pending_role, pending_job))
        unjobbed = unjobbed + len(names) if not pending_job else 0
        return True

    def give_job(job: str) -> None:
        nonlocal unjobbed
        job = _normal_job(job)
        for number in range(len(people) - unjobbed, len(people)):
            person = people[number]
            people[number] = Person(person.name, person.role, job)
        unjobbed = 0

    phrase = _WHEN_RE.sub("", phrase.strip()) if "日" in phrase or "晚" in phrase or "晨" in phrase else phrase
    tokens = [token for token in _SEPARATORS_RE.split(_TIGHT_RE.sub(r"\1", phrase.strip())) if token]
    for position, token in enumerate(tokens):
        if token.startswith(_FILED_FROM) and people:
            continue
        if len(token) == 1 and token not in JOB_WORDS:
            singles.append(token)
            if len(singles) == 2:
                joined = "".join(singles)
                if ROLE_RE.fullmatch(joined):
                    pending_role, labelled, vouching = joined, True, True  # ``记 者``: a role cut by a wrap
                elif not is_surname_name(joined) or not add(joined, False):
                    return None
                singles.clear()
            continue
        if singles:
            return None
        rest = token
        while rest:
            if rest in JOB_WORDS or _normal_job(rest) in JOB_WORDS:
                nxt = tokens[position + 1] if position + 1 < len(tokens) else ""
                if rest == "摄影" and nxt and not ROLE_RE.match(nxt) and is_name(nxt):
                    pending_role, pending_job, labelled = "摄影", "", True  # ``摄影 卜星野``: a role
                    vouching = True
                elif people:
                    give_job(rest)
                    pending_job, labelled = "", True
                else:
                    pending_job, labelled, vouching = _normal_job(rest), True, True
                rest = ""
                continue
            before = _JOB_BEFORE_RE.match(rest)
            if before is not None:
                pending_job, labelled, vouching = _normal_job(before.group()), True, True
                rest = rest[before.end() :]
                continue
            role = ROLE_RE.search(rest)
            if (role is None or role.start() > 0) and position == 0 and rest is token and not people:
                qualified = _qualified_role(rest, len(tokens) > 1)
                if qualified:
                    pending_role, labelled, vouching = qualified, True, True
                    rest = rest[len(qualified) :].lstrip(":：/／|｜")
                    continue
            if role is not None and role.start() == 0:
                pending_role, labelled, vouching = role.group(), True, True
                rest = rest[role.end() :].lstrip(":：/／|｜")
                continue
            head = rest[: role.start()] if role is not None else rest
            after = _JOB_AFTER_RE.search(head)
            job = ""
            if after is not None and len(head) - len(after.group()) >= 2:
                head, job = head[: after.start()], after.group()
            if re.fullmatch(_PAPER, head) and len(head) >= 4:
                # ``（记者 吕清禾 青禾晚报）``, ``N青禾都市报 林可舟``: the paper the reporter writes for
                agency, labelled, vouching = head, True, False
            elif not add(head, bool(pending_role or pending_job), listed=bool(job)) and not (
                # ``本报记者 林可舟 青禾报道``: where the reporter filed from, not a name
                job == "报道" and people and position == len(tokens) - 1 and len(head) <= _PLACE_MAX
            ):
                return None
            if job:
                give_job(job)
                labelled = True
            rest = rest[len(head) + len(job) :] if role is None or job else rest[role.start() :]
    if singles or not people or len(people) > MAX_NAMES:
        return None
    if any(person.job == _SUPPLIED and not is_surname_name(person.name) for person in people):
        return None  # ``（受访单位供图）``: a unit lent the picture, no person signs
    return Reading(tuple(people), labelled, agency)
