"""Pages in the database: import, autosave of every edit, decisions on findings, crash recovery.

How the GUI uses it::

    store = PageStore(open_database())
    for summary in store.unclean_pages():          # on start: offer recovery
        session = store.recover(summary.page_id, author="张编辑")
    session = store.import_page(raw_bytes, document, raw_text=text, author="张编辑")
    document = session.record_edit(edit)           # committed before it returns (autosave)
    session.record_decisions([(finding.key, finding.check)], "ignored")
    session.set_article_statuses({first_block_uid: "proofed"})  # by the article's first block
    session.mark_exported()                        # its headlines enter the archive
    session.close()                                # the session ended cleanly

A page's history is an append-only list of revisions (edit + inverse, author, time).
Every save also records who made it (``Page.updated_by``); exports and archived headlines
record who exported and archived them.
The window's undo reaches storage as the inverse edit, recorded like any other, so
replaying the ``edit`` of every revision in order, from the page as imported (or from
the latest snapshot), gives back exactly the document the editor last saw.  Every save
names the page version it was based on; a save based on an older version raises
``PageConflict`` (naming the editor who saved meanwhile) instead of overwriting.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, insert, or_, select, true, update
from sqlalchemy.orm import Session

from desktop.proofing.edits import AnyEdit, document_from_dict, document_to_dict, edit_from_dict, edit_to_dict
from desktop.proofing.model import Document
from storage.db import Database
from storage.errors import NotFound, PageConflict, StorageError
from storage.models import (
    ARTICLE_STATUSES,
    DECISION_STATES,
    Article,
    Edition,
    FindingDecision,
    Page,
    Revision,
    utc_now,
)

# A snapshot of the whole document every so many revisions keeps recovery and opening fast.
SNAPSHOT_EVERY = 200


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def raw_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True, slots=True)
class EditionRef:
    """Which edition a page belongs to: paper name, date and (optional) edition number."""

    edition_date: date
    paper: str = ""
    number: str = ""


@dataclass(frozen=True, slots=True)
class PageSummary:
    page_id: int
    source_name: str
    page_label: str
    edition_date: date | None
    paper: str
    version: int
    revisions: int
    session_open: bool
    session_author: str
    updated_at: datetime
    updated_by: str = ""  # whose save made the current version
    exported_at: datetime | None = None
    exported_by: str | None = None  # None: not exported, or nobody recorded who (before migration 0007)


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    seq: int
    kind: str
    label: str
    edit: AnyEdit
    inverse: AnyEdit
    author: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    finding_key: str
    check_name: str
    state: str
    author: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    position: int
    first_block_uid: int | None  # None: filed before the schema kept it
    headline: str
    subtitle: str | None
    byline: str | None
    paragraphs: tuple[str, ...]
    status: str
    exported_by: str | None = None  # who exported it (None: not exported, or not recorded)


class PageSession:
    """One editor's open page: the document as saved and its version.

    Undo is the window's (one ``QUndoStack``): an undone edit reaches storage as the
    inverse edit, recorded like any other, so the revisions replay to the page shown.

    Every method that changes the page commits before it returns and only then
    updates this object, so after a ``StorageError`` (disk full, read-only, server
    gone) the session still holds the last saved state and the caller can retry.
    """

    def __init__(self, store: PageStore, page_id: int, document: Document, version: int, author: str) -> None:
        self.store = store
        self.page_id = page_id
        self.document = document
        self.version = version
        self.author = author

    def record_edit(self, edit: AnyEdit) -> Document:
        """Apply ``edit``, save it (autosave) and return the new document.

        Raises ``EditConflict`` if the edit does not fit the current document (nothing
        saved), ``PageConflict`` if another session saved the page meanwhile.
        """
        document = edit.apply(self.document)
        self._save(edit, edit.inverse(), "edit", document)
        self.document = document
        return document

    def _save(self, edit: AnyEdit, inverse: AnyEdit, kind: str, document: Document) -> int:
        seq, version = self.store.append_revision(
            self.page_id,
            edit,
            inverse,
            kind=kind,
            author=self.author,
            expected_version=self.version,
            document_after=document,
        )
        self.version = version
        return seq

    def reload(self) -> Document:
        """Re-read the page as saved (after a ``PageConflict``) and return it."""
        fresh = self.store.open_page(self.page_id, self.author)
        self.document, self.version = fresh.document, fresh.version
        return self.document

    def close(self) -> None:
        """End the session cleanly: the page is no longer offered for recovery."""
        self.store.close_page(self.page_id, self.document, expected_version=self.version)

    def mark_exported(
        self, edition: EditionRef | None = None, page_label: str | None = None, source_sha256: str | None = None
    ) -> int:
        """Mark the page exported; its headlines enter the archive. Returns how many were archived.

        ``source_sha256``: the bytes of the page's file as it is at the export (保存 may have rewritten it since
        the page was opened), so that checking that file again never reports its own headlines."""
        self.version, count = self.store.mark_exported(
            self.page_id,
            self.document,
            expected_version=self.version,
            edition=edition,
            page_label=page_label,
            author=self.author,
            source_sha256=source_sha256,
        )
        return count

    def record_decisions(self, decisions: Sequence[tuple[str, str]], state: str) -> None:
        """Remember the editor's decision on findings, given as (key, check) pairs."""
        self.store.record_decisions(self.page_id, decisions, state, self.author)

    def set_article_statuses(self, statuses: Mapping[int, str], exported: Mapping[int, str] | None = None) -> None:
        """File the page's articles as they now stand, with these statuses by the uid of each article's first
        block (the rest: draft).

        ``exported``: by the same uid, the digest of each exported article's content when it was exported.
        Raises ``PageConflict`` if another session saved the page meanwhile (its statuses are not overwritten).
        """
        self.version = self.store.set_article_statuses(
            self.page_id, self.document, statuses, exported, author=self.author, expected_version=self.version
        )


