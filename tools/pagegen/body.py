"""The made-up stuff of an article: its scene (paper, places, date, topic) and its sentences."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tools.pagegen import words
from tools.pagegen.words import Names


@dataclass
class Scene:
    """Everything one article is about, drawn once so that its lines agree with each other."""

    rng: random.Random
    names: Names
    county: str
    town: str
    village: str
    paper: str  # e.g. 青禾晚报
    paper_head: str  # 青禾
    site: str  # e.g. 青禾网
    year: int
    month: int
    day: int
    topic: dict[str, tuple[str, ...]]
    thing: str = ""
    event: str = ""
    used: set[str] = field(default_factory=set)  # sentence kinds already written

    def pick(self, key: str) -> str:
        return self.rng.choice(self.topic[key])

    @property
    def date(self) -> str:
        return f"{self.month}月{self.day}日"

    @property
    def iso_date(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def weekday(self) -> str:
        import datetime

        return words.WEEKDAYS[datetime.date(self.year, self.month, self.day).weekday()]


def new_scene(
    rng: random.Random, paper_head: str, paper_kind: str, site_kind: str, date: tuple[int, int, int] | None = None
) -> Scene:
    county_head = words.place_head(rng)
    topic = words.TOPICS[rng.choice(sorted(words.TOPICS))]
    year, month, day = date or random_date(rng)
    scene = Scene(
        rng=rng,
        names=Names(rng),
        county=county_head + rng.choice(words.COUNTY_KINDS),
        town=words.place_head(rng, county_head) + rng.choice(words.TOWN_KINDS),
        village=words.place_head(rng, county_head) + rng.choice(words.VILLAGE_KINDS),
        paper=paper_head + paper_kind,
        paper_head=paper_head,
        site=paper_head + site_kind,
        year=year,
        month=month,
        day=day,
        topic=topic,
    )
    scene.thing = scene.pick("thing")
    scene.event = scene.pick("event")
    return scene


def random_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2019, 2021, 2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28)


def _number(rng: random.Random) -> str:
    return str(rng.choice((3, 5, 8, 12, 20, 30, 46, 60, 120, 200, 350, 1200)))


_KINDS = (
    "event",
    "project",
    "quote",
    "number",
    "activity",
    "plan",
    "person",
    "trend",
    "said",
    "scene",
    "learned",
    "before",
    "percent",
    "detail",
    "question",
    "weather",
    "list",
    "english",
)
OPENERS = ("近日", "日前", "连日来", "今年以来", "眼下", "入秋以来", "这几天")


def sentence(scene: Scene, kind: str | None = None) -> str:
    """One news sentence of the scene's topic, ending with its full stop (or a closing quote)."""
    rng = scene.rng
    s = scene
    if kind is None:
        fresh = [k for k in _KINDS if k not in s.used] or [k for k in _KINDS if k != "event"]
        kind = rng.choice(fresh)
    s.used.add(kind)
    if kind == "event":
        crowd = rng.choice((20, 30, 50, 60, 100, 200, 300))
        when = s.date if rng.random() < 0.6 else rng.choice(OPENERS)
        return rng.choice(
            (
                f"{when}，{s.town}{s.village}举行{s.event}，{crowd}余名{s.pick('people')}参加。",
                f"{when}，{s.county}{s.event}在{s.town}启动，吸引了{crowd}多名{s.pick('people')}。",
                f"记者从{rng.choice(words.ORGS)}获悉，{s.town}{s.thing}{s.pick('status')}。",
            )
        )
    if kind == "learned":
        how = rng.choice(("统一规划", "村民自筹", "社会资本参与"))
        return f"记者了解到，{s.thing}由{s.town}{how}建设，已于上月完成验收。"
    if kind == "before":
        years = rng.randint(3, 10)
        return f"{years}年前，这里还是一片{rng.choice(('荒地', '旧厂房', '臭水沟', '泥泞小路'))}，如今已大变样。"
    if kind == "percent":
        return f"与去年同期相比，{s.pick('people')}人数增长了{rng.randint(5, 60)}.{rng.randint(1, 9)}%。"
    if kind == "detail":
        return (
            f"{s.thing}占地约{rng.randint(2, 90)}亩，设有{rng.choice(('休息区', '展示区', '服务台', '停车位'))}、"
            f"{rng.choice(('阅览室', '活动室', '卫生间', '充电桩'))}等设施。"
        )
    if kind == "question":
        return f"“{s.thing}什么时候开？”不少{s.pick('people')}一早就来打听。"
    if kind == "weather":
        return (
            f"当天{rng.choice(('阳光正好', '细雨蒙蒙', '秋高气爽', '寒风凛冽'))}，{s.pick('people')}的热情却丝毫不减。"
        )
    if kind == "list":
        first = rng.choice(("知识问答", "趣味游戏", "手工制作"))
        second = rng.choice(("现场咨询", "展板展示", "互动体验"))
        return f"活动设置了{first}、{second}和{rng.choice(('文艺演出', '义卖', '抽奖'))}三个环节。"
    if kind == "english":
        return f"{s.thing}还开通了24小时服务热线和“{s.paper_head}通”APP，扫描二维码即可预约。"
    if kind == "project":
        return (
            f"据了解，{s.village}{s.thing}总投资{_number(rng)}万元，"
            f"预计{rng.randint(1, 12)}月底{rng.choice(('完工', '投用', '全面建成'))}。"
        )
    if kind == "quote":
        return f"“{rng.choice(words.QUOTES)}。”{s.pick('people')}{s.names.person()}说。"
    if kind == "said":
        title = rng.choice(words.TITLES)
        return f"{s.town}{title}{s.names.person()}告诉记者，“{rng.choice(words.QUOTES)}。”"
    if kind == "number":
        return f"截至目前，{s.county}已建成{s.thing}{_number(rng)}处，服务{s.pick('people')}{_number(rng)}万人次。"
    if kind == "activity":
        return f"活动现场，{s.pick('people')}{s.pick('activity')}，{s.pick('scene')}。"
    if kind == "plan":
        return f"下一步，{rng.choice(words.ORGS)}将{rng.choice(words.PLANS)}，{rng.choice(words.GOALS)}。"
    if kind == "person":
        return (
            f"{s.names.person()}今年{rng.randint(23, 78)}岁，"
            f"在{s.village}{rng.choice(('工作', '生活', '种地', '开店'))}已有{rng.randint(3, 40)}年。"
        )
    if kind == "trend":
        return f"近年来，{s.county}把{s.thing}建设作为民生实事，{rng.choice(words.GOALS)}。"
    return f"走进{s.village}，{s.pick('people')}正在{s.pick('activity')}，{s.pick('scene')}。"


