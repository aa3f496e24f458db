"""What a credit is: the people it names with their roles and jobs, or an office or an agency."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class Position(StrEnum):
    """Where a credit sits in its article (formats.md §1: credit_pos)."""

    FIRST_PARAGRAPH = "first_paragraph"  # a dateline opening the first paragraph: ``本报讯（记者 林可舟）``
    TOP_LINE = "top_line"  # a line of its own between the titles and the text: ``□本报记者 苗若溪``
    END = "end"  # run on after the last sentence: ``……完工。（林可舟）``
    END_OWN_LINE = "end_own_line"  # a line of its own below the text: ``记者 韩松岭 摄``
    CAPTION = "caption"  # closing a photo caption
    LINE = "line"  # a line of its own whose place in the article is not known yet


PHOTO_JOBS = frozenset({"摄", "图", "摄影", "摄影报道", "文/摄", "文/图", "图/文", "文并摄", "供图"})


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str = ""  # 记者, 本报记者, 青禾日报全媒体记者, 通讯员, 实习生, 读者… ("" for a bare name)
    job: str = ""  # 文, 图, 摄, 文/摄, 文并摄, 摄影报道, 报道… ("" when not said)

    @property
    def photographer(self) -> bool:
        return self.job in PHOTO_JOBS or self.role in ("摄影", "摄影记者")


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit found in a block: ``start``..``end`` are its characters in the block's text."""

    people: tuple[Person, ...]
    start: int
    end: int
    position: Position
    agency: str = ""  # 本报, 新华社, 青禾日报, 新华社发… (a dateline's or a wire photo's source)
    office: str = ""  # an office signing instead of a person: 农业办, 本报“春日进万家”特别报道组
    dateline: bool = False  # opens with a dateline (本报讯, 新华社青禾3月5日电)
    block: int = -1  # the block's index in the document, once an article's credits are gathered
    source: str = ""  # whose story the paper runs: ``据《青禾晚报》``, ``据新华社消息``

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(person.name for person in self.people))

    @property
    def photo(self) -> bool:
        """A photo credit: every person named took the pictures (``X 摄``, ``新华社发（X摄）``)."""
        return bool(self.people) and all(person.photographer for person in self.people)

    @property
    def signed(self) -> bool:
        """It names who wrote the story: people, an office, or an outside agency (a wire story)."""
        return bool(self.people or self.office or self.source) or (bool(self.agency) and not own_newsroom(self.agency))

    def at(self, position: Position, block: int | None = None) -> Credit:
        return replace(self, position=position, block=self.block if block is None else block)

    def shifted(self, offset: int) -> Credit:
        return replace(self, start=self.start + offset, end=self.end + offset)


# A paper's own staff: its names are expected in the credit (``本报讯`` alone signs nothing).
OWN_AGENCIES = ("本报", "本刊")
LOCAL_NEWSROOM = ("融媒体中心", "融媒中心", "广播电视台")
PAPERS = ("日报", "晚报", "晨报", "早报", "时报", "商报", "都市报", "青年报", "快报", "导报")
WEBSITES = ("网", "在线", "客户端", "新闻")


def own_newsroom(agency: str) -> bool:
    """``本报``, a paper's or website's own name, a county newsroom: it signs nothing without names."""
    return agency in OWN_AGENCIES or agency.endswith(LOCAL_NEWSROOM + PAPERS + WEBSITES) or "/" in agency
