"""Alembic migrations, run from code: ``upgrade(url)``, ``downgrade(url, revision)``.

The migration environment and the version scripts live in ``storage/migrations``;
no ``alembic.ini`` is needed.  On PostgreSQL the migration holds an advisory lock, so
two editors starting the app at once on a fresh newsroom database do not collide.

Within one process the migrations take turns (``_alembic_turn``): Alembic keeps the running migration's
context in module globals (``alembic.context``, ``alembic.op``), one per process, so two threads migrating at
once, even two different databases, ran each other's operations on the wrong connection and failed (``KeyError:
'script'`` when the second removed the context the first had already removed; SQLite errors or a crash).
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from storage.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"

_alembic_turn = threading.Lock()  # one Alembic command at a time in this process (see the module's docstring)


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision_of(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_up_to_date(connection: Connection) -> bool:
    return current_revision_of(connection) == head_revision()


def upgrade_connection(connection: Connection, revision: str = "head") -> None:
    with _alembic_turn:
        command.upgrade(_config(connection), revision)


def downgrade_connection(connection: Connection, revision: str) -> None:
    with _alembic_turn:
        command.downgrade(_config(connection), revision)


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` up to ``revision`` (default: the newest)."""
    with Database(url) as database, database.engine.begin() as connection:
        upgrade_connection(connection, revision)


def downgrade(url: str, revision: str = "base") -> None:
    """Take the database at ``url`` back to ``revision`` ("base" removes every table)."""
    with Database(url) as database, database.engine.begin() as connection:
        downgrade_connection(connection, revision)


def current_revision(url: str) -> str | None:
    with Database(url) as database, database.engine.connect() as connection:
        return current_revision_of(connection)
