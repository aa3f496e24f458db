"""``page-chrome``: navigation and copyright lines of the e-paper, not part of any article."""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.checks.snippets import head
from desktop.proofing.findings import Finding, Fix, Severity
from desktop.proofing.model import Role

NAME = "page-chrome"


def run(context: CheckContext) -> list[Finding]:
    return [
        Finding(
            check=NAME,
            severity=Severity.INFO,
            blocks=(index,),
            article=None,
            message=f"“{head(block.text, 16)}”是电子版的页面导航或版权信息，不属于任何稿件",
            evidence="这一行是翻页链接、版次或版权声明一类的页面元素",
            confidence=0.9,
            fix=Fix(kind="delete", label="删除页面元素", uids=(block.uid,)),
        )
        for index, block in enumerate(context.document.blocks)
        if block.role is Role.CHROME
    ]
