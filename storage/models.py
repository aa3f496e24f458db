"""The tables, as SQLAlchemy 2.0 typed declarative models.

Edition → Page → Article → FindingDecision, and Page → Revision (the page's full
history, in order).  The reporter roster and the archive of published headlines
stand beside them.  Every schema change goes through an Alembic migration in
``storage/migrations/versions``; a test compares these models with the migrated
schema so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ARTICLE_STATUSES = ("draft", "proofed", "exported")
DECISION_STATES = ("open", "fixed", "ignored")
REVISION_KINDS = ("edit", "undo", "redo")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Edition(Base):
    """One issue of a paper on one day."""

    __tablename__ = "editions"
    __table_args__ = (UniqueConstraint("paper", "edition_date", "number", name="uq_editions_paper_date_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    paper: Mapped[str] = mapped_column(String(200), default="")
    edition_date: Mapped[date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(40), default="")

    pages: Mapped[list[Page]] = relationship(back_populates="edition", cascade="all, delete-orphan")


class Page(Base):
    """A page as loaded (raw bytes' hash, raw text, the Document as JSON) plus its editing session.

    The current document is ``snapshot_json`` (or ``document_json`` when there is no snapshot)
    with the revisions after ``snapshot_seq`` applied in order.  ``version`` is bumped by every
    save; a save that names an older version is refused (optimistic locking).
    """

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int | None] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    page_label: Mapped[str] = mapped_column(String(40), default="")
    source_name: Mapped[str] = mapped_column(String(500), default="")
    encoding: Mapped[str] = mapped_column(String(40), default="utf-8")
    raw_sha256: Mapped[str] = mapped_column(String(64), index=True)
    raw_text: Mapped[str] = mapped_column(Text)
    document_json: Mapped[str] = mapped_column(Text)
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    snapshot_seq: Mapped[int] = mapped_column(Integer, default=0)
    head_seq: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    session_open: Mapped[bool] = mapped_column(Boolean, default=False)
    session_author: Mapped[str] = mapped_column(String(200), default="")
    session_started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the editor whose save made the current version (a conflict names them); "" when nobody is known
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    exported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    exported_by: Mapped[str | None] = mapped_column(String(200))  # None: not exported, or before migration 0007
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    edition: Mapped[Edition | None] = relationship(back_populates="pages")
    articles: Mapped[list[Article]] = relationship(
        back_populates="page", cascade="all, delete-orphan", order_by="Article.position"
    )


class Article(Base):
    """One article of a page as it stood when the page was last closed or exported."""

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("page_id", "position", name="uq_articles_page_position"),
        CheckConstraint("status IN ('draft', 'proofed', 'exported')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    # the uid of the article's first block (``Block.uid``): its status follows the article, not the position
    # (None: filed before migration 0006, status by position)
    first_block_uid: Mapped[int | None] = mapped_column(Integer)
    headline: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    paragraphs_json: Mapped[str] = mapped_column(Text, default="[]")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # what the article was when it was exported (``desktop.ui.export_state.content_digest``): an exported
    # article whose content differs now shows 已导出·有改动; None when it is not exported
    exported_sha256: Mapped[str | None] = mapped_column(String(64))
    # who exported it (None: not exported, or exported before migration 0007 kept the name)
    exported_by: Mapped[str | None] = mapped_column(String(200))

    page: Mapped[Page] = relationship(back_populates="articles")


class FindingDecision(Base):
    """What the editor decided about one finding (by ``Finding.key``): fixed, ignored or open again."""

    __tablename__ = "finding_decisions"
    __table_args__ = (
        UniqueConstraint("page_id", "key_sha256", name="uq_finding_decisions_page_key"),
        CheckConstraint("state IN ('open', 'fixed', 'ignored')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    finding_key: Mapped[str] = mapped_column(Text)
    key_sha256: Mapped[str] = mapped_column(String(64))
    check_name: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Revision(Base):
    """One operation on a page, in order: the edit applied and its inverse."""

    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("page_id", "seq", name="uq_revisions_page_seq"),
        CheckConstraint("kind IN ('edit', 'undo', 'redo')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(200), default="")
    edit_json: Mapped[str] = mapped_column(Text)
    inverse_json: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Reporter(Base):
    """A roster entry; ``version`` guards against two editors changing it at once."""

    __tablename__ = "reporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    pinyin: Mapped[str] = mapped_column(String(400), index=True)
    initials: Mapped[str] = mapped_column(String(100), index=True)
    desk: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # the editor who added or last changed the entry (a roster conflict names them); "" when nobody is known
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a plain dict)


class RemovedReporter(Base):
    """A note that a roster entry was removed and by whom: a later change to it names them (migration 0009).

    Keyed by the removed entry's id; an id the database hands out again gets a new note when removed again.
    """

    __tablename__ = "removed_reporters"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(100))
    removed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    removed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ArchivedHeadline(Base):
    """A published headline: the text, its normalised form, and where it appeared."""

    __tablename__ = "archived_headlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text, index=True)
    edition_date: Mapped[date] = mapped_column(Date)
    page_label: Mapped[str] = mapped_column(String(40), default="")
    paper: Mapped[str] = mapped_column(String(200), default="")
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id", ondelete="SET NULL"), index=True)
    source_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    archived_by: Mapped[str | None] = mapped_column(String(200))  # None: archived before migration 0007
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class HeadlineGram(Base):
    """The inverted index: one row per (character pair, headline).

    Deliberately without a foreign key: a key would need a second index on
    ``headline_id`` (doubling the biggest table) for deletes to stay fast; the
    archive code removes a headline's grams by primary key before the headline.
    """

    __tablename__ = "headline_grams"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012

    gram: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    headline_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class GramFrequency(Base):
    """How many archived headlines contain each character pair: probe the rarest first."""

    __tablename__ = "gram_frequencies"

    gram: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    headlines: Mapped[int] = mapped_column(Integer, default=0)


Index("ix_archived_headlines_date_page", ArchivedHeadline.edition_date, ArchivedHeadline.page_label)


class DeskPerson(Base):
    """A person on the desk's list for the people-names check: name, current title(s), protocol order."""

    __tablename__ = "desk_people"
    __table_args__ = (UniqueConstraint("name", "title", name="uq_desk_people_name_title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(400), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class RulebookTerm(Base):
    """One entry of a rule-book word list as the desk keeps it (seeded from ``resources/rulebook/*.tsv``)."""

    __tablename__ = "rulebook_terms"
    __table_args__ = (UniqueConstraint("list_name", "term", name="uq_rulebook_terms_list_term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40))
    term: Mapped[str] = mapped_column(String(100))
    right: Mapped[str] = mapped_column(String(400), default="")  # what to write instead, several joined by |
    why: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(400), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class WhitelistTerm(Base):
    """A term the desk silenced (加入白名单): the rule-book checks no longer flag it."""

    __tablename__ = "whitelist_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(100), unique=True)
    check_name: Mapped[str] = mapped_column(String(80), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
