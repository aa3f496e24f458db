"""Page chrome (formats.md §4): page labels, dates, e-paper and portal labels, copyright, headline lists.

A ``Site`` is one paper's web template: which chrome it prints above and below every
article.  Lines repeat between the articles of one site, as they do on real pages;
a headline list names the page's other headlines and the article's own.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tools.pagegen.body import Scene

SECTIONS = ("城市新闻", "要闻", "综合新闻", "区县新闻", "文化周刊", "民生", "特别报道", "社会", "县域")
CHANNELS = ("本地新闻", "社会", "民生", "区县", "文化")


@dataclass(frozen=True)
class PageInfo:
    """What chrome may name: the article's headline and the headlines of its page."""

    headline: str
    page_headlines: tuple[str, ...]
    page: int
    section: str
    letter: str


Chrome = Callable[[Scene, PageInfo, random.Random], list[str]]
BEFORE: dict[str, Chrome] = {}
AFTER: dict[str, Chrome] = {}


def _before(tag: str) -> Callable[[Chrome], Chrome]:
    def register(function: Chrome) -> Chrome:
        BEFORE[tag] = function
        return function

    return register


def _after(tag: str) -> Callable[[Chrome], Chrome]:
    def register(function: Chrome) -> Chrome:
        AFTER[tag] = function
        return function

    return register


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def _num(p: PageInfo) -> str:
    return f"{p.page:02d}"


