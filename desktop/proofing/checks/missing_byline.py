"""``missing-byline``: an article that names no reporter anywhere."""

from __future__ import annotations

import re

from desktop.proofing import bylines
from desktop.proofing.article_bylines import byline_names
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.detached_byline import stray_bylines
from desktop.proofing.findings import Finding, Severity
from desktop.proofing.model import Article, Role

NAME = "missing-byline"
# ``（上接第1版）``: the rest of a story whose byline stands where it began, on another page.
_CONTINUED_FROM_RE = re.compile(r"^[（(]?上接第?\s*[\d一二三四五六七八九十]{1,3}\s*版")


# A photographer's credit on a line of its own (not the ``（张伟 摄）`` closing a 图为 caption).
_PHOTO_CREDIT_RE = re.compile(
    r"^(?:本报)?(?:特约|见习)?(?:记者|通讯员|摄影记者|摄影师)?\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2}\s*摄$"
)


def _continued_from_another_page(article: Article) -> bool:
    for block in article.blocks:
        if block.role in (Role.BODY, Role.DATELINE):
            return _CONTINUED_FROM_RE.match(block.text.lstrip()) is not None
    return False


def _agency_dateline(article: Article) -> bool:
    """A wire story (``新华社北京9月16日电``) is attributed by its dateline even without names."""
    for block in article.blocks:
        if block.role in (Role.BODY, Role.DATELINE):
            dateline = bylines.parse_dateline(block.text)
            return (
                dateline is not None
                and dateline.agency not in ("本报", "本刊")
                # its own staff, or a paper's (``江城晚报讯``, ``人民日报北京3月10日电``): names expected
                and not dateline.agency.endswith(bylines.LOCAL_NEWSROOM + bylines.PAPERS)
            )
    return False


def _source_noted(article: Article) -> bool:
    """A story taken from elsewhere says so at its end: ``（据新华社）``, ``（来源：人民网）``."""
    return any(bylines.is_source_note(block.text) for block in article.blocks[-2:])


def _photo_story(article: Article) -> bool:
    """A picture story (图片新闻) is signed by its photographer's credit line: ``本报记者 张伟 摄``."""
    return any(
        block.role is Role.CAPTION and _PHOTO_CREDIT_RE.match(block.text.strip()) is not None
        for block in article.blocks[-2:]
    )


def _signed_by_the_paper(article: Article) -> bool:
    """A commentary signed ``本报评论员`` under its headline or at its end (no names, but signed)."""
    edges = article.blocks[:3] + article.blocks[-2:]
    return any(bylines.is_institutional_credit(block.text) for block in edges)


def run(context: CheckContext) -> list[Finding]:
    adopted = {target for _, target in stray_bylines(context)}
    findings: list[Finding] = []
    for article in context.articles:
        if (
            article.index in adopted
            or byline_names(article)
            or _agency_dateline(article)
            or _continued_from_another_page(article)
            or _source_noted(article)
            or _photo_story(article)
            or _signed_by_the_paper(article)
        ):
            continue
        title = article.headline or (article.paragraphs[0][:12] if article.paragraphs else "")
        anchor = article.headline_index if article.headline_index is not None else article.first_index
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.WARNING,
                blocks=(anchor,),
                article=article.index,
                message=f"稿件“{title}”没有署名",
                evidence="电头、文末括号、单独的署名行和“记者/通讯员/文/”字样中都找不到作者姓名",
                confidence=0.85 if article.headline_index is not None else 0.6,
            )
        )
    return findings
