"""What a page is checked against besides itself: the archive of earlier pages and the reporter roster.

``proofsheet check`` and the app check a page the same way, through ``analyse_with_sources``
(the app's incremental re-analysis through ``archive_for_page`` and the same checks): the
archive never counts the page's own archived copy, so a page added with ``proofsheet archive
add`` and checked again does not find its own headlines "already published".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.findings import Finding
from desktop.proofing.model import Document
from desktop.proofing.roster_protocol import ReporterRoster


@runtime_checkable
class PageArchive(HeadlineArchive, Protocol):
    """An archive that can leave out the headlines archived from one source file (by its bytes' SHA-256)."""

    def excluding_digest(self, digest: str) -> HeadlineArchive: ...


def source_digest(raw: bytes) -> str:
    """The SHA-256 of a page file's bytes, as the archive records where its headlines came from."""
    return hashlib.sha256(raw).hexdigest()


def archive_for_page(archive: HeadlineArchive | None, digest: str | None) -> HeadlineArchive | None:
    """``archive`` as the page with bytes of SHA-256 ``digest`` is checked against: without its own copy."""
    if archive is None or not digest or not isinstance(archive, PageArchive):
        return archive
    return archive.excluding_digest(digest)


def analyse_with_sources(
    document: Document,
    digest: str | None,
    archive: HeadlineArchive | None = None,
    roster: ReporterRoster | None = None,
    checks: Iterable[str] | None = None,
) -> tuple[Finding, ...]:
    """All findings of a page read from a file with bytes of SHA-256 ``digest``."""
    from desktop.proofing.pipeline import analyse

    return analyse(document, checks, archive_for_page(archive, digest), roster)
