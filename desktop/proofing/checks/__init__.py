"""The checks: one module each, each a ``run(context) -> list[Finding]``, and their registry.

``CHECKS`` is the one list of what the app checks: the engine runs it, the incremental
analysis reads each check's scope, the findings panel its title and help, the CLI its
names, the export its title.  Importing this package is cheap (the GUI reads titles at
start-up): a check's module, which pulls in the segmenter, is imported when it first runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.proofing import desk_lists
from desktop.proofing.findings import Finding, Severity

if TYPE_CHECKING:
    from desktop.proofing.archive_protocol import HeadlineArchive
    from desktop.proofing.checks.context import CheckContext
    from desktop.proofing.model import Block, Document
    from desktop.proofing.roster_protocol import ReporterRoster


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt's lupdate looks for)
    """Marks ``text`` for translation (``tools/update_translations.py``); the UI translates it when shown."""
    return text


TRANSLATION_CONTEXT = "Checks"

# The checks' names (as ``--checks`` and the JSON output spell them), for code that treats one check specially.
BROKEN_LINE_BREAK = "broken-line-break"
DUPLICATE_HEADLINE = "duplicate-headline"
MISSING_BYLINE = "missing-byline"
DETACHED_BYLINE = "detached-byline"
HALFWIDTH_PUNCTUATION = "halfwidth-punctuation"
UNBALANCED_PAIR = "unbalanced-pair"
PAGE_CHROME = "page-chrome"
ARCHIVE_DUPLICATE = "archive-duplicate"
UNKNOWN_REPORTER = "unknown-reporter"
WRONG_CHARACTER = "wrong-character"
VARIANT_FORM = "variant-form"
REPEATED_WORD = "repeated-word"
NUMBER_USAGE = "number-usage"
BANNED_WORDING = "banned-wording"
PEOPLE = "people-names"


class Scope(StrEnum):
    """What a check's findings about an article depend on (the incremental analysis re-runs by scope)."""

    ARTICLE = "article"  # the article and its neighbours on either side
    HEADLINES = "headlines"  # the page's headlines (and the archive), nothing else
    PAGE = "page"  # the text of every article on the page (run again over the whole page after each edit)


class Needs(StrEnum):
    PAGE = "page"  # the page alone
    ARCHIVE = "archive"  # finds nothing without a headline archive
    ROSTER = "roster"  # finds nothing without a reporter roster


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # as the CLI's --checks and the JSON output spell it
    scope: Scope
    title: str  # Simplified Chinese, marked for translation in context ``TRANSLATION_CONTEXT``
    help: str  # one or two sentences for the editor, marked for translation too
    severity: Severity  # the most severe of its findings
    fix_kind: str | None  # the ``Fix.kind`` of its findings (``desktop.proofing.fixes``), None: no fix
    module: str  # ``desktop.proofing.checks.<module>``, whose ``run(context)`` it is
    needs: Needs = Needs.PAGE

    @property
    def run(self) -> Callable[[CheckContext], list[Finding]]:
        runner = _RUNNERS.get(self.name)
        if runner is None:
            runner = _RUNNERS[self.name] = importlib.import_module(f"{__name__}.{self.module}").run
        return runner


_RUNNERS: dict[str, Callable[[CheckContext], list[Finding]]] = {}


