"""The archive of published headlines, indexed by character pairs.

Every archived headline is normalised (full/half width folded, case folded,
spaces and punctuation dropped) and split into its distinct character pairs
("grams"); ``headline_grams`` maps each pair to the headlines containing it and
``gram_frequencies`` counts them.  A lookup never scans the archive:

1. read the frequencies of the query's pairs (one indexed query);
2. fetch the postings of the rarest pairs only (prefix filtering: a headline that
   shares at least ``MIN_SHARED`` of the query's pairs must contain one of the
   first ``n - ceil(MIN_SHARED * n) + 1`` pairs in any fixed order), stopping early
   once ``POSTING_BUDGET`` postings have been read;
3. score the best-supported candidates, plus every exact match found through the
   index on the normalised text, with rapidfuzz and keep those above the floor.

Exact matches are therefore always found; near matches are found when they share
a rare pair with the query, which holds for re-run headlines that differ by a few
characters (``bench/storage.py`` measures the recall against a full rapidfuzz scan).
The same tables work on SQLite and PostgreSQL, so both behave identically.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from rapidfuzz import fuzz
from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    String,
    Text,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.proofing.archive_protocol import ArchivedHeadline
from storage.db import Database, describe_failure
from storage.errors import StorageError
from storage.models import ArchivedHeadline as ArchivedHeadlineRow
from storage.models import GramFrequency, HeadlineGram, utc_now

MIN_SHARED = 0.5
POSTING_BUDGET = 4000
MAX_CANDIDATES = 60
EXACT_LIMIT = 50  # a headline printed every day (a column's title) is reported with its latest runs
DEFAULT_FLOOR = 0.75
_END = 0x1FFFFF  # not a code point: pairs a lone character with "end of text"
_BATCH = 5000


def normalize(headline: str) -> str:
    """Fold width and case; drop spaces, punctuation, symbols and control characters."""
    folded = unicodedata.normalize("NFKC", headline).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def grams(normalized: str) -> set[int]:
    """The distinct character pairs of a normalised headline, each as one integer."""
    if not normalized:
        return set()
    if len(normalized) == 1:
        return {(ord(normalized) << 21) | _END}
    return {(ord(a) << 21) | ord(b) for a, b in pairwise(normalized)}


def similarity(a_normalized: str, b_normalized: str) -> float:
    """0..1; 1.0 exactly when the normalised texts are equal."""
    return fuzz.ratio(a_normalized, b_normalized) / 100.0


@dataclass(frozen=True, slots=True)
class HeadlineRow:
    """A headline to archive and where it was published."""

    headline: str
    edition_date: date
    page_label: str = ""
    paper: str = ""
    page_id: int | None = None
    source_sha256: str | None = None
    archived_by: str | None = None  # the editor who archived it


def _upsert_frequencies(session: Session | Connection, counts: Counter[int], sign: int) -> None:
    if not counts:
        return
    dialect = session.get_bind().dialect.name if isinstance(session, Session) else session.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(GramFrequency)
    statement = statement.on_conflict_do_update(
        index_elements=[GramFrequency.gram],
        set_={"headlines": GramFrequency.headlines + statement.excluded.headlines},
    )
    rows = [{"gram": gram, "headlines": sign * count} for gram, count in sorted(counts.items())]
    for start in range(0, len(rows), _BATCH):
        session.execute(statement, rows[start : start + _BATCH])


def _connection(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def _insert_postings(session: Session | Connection, postings: list[tuple[int, int]]) -> None:
    """Bulk-insert (gram, headline id) rows in key order, through the driver (the archive's hot path)."""
    if not postings:
        return
    postings.sort()
    connection = _connection(session)
    cursor = connection.connection.cursor()
    try:
        if connection.dialect.name == "postgresql":
            with cursor.copy("COPY headline_grams (gram, headline_id) FROM STDIN") as copy:
                for row in postings:
                    copy.write_row(row)
        elif connection.dialect.paramstyle == "qmark":
            cursor.executemany("INSERT INTO headline_grams (gram, headline_id) VALUES (?, ?)", postings)
        else:
            connection.execute(insert(HeadlineGram), [{"gram": g, "headline_id": h} for g, h in postings])
    finally:
        cursor.close()


def add_headline_rows(session: Session | Connection, rows: Sequence[HeadlineRow]) -> list[int]:
    """Archive ``rows`` inside the caller's transaction; returns their ids."""
    if not rows:
        return []
    now = utc_now()
    ids: list[int] = []
    counts: Counter[int] = Counter()
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        normalized = [normalize(row.headline) for row in chunk]
        values = [
            {
                "headline": row.headline,
                "normalized": norm,
                "edition_date": row.edition_date,
                "page_label": row.page_label,
                "paper": row.paper,
                "page_id": row.page_id,
                "source_sha256": row.source_sha256,
                "archived_by": row.archived_by,
                "created_at": now,
            }
            for row, norm in zip(chunk, normalized, strict=True)
        ]
        result = _connection(session).execute(
            insert(ArchivedHeadlineRow).returning(ArchivedHeadlineRow.id, sort_by_parameter_order=True), values
        )
        chunk_ids = [row_id for (row_id,) in result]
        postings = []
        for row_id, norm in zip(chunk_ids, normalized, strict=True):
            for gram in grams(norm):
                postings.append((gram, row_id))
                counts[gram] += 1
        _insert_postings(session, postings)
        ids.extend(chunk_ids)
    _upsert_frequencies(session, counts, +1)
    return ids


def remove_headlines_of_page(session: Session, page_id: int) -> int:
    """Take a page's headlines out of the archive (before archiving its new state)."""
    return _remove_headlines(session, ArchivedHeadlineRow.page_id == page_id)


def remove_headlines_of_source(session: Session, source_sha256: str) -> int:
    """Take out the headlines archived from a file with these raw bytes (re-adding a file replaces them)."""
    return _remove_headlines(session, ArchivedHeadlineRow.source_sha256 == source_sha256)


def _remove_headlines(session: Session, condition: ColumnElement[bool]) -> int:
    rows = session.execute(select(ArchivedHeadlineRow.id, ArchivedHeadlineRow.normalized).where(condition)).all()
    if not rows:
        return 0
    counts: Counter[int] = Counter()
    keys = []
    for row_id, norm in rows:
        for gram in grams(norm):
            keys.append((gram, row_id))
            counts[gram] += 1
    for start in range(0, len(keys), _BATCH):
        session.execute(
            delete(HeadlineGram).where(
                tuple_(HeadlineGram.gram, HeadlineGram.headline_id).in_(keys[start : start + _BATCH])
            )
        )
    _upsert_frequencies(session, counts, -1)
    ids = [row_id for row_id, _ in rows]
    for start in range(0, len(ids), _BATCH):
        session.execute(delete(ArchivedHeadlineRow).where(ArchivedHeadlineRow.id.in_(ids[start : start + _BATCH])))
    return len(rows)


class SqlHeadlineArchive:
    """The engine's ``HeadlineArchive`` on top of the database.

    ``exclude_source_sha256``: ignore headlines archived from the page with these raw
    bytes, so re-checking an exported page does not report its own headlines.
    """

    def __init__(
        self, database: Database, *, floor: float = DEFAULT_FLOOR, exclude_source_sha256: str | None = None
    ) -> None:
        self.database = database
        self.floor = floor
        self.exclude_source_sha256 = exclude_source_sha256

    def excluding_source(self, raw: bytes) -> SqlHeadlineArchive:
        """The same archive, ignoring headlines that came from a page with exactly these bytes."""
        import hashlib

        return self.excluding_digest(hashlib.sha256(raw).hexdigest())

    def excluding_digest(self, digest: str) -> SqlHeadlineArchive:
        """The same archive, ignoring headlines from the page whose bytes have SHA-256 ``digest``."""
        return SqlHeadlineArchive(self.database, floor=self.floor, exclude_source_sha256=digest)

    def add(
        self,
        headlines: Iterable[str],
        edition_date: date,
        page_label: str = "",
        paper: str = "",
        *,
        archived_by: str | None = None,
    ) -> int:
        """Archive headlines published on ``edition_date`` on page ``page_label``; returns how many."""
        rows = [
            HeadlineRow(h, edition_date, page_label, paper, archived_by=archived_by) for h in headlines if normalize(h)
        ]
        with self.database.transaction() as session:
            add_headline_rows(session, rows)
        return len(rows)

    def replace_source(
        self,
        raw: bytes,
        headlines: Iterable[str],
        edition_date: date,
        page_label: str = "",
        paper: str = "",
        *,
        archived_by: str | None = None,
    ) -> int:
        """Archive the headlines of the file with bytes ``raw`` (by ``archived_by``), replacing any archived from
        it before."""
        import hashlib

        digest = hashlib.sha256(raw).hexdigest()
        rows = [
            HeadlineRow(h, edition_date, page_label, paper, source_sha256=digest, archived_by=archived_by)
            for h in headlines
            if normalize(h)
        ]
        with self.database.transaction() as session:
            remove_headlines_of_source(session, digest)
            add_headline_rows(session, rows)
        return len(rows)

    def count(self) -> int:
        with self.database.reading() as session:
            return int(session.scalar(select(func.count()).select_from(ArchivedHeadlineRow)) or 0)

    def find_similar(self, headline: str, limit: int = 5) -> list[ArchivedHeadline]:
        """Archived headlines equal or close to ``headline``, best first (similarity ≥ the floor)."""
        return self.search(headline, limit=limit, floor=self.floor)

    def search(self, headline: str, limit: int = 5, floor: float | None = None) -> list[ArchivedHeadline]:
        query = normalize(headline)
        if not query or limit <= 0:
            return []
        floor = self.floor if floor is None else floor
        try:
            with self.database.engine.connect() as connection:
                return self._search(connection, query, limit, floor)
        except (DBAPIError, SQLAlchemyError) as failure:
            raise StorageError(describe_failure(failure)) from failure

    def _search(self, connection: Connection, query: str, limit: int, floor: float) -> list[ArchivedHeadline]:
        query_grams = sorted(grams(query))
        array = connection.dialect.name == "postgresql"
        statement = _STATEMENTS[array, bool(self.exclude_source_sha256)]
        parameters = {
            "grams": query_grams,
            "gram_count": len(query_grams),
            "prefix": prefix_length(len(query_grams)),
            "budget": POSTING_BUDGET,
            "candidates": MAX_CANDIDATES,
            "exact_limit": EXACT_LIMIT,
            "query": query,
        }
        if self.exclude_source_sha256:
            parameters["exclude"] = self.exclude_source_sha256
        scored = []
        for headline, norm, edition_date, page_label, archived_by in connection.execute(statement, parameters):
            score = 1.0 if norm == query else similarity(query, norm)
            if score >= floor:
                scored.append((score, edition_date, headline, page_label, archived_by))
        scored.sort(key=lambda item: (-item[0], -item[1].toordinal(), item[2], item[4] or ""))  # best, then newest
        return [
            ArchivedHeadline(
                headline=headline,
                edition_date=edition_date.isoformat(),
                page=page_label,
                similarity=score,
                archived_by=archived_by,
            )
            for score, edition_date, headline, page_label, archived_by in scored[:limit]
        ]


def prefix_length(gram_count: int) -> int:
    """How many of a query's pairs (rarest first) a headline sharing ``MIN_SHARED`` of them must hit."""
    return gram_count - math.ceil(MIN_SHARED * gram_count) + 1


# One round trip per lookup.  ``present`` ranks the query's pairs from rarest to most common
# (pairs no archived headline has take the first places of the prefix, matching nothing);
# ``probe`` keeps the prefix within the posting budget (always at least the rarest pair);
# ``candidates`` are the headlines sharing most probed pairs; exact matches come in through
# the index on the normalised text.
_SEARCH_SQL = """
WITH present AS (
    SELECT gram,
           ROW_NUMBER() OVER (ORDER BY headlines, gram) AS position,
           SUM(headlines) OVER (ORDER BY headlines, gram ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
           COUNT(*) OVER () AS present_count
    FROM gram_frequencies
    WHERE gram IN :grams AND headlines > 0
),
probe AS (
    SELECT gram FROM present
    WHERE position <= :prefix - (:gram_count - present_count) AND (position = 1 OR running <= :budget)
),
candidates AS (
    SELECT headline_id FROM headline_grams
    WHERE gram IN (SELECT gram FROM probe)
    GROUP BY headline_id
    ORDER BY COUNT(*) DESC
    LIMIT :candidates
)
SELECT h.headline, h.normalized, h.edition_date, h.page_label, h.archived_by
FROM archived_headlines h
WHERE h.id IN (SELECT headline_id FROM candidates) {exclusion}
UNION
SELECT exact.headline, exact.normalized, exact.edition_date, exact.page_label, exact.archived_by FROM (
    SELECT h.headline, h.normalized, h.edition_date, h.page_label, h.archived_by
    FROM archived_headlines h
    WHERE h.normalized = :query {exclusion}
    ORDER BY h.edition_date DESC
    LIMIT :exact_limit
) AS exact
"""


def _search_statement(exclusion: str, *, array: bool) -> TextClause:
    sql = _SEARCH_SQL.format(exclusion=exclusion)
    if array:
        # One statement text for every query, so PostgreSQL plans it once (psycopg prepares it).
        return text(sql.replace("gram IN :grams", "gram = ANY(:grams)")).columns(
            headline=Text, normalized=Text, edition_date=Date, page_label=String, archived_by=String
        )
    return (
        text(sql)
        .bindparams(bindparam("grams", expanding=True))
        .columns(headline=Text, normalized=Text, edition_date=Date, page_label=String, archived_by=String)
    )


_EXCLUSION = "AND (h.source_sha256 IS NULL OR h.source_sha256 <> :exclude)"
_STATEMENTS = {
    (array, excluding): _search_statement(_EXCLUSION if excluding else "", array=array)
    for array in (False, True)
    for excluding in (False, True)
}
