"""Which database, and how to talk to it.

The default is a SQLite file in the user's data folder (WAL journal, foreign keys
on), created and migrated on first start without asking.  A server database's schema is the
administrator's (``proofsheet db upgrade``): the app only checks it (``storage.schema_state``).
``PROOFSHEET_DATABASE_URL`` or the ``database_url`` setting (``storage.json`` in the user's config folder, written
by the preferences dialog through ``save_database_url_setting``) points at another
database, e.g. a newsroom's PostgreSQL: ``postgresql+psycopg://user@host/proofsheet``.

Every failure of the database reaches callers as a ``StorageError`` whose message
says what happened (read-only, disk full, locked, unreachable); the transaction that
failed is rolled back, so nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.db_location import (
    DATABASE_URL_ENV,
    SCHEMA_HEAD,
    configured_url,
    database_url,
    default_database_exists,
    default_sqlite_path,
    save_database_url_setting,
    sqlite_url,
)
from storage.errors import StorageError

__all__ = [
    "DATABASE_URL_ENV",
    "Database",
    "configured_url",
    "database_url",
    "default_database_exists",
    "default_sqlite_path",
    "make_engine",
    "open_database",
    "save_database_url_setting",
    "sqlite_url",
]


PG_CONNECT_TIMEOUT_S = 10


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for ``url``; SQLite connections get WAL, foreign keys and a busy timeout."""
    if is_sqlite(url):
        sqlite_path = _sqlite_file(url)
        if sqlite_path is not None:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10}, **options)
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    # pre-ping: a connection the server dropped (restart, failover) is replaced, not handed to a save.
    # connect_timeout: while a server host is unreachable each save attempt gives up within seconds.
    connect_args = {
        "connect_timeout": PG_CONNECT_TIMEOUT_S,
        **_server_connect_args(url),
        **options.pop("connect_args", {}),
    }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **options)


def _server_connect_args(url: str) -> dict[str, Any]:
    """libpq parameters the URL does not say: TLS required off this machine, the password from the credential store.

    Without a stored password none is passed, so libpq's own means (pgpass, Kerberos, certificates) apply.
    """
    from sqlalchemy.engine import make_url

    from storage import credentials

    parsed = make_url(url)
    arguments: dict[str, Any] = {}
    if "sslmode" not in parsed.query and not credentials.is_local_host(parsed.host or ""):
        arguments["sslmode"] = credentials.default_tls_mode(parsed.host or "")
    if parsed.password is None and parsed.username:
        server, _ = credentials.split_url(url)
        password = credentials.stored_password(server)
        if password is not None:
            arguments["password"] = password
    return arguments


def connection_is_encrypted(database: Database) -> bool:
    """Whether the database's connections travel over TLS (never true for a SQLite file)."""
    if is_sqlite(database.url):
        return False
    with database.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        return bool(getattr(getattr(raw, "pgconn", None), "ssl_in_use", False))


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before record_edit returns, even if the power goes.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # The headline archive's index is read at random: map the file, and keep a bigger page cache.
        cursor.execute("PRAGMA mmap_size=268435456")
        cursor.execute("PRAGMA cache_size=-16384")
    finally:
        cursor.close()


def describe_failure(error: BaseException) -> str:
    """One sentence (Chinese, with the English gist) for a database failure."""
    from storage.credentials import redact

    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    text = redact(text)
    lowered = text.lower()
    sqlstate = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered or sqlstate == "25006":
        return f"数据库是只读的，本次修改没有保存 (database is read-only: {text})"
    if "disk is full" in lowered or "disk full" in lowered or sqlstate == "53100":
        return f"磁盘已满，本次修改没有保存 (disk full: {text})"
    if "locked" in lowered or "busy" in lowered:
        return f"数据库正被其他程序占用，请稍后再试 (database is locked: {text})"
    if "unable to open" in lowered or "connection" in lowered or "could not connect" in lowered:
        return f"无法打开数据库 (cannot open the database: {text})"
    return f"数据库操作失败，本次修改没有保存 (database error: {text})"


class Database:
    """An engine plus sessions for one database URL.

    Use ``with database.transaction() as session:`` for work that must be all or
    nothing: it commits at the end, rolls back on any error and turns database
    failures into ``StorageError``.
    """

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (DBAPIError, SQLAlchemyError) as failure:
            session.rollback()
            raise StorageError(describe_failure(failure)) from failure
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; database failures become ``StorageError``."""
        session = self._sessions()
        try:
            yield session
        except (DBAPIError, SQLAlchemyError) as failure:
            raise StorageError(describe_failure(failure)) from failure
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open the database at ``url`` or the configured one, checking that its schema is this program's.

    The embedded SQLite file is created and migrated on first start (``migrate``).  A server database is
    never changed here: the editors' roles may only read and write rows, so a schema that is not at
    ``SCHEMA_HEAD`` raises ``SchemaMismatch``, whose sentence names who must act (the administrator runs
    ``proofsheet db upgrade``).  When the schema is at head Alembic is not even imported, which keeps
    ``proofsheet check`` quick.
    """
    url = url or database_url()
    try:
        database = Database(url)
        # (one look at the schema and migration of a database at a time in this process: SQLite runs Alembic's
        # DDL outside a transaction, so two threads creating a fresh file at once collided)
        with _migration_lock(url):
            if migrate or not is_sqlite(url):
                stored = _stored_revision(database)
                if stored != SCHEMA_HEAD:
                    _migrate_or_refuse(database, stored)
    except (DBAPIError, SQLAlchemyError) as failure:
        raise StorageError(describe_failure(failure)) from failure
    return database


def _migrate_or_refuse(database: Database, stored: str | None) -> None:
    from storage import schema_state

    if not is_sqlite(database.url) or schema_state.is_newer(stored):
        database.close()
        raise schema_state.mismatch(stored, SCHEMA_HEAD)
    from storage import migrate as migrations

    with database.engine.begin() as connection:
        if not migrations.is_up_to_date(connection):
            migrations.upgrade_connection(connection)


_migration_locks: dict[str, threading.Lock] = {}
_migration_locks_guard = threading.Lock()


def _migration_lock(url: str) -> threading.Lock:
    with _migration_locks_guard:
        return _migration_locks.setdefault(url, threading.Lock())


def _stored_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
