"""Re-analysis after an edit: only the articles the edit can have changed are checked again.

The findings of a full ``pipeline.analyse`` fall in two kinds:

- page-wide checks (``duplicate-headline`` compares every headline with every other,
  ``people-names`` a name with its other spelling anywhere on the page) are run again
  over the whole page; they are cheap once the headlines and the names are known;
- every other check reports on one article at a time, looking at most one article
  beyond it: an unbalanced quote at the end of an article is forgiven when the next
  paragraph opens with a quote, a byline that slipped under the next headline belongs
  to the article above, an article that adopted such a byline has none missing.

So after an edit, only the *touched* articles (those owning a changed block) and one
article on either side can have new findings; they are re-checked on a window of the
page that holds them and one more article on either side for context.  Everything a
check knows about the whole page (line statistics, the page's layout conventions, the
assessment of every line break, which depends on the page's indentation and blank
lines) is taken from a context of the whole new page, computed by the engine's own
code, so the window sees exactly what a full analysis sees.  Findings outside the
re-checked articles are kept, re-indexed: block indices after the edit shift by the
change in block count, article numbers by the change in article count.

``reanalyse(...)`` gives the same findings, in the same order, as ``analyse(document)``
(with a headline archive: as long as the archive gave the same answers meanwhile, since
the findings about unchanged headlines are kept without asking it again).
``reanalysis_delta`` / ``apply_delta`` split the work for a caller that keeps the
previous findings elsewhere (the desktop app: the engine runs in a helper process,
and only the changed findings travel back).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from desktop.proofing import lexicon
from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.checks import CHECK_NAMES, Scope, in_page_order, names_in_scope, run_check
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.findings import Finding, Span
from desktop.proofing.model import Article, Block, Document, Role, build_articles
from desktop.proofing.pipeline import analyse, bulk_allocation
from desktop.proofing.roster_protocol import ReporterRoster

# Checks whose findings about an article depend on that article and its two neighbours only.
ARTICLE_LOCAL_CHECKS = names_in_scope(Scope.ARTICLE)
REACH = 1  # how many articles on either side an article's findings may depend on
HEADLINE_CHECKS = names_in_scope(Scope.HEADLINES)  # page-wide checks that look at nothing but the headlines
FULL_ANALYSIS_SHARE = 0.5  # a window over this share of the page: analyse it all instead


@dataclass(frozen=True, slots=True)
class Delta:
    """How the findings of the previous state become those of the new one.

    Previous findings wholly before ``old_range`` stay; wholly after it, they move by
    ``block_shift`` blocks and ``article_shift`` articles; findings of the checks in
    ``replaced_checks`` and findings inside ``old_range`` go, and ``fresh`` come in.
    ``full`` marks a delta that replaces everything (the edit was too large to window).
    """

    old_range: tuple[int, int]
    new_range: tuple[int, int]
    block_shift: int
    article_shift: int
    replaced_checks: tuple[str, ...]
    fresh: tuple[Finding, ...]
    full: bool = False
    kept_checks: tuple[str, ...] = ()  # page-wide checks whose findings stay, each block index re-indexed


def reanalyse(
    previous_document: Document,
    previous_findings: Sequence[Finding],
    document: Document,
    archive: HeadlineArchive | None = None,
    roster: ReporterRoster | None = None,
) -> tuple[Finding, ...]:
    """The findings of ``document``, reusing those of ``previous_document`` (a full analysis of it)."""
    return apply_delta(previous_findings, reanalysis_delta(previous_document, document, archive, roster))


def reanalysis_delta(
    previous_document: Document,
    document: Document,
    archive: HeadlineArchive | None = None,
    roster: ReporterRoster | None = None,
) -> Delta:
    """What changed in the findings from ``previous_document`` to ``document`` (see ``Delta``)."""
    old_blocks, new_blocks = previous_document.blocks, document.blocks
    changed = changed_range(old_blocks, new_blocks)
    if changed is None:  # the same blocks: only the page-wide checks could differ (an archive that learnt)
        return _delta(old_blocks, new_blocks, (0, 0), (0, 0), 0, _page_wide(document, archive, roster))
    new_articles = _articles(new_blocks)
    old_articles = _articles(old_blocks)
    first, last = _touched_articles(new_articles, new_blocks, *changed)
    if first is None or last is None:
        return _full(document, archive, roster)
    recheck_first, recheck_last = max(first - REACH, 0), min(last + REACH, len(new_articles) - 1)
    new_range = _article_span(new_articles, new_blocks, recheck_first, recheck_last)
    block_shift = len(new_blocks) - len(old_blocks)
    old_range = (new_range[0], new_range[1] - block_shift)
    if new_range[1] - new_range[0] > FULL_ANALYSIS_SHARE * len(new_blocks) or not _old_range_is_articles(
        old_articles, old_blocks, old_range
    ):
        return _full(document, archive, roster)
    window_first, window_last = max(recheck_first - REACH, 0), min(recheck_last + REACH, len(new_articles) - 1)
    window = _article_span(new_articles, new_blocks, window_first, window_last)
    lexicon.refresh()
    with bulk_allocation():
        page = CheckContext(document, archive, articles=new_articles, roster=roster)
        previous_breaks = _remembered_breaks(previous_document)
        _remember(page)
        if not _same_breaks_outside(previous_breaks, page.breaks, old_range, new_range):
            # the edit changed what the page's layout says about lines elsewhere (its line widths, its blank
            # lines or indentation): every article may have changed
            return _full(document, archive, roster)
        fresh = _window_findings(page, window, new_range, window_first)
        article_shift = len(new_articles) - len(old_articles)
        kept: tuple[str, ...] = ()
        page_wide = [name for name in CHECK_NAMES if name not in ARTICLE_LOCAL_CHECKS]
        if _same_headlines(old_blocks, old_articles, old_range, new_blocks, new_articles, new_range):
            # (the headlines stand as before: their comparison gives the same findings, re-indexed)
            kept = tuple(name for name in page_wide if name in HEADLINE_CHECKS)
            page_wide = [name for name in page_wide if name not in kept]
        fresh += _run(page, page_wide)
    lexicon.save_memo()
    return Delta(
        old_range=old_range,
        new_range=new_range,
        block_shift=block_shift,
        article_shift=article_shift,
        replaced_checks=tuple(page_wide),
        fresh=tuple(fresh),
        kept_checks=kept,
    )


def apply_delta(previous_findings: Sequence[Finding], delta: Delta) -> tuple[Finding, ...]:
    """The new findings: the kept previous ones (re-indexed) and the fresh ones, in page order."""
    if delta.full:
        return delta.fresh
    low, high = delta.old_range
    shift, article_shift = delta.block_shift, delta.article_shift
    replaced = set(delta.replaced_checks)
    by_check: dict[str, list[Finding]] = {name: [] for name in CHECK_NAMES}
    fresh_by_check: dict[str, list[Finding]] = {}
    for finding in delta.fresh:
        fresh_by_check.setdefault(finding.check, []).append(finding)
    after: dict[str, list[Finding]] = {}
    for finding in previous_findings:
        if finding.check in replaced:
            continue
        if finding.check in delta.kept_checks:  # page-wide findings whose blocks did not change
            by_check.setdefault(finding.check, []).append(_moved_past(finding, high, shift, article_shift))
            continue
        first, last = _extent(finding)
        if last < low:
            by_check.setdefault(finding.check, []).append(finding)
        elif first >= high:
            after.setdefault(finding.check, []).append(_moved(finding, shift, article_shift))
    for name, findings in fresh_by_check.items():
        by_check.setdefault(name, []).extend(findings)
    for name, findings in after.items():
        by_check.setdefault(name, []).extend(findings)
    return tuple(in_page_order({name: found for name, found in by_check.items() if found}))


def _same_headlines(
    old_blocks: Sequence[Block],
    old_articles: Sequence[Article],
    old_range: tuple[int, int],
    new_blocks: Sequence[Block],
    new_articles: Sequence[Article],
    new_range: tuple[int, int],
) -> bool:
    """The re-checked stretch holds the same headlines, at the same places, in the same articles, as before."""
    return _headlines_in(old_blocks, old_articles, old_range) == _headlines_in(new_blocks, new_articles, new_range)


def _headlines_in(
    blocks: Sequence[Block], articles: Sequence[Article], block_range: tuple[int, int]
) -> list[tuple[int, str, int]]:
    """(offset in the stretch, text, article counted from the stretch's first) of every headline block there."""
    start, end = block_range
    first_article = _article_at([a.first_index for a in articles], start) if articles else 0
    found: list[tuple[int, str, int]] = []
    for article in articles[first_article:]:
        if article.first_index >= end:
            break
        for index in article.block_indices:
            if start <= index < end and blocks[index].role is Role.HEADLINE:
                found.append((index - start, blocks[index].text, article.index - first_article))
    return found


_last_page: list[CheckContext] = []  # the context of the page last re-analysed: the previous page of the next


def _remember(page: CheckContext) -> None:
    _last_page[:] = [page]


def forget_page() -> None:
    """Another page is opened: the last one is nobody's previous page any more."""
    _last_page.clear()
    _articles.cache_clear()


def _remembered_breaks(document: Document) -> Sequence[object]:
    if _last_page and _last_page[0].document.blocks is document.blocks:
        return _last_page[0].breaks
    return CheckContext(document).breaks


@lru_cache(maxsize=4)
def _articles(blocks: tuple[Block, ...]) -> tuple[Article, ...]:
    """The articles of a page (cached: the page of one re-analysis is the previous page of the next)."""
    return build_articles(blocks)


# --- where the edit is ---------------------------------------------------------------------


def changed_range(old: Sequence[Block], new: Sequence[Block]) -> tuple[int, int] | None:
    """Blocks ``start..end`` of ``new`` replace blocks ``start..end - len(new) + len(old)`` of ``old``.

    None when the two are the same.  The unchanged head and tail are compared
    block by block (an edit keeps the untouched blocks, usually the very objects).
    """
    limit = min(len(old), len(new))
    start = 0
    while start < limit and (old[start] is new[start] or old[start] == new[start]):
        start += 1
    if start == len(old) == len(new):
        return None
    tail = 0
    while tail < limit - start and (old[-1 - tail] is new[-1 - tail] or old[-1 - tail] == new[-1 - tail]):
        tail += 1
    return start, len(new) - tail


def _touched_articles(
    articles: Sequence, blocks: Sequence[Block], start: int, end: int
) -> tuple[int | None, int | None]:
    """The first and last article owning a block next to or inside the changed blocks ``start..end``."""
    if not articles:
        return None, None
    starts = [article.first_index for article in articles]
    low = max(start - 1, 0)
    high = min(max(end, start + 1), len(blocks) - 1)
    return _article_at(starts, low), _article_at(starts, high)


def _article_at(starts: Sequence[int], index: int) -> int:
    """The article whose span (its first block up to the next article's) holds block ``index``."""
    from bisect import bisect_right

    return max(bisect_right(starts, index) - 1, 0)


def _article_span(articles: Sequence, blocks: Sequence[Block], first: int, last: int) -> tuple[int, int]:
    """Blocks from article ``first`` up to the next article after ``last`` (the page's ends for the end articles)."""
    start = 0 if first == 0 else articles[first].first_index
    end = len(blocks) if last == len(articles) - 1 else articles[last + 1].first_index
    return start, end


def _old_range_is_articles(articles: Sequence, blocks: Sequence[Block], block_range: tuple[int, int]) -> bool:
    """The kept findings stop at article boundaries in the previous page too."""
    low, high = block_range
    starts = {0, len(blocks)} | {article.first_index for article in articles}
    return low in starts and high in starts and low <= high


# --- checking a window ----------------------------------------------------------------------


def _window_findings(
    page: CheckContext, window: tuple[int, int], keep: tuple[int, int], first_article: int
) -> list[Finding]:
    """Findings of the article-local checks inside ``keep``, computed on the blocks of ``window``."""
    start, end = window
    found = _run(page.window(start, end), ARTICLE_LOCAL_CHECKS)
    low, high = keep
    result: list[Finding] = []
    for finding in found:
        moved = _moved(finding, start, first_article)
        first, last = _extent(moved)
        if low <= first and last < high:
            result.append(moved)
    return result


def _run(context: CheckContext, names: Iterable[str]) -> list[Finding]:
    """Run checks on a prepared context, in page order."""
    return in_page_order({name: run_check(name, context) for name in names})


def _same_breaks_outside(
    old: Sequence[object], new: Sequence[object], old_range: tuple[int, int], new_range: tuple[int, int]
) -> bool:
    return old[: old_range[0]] == new[: new_range[0]] and old[old_range[1] :] == new[new_range[1] :]


def _page_wide(document: Document, archive: HeadlineArchive | None, roster: ReporterRoster | None) -> list[Finding]:
    names = [name for name in CHECK_NAMES if name not in ARTICLE_LOCAL_CHECKS]
    return list(analyse(document, names, archive, roster))


def _delta(
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    old_range: tuple[int, int],
    new_range: tuple[int, int],
    article_shift: int,
    fresh: Sequence[Finding],
) -> Delta:
    return Delta(
        old_range=old_range,
        new_range=new_range,
        block_shift=len(new_blocks) - len(old_blocks),
        article_shift=article_shift,
        replaced_checks=tuple(name for name in CHECK_NAMES if name not in ARTICLE_LOCAL_CHECKS),
        fresh=tuple(fresh),
    )


def _full(document: Document, archive: HeadlineArchive | None, roster: ReporterRoster | None) -> Delta:
    findings = analyse(document, archive=archive, roster=roster)
    return Delta((0, 0), (0, len(document.blocks)), 0, 0, CHECK_NAMES, findings, full=True)


# --- re-indexing ---------------------------------------------------------------------------------


def _extent(finding: Finding) -> tuple[int, int]:
    touched = [*finding.blocks, *(span.block for span in finding.spans)]
    return (min(touched), max(touched)) if touched else (-1, -1)


def _moved(finding: Finding, blocks: int, articles: int) -> Finding:
    if not blocks and not articles:
        return finding
    return replace(
        finding,
        blocks=tuple(index + blocks for index in finding.blocks),
        spans=tuple(Span(span.block + blocks, span.start, span.end) for span in finding.spans),
        article=None if finding.article is None else finding.article + articles,
    )


def _moved_past(finding: Finding, boundary: int, blocks: int, articles: int) -> Finding:
    """Blocks from ``boundary`` on move by ``blocks``; the article too when the finding's last block does."""
    if not blocks and not articles:
        return finding
    moved = tuple(index + blocks if index >= boundary else index for index in finding.blocks)
    after = bool(finding.blocks) and finding.blocks[-1] >= boundary
    article = finding.article + articles if finding.article is not None and after else finding.article
    return replace(
        finding,
        blocks=moved,
        spans=tuple(Span(s.block + blocks if s.block >= boundary else s.block, s.start, s.end) for s in finding.spans),
        article=article,
    )