class PageStore:
    """All pages of one database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- import and open -------------------------------------------------------------------

    def import_page(
        self,
        raw: bytes,
        document: Document,
        *,
        raw_text: str,
        author: str = "",
        edition: EditionRef | None = None,
        page_label: str = "",
    ) -> PageSession:
        """Store a freshly loaded page (raw bytes' hash, raw text, the Document) and open a session on it."""
        now = utc_now()
        with self.database.transaction() as session:
            edition_id = _edition_id(session, edition) if edition else None
            page = Page(
                edition_id=edition_id,
                page_label=page_label,
                source_name=document.source_name,
                encoding=document.encoding,
                raw_sha256=raw_hash(raw),
                raw_text=raw_text,
                document_json=_dumps(document_to_dict(document)),
                snapshot_json=None,
                snapshot_seq=0,
                head_seq=0,
                version=1,
                session_open=True,
                session_author=author,
                session_started_at=now,
                updated_by=author,
                created_at=now,
                updated_at=now,
            )
            session.add(page)
            session.flush()
            _replace_articles(session, page.id, document)
            page_id = page.id
        return PageSession(self, page_id, document, 1, author)

    def open_page(self, page_id: int, author: str = "") -> PageSession:
        """Open a stored page exactly as last saved and mark its session open."""
        with self.database.transaction() as session:
            page = session.get(Page, page_id)
            if page is None:
                raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
            document = _rebuild(session, page)
            session.execute(
                update(Page)
                .where(Page.id == page_id)
                .values(session_open=True, session_author=author, session_started_at=utc_now())
            )
            version = page.version
        return PageSession(self, page_id, document, version, author)

    def recover(self, page_id: int, author: str = "") -> PageSession:
        """Restore a page whose session did not end cleanly, exactly as it was (same as ``open_page``)."""
        return self.open_page(page_id, author)

    def current_document(self, page_id: int) -> Document:
        with self.database.reading() as session:
            page = session.get(Page, page_id)
            if page is None:
                raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
            return _rebuild(session, page)

    def original_document(self, page_id: int) -> Document:
        """The document as imported, before any edit."""
        with self.database.reading() as session:
            text = session.scalar(select(Page.document_json).where(Page.id == page_id))
            if text is None:
                raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
            return document_from_dict(json.loads(text))

    # -- listing ---------------------------------------------------------------------------

    def unclean_pages(self, editor: str | None = None) -> list[PageSummary]:
        """Pages whose last session did not end with ``close``: offer them for recovery on start.

        ``editor``: only the pages that editor opened or saved last (on a shared database another editor's open
        page is their work in progress, not this editor's crash)."""
        return self._summaries(and_(Page.session_open.is_(True), _worked_on_by(editor)))

    def pages(self, editor: str | None = None) -> list[PageSummary]:
        """Every page, the most recently saved first; ``editor``: only those that editor opened or saved last."""
        return self._summaries(_worked_on_by(editor))

    def summary(self, page_id: int) -> PageSummary:
        """One page's summary (who saved it last, who exported it)."""
        found = self._summaries(Page.id == page_id)
        if not found:
            raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
        return found[0]

    def pages_with_raw(self, raw: bytes) -> list[PageSummary]:
        """Pages imported from exactly these bytes (to offer reopening instead of a second copy)."""
        return self._summaries(Page.raw_sha256 == raw_hash(raw))

    def _summaries(self, condition: Any) -> list[PageSummary]:
        query = select(Page, Edition).outerjoin(Edition, Page.edition_id == Edition.id).order_by(Page.updated_at.desc())
        if condition is not None:
            query = query.where(condition)
        with self.database.reading() as session:
            return [
                PageSummary(
                    page_id=page.id,
                    source_name=page.source_name,
                    page_label=page.page_label,
                    edition_date=edition.edition_date if edition else None,
                    paper=edition.paper if edition else "",
                    version=page.version,
                    revisions=page.head_seq,
                    session_open=page.session_open,
                    session_author=page.session_author,
                    updated_at=page.updated_at,
                    updated_by=page.updated_by,
                    exported_at=page.exported_at,
                    exported_by=page.exported_by,
                )
                for page, edition in session.execute(query)
            ]

    # -- saving ----------------------------------------------------------------------------

    def record_edit(self, page_id: int, edit: AnyEdit, author: str, *, expected_version: int) -> int:
        """Save ``edit`` as the next revision of the page; returns the new page version.

        The edit must fit the page as saved; prefer ``PageSession.record_edit``, which
        checks that before touching the database.
        """
        document = edit.apply(self.current_document(page_id))
        _seq, version = self.append_revision(
            page_id,
            edit,
            edit.inverse(),
            kind="edit",
            author=author,
            expected_version=expected_version,
            document_after=document,
        )
        return version

    def append_revision(
        self,
        page_id: int,
        edit: AnyEdit,
        inverse: AnyEdit,
        *,
        kind: str,
        author: str,
        expected_version: int,
        document_after: Document,
        label: str | None = None,
    ) -> tuple[int, int]:
        """Commit one revision; returns (its sequence number, the new page version)."""
        now = utc_now()
        with self.database.transaction() as session:
            row = session.execute(
                update(Page)
                .where(Page.id == page_id, Page.version == expected_version)
                .values(version=Page.version + 1, head_seq=Page.head_seq + 1, updated_at=now, updated_by=author)
                .returning(Page.head_seq, Page.version)
            ).one_or_none()
            if row is None:
                raise _conflict(session, page_id, expected_version, author)
            seq, version = row
            session.execute(
                insert(Revision).values(
                    page_id=page_id,
                    seq=seq,
                    kind=kind,
                    label=(label if label is not None else edit.label)[:200],
                    edit_json=_dumps(edit_to_dict(edit)),
                    inverse_json=_dumps(edit_to_dict(inverse)),
                    author=author,
                    created_at=now,
                )
            )
            if seq % SNAPSHOT_EVERY == 0:
                session.execute(
                    update(Page)
                    .where(Page.id == page_id)
                    .values(snapshot_json=_dumps(document_to_dict(document_after)), snapshot_seq=seq)
                )
        return seq, version

    def close_page(self, page_id: int, document: Document, *, expected_version: int) -> None:
        """Mark the session clean and file the page's articles as they now stand.

        If another session saved the page meanwhile, the articles are left for that
        session to file, but this session still ends cleanly (its edits are all saved).
        """
        with self.database.transaction() as session:
            current = session.scalar(select(Page.version).where(Page.id == page_id))
            if current is None:
                raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
            values: dict[str, Any] = {"session_open": False}
            if current == expected_version:
                _replace_articles(session, page_id, document)
                values.update(snapshot_json=_dumps(document_to_dict(document)), snapshot_seq=Page.head_seq)
            session.execute(update(Page).where(Page.id == page_id).values(**values))

    def mark_exported(
        self,
        page_id: int,
        document: Document,
        *,
        expected_version: int,
        edition: EditionRef | None = None,
        page_label: str | None = None,
        author: str = "",
        source_sha256: str | None = None,
    ) -> tuple[int, int]:
        """Mark the page exported by ``author`` and put its headlines in the archive, archived by ``author``
        (replacing earlier ones of this page), as coming from the file with bytes ``source_sha256`` (default:
        the bytes the page was opened from).

        The edition (date) comes from ``edition`` or the page's own edition; without
        either, the export date is used.  Returns (new version, headlines archived).
        """
        from storage.headline_index import HeadlineRow, add_headline_rows, remove_headlines_of_page

        now = utc_now()
        with self.database.transaction() as session:
            page = session.get(Page, page_id)
            if page is None:
                raise NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
            if page.version != expected_version:
                raise _conflict(session, page_id, expected_version, author)
            if edition is not None:
                page.edition_id = _edition_id(session, edition)
            if page_label is not None:
                page.page_label = page_label
            session.flush()
            stored_edition = session.get(Edition, page.edition_id) if page.edition_id else None
            edition_date = stored_edition.edition_date if stored_edition else now.date()
            paper = stored_edition.paper if stored_edition else ""
            _replace_articles(session, page_id, document, status="exported", exported_by=author)
            remove_headlines_of_page(session, page_id)
            rows = [
                HeadlineRow(
                    headline=article.headline,
                    edition_date=edition_date,
                    page_label=page.page_label,
                    paper=paper,
                    page_id=page_id,
                    source_sha256=source_sha256 or page.raw_sha256,
                    archived_by=author,
                )
                for article in document.articles()
                if article.headline.strip()
            ]
            add_headline_rows(session, rows)
            result = session.execute(
                update(Page)
                .where(Page.id == page_id, Page.version == expected_version)
                .values(
                    version=Page.version + 1, exported_at=now, exported_by=author, updated_at=now, updated_by=author
                )
                .returning(Page.version)
            ).one_or_none()
            if result is None:
                raise _conflict(session, page_id, expected_version, author)
            return result[0], len(rows)

    # -- history, articles, decisions ------------------------------------------------------

    def revision(self, page_id: int, seq: int) -> RevisionRecord:
        with self.database.reading() as session:
            row = session.scalar(select(Revision).where(Revision.page_id == page_id, Revision.seq == seq))
            if row is None:
                raise NotFound(f"版面 {page_id} 没有第 {seq} 次修改 (no revision {seq})")
            return _revision_record(row)

    def history(self, page_id: int) -> list[RevisionRecord]:
        """Every revision of the page, in order."""
        with self.database.reading() as session:
            rows = session.scalars(select(Revision).where(Revision.page_id == page_id).order_by(Revision.seq))
            return [_revision_record(row) for row in rows]

    def articles(self, page_id: int) -> list[ArticleRecord]:
        with self.database.reading() as session:
            rows = session.scalars(select(Article).where(Article.page_id == page_id).order_by(Article.position))
            return [
                ArticleRecord(
                    position=row.position,
                    first_block_uid=row.first_block_uid,
                    headline=row.headline,
                    subtitle=row.subtitle,
                    byline=row.byline,
                    paragraphs=tuple(json.loads(row.paragraphs_json)),
                    status=row.status,
                    exported_by=row.exported_by,
                )
                for row in rows
            ]

    def set_article_statuses(
        self,
        page_id: int,
        document: Document,
        statuses: Mapping[int, str],
        exported: Mapping[int, str] | None = None,
        *,
        author: str = "",
        expected_version: int | None = None,
    ) -> int:
        """File ``document``'s articles (the page as it now stands) with ``statuses`` by the uid of each article's
        first block (others: draft), and ``exported``: by the same uid, the digest of each exported article's
        content as it was exported.  A status stays with its article when others are inserted, split or merged
        before it.  An article newly exported (or exported again with other content) records ``author`` as
        who exported it.

        With ``expected_version`` the page must still be at that version (else ``PageConflict``, nothing
        changed); returns the page's new version."""
        unknown = set(statuses.values()) - set(ARTICLE_STATUSES)
        if unknown:
            raise ValueError(f"unknown article status {sorted(unknown)!r}")
        with self.database.transaction() as session:
            condition = [Page.id == page_id]
            if expected_version is not None:
                condition.append(Page.version == expected_version)
            row = session.execute(
                update(Page)
                .where(*condition)
                .values(version=Page.version + 1, updated_at=utc_now(), updated_by=author)
                .returning(Page.version)
            ).one_or_none()
            if row is None:
                raise _conflict(session, page_id, expected_version or 0, author)
            before = {
                uid: (digest, by)
                for uid, digest, by in session.execute(
                    select(Article.first_block_uid, Article.exported_sha256, Article.exported_by).where(
                        Article.page_id == page_id, Article.status == "exported"
                    )
                )
            }
            _replace_articles(session, page_id, document)
            for article in session.scalars(select(Article).where(Article.page_id == page_id)):
                uid = article.first_block_uid
                article.status = statuses.get(uid, "draft") if uid is not None else "draft"
                if article.status != "exported":
                    article.exported_sha256, article.exported_by = None, None
                    continue
                digest = (exported or {}).get(uid)
                earlier = before.get(uid)
                article.exported_sha256 = digest
                # the same export as before keeps its exporter; a new one (or new content) is this editor's
                article.exported_by = earlier[1] if earlier is not None and earlier[0] == digest else author
            return row[0]

    def export_digests(self, page_id: int) -> dict[int, str]:
        """By the uid of each one's first block, what each exported article was when it was exported
        (``set_article_statuses``; rows filed before the schema kept uids: by position on the page now)."""
        with self.database.reading() as session:
            rows = list(
                session.execute(
                    select(Article.position, Article.first_block_uid, Article.exported_sha256).where(
                        Article.page_id == page_id, Article.exported_sha256.is_not(None)
                    )
                )
            )
        return self._by_uid(page_id, [(position, uid, digest) for position, uid, digest in rows])

    def article_statuses(self, page_id: int) -> dict[int, str]:
        """The statuses of the page's articles as last filed, by the uid of each one's first block (drafts left out).

        A row filed before the schema kept uids names its article by position on the page as it now stands.
        """
        records = [record for record in self.articles(page_id) if record.status != "draft"]
        return self._by_uid(page_id, [(record.position, record.first_block_uid, record.status) for record in records])

    def _by_uid(self, page_id: int, rows: Sequence[tuple[int, int | None, str]]) -> dict[int, str]:
        """(position, first block uid, value) rows by uid; a row without a uid (filed before migration 0006) by
        the uid of the article at its position on the page as it now stands."""
        if all(uid is not None for _, uid, _ in rows):
            return {uid: value for _, uid, value in rows if uid is not None}
        firsts = [article.blocks[0].uid for article in self.current_document(page_id).articles()]
        return {
            uid if uid is not None else firsts[position]: value
            for position, uid, value in rows
            if uid is not None or position < len(firsts)
        }

    def record_decisions(self, page_id: int, decisions: Sequence[tuple[str, str]], state: str, author: str) -> None:
        """Remember that the findings ``decisions`` ((key, check) pairs) were fixed, ignored or reopened."""
        if state not in DECISION_STATES:
            raise ValueError(f"unknown decision state {state!r}")
        now = utc_now()
        with self.database.transaction() as session:
            for key, check in decisions:
                key_hash = hashlib.sha256(key.encode("utf-8")).hexdigest()
                existing = session.scalar(
                    select(FindingDecision).where(
                        FindingDecision.page_id == page_id, FindingDecision.key_sha256 == key_hash
                    )
                )
                if existing is None:
                    session.add(
                        FindingDecision(
                            page_id=page_id,
                            finding_key=key,
                            key_sha256=key_hash,
                            check_name=check,
                            state=state,
                            author=author,
                            decided_at=now,
                        )
                    )
                else:
                    existing.state, existing.author, existing.decided_at = state, author, now

    def ignored_keys(self, page_id: int) -> frozenset[str]:
        """The keys of the findings ignored on the page (``Finding.key``)."""
        return frozenset(key for key, record in self.decisions(page_id).items() if record.state == "ignored")

    def decisions(self, page_id: int) -> dict[str, DecisionRecord]:
        """The editor's decisions for the page, by ``Finding.key``."""
        with self.database.reading() as session:
            rows = session.scalars(select(FindingDecision).where(FindingDecision.page_id == page_id))
            return {
                row.finding_key: DecisionRecord(row.finding_key, row.check_name, row.state, row.author, row.decided_at)
                for row in rows
            }


# -- helpers -------------------------------------------------------------------------------


def _worked_on_by(editor: str | None) -> ColumnElement[bool]:
    if editor is None:
        return true()
    return or_(Page.session_author == editor, Page.updated_by == editor)


def _edition_id(session: Session, edition: EditionRef) -> int:
    existing = session.scalar(
        select(Edition.id).where(
            Edition.paper == edition.paper,
            Edition.edition_date == edition.edition_date,
            Edition.number == edition.number,
        )
    )
    if existing is not None:
        return existing
    row = Edition(paper=edition.paper, edition_date=edition.edition_date, number=edition.number)
    session.add(row)
    session.flush()
    return row.id


def _conflict(session: Session, page_id: int, expected_version: int, author: str = "") -> StorageError:
    """The page moved on since ``expected_version``: a ``PageConflict`` naming the editor whose save did it."""
    page = session.get(Page, page_id)
    if page is None:
        return NotFound(f"找不到编号为 {page_id} 的版面 (no page {page_id})")
    other = page.updated_by or ""
    if not other:  # (a page whose last saver was never recorded: its last revision's author, if any)
        other = (
            session.scalar(
                select(Revision.author).where(Revision.page_id == page_id).order_by(Revision.seq.desc()).limit(1)
            )
            or ""
        )
    if not other:
        who, english = "另一位编辑", "another editor"
    elif other == author:
        who, english = f"另一个以“{other}”署名的会话", f"another session also signed “{other}”"
    else:
        who, english = f"“{other}”", f"“{other}”"
    name = page.source_name or f"#{page_id}"
    return PageConflict(
        f"版面“{name}”已被{who}修改（第 {page.version} 版，你的是第 {expected_version} 版），"
        f"请重新载入后再改；你的这次修改没有保存 "
        f"(page changed by {english}: version {page.version}, yours {expected_version})",
        other,
    )


def _rebuild(session: Session, page: Page) -> Document:
    """The page's current document: its snapshot (or the page as imported) and the revisions after it."""
    base_json = page.snapshot_json if page.snapshot_json is not None else page.document_json
    document = document_from_dict(json.loads(base_json))
    replay = session.scalars(
        select(Revision.edit_json)
        .where(Revision.page_id == page.id, Revision.seq > page.snapshot_seq)
        .order_by(Revision.seq)
    )
    for edit_json in replay:
        document = edit_from_dict(json.loads(edit_json)).apply(document)
    return document


def _revision_record(row: Revision) -> RevisionRecord:
    return RevisionRecord(
        seq=row.seq,
        kind=row.kind,
        label=row.label,
        edit=edit_from_dict(json.loads(row.edit_json)),
        inverse=edit_from_dict(json.loads(row.inverse_json)),
        author=row.author,
        created_at=row.created_at,
    )


def _replace_articles(
    session: Session, page_id: int, document: Document, status: str | None = None, exported_by: str | None = None
) -> None:
    """File the document's articles by position, keeping row ids (and so decisions' links).

    Each keeps its status (and its digest and exporter as exported) by the uid of its first block, wherever it
    now stands (rows filed before the uid was kept: by position); ``status`` gives every article that one
    instead (and ``exported_by`` that exporter).
    """
    existing = {row.position: row for row in session.scalars(select(Article).where(Article.page_id == page_id))}
    by_uid = {row.first_block_uid: row for row in existing.values() if row.first_block_uid is not None}
    by_position = {row.position: row for row in existing.values() if row.first_block_uid is None}
    kept = {id(row): (row.status, row.exported_sha256, row.exported_by) for row in existing.values()}
    articles = document.articles()
    for article in articles:
        uid = article.blocks[0].uid if article.blocks else None
        row = existing.pop(article.index, None)
        if row is None:
            row = Article(page_id=page_id, position=article.index, status="draft")
            session.add(row)
        before = by_uid.get(uid) if uid in by_uid else by_position.get(article.index)
        row.first_block_uid = uid
        row.status, row.exported_sha256, row.exported_by = (
            kept[id(before)] if before is not None else ("draft", None, None)
        )
        if status is not None:
            row.status = status
            row.exported_by = exported_by
        row.headline = article.headline
        row.subtitle = article.subtitle
        row.byline = _byline(article)
        row.paragraphs_json = _dumps(list(article.paragraphs))
    for row in existing.values():
        session.delete(row)
    session.flush()


def _byline(article: Any) -> str | None:
    from desktop.proofing.pipeline import byline_of

    return byline_of(article)
