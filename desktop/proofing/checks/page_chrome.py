"""``page-chrome``: navigation and copyright lines of the e-paper, not part of any article."""

from __future__ import annotations

from desktop.proofing import calibration, chrome_page
from desktop.proofing.chars import count_cjk, ends_sentence
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head
from desktop.proofing.classify import LineKind, line_kind
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Block, Role
from desktop.proofing.wording import say

NAME = "page-chrome"
SHORT_LINE = 12  # characters
LONG_LINE = 30


# (made once: a page has hundreds of chrome lines)
_EVIDENCE = say("这一行是翻页链接、版次或版权声明一类的页面元素")
_FIX_LABEL = say("删除页面元素")
_CHROME_LINE = LineKind.CHROME


def run(context: CheckContext) -> list[Finding]:
    blocks = context.document.blocks
    findings: list[Finding] = []
    for index, block in enumerate(blocks):
        if block.role is not Role.CHROME:
            continue
        features = _features(blocks, index)
        findings.append(
            Finding(
                check=NAME,
                severity=Severity.INFO,
                blocks=(index,),
                article=None,
                message=say("“{line}”是电子版的页面导航或版权信息，不属于任何稿件", line=head(block.text, 16)),
                evidence=_EVIDENCE,
                confidence=calibration.confidence(NAME, features, 0.9),
                fix=Fix(kind="delete", label=_FIX_LABEL, uids=(block.uid,)),
                features=features,
            )
        )
    return findings


def _features(blocks: tuple[Block, ...], index: int) -> tuple[str, ...]:
    """What the line looks like (prose or not) and what stands around it."""
    text = blocks[index].text.strip()
    features: list[str] = []
    cjk = count_cjk(text)
    if cjk == 0:
        features.append("no_chinese")
    elif cjk * 2 < len(text):
        features.append("little_chinese")
    if len(text) <= SHORT_LINE:
        features.append("short_line")
    elif len(text) > LONG_LINE:
        features.append("long_line")
    if ends_sentence(text):
        features.append("ends_sentence")
    if any(map(str.isdigit, text)):
        features.append("digits")
    before = blocks[index - 1].role if index > 0 else None
    after = blocks[index + 1].role if index + 1 < len(blocks) else None
    if before is Role.CHROME or after is Role.CHROME:
        features.append("next_to_chrome")
    if after is Role.HEADLINE:
        features.append("over_headline")
    if before in (Role.BODY, Role.BYLINE) and after in (Role.BODY, Role.BYLINE):
        features.append("inside_text")
    if line_kind(blocks[index].text) is not _CHROME_LINE:  # (memoised: CHROME exactly when ``is_chrome``)
        features.append("by_page")  # chrome by where it stands and what it says, not by its form
        if _shares_story_words(blocks, index):
            features.append("shares_story_words")
    return tuple(features)


STORY_BLOCKS = 6  # article blocks read on either side of a chrome line
SHARED_PAIRS = 2


def _shares_story_words(blocks: tuple[Block, ...], index: int) -> bool:
    """The line shares words (two pairs of characters or more) with the article text nearest to it."""
    near: list[str] = []
    for step in (-1, 1):
        position, taken = index + step, 0
        while 0 <= position < len(blocks) and taken < STORY_BLOCKS:
            if blocks[position].role is not Role.CHROME:
                near.append(blocks[position].text)
                taken += 1
            position += step
    return len(chrome_page.pairs(blocks[index].text) & chrome_page.pairs("".join(near))) >= SHARED_PAIRS