def paragraph(scene: Scene, sentences: int, first: str | None = None) -> str:
    parts = [sentence(scene, first)] if first else []
    while len(parts) < sentences:
        parts.append(sentence(scene))
    return "".join(parts)


def short_sentence(scene: Scene) -> str:
    """A paragraph of one short sentence (a hook or a close)."""
    rng = scene.rng
    return rng.choice(
        (
            f"{scene.town}的春天来得早。",
            f"{rng.choice(words.ORGS)}负责人{scene.names.person()}参加活动。",
            f"人们常说，“{scene.paper_head}的茶最香”。",
            f"{scene.thing}又热闹起来了。",
            "这一天，大家盼了很久。",
        )
    )


def caption_text(scene: Scene) -> str:
    """A photo text without mark or credit."""
    rng = scene.rng
    return rng.choice(
        (
            f"{scene.pick('people')}在{scene.thing}{scene.pick('activity')}。",
            f"{scene.date}，{scene.pick('people')}在{scene.town}{scene.pick('activity')}。",
            f"{scene.village}的{scene.thing}，{scene.pick('scene')}。",
        )
    )


def poem(scene: Scene) -> list[str]:
    """Lines of a poem: no end punctuation, a sentence may break inside a line."""
    rng = scene.rng
    lines = [
        f"雪落在{scene.village}的屋檐上",
        "也落在远行人的",
        "名字。回家过年",
        "是一场漫长的等待",
        f"{scene.town}的灯火",
        "一盏一盏亮起来",
        "像母亲的眼睛",
    ]
    start = rng.randint(0, 2)
    return lines[start : start + rng.randint(4, 5)]


def intertitle(scene: Scene) -> str:
    """A sub-heading (小标题) inside the story: a whole line printed without a closing mark."""
    rng = scene.rng
    return rng.choice(
        (
            f"{scene.thing}建到家门口",
            f"让{scene.pick('people')}有个好去处",
            f"{rng.choice(_NUMERAL_HEADS)}{rng.choice(words.PLANS)}",
            "小切口 大民生",
            f"{scene.pick('people')}成了主角",
            f"从“{rng.choice(('要我干', '等靠要', '没人管'))}”到“{rng.choice(('我要干', '抢着干', '大家管'))}”",
        )
    )


_NUMERAL_HEADS = ("一、", "二、", "三、", "（一）", "（二）")


def unpunctuated_items(scene: Scene) -> list[str]:
    """A lead-in ending with a colon and two to four items, each a whole line without a closing mark."""
    rng = scene.rng
    count = rng.randint(2, 4)
    numbered = rng.random() < 0.6
    plans = rng.sample(words.PLANS, count)
    lead = f"{rng.choice(words.ORGS)}负责人{scene.names.person()}介绍，下一步将重点做好{count}件事："
    return [lead] + [f"{index + 1}.{plan}" if numbered else plan for index, plan in enumerate(plans)]


def cut_short(text: str, rng: random.Random) -> str:
    """The paragraph as a page prints it when the rest of the story is on another page: it stops
    inside its last sentence, after a Han character, with no mark."""
    spots = [
        i
        for i in range(len(text) - 4, 7, -1)
        if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"
    ]
    return text[: rng.choice(spots[:12])] if spots else text
