"""``detached-byline``: a byline standing alone on its own line instead of closing the article."""

from __future__ import annotations

from desktop.proofing import calibration, credits
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.continuation import ends_article_text
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Role
from desktop.proofing.wording import say

NAME = "detached-byline"
_HEADING = (Role.HEADLINE, Role.SUBTITLE)
# (bound once: in Python 3.11 reading ``Role.X`` in a loop goes through the enum metaclass's __getattr__ hook)
_BODY = Role.BODY
SHORT_CREDIT = 8  # characters: a name or two, no role words
RUN_ON_TAIL = 12  # characters after the last full stop of a line that may begin a credit run on after it
# The hand-set confidence by where the credit stands (the fitted weights of ``calibration`` refine it).
# A credit line closing its own article is what it looks like.  A bracketed credit under the next
# headline may have slipped there from the story above, but it reads just as well as that article's own
# top credit (``（记者 林可舟）`` under a headline, formats.md §1 top_credit): on the real dev and val pages
# (tools/engine_accuracy.py --real) such findings were right 0 of 14, and the generated pages the weights were
# fitted on hold none, so the finding only asks to look: it claims at most ``MOVED_CEILING``.
# A line under the first piece of a credit run on after the last sentence (``……阶段。 青禾`` over
# ``日报记者 林可舟``) is the rest of that credit, cut by the column: right 0 of 9 on the dev pages.
_AT_END, _MOVED, _RUN_ON_REST = 0.9, 0.5, 0.3
MOVED_CEILING = 0.6


def stray_bylines(context: CheckContext) -> list[tuple[int, int]]:
    """(block index, index of the article it belongs to) for every byline-only body line.

    Memoised on the context: ``missing-byline`` asks too.
    """
    found = context.memo.get(NAME)
    if found is None:
        found = context.memo[NAME] = _stray_bylines(context)
    return found


def _stray_bylines(context: CheckContext) -> list[tuple[int, int]]:
    blocks = context.document.blocks
    result: list[tuple[int, int]] = []
    for article in context.articles:
        body = [i for i in article.block_indices if blocks[i].role is _BODY]
        if body and _names_line(blocks[body[-1]].text):
            if not (body[-1] > 0 and context.joins_next(body[-1] - 1)):  # (not a column wrap's last piece)
                result.append((body[-1], article.index))
            continue
        # A parenthesised byline that slipped below the next headline belongs to the article before.
        first = next((i for i in article.block_indices if blocks[i].role not in _HEADING), None)
        if (
            first is not None
            and article.index > 0
            and blocks[first].role is _BODY
            and first != (body[-1] if body else None)
            and credits.is_parenthesised(blocks[first].text)
            and _names_line(blocks[first].text)
            and not credits.byline_names(context.articles[article.index - 1])
        ):
            result.append((first, article.index - 1))
    return result


def _names_line(text: str) -> bool:
    """The whole line is a credit naming people or an office (not a source line such as ``据《青禾晚报》``)."""
    credit = credits.line(text)
    return credit is not None and bool(credit.people or credit.office)


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    for index, target in stray_bylines(context):
        block = blocks[index]
        moved = context.owner[index] != target
        features = _features(context, index, moved)
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.WARNING,
                blocks=(index,),
                article=target,
                message=say("署名“{byline}”单独成行，应放到所属稿件的署名位置", byline=block.text.strip()),
                evidence=(
                    say("这一行只有作者姓名，排在下一篇的标题之后")
                    if moved
                    else say("这一行只有作者姓名，位于稿件末尾，不是正文段落")
                ),
                confidence=_confidence(features),
                features=features,
                fix=Fix(kind="attach_byline", label=say("设为稿件署名"), uids=(block.uid,)),
            )
        )
    return findings


def _confidence(features: tuple[str, ...]) -> float:
    if "moved" in features:
        return min(calibration.confidence(NAME, features, _MOVED), MOVED_CEILING)
    return calibration.confidence(NAME, features, _RUN_ON_REST if "above_tail_after_sentence" in features else _AT_END)


def _features(context: CheckContext, index: int, moved: bool) -> tuple[str, ...]:
    """Where the credit stood, what it looks like, and whether the line above it is finished.

    (On a hard-wrapped page a credit run on after the last sentence is cut by the column:
    ``……阶段。 青禾`` over ``日报记者 林可舟`` is one line of the story, not a credit on its own.)
    """
    text = context.document.blocks[index].text
    features = ["moved" if moved else "at_end"]
    if credits.is_parenthesised(text):
        features.append("parenthesised")
    if len(text.strip()) <= SHORT_CREDIT:
        features.append("short_line")
    if context.stats.wrap_width is not None:
        features.append("page_wrapped")
    above = context.document.blocks[index - 1].text.rstrip() if index > 0 else ""
    if above and not ends_article_text(above):
        features.append("above_unfinished")
        cut = max(above.rfind(mark) for mark in "。！？!?")
        if cut >= 0 and len(above) - cut - 1 <= RUN_ON_TAIL:
            features.append("above_tail_after_sentence")  # ``……阶段。 青禾``: the first piece of a run-on credit
    return tuple(features)