@_before("4.1-page-label")
def _c1(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [
        rng.choice(
            (
                f"第{p.letter}{_num(p)}版:{p.section}",
                f"{_num(p)}版:{p.section}",
                f"当前版:{_num(p)}版",
                f"当前版: {_num(p)}版 上一版  下一版",
                f"{p.letter}{_num(p)}:{p.section}",
                f"{s.year}年{s.month}月{s.day}日{s.paper} 第{p.page}版",
                f"日期:[{s.year}年{s.month:02d}月{s.day:02d}日] -- {s.paper} -- 版次:[{p.letter}{p.page}]",
                f"《{s.paper}》({s.year}年{s.month:02d}月{s.day:02d}日 {p.page:03d}版)",
            )
        )
    ]


@_before("4.1-page-list")
def _c2(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    count = rng.randint(3, 5)
    return [f"第{p.letter}{n:02d}版:{SECTIONS[(p.page + n) % len(SECTIONS)]}" for n in range(1, count + 1)]


@_before("4.1-metadata-line")
def _c3(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    author = s.names.person() if rng.random() < 0.7 else ""
    return [
        f"来源:{s.paper}     {s.year}年{s.month:02d}月{s.day:02d}日        版次:{p.letter}{_num(p)}    "
        f"栏目:{p.section}    作者:{author}"
    ]


@_before("4.1-publish-date")
def _c4(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [
        f"出版日期:{s.year}年{s.month:02d}月{s.day:02d}日",
        rng.choice(("头版", f"第{p.page}版", p.section)),
        _num(p),
    ]


@_before("4.2-date")
def _c5(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [
        rng.choice(
            (
                f"{s.year}年{s.month:02d}月{s.day:02d}日 星期{s.weekday}",
                f"{s.paper} {s.year}年{s.month:02d}月{s.day:02d}日 星期{s.weekday} 放大 缩小 默认",
                f"{s.year}年{s.month}月{s.day}日 星期",
                f"{s.paper} {s.iso_date} {_clock(rng)} 大字",
                f"http://www.sina.com.cn {s.year}年{s.month:02d}月{s.day:02d}日{rng.randint(6, 22):02d}:"
                f"{rng.randint(0, 59):02d} {s.site}-{s.paper}",
                f"{s.iso_date} {_clock(rng)}:{rng.randint(0, 59):02d} 来源:{s.site}",
                f"时间:{s.iso_date} {_clock(rng)}   来源:{s.paper}",
                f"中原网  日期: {s.iso_date}  来源: {s.paper}",
            )
        )
    ]


@_before("4.2-reader-app")
def _c6(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [
        "电子报阅读机",
        f"当前报纸名称:{s.paper}",
        s.iso_date,
        f"星期{s.weekday}",
        f"日期:{s.month:02d}-{s.day:02d}",
    ]


@_before("4.3-nav")
def _c7(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return rng.choice(
        (
            ["3 上一篇", "下一篇 4"],
            ["上一篇    下一篇"],
            ["放大 缩小 默认"],
            ["通版阅读请点击:", "展开通版", "收缩通版"],
            ["返回主页", "版面导航"],
            ["dlrb"],
            ["阴影 阴影"],
        )
    )


@_before("4.3-breadcrumb")
def _c8(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    channel = rng.choice(CHANNELS)
    return [
        rng.choice(
            (
                f"首页 > {channel} > 正文",
                f"{s.site}首页 > {channel} > {p.section} > 正文",
                f"当前位置     首页 > {channel} > 正文",
                f"首页 > {channel} > {p.headline}",
            )
        )
    ]


@_before("4.5-headline-list")
def _c9(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    """标题导航 with the page's headlines, the article's own among them."""
    heads = list(p.page_headlines)
    if p.headline not in heads:
        heads.append(p.headline)
    style = rng.randrange(3)
    if style == 0:
        return ["标题导航", *heads, "返回新数字报"]
    if style == 1:
        return [f"·{head}" for head in heads]
    return ["本版导读", *heads, "~~~"]


@_before("4.5-repeated-headline")
def _c10(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [rng.choice((p.headline, f"原标题:{p.headline}"))]


@_after("4.3-nav-after")
def _a1(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return rng.choice(
        (
            ["上一篇  下一篇"],
            ["上一版3", "4下一版"],
            ["【打印】 【关闭】"],
            ["回顶部 到底部"],
            ["分享到微信朋友圈", "扫一扫"],
            ["收藏此页】【下载点点通】【打印】【关闭"],
            ["登录后发表评论", ">>我要举报"],
            ["广告"],
        )
    )


@_after("4.3-metadata-after")
def _a2(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    editors = s.names.people(2)
    return [
        rng.choice(
            (
                f"责任编辑:{editors[0]}",
                f"（责编:{editors[0]}、{editors[1]}）",
                f"编辑:{editors[0]}",
                f"【责任编辑:{editors[0]}】",
                f"文章来源:http://www.{''.join(rng.choice('abcdefghjkmnpqrstwxyz') for _ in range(4))}.cn/",
                "关键词:",
            )
        )
    ]


@_after("4.4-copyright")
def _a3(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    province = rng.choice("鲁豫琼陕浙苏皖湘鄂")
    return rng.choice(
        (
            [f"版权所有:{s.paper}  技术支持:{s.paper_head}科技"],
            [f"{province}ICP备{rng.randint(10000000, 99999999)}号"],
            [
                f"@CopyRight{s.year - 5}-{s.year} www.{s.paper_head}.cn AllRights Reserved",
                f"{s.paper}版权所有 未经书面许可不得转载",
            ],
            [" ".join(f"{s.paper_head}报业集团") + "      版 权 所 有"],
            [f"版权声明 @ {s.site} 网站版权所有"],
            [f"Copyright © {s.year - 3}-{s.year} {s.site} 版权所有"],
            [f"国内统一刊号:CN{rng.randint(11, 65)}-{rng.randint(1000, 9999)} {s.paper_head}报业集团出版"],
        )
    )


@_after("4.5-recommend")
def _a4(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    others = [head for head in p.page_headlines if head != p.headline] or [f"{s.county}新增三处口袋公园"]
    return [rng.choice(("新闻推荐", "相关阅读:", "推荐阅读")), rng.choice(others)]


@_after("4.5-cms-leak")
def _a5(s: Scene, p: PageInfo, rng: random.Random) -> list[str]:
    return [
        rng.choice(
            (
                f"{s.iso_date} {rng.randint(1, 9)} {rng.randint(1, 9)} {s.paper} content_{rng.randint(10000, 99999)}"
                f".html {rng.randint(1, 9)} {p.headline} /enpproperty-->",
                f"{rng.randint(10000, 99999)} {s.iso_date} 00:00:00 {p.headline}<BR/>KeywordPh",
                f"{s.paper} {p.section} 000{_num(p)} {p.headline} {s.iso_date} {rng.randint(1000000, 9999999)} 1 "
                f"{s.year}年{s.month:02d}月{s.day:02d}日 星期{s.weekday}",
            )
        )
    ]


@dataclass(frozen=True)
class Site:
    """One paper's template: the chrome tags it prints above and below each article."""

    before: tuple[str, ...]
    after: tuple[str, ...]

    def chrome(self, scene: Scene, page: PageInfo, rng: random.Random) -> tuple[list[str], list[str], list[str]]:
        """(lines above, lines below, tags used)."""
        above = [line for tag in self.before for line in BEFORE[tag](scene, page, rng)]
        below = [line for tag in self.after for line in AFTER[tag](scene, page, rng)]
        return above, below, [*self.before, *self.after]


def new_site(rng: random.Random, number: int) -> Site:
    """A template; ``number`` walks through the tags so that a run of sites covers all of them."""
    befores = sorted(BEFORE)
    afters = sorted(AFTER)
    before = {befores[number % len(befores)]}
    if rng.random() < 0.4:
        before.add(rng.choice(befores))
    after = {afters[number % len(afters)]}
    if rng.random() < 0.3:
        after.add(rng.choice(afters))
    order = [tag for tag in befores if tag in before]
    # a headline list or a repeated headline sits just above the article
    order.sort(key=lambda tag: tag.startswith("4.5"))
    return Site(before=tuple(order), after=tuple(tag for tag in afters if tag in after))