CHECKS: tuple[Check, ...] = (
    Check(
        BROKEN_LINE_BREAK,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "断行"),
        QT_TRANSLATE_NOOP("Checks", "一个段落在栏宽处被断成两行：合并后才是完整的句子。"),
        Severity.ERROR,
        "join",
        "broken_line_break",
    ),
    Check(
        DUPLICATE_HEADLINE,
        Scope.HEADLINES,
        QT_TRANSLATE_NOOP("Checks", "标题重复"),
        QT_TRANSLATE_NOOP("Checks", "本版有两个相同或很相近的标题，可能同一篇稿件排了两次。"),
        Severity.ERROR,
        None,
        "duplicate_headline",
    ),
    Check(
        MISSING_BYLINE,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "缺少署名"),
        QT_TRANSLATE_NOOP("Checks", "稿件的电头、文末和署名行里都找不到作者姓名。"),
        Severity.WARNING,
        None,
        "missing_byline",
    ),
    Check(
        DETACHED_BYLINE,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "署名脱离"),
        QT_TRANSLATE_NOOP("Checks", "一行署名离开了它的稿件（例如落到了下一篇的标题下）。"),
        Severity.WARNING,
        "attach_byline",
        "detached_byline",
    ),
    Check(
        HALFWIDTH_PUNCTUATION,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "半角标点"),
        QT_TRANSLATE_NOOP("Checks", "中文句子里用了半角标点（, . ; : ? ! 等），应改为全角。"),
        Severity.WARNING,
        "replace_chars",
        "halfwidth_punctuation",
    ),
    Check(
        UNBALANCED_PAIR,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "引号括号不配对"),
        QT_TRANSLATE_NOOP("Checks", "段落中的引号或括号只有一半。"),
        Severity.WARNING,
        None,
        "unbalanced_pair",
    ),
    Check(
        PAGE_CHROME,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "页面元素"),
        QT_TRANSLATE_NOOP("Checks", "电子版的翻页链接、版次或版权声明，不属于任何稿件，付印前应删去。"),
        Severity.INFO,
        "delete",
        "page_chrome",
    ),
    Check(
        ARCHIVE_DUPLICATE,
        Scope.HEADLINES,
        QT_TRANSLATE_NOOP("Checks", "与旧稿标题相似"),
        QT_TRANSLATE_NOOP("Checks", "标题与往期标题库中已刊登的标题相同或相近（需要稿件库）。"),
        Severity.ERROR,
        None,
        "archive_duplicate",
        Needs.ARCHIVE,
    ),
    Check(
        UNKNOWN_REPORTER,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "署名不在记者名册"),
        QT_TRANSLATE_NOOP("Checks", "署名中的名字不在记者名册里：可能是错字，或是新记者（需要记者名册）。"),
        Severity.INFO,
        None,
        "unknown_reporter",
        Needs.ROSTER,
    ),
    Check(
        WRONG_CHARACTER,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "别字"),
        QT_TRANSLATE_NOOP("Checks", "在任何句子里都写错了的字词（如“再接再励”应为“再接再厉”），来自易错词表。"),
        Severity.ERROR,
        "replace_chars",
        "wrong_character",
    ),
    Check(
        VARIANT_FORM,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "异形词"),
        QT_TRANSLATE_NOOP("Checks", "《第一批异形词整理表》的非推荐词形，应改为推荐词形（如“成份”改为“成分”）。"),
        Severity.WARNING,
        "replace_chars",
        "variant_form",
    ),
    Check(
        REPEATED_WORD,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "重复字词"),
        QT_TRANSLATE_NOOP("Checks", "同一个虚词连写了两次（如“的的”“在在”），叠词不在此列。"),
        Severity.WARNING,
        "replace_chars",
        "repeated_word",
    ),
    Check(
        NUMBER_USAGE,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "数字用法"),
        QT_TRANSLATE_NOOP(
            "Checks", "不合 GB/T 15835-2011 的数字写法：年份中的“0”、数字混写、范围缺单位、日期与星期不符。"
        ),
        Severity.WARNING,
        "replace_chars",
        "number_usage",
    ),
    Check(
        BANNED_WORDING,
        Scope.ARTICLE,
        QT_TRANSLATE_NOOP("Checks", "禁用词"),
        QT_TRANSLATE_NOOP("Checks", "新华社《新闻报道中的禁用词》所列的词语，引语和书名中的除外。"),
        Severity.WARNING,
        "replace_chars",
        "banned_wording",
    ),
    Check(
        PEOPLE,
        Scope.PAGE,
        QT_TRANSLATE_NOOP("Checks", "人名职务"),
        QT_TRANSLATE_NOOP(
            "Checks",
            "人名与本社人名表不符：职务不对、同音、形近或只差一字的写法、领导排序不对；"
            "没有人名表时，同一版面上同一人名的两种同音或形近写法。",
        ),
        Severity.WARNING,
        "replace_chars",
        "people",
    ),
)
CHECK_NAMES: tuple[str, ...] = tuple(check.name for check in CHECKS)
# The rule-book checks: each finding names a term the desk can whitelist (加入白名单) and counts in the 校对报告.
WHITELISTABLE = frozenset({WRONG_CHARACTER, VARIANT_FORM, REPEATED_WORD, NUMBER_USAGE, BANNED_WORDING, PEOPLE})
_BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}


