"""Placeholder."""

from __future__ import annotations

from desktop.proofing.checks.context import CheckContext
from desktop.proofing.findings import Finding


def run(context: CheckContext) -> list[Finding]:
    return []
