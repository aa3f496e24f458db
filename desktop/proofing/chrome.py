"""Page chrome: the e-paper's and the portal's own lines, which belong to no article.

Two kinds of evidence.  A line may show its nature by itself (``is_chrome_line``):
known labels (``上一篇``, ``放大 缩小 默认``, ``通版阅读请点击:``), page labels, dates,
metadata (``来源:``, ``责任编辑:``), copyright and ICP lines, breadcrumbs, CMS leaks,
template tokens, or no Chinese at all.  And a page shows it (``page_chrome``): the
headline list after ``标题导航`` or ``本版导读`` (which may hold the article's own
headline: the real one is the line followed by its credit, dateline or body), and a
title-like line printed twice with nothing of an article under it the first time.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from desktop.proofing import chrome_page, credits

# Lines that open the page's list of headlines (the article's own headline may be among them).
_LIST_OPENERS = frozenset(
    [
        "标题导航",
        "热点人物",
        "热门推荐",
        "热门新闻",
        "本版导读",
        "版面导航",
        "本版列表新闻",
        "本版目录",
        "本期目录",
        "新闻推荐",
        "推荐阅读",
        "相关阅读",
        "相关链接",
        "相关新闻",
        "热点新闻",
        "大家都在看",
        "精彩图片推荐",
        "本网快讯",
        "推荐新闻",
        "本期推荐",
        "本期推荐新闻",
    ]
)
# Labels of the e-paper's and the portal's interface, as whole tokens of a line (the openers of a
# headline list are labels too).
_LABELS = _LIST_OPENERS | frozenset(
    [
        "上一篇",
        "下一篇",
        "上一版",
        "下一版",
        "上一期",
        "下一期",
        "往期阅读",
        "往期回顾",
        "往日回顾",
        "返回主页",
        "返回首页",
        "返回目录",
        "返回新数字报",
        "返回",
        "回到首页",
        "版面概览",
        "PDF",
        "PDF版",
        "打印",
        "打印页面",
        "打印本页",
        "【打印】",
        "回顶部",
        "到底部",
        "回到顶部",
        "注册",
        "登录",
        "English",
        "放大",
        "缩小",
        "默认",
        "大字",
        "中字",
        "小字",
        "字号",
        "通版阅读请点击",
        "展开通版",
        "收缩通版",
        "发布日期",
        "当前版",
        "热门文章",
        "下载",
        "读报纸首页",
        "小字体",
        "中字体",
        "大字体",
        "小字体大字体",
        "新闻内容",
        "等待处理…",
        "站内搜索",
        "改变文字大小",
        "数字报纸",
        "更多",
        "更多>>",
        "标签",
        "推荐",
        "关键词",
        "电子报阅读机",
        "日期",
        "版面",
        "分享",
        "分享到",
        "分享到微信朋友圈",
        "扫一扫",
        "扫码关注",
        "猜你喜欢",
        "为你推荐",
        "体验更多精彩",
        "登录后发表评论",
        "我要举报",
        ">>我要举报",
        "发表评论",
        "点击数",
        "×",
        "客户端",
        "即时新闻",
        "·",
        "dlrb",
        "hkwb",
        "阴影",
        "广告",
        "~~~",
        "|",
        "收藏此页",
        "收藏",
        "下载点点通",
        "关闭",
        "关闭窗口",
        "爱问",
        "我有话说",
        "继续浏览",
        "新闻查询",
        "首页",
        "正文",
        "当前位置",
        "作者",
        "来源",
        "编辑",
        "责任编辑",
        "栏目",
        "版次",
        "专栏",
        "评论",
        "查看评论",
        "复制链接",
        "微信",
        "微博",
        "QQ空间",
        "手机版",
        "网站地图",
        "联系我们",
        "关于我们",
        "字体",
        "浏览次数",
        "阅读次数",
        "阅读",
        "朗读",
        "纠错",
        "打印本文",
        "纸质版",
        "数字报",
        "电子版",
    ]
)


def _words(text: str) -> list[str]:
    return text.split()


# The words interface labels are made of (``返回版面``, ``更多功能``, ``按日期查找``, ``阅读量``): a token
# written with these alone is a label of the reader, not a headline.  (No section words such as
# ``新闻`` or ``图片``: ``图片新闻`` is a column title and heads its items.)
_UI_WORDS = frozenset(
    _words(
        "返回 进入 版面 导航 标题 目录 更多 功能 收藏 打印 推荐 朗读 评论 分享 按 日期 查找 "
        "查询 搜索 检索 举报 反馈 本期 本版 往期 发布 文章 字数 阅读 阅读量 浏览 浏览量 点击 "
        "点击量 次数 首页 主页 主站 网站 留言 留言板 链接 字体 字号 放大 缩小 默认 复制 全文 "
        "原文 查看 关闭 窗口 下载 登录 注册 退出 订阅 上一篇 下一篇 上一版 下一版 上一期 "
        "下一期 跳转 到 正文 内容 页面 本页 本文 加入 设为 意见 纠错 投稿 报料 热线 选择 "
        "切换 回到 顶部 底部 我要 扫码 二维码 扫一扫 手机 打开 当前页 此页 微信 关注 我们 网友 "
        "数字报 电子版 电子报 相关 频道 热门 PDF pdf 排行 上一条 下一条 稿件 客户端 公众号 提交 验证码 用户名 密码"
    )
)
_UI_WORD_MAX = 3
_TOKEN_SPLIT_RE = re.compile(r"[\s\u3000|｜【】\[\]/／]+")
# A list item of the web page (``- 新闻推荐``, ``1. 版面导航``): the bullet or the number and a space.
_WEB_BULLET_RE = re.compile(r"^[-*]\s+(?=\S)")
_WEB_NUMBER_RE = re.compile(r"^\d{1,2}[.、．]\s+(?=\S)")
# ``阅读量:1188``, ``文章字数:119``: a short label and a count.
_COUNT_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}\s*[:：]\s*\d[\d,]*"
    r"|[\u4e00-\u9fff]{0,4}(?:评论|阅读|浏览|点赞|赞|参与|点击)\s*[:：]?\s*\d[\d,]*\s*[次人条]?"
    r"|(?:已有)?\d[\d,]*\s*(?:条评论|人参与|人阅读|次阅读|人点赞|次浏览))\s*$"
)
# ``首页 > 新闻动态 >``: a path of two steps or more (``柳湾社区>>`` is a kicker).
_PATH_RE = re.compile(r"[>＞»]+[^>＞»]+[>＞»]")
# a page label after an issue number or a separator: ``1886期 / 第2版：要闻``
_INNER_PAGE_LABEL_RE = re.compile(r"[\s/／|｜·]第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]")
# a number's thousands separator (``44,541``) is no pause of a sentence
_THOUSANDS_RE = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
# a browser or screen note: ``建议使用IE8以上 1024*768``
_SCREEN_RE = re.compile(r"\d{3,4}\s*[*×]\s*\d{3,4}|\bIE\s*\d", re.IGNORECASE)
# What a long footer paragraph holds (two of them make it chrome, full stops or not).
_FOOTER_PARTS = (
    re.compile(r"版权所有|版权声明|版权均?(?:归|属)|copyright|©", re.IGNORECASE),
    re.compile(r"(?:不得|禁止|请勿|严禁)\s*(?:转载|复制|摘编|镜像)"),  # (a reprint ban)
    re.compile(r"ICP[备证]", re.IGNORECASE),
    re.compile(r"E-?mail|邮箱\s*[:：]", re.IGNORECASE),
    re.compile(r"电话\s*[:：]\s*[(（+]?\d"),
    re.compile(r"未经.{0,8}(?:许可|授权|同意)"),
    re.compile(r"地址\s*[:：]|邮编\s*[:：]"),
)
_ICON_DIGITS = "0123456789"
_ARROWS = "←→«»<>＜＞"  # (``← 上一篇``, ``下一篇>>``: the link's arrow)
# ``来源:青禾日报``: a metadata label and its value (or no value at all).  (``作者：王五`` under a
# headline is its byline; only an empty ``作者:`` is the template's.)
_META_RE = re.compile(
    r"^[(（【\[]?(?:来源|稿源|字数|通信地址|地址|邮编|联系电话|稿件来源|文章来源|编辑|责任编辑|责编|值班编辑|作者(?=[:：]\s*$)|发布时间|发布日期|出版日期|时间(?=[:：]\s*\d{4})|原标题|"
    r"当前报纸名称|报纸名称|日期|字号|版面|版次|版名|栏目|专栏|标签|关键词|点击数|浏览次数|阅读次数|刊期|期数|期次|期号|出版|社长|总编辑|邮发代号|零售价|印刷|"
    r"发布者|发布人|编审|审核|审校|终审|校对|(?:信息|新闻|消息)来源(?=[:：]\s*\S{1,12}(?:报|网|社|台|刊|客户端)\s*$))\s*[:：]"
)
_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
_DATE_RE = re.compile(_DATE)
# Other line-level forms: page labels, copyright and licences, breadcrumbs, CMS leaks, sina bars.
_FORMS_RE = re.compile(
    r"^(?:第?\s*[A-Z]{0,2}\d{1,5}[A-Z]?\s*版\s*[:：(（]|[A-F]\d{1,2}\s*[:：]|[A-F]\d{1,2}\s*[\u4e00-\u9fff]{2,4}$|P\d{1,3}\s*[\u4e00-\u9fff]{2,4}$|"
    r"当前版|版面[:：]|第\s*[A-Z]?\d{1,3}\s*版$|星期[一二三四五六日天]?$|\d{1,2}[-/]\d{1,2}$|"
    r"https?://|www\.|[@©]|集团数字报刊|国内统一刊号|版权|技术支持|主办单位|主管单位|当前位置|[您你]的位置|[您你]现在的位置|"
    r"[(（]?责编|发表评论|爱问\s*[(（]|下载\S{0,8}APP|[《][^》]{2,12}[》]\s*[(（]\s*\d{4}|抱歉.{0,20}浏览器)"
    r"|ICP备|ICP证|copyright|all\s*rights\s*reserved|版权所有|(?:首页|频道|栏目)\s*[>＞»]|[>＞»]\s*正文$|】【"
    r"|content_\d+\.html?|enpproperty|<BR/?>|KeywordPh|^-->|\d{2}:\d{2}:\d{2}|[-—]\s*[A-Z]\d{1,2}\s*[\u4e00-\u9fff]{2,4}\s*[-—]$"
    r"|通版阅读|展开通版|收缩通版|放大\s*缩小|改变文字大小|浏览器版本|当前的?位置|^手机\S{1,6}网$|^\S{1,8}客户端$|数字报纸?$"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*星期|第[一二三四五六七八九十]{1,3}版\s*[:：(（]|^\d\s*[上下]$"
    r"|E-?mail\s*[:：]|^(?:电话\s*)?新闻热线|^跳转到|^注册\S{0,12}邮箱|公网安备|(?:电子版|电子报)$"
    # (a link bar's tail ``| ||``; ``关键词一``; a menu of sections ``要闻;公告``; a list item cut short ``…:~~~``;
    # a comment box over the story's title ``评论：（…）``)
    r"|(?:\s*[|｜]){3,}\s*$|^关键词\s*[一二三四五六七八九十\d]{1,2}$|^[\u4e00-\u9fff]{2,4}(?:[;；][\u4e00-\u9fff]{2,4})+$"
    # (a browser's plugin notice ``不支持Flash``; a page label without ``版``, ``第A04:版面四``; a copyright note
    # opened by a bracket, ``（版权作品，未经青禾网书面授权，……``)
    r"|不支持\s*Flash|^第\s*[A-Z]{1,2}\d{1,4}\s*[:：]|^[(（]\s*版权(?:作品|所有|声明)"
    # (the paper's imprint, ``青禾日报社出版``, ``青禾日报社主管主办``; the pages, ``本期16版``; the lunar date)
    r"|社\s*(?:主管\s*)?(?:主办|出版)$|^(?:本期|今日)共?\s*\d{1,3}\s*版$|^农历(?:[\u4e00-\u9fff]{2}年)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九]{1,3}$"
    # (an issue's number, ``总第1234期``)
    r"|^(?:总\s*)?第\s*\d{1,6}\s*期(?:\s*[(（]?\s*总第\s*\d{1,6}\s*期\s*[)）]?)?$"
    r"|~{3,}$|^评论\s*[:：]\s*[(（][^()（）]+[)）]$|^\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
    r"|^【?\s*(?:字[体号]\s*[:：]?\s*)?[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?\s*】?$",
    re.IGNORECASE,
)
_SENTENCE_MARKS_RE = re.compile(r"[，,。；;！!？?]")
_CREDIT_WORDS_RE = re.compile(r"记者|通讯员|实习生|摄|/|／")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# (a line of closing punctuation alone, ``。`` or ``）``, is the tail of a wrapped sentence)
_EDITOR_CODE_RE = re.compile(r"^[A-Z]\d{3,4}$")  # ``J295`` under a story: the editor's code, part of it
_NOT_PROSE_RE = re.compile(r"[A-Za-z0-9\s~|·×=_*#/.<>+-]+")
# What stands beside a date in chrome: a weekday, a time, a source, a page, a paper's or a site's name.
_DATE_COMPANY_RE = re.compile(r"星期|\d{1,2}:\d{2}|来源|版|日期|报|网|刊")
_PHOTO_RE = re.compile(r"摄|拍摄")
MAX_CHROME_CHARS = 80
MAX_LEGAL_CHARS = 400  # a copyright paragraph may be long
_PAGE_LABEL_RE = re.compile(r"^第?\s*[A-Z]{0,2}\d{1,5}[A-Z]?\s*版")
_LIST_FILLERS = frozenset(("广告", "·", "~~~", "阴影"))
_DECK_DASHES = ("——", "－－", "--")
HEADING_LINES = 3  # kicker, headline, subtitle
HEADLINE_ROW = 4  # headlines in a row of headlines on one line
HEADLINE_ROW_CJK = 4  # Chinese characters in every headline of such a row
LONG_HEADLINE_CJK = 7  # ... or in each of three
LIST_TITLE_MAX = 40
REPEAT_TITLE_MAX = 40
ISLAND_PASSES = 2
WRAPPED_NAME_MAX = 3  # characters of a name the column's end pushed onto a line of its own
FOOTER_PHONES = 3  # (two numbers may close a notice: ``咨询电话：…、…``)


@lru_cache(maxsize=65536)
def is_chrome_line(text: str) -> bool:
    """The line is page chrome by itself (the forms catalogued in formats.md §4)."""
    stripped = text.strip()
    if not stripped:
        return False
    if len(stripped) > MAX_CHROME_CHARS:
        # (a copyright paragraph, or a contact or metadata line with no sentence in it)
        return len(stripped) <= MAX_LEGAL_CHARS and (
            stripped.startswith(("版权", "Copyright", "©"))
            or ("。" not in stripped and (_META_RE.match(stripped) or _FORMS_RE.search(stripped)) is not None)
            or _footer(stripped)
            or _WEB_BULLET_RE.match(stripped) is not None
        )
    inner = _BRACKETED_RE.fullmatch(stripped)
    if inner is not None and is_chrome_line(inner.group("inner")):
        return True  # ``【第A01版：要闻】``: a line of the site's set in brackets is the site's still
    if _URL_RE.search(stripped) is not None and _SENTENCE_MARKS_RE.search(_URL_RE.sub(" ", stripped)) is None:
        return True  # ``原文链接：http://…``: an address and no sentence around it
    if _WEB_BULLET_RE.match(stripped):
        return True  # ``- 头条新闻``, ``- 〈a recommended story's first words〉``: an item of the web page's lists
    if _only_labels(_WEB_NUMBER_RE.sub("", stripped)) or _mostly_labels(stripped):
        return True
    if _COUNT_RE.match(stripped) or _footer(stripped):
        return True
    if len(_FIELD_LABEL_RE.findall(stripped)) >= 2 and _SENTENCE_MARKS_RE.search(stripped) is None:
        return True  # ``作者：林可舟 来源：青禾日报``: the template's fields of the story, not a line of it
    if _SENTENCE_MARKS_RE.search(stripped) is None and (
        _PATH_RE.search(stripped) or _SCREEN_RE.search(stripped) or _INNER_PAGE_LABEL_RE.search(stripped)
    ):
        return True
    if _META_RE.match(stripped) or _FORMS_RE.search(stripped):
        return True
    if _CJK_RE.search(stripped) is None and _NOT_PROSE_RE.fullmatch(stripped) and not _EDITOR_CODE_RE.match(stripped):
        return True  # no Chinese at all: a page number, a URL, a template token, a rule of symbols
    if stripped[0] in "·•" and len(stripped) <= LIST_TITLE_MAX + 1 and "。" not in stripped:
        return True  # ``·青禾县新建三座便民桥``: an item of the page's list of headlines
    if _bar(stripped):
        return True
    if _spaced_out(stripped):
        return True  # ``版 权 所 有``, ``新 闻 查 询``
    return _date_line(stripped)


_BRACKETED_RE = re.compile(r"[【\[]\s*(?P<inner>[^【】\[\]]+?)\s*[】\]]")
_URL_RE = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+-]+", re.IGNORECASE)
# a label set off by dashes on both sides, as others are by brackets (``【打印】``): ``—分享—``
_DASHED_RE = re.compile(r"^[—\-－–~～]+(?P<label>[^—\-－–~～]+)[—\-－–~～]+$")


def _tokens(text: str) -> list[str]:
    tokens = [
        _undashed(token).strip(_ICON_DIGITS).strip(_ARROWS).rstrip(":：") for token in _TOKEN_SPLIT_RE.split(text)
    ]
    return [token for token in tokens if token]


def _undashed(token: str) -> str:
    dashed = _DASHED_RE.match(token)
    return dashed.group("label") if dashed else token


def _only_labels(text: str) -> bool:
    """Every token of the line is an interface label (page digits around a label are its icon)."""
    tokens = _tokens(text)
    return bool(tokens) and all(_label(token) for token in tokens)


@lru_cache(maxsize=4096)
def _label(token: str) -> bool:
    """A label of the interface, or a token written with its words alone (``返回版面``, ``按日期查找``)."""
    return bool(token) and (token in _LABELS or _ui_words(token))


def _ui_words(token: str) -> bool:
    if not token:
        return True
    return any(
        token[:size] in _UI_WORDS and _ui_words(token[size:]) for size in range(min(_UI_WORD_MAX, len(token)), 0, -1)
    )


# a field of the story's record in the site's template: ``来源：``, ``时间：``, ``作者：`` (not ``日期：`` / ``时间：``
# alone: a notice of an event sets those two in its text)
_FIELD_LABEL_RE = re.compile(
    r"(?:^|[\s|｜/【\[])(?:作者|来源|稿源|时间|发布时间|发布日期|编辑|责任编辑|责编|点击|浏览|阅读|字号|版次|版面)\s*[:：]"
)
_STAMP_RE = re.compile(rf"^(?:{_DATE}|\d{{1,2}}[-/]\d{{1,2}}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d+)$")


def _mostly_labels(text: str) -> bool:
    """Labels, dates and counts, with at most one other token (a paper's name): a bar of the reader.

    ``2024年3月1日 收藏 打印 更多功能``, ``03-12 青禾晚报 阅读:``, ``第7B版:社区 上一版 下一版``.
    """
    if _SENTENCE_MARKS_RE.search(text) is not None:
        return False
    tokens = [token.rstrip(":：") for token in _TOKEN_SPLIT_RE.split(text) if token.rstrip(":：")]
    labels = sum(_label(token.strip(_ICON_DIGITS)) for token in tokens)
    known = labels + sum(
        _STAMP_RE.match(token) is not None or _PAGE_LABEL_RE.match(token) is not None for token in tokens
    )
    return labels >= 1 and known >= 2 and len(tokens) - known <= 1


_PHONE_RE = re.compile(r"\d{3,4}-\d{7,8}")


def _footer(text: str) -> bool:
    """A footer paragraph: two of copyright, licence, e-mail, telephone, reprint ban, postal address.

    (Or a row of telephone numbers and no sentence: the desks' hotlines.)
    """
    if sum(part.search(text) is not None for part in _FOOTER_PARTS) >= 2:
        return True
    return "。" not in text and len(_PHONE_RE.findall(text)) >= FOOTER_PHONES


def _bar(text: str) -> bool:
    """A bar of links: ``首页 | 版面导航 | 标题导航``, ``首页 新闻 体育 娱乐``, or a row of headlines on one line."""
    if _SENTENCE_MARKS_RE.search(text) is not None:
        return False
    parts = [part.strip() for part in re.split(r"[|｜]", text)]
    if len(parts) >= 3 and sum(bool(part) for part in parts) >= 2 and all(len(part) <= 12 for part in parts):
        return True
    tokens = text.split()
    if len(tokens) >= 4 and tokens[0] in ("首页", "网站首页"):
        return True
    # (three short phrases may make one headline: ``技术工人 就业服务站 安全生产检查``)
    shortest = min((len(_CJK_RE.findall(token)) for token in tokens), default=0)
    return (
        (len(tokens) >= HEADLINE_ROW and shortest >= HEADLINE_ROW_CJK)
        or (len(tokens) >= HEADLINE_ROW - 1 and shortest >= LONG_HEADLINE_CJK)
    ) and _CREDIT_WORDS_RE.search(text) is None


def _spaced_out(text: str) -> bool:
    tokens = text.split()
    return len(tokens) >= 4 and all(len(token) == 1 for token in tokens)


def _date_line(text: str) -> bool:
    """A date with a paper's name, a time, a source or a page: no sentence and no photo credit around it."""
    date = _DATE_RE.search(text)
    if date is None or _PHOTO_RE.search(text) is not None:
        return False
    if _SENTENCE_MARKS_RE.search(_THOUSANDS_RE.sub("", text)) is not None:
        return False
    rest = text[: date.start()] + " " + text[date.end() :]
    return len(_CJK_RE.findall(rest)) <= 2 or _DATE_COMPANY_RE.search(rest) is not None


def opens_headline_list(text: str) -> bool:
    return text.strip().rstrip(":：") in _LIST_OPENERS


def page_chrome(
    texts: Sequence[str],
    chrome: Sequence[bool],
    title_like: Sequence[bool],
    body_like: Sequence[bool],
    captions: Sequence[bool] = (),
    repeatable: Sequence[bool] = (),
    plain: Sequence[bool] = (),
) -> set[int]:
    """Lines that are chrome on this page though not by themselves.

    ``chrome``: the line is chrome by itself; ``title_like``: it could stand as a heading;
    ``body_like``: it is article text under a heading (a credit, a dateline, a caption, running
    text); ``captions``: it is a caption; ``repeatable``: a line printed twice may be chrome
    (title-like, whatever its width; ``title_like`` by default); ``plain``: a line of text (no
    credit, dateline or caption).
    A headline list runs from its opener over title-like lines; a line of it followed by
    article text is the article's own headline, and ends the list.  A title-like line
    printed more than once is chrome where no article text follows it.
    """
    found: set[int] = set()
    count = len(texts)
    captions = captions or [False] * count
    next_content: list[int | None] = [None] * count  # the first line under each that is not chrome by itself
    following: int | None = None
    for index in range(count - 1, -1, -1):
        next_content[index] = following
        if not chrome[index]:
            following = index
    repeatable = repeatable or title_like
    in_list = False
    previous_label = False
    for index in range(count):
        if chrome[index]:
            label = _PAGE_LABEL_RE.match(texts[index].strip()) is not None
            in_list = (
                opens_headline_list(texts[index])
                or (label and previous_label)
                or (in_list and texts[index].strip() in _LIST_FILLERS)
            )
            previous_label = label
            continue
        previous_label = False
        if not in_list:
            continue
        under = next_content[index]
        # (a recommended story's first words end in an ellipsis: the list goes on)
        # (a headline over its deck, ``——访……``, or over a text the column cut short, is the article's own)
        article_under = under is not None and (
            _text_at(under, texts, body_like)
            or texts[under].startswith(_DECK_DASHES)
            or (
                under == index + 1
                and title_like[under]
                and next_content[under] == under + 1
                and _text_at(under + 1, texts, body_like)
                and not _listed_over_headline(index, under, texts, chrome)
            )
        )
        # (on hard-wrapped text a listed headline may be as wide as the column)
        listed = _list_item(texts[index]) or (
            (title_like[index] or repeatable[index]) and len(texts[index]) <= LIST_TITLE_MAX
        )
        if not listed or (article_under and not _teaser(texts[index])):
            in_list = False
            continue
        found.add(index)
    keys = [_key(text) if repeatable[i] and len(text) <= REPEAT_TITLE_MAX else "" for i, text in enumerate(texts)]
    repeated = Counter(key for key in keys if key)
    for index, key in enumerate(keys):
        if not key or repeated[key] < 2 or chrome[index] or index in found:  # (no Counter.__missing__ a line)
            continue
        if not _heads_article(index, keys, next_content, title_like, body_like, captions):
            found.add(index)
    found.update(
        index
        for index in range(count)
        if repeatable[index]
        and not chrome[index]
        and index not in found
        and _restates_title(index, texts, title_like, next_content)
    )
    found |= _after_footer(texts, chrome, title_like, body_like)
    found |= stamped_titles(texts, chrome, title_like)
    for _ in range(ISLAND_PASSES):
        marked = [is_chrome or index in found for index, is_chrome in enumerate(chrome)]
        more = _heading_nothing(
            texts, marked, chrome, title_like, repeatable, body_like, plain or [not b for b in body_like]
        )
        if not more:
            break
        found |= more
    marked = [is_chrome or index in found for index, is_chrome in enumerate(chrome)]
    found |= set(chrome_page.page_evidence(texts, marked, title_like, body_like, plain or [not b for b in body_like]))
    return found


def _heading_nothing(
    texts: Sequence[str],
    marked: Sequence[bool],
    line_chrome: Sequence[bool],
    title_like: Sequence[bool],
    titles: Sequence[bool],
    body_like: Sequence[bool],
    plain: Sequence[bool],
) -> set[int]:
    """Lines among the page's chrome that head no article: chrome too.

    An island of short lines with no sentence in them, with chrome above and below (section
    names of a menu, a slogan, a button), or a run of more title-like lines than a heading has
    (a list of the page's headlines) with chrome under it; unless article text (a credit, a
    dateline, running text) stands under that chrome: then it is a heading that a page
    break parted from its text.
    """
    found: set[int] = set()
    count = len(texts)
    index = 0
    while index < count:
        if marked[index]:
            index += 1
            continue
        end = index
        while end < count and not marked[end]:
            end += 1
        # [index, end): lines not known as chrome; what stands under the chrome below them?
        under = end
        while under < count and marked[under]:
            under += 1
        # (a headline as wide as a hard-wrapped column is no running text; a line with a pause is)
        heads = (
            under < count
            and body_like[under]
            and (not titles[under] or _SENTENCE_MARKS_RE.search(texts[under]) is not None)
        )
        # (a heading a page break parted from its text shares words with that text; a list of other
        # stories' headlines over the site's footer and notices shares none)
        list_heads = heads and _shares_story(texts[max(index, end - HEADING_LINES) : end], texts, marked, under)
        # (two repeats of a headline around a line are a slide show's titles, not chrome around it)
        island = (
            end < count
            and end - index <= HEADING_LINES  # (more lines with nothing under them: see the list below)
            and (index == 0 or marked[index - 1])
            and ((index > 0 and line_chrome[index - 1]) or line_chrome[end])
            and all(_menu_line(texts[i]) for i in range(index, end))
        )
        if island and (not list_heads or all(_row(texts[i]) for i in range(index, end))):
            found.update(range(index, end))  # (a row of headlines heads nothing, whatever is under it)
        if end < count and not list_heads:
            # (a line of the list that repeats a headline of the page is chrome already; on
            # hard-wrapped text a long headline of the list may be as wide as running text)
            tail = end
            while (
                tail > 0
                and not line_chrome[tail - 1]
                and _list_line(texts[tail - 1], title_like[tail - 1], plain[tail - 1])
            ):
                tail -= 1
            closed = tail > 0 and _closes_story(texts[tail - 1])
            # (on column text the closing credit may be wrapped: ``……记者 林可`` / ``舟``)
            if (
                0 < tail < end
                and len(texts[tail].strip()) <= WRAPPED_NAME_MAX
                and _closes_story(texts[tail - 1].rstrip() + texts[tail].strip())
            ):
                closed, tail = True, tail + 1
            stop = end
            while stop < count and marked[stop] and not line_chrome[stop] and title_like[stop]:
                stop += 1
            # (short lines closing a story may be its verse: a list follows chrome or a closing credit,
            # or holds a headline of the page)
            if (
                stop - tail > HEADING_LINES
                # (on column text a listed headline may be as wide as the column: title-like by itself)
                and sum(title_like[i] or titles[i] for i in range(tail, stop)) >= HEADING_LINES
                and (
                    (tail > 0 and (marked[tail - 1] or closed))
                    or any(marked[i] and not line_chrome[i] for i in range(tail, stop))
                )
            ):
                found.update(i for i in range(tail, end) if not marked[i])
        index = end
    return found


RESTATED_LINES = 2  # a headline set on two lines, restated on one above it
MIN_RESTATED = 4  # letters of a restated title
# a note closing a headline: ``(图)``, ``（组图）``, ``【视频】``
_TITLE_NOTE_RE = re.compile(r"[(（【\[][^()（）【】\[\]]{1,4}[)）】\]]$")


@lru_cache(maxsize=65536)
def _letters(text: str) -> str:
    """The line's characters and digits, width-folded, without a closing note: what a restatement keeps."""
    folded = unicodedata.normalize("NFKC", _TITLE_NOTE_RE.sub("", text.strip()))
    return "".join(char for char in folded if char.isalnum())


def _restates_title(
    index: int, texts: Sequence[str], title_like: Sequence[bool], next_content: Sequence[int | None]
) -> bool:
    """The line says again what the title lines right under it say: the page's title bar, not a heading.

    (``青禾县新建三座便民桥`` over ``青禾县新建三座便民桥（图）``, or ``便民桥 通车`` over the
    headline set on two lines ``便民桥`` / ``通车``: no paper prints a kicker or a headline that
    its next line repeats.  A line printed twice alike is judged by the repeats above.)
    """
    text = texts[index]
    mine = _letters(text)
    if len(mine) < MIN_RESTATED or len(text.strip()) > REPEAT_TITLE_MAX or "。" in text:
        return False
    joined = ""
    under = next_content[index]
    for lines in range(1, RESTATED_LINES + 1):
        if under is None or not title_like[under]:
            return False  # (the pieces of a wrapped paragraph are no title lines)
        joined += _letters(texts[under])
        if joined == mine:
            # (the same line again, note and all, is a plain repeat)
            return lines > 1 or _key(texts[under]) != _key(text)
        if not mine.startswith(joined):
            return False
        under = next_content[under]
    return False


STAMP_GRAM = 4  # characters of a heading looked up in a line (its shortest restated heading)
STAMP_DIGIT_GROUPS = 3  # numbers in a line's rest that make it a stamp without a date
# (a sentence's pauses, in either width; a machine's list of ids, ``00017;26093684``, sets ``;`` after digits)
_STAMP_PAUSE_RE = re.compile(r"[，,。！？!?]|(?<=[\u3400-\u9fff”’）)])[;；]")
_DIGITS_RE = re.compile(r"\d+")


def stamped_titles(texts: Sequence[str], chrome: Sequence[bool], title_like: Sequence[bool]) -> set[int]:
    """Lines that hold a heading of the page inside a stamp: the site's record of a story, not a line of one.

    (``青禾晚报 一版要闻 00001 青禾县新建三座便民桥 2024-03-01 2``: a heading of the page, and around it
    a date or numbers and no sentence.  A subtitle that takes up its headline's words has no date around
    them; a story that quotes its headline says so in a sentence.)  Each line's grams are looked up in the
    page's headings, so the cost is the length of the lines, not their number squared.
    """
    headings: dict[str, list[str]] = {}
    for index, text in enumerate(texts):
        stripped = text.strip()
        if title_like[index] and not chrome[index] and len(_letters(stripped)) >= MIN_RESTATED:
            headings.setdefault(stripped[:STAMP_GRAM], []).append(stripped)
    if not headings:
        return set()
    found: set[int] = set()
    for index, text in enumerate(texts):
        if chrome[index] or not _stamp_shaped(text):
            continue
        stripped = text.strip()
        for start in range(len(stripped) - STAMP_GRAM + 1):
            heading = next(
                (
                    heading
                    for heading in headings.get(stripped[start : start + STAMP_GRAM], ())
                    if heading != stripped and stripped.startswith(heading, start)
                ),
                None,
            )
            if heading is not None:
                rest = stripped[:start] + " " + stripped[start + len(heading) :]
                if _DATE_RE.search(rest) is not None or len(_DIGITS_RE.findall(rest)) >= STAMP_DIGIT_GROUPS:
                    found.add(index)
                break
    return found


@lru_cache(maxsize=65536)
def _stamp_shaped(text: str) -> bool:
    """Could be a stamp: digits in it, no sentence, not longer than a copyright paragraph."""
    return len(text) <= MAX_LEGAL_CHARS and _DIGITS_RE.search(text) is not None and _STAMP_PAUSE_RE.search(text) is None


_FOOTER_LINE_RE = re.compile(r"版权|ICP[备证]|copyright|©", re.IGNORECASE)


def _after_footer(
    texts: Sequence[str], chrome: Sequence[bool], title_like: Sequence[bool], body_like: Sequence[bool]
) -> set[int]:
    """A footer's link right under its copyright line, over a whole heading of two lines: chrome.

    (``青禾网络举报中心`` under ``版权所有 ©2024 青禾日报``, then a headline, its subtitle and
    the text: no kicker stands below a page's copyright line with a heading group under it.)
    """
    found: set[int] = set()
    for index in range(1, len(texts) - 3):
        if (
            chrome[index - 1]
            and not chrome[index]
            and _FOOTER_LINE_RE.search(texts[index - 1]) is not None
            and all(title_like[index : index + HEADING_LINES])
            and not any(chrome[index + 1 : index + HEADING_LINES + 1])
            and body_like[index + HEADING_LINES]
        ):
            found.add(index)
    return found


def _listed_over_headline(index: int, headline: int, texts: Sequence[str], chrome: Sequence[bool]) -> bool:
    """A list's line right over a headline: the headline's words come back in its story, the line's do not.

    (A kicker leads into the story; the last item of a list of other stories has nothing to do with it.)
    """
    lines = [texts[index]]
    return not _shares_story(lines, texts, chrome, headline + 1) and _shares_story(
        [texts[headline]], texts, chrome, headline + 1
    )


def _shares_story(lines: Sequence[str], texts: Sequence[str], marked: Sequence[bool], start: int) -> bool:
    """One of ``lines`` shares a pair of characters with the text from ``start`` down to the next chrome.

    (Its first ``STORY_CHARS`` characters: a story's opening takes up its headline's words.)
    """
    parts: list[str] = []
    size = 0
    for position in range(start, len(texts)):
        if marked[position] or size >= chrome_page.STORY_CHARS:
            break
        parts.append(texts[position])
        size += len(texts[position])
    story = chrome_page.union(parts)
    return any(chrome_page.pairs(line) & story for line in lines)


def _row(text: str) -> bool:
    """A row of headlines on one line: more spaced parts than a headline has."""
    return len(text.split()) > HEADLINE_ROW


def _closes_story(text: str) -> bool:
    """The line closes a story with its credit (``……完工。 记者 林可舟``, ``（林可舟 苗若溪）``)."""
    return credits.trailing(text) is not None or credits.line(text) is not None


def _list_line(text: str, title_like: bool, plain: bool) -> bool:
    """Could be an item of a list of headlines: title-like, or a plain line without a full stop."""
    return title_like or (plain and "。" not in text and len(text.strip()) <= LIST_TITLE_MAX)


def _menu_line(text: str) -> bool:
    """Could be a line of the page's menus: no full stop, short (or a row of short items)."""
    stripped = text.strip()
    return "。" not in stripped and (len(stripped) <= MAX_CHROME_CHARS or len(stripped.split()) > HEADLINE_ROW)


def _text_at(index: int, texts: Sequence[str], body_like: Sequence[bool]) -> bool:
    """Article text stands at ``index`` (not another item of a list)."""
    return body_like[index] and not _list_item(texts[index])


def _teaser(text: str) -> bool:
    return text.rstrip().endswith(("...", "…"))


_EXCLAIMED_TITLE_RE = re.compile(r"^[^。；;！？!?]{4,40}[！？!?][”’」』]?$")


def _list_item(text: str) -> bool:
    """A teaser (``……``) or a headline that ends with ``！`` or ``？``: an item of a list, though no title-like line."""
    return _teaser(text) or _EXCLAIMED_TITLE_RE.match(text.strip()) is not None


def _heads_article(
    index: int,
    keys: Sequence[str],
    next_content: Sequence[int | None],
    title_like: Sequence[bool],
    body_like: Sequence[bool],
    captions: Sequence[bool],
) -> bool:
    """Article text follows the line, at most two more heading lines down (not the same line again)."""
    under = next_content[index]
    for _ in range(HEADING_LINES):
        if under is not None and keys[under] == keys[index]:
            # the headline given twice: the first is the page's title bar, unless the repeat heads a
            # caption (a slide show prints the headline again over every caption)
            following = next_content[under]
            return following is not None and captions[following]
        if under is None:
            return False
        if body_like[under]:
            return True
        if not title_like[under]:
            return False
        under = next_content[under]
    return False


_KEY_DROPS_RE = re.compile(r"[\s·•]+")  # (``\s`` is what ``str.isspace`` calls whitespace)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return _KEY_DROPS_RE.sub("", text)