def check_named(name: str) -> Check | None:
    return _BY_NAME.get(name)


def names_in_scope(scope: Scope) -> tuple[str, ...]:
    return tuple(check.name for check in CHECKS if check.scope is scope)


def unknown_check_names(names: Sequence[str]) -> list[str]:
    return [name for name in names if name not in _BY_NAME]


def run_check(name: str, context: CheckContext) -> list[Finding]:
    """Run one check on a prepared context; each finding gets its ``anchors`` (see ``anchor_blocks``)."""
    findings = _BY_NAME[name].run(context)
    blocks = context.document.blocks
    if name in WHITELISTABLE:
        findings = _not_whitelisted(findings, blocks)
    for finding in findings:
        if not finding.anchors:
            # (the finding was made just now by the check: setting the field beats copying 90 000 of them)
            object.__setattr__(finding, "anchors", tuple([blocks[index].uid for index in anchor_blocks(finding)]))
    return findings


def _not_whitelisted(findings: list[Finding], blocks: Sequence[Block]) -> list[Finding]:
    """Findings whose term the desk has not whitelisted (加入白名单)."""
    whitelist = desk_lists.current().whitelist
    if not whitelist or not findings:
        return findings
    return [
        finding
        for finding in findings
        if not finding.spans
        or blocks[finding.spans[0].block].text[finding.spans[0].start : finding.spans[0].end] not in whitelist
    ]


def anchor_blocks(finding: Finding) -> tuple[int, ...]:
    """The blocks a finding is about: those its marks are in, else those it names.

    (An unpaired quote stays the same finding when the paragraph around it grows by a joined line.)
    """
    if finding.spans:
        return tuple(dict.fromkeys(span.block for span in finding.spans))
    return finding.blocks


def run_checks(
    document: Document,
    names: Sequence[str],
    archive: HeadlineArchive | None,
    roster: ReporterRoster | None = None,
) -> list[Finding]:
    """The findings of the checks ``names``, in page order (then in the order of ``CHECK_NAMES``)."""
    from desktop.proofing.checks.context import CheckContext

    context = CheckContext(document, archive, roster=roster)
    return in_page_order({name: run_check(name, context) for name in names})


_RANKS = len(CHECK_NAMES)
_INDEX_BITS = 40  # block indices stay far below 2**40


def in_page_order(by_check: dict[str, list[Finding]]) -> list[Finding]:
    """Sort findings by (first block, last block, check), the keys packed into one int each.

    A 10 MB page makes ~90 000 findings; a key function taking min/max of every
    finding's blocks cost 7 % of the analysis.  Most findings name one block or an
    ascending pair, whose ends are its first and last block.
    """
    flat: list[Finding] = []
    keys: list[int] = []
    for name, findings in by_check.items():
        rank = CHECK_NAMES.index(name)
        flat += findings
        keys += [
            (((b[0] + 1) << _INDEX_BITS | (b[-1] + 1)) * _RANKS + rank)
            if 0 < len(b) < 3 and b[0] <= b[-1]
            else _key(b, rank)
            for b in [finding.blocks for finding in findings]
        ]
    return [flat[i] for i in sorted(range(len(flat)), key=keys.__getitem__)]


def _key(blocks: tuple[int, ...], rank: int) -> int:
    first, last = (min(blocks), max(blocks)) if blocks else (-1, -1)
    return ((first + 1) << _INDEX_BITS | (last + 1)) * _RANKS + rank
