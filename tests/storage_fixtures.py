"""Fixtures shared by the storage tests: every test runs on a SQLite file and on a real PostgreSQL.

PostgreSQL comes from ``PROOFSHEET_TEST_PG`` (``.ci/run`` starts a server and sets it).
Outside CI the PostgreSQL half is skipped when the variable is unset; in CI
(``CI=true``) a missing server is a failure.  Each test gets a fresh schema on
the server (dropped afterwards) and a fresh SQLite file.

As in a newsroom, the app runs as an editor role that may only read and write rows
(``PROOFSHEET_TEST_PG``): the schema is created, given the editor's rights
(``storage.roles.schema_statements``) and migrated by the owner role
(``PROOFSHEET_TEST_PG_OWNER``; outside CI it may be unset, and the one URL does both).

Test modules bind the fixtures by assignment (``database_url = storage_fixtures.database_url``).
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn
from urllib.parse import quote

import pytest

from desktop.proofing.model import Document
from desktop.proofing.pipeline import document_from_text

PG_ENV = "PROOFSHEET_TEST_PG"
PG_OWNER_ENV = "PROOFSHEET_TEST_PG_OWNER"
BACKENDS = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgres))


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_outside_ci(in_ci_message: str, outside_ci: str) -> NoReturn:
    """PostgreSQL is not on this machine: a failure in CI (``CI=true``), which must run it; a skip elsewhere."""
    if in_ci():
        pytest.fail(in_ci_message)
    pytest.skip(outside_ci)


def postgres_base_url() -> str:
    """The editor's URL: the role the app runs as."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        missing_outside_ci(
            f"{PG_ENV} is not set: CI must run the storage tests against PostgreSQL",
            f"{PG_ENV} not set (outside CI): PostgreSQL half skipped",
        )
    return url


def postgres_owner_url() -> str:
    """The owner's URL: the role that creates and migrates the tables (in CI never the editor's)."""
    url = os.environ.get(PG_OWNER_ENV, "").strip()
    if url:
        return url
    if in_ci():
        pytest.fail(f"{PG_OWNER_ENV} is not set: CI must run the app as an editor role without DDL rights")
    return postgres_base_url()


def with_pg_options(base_url: str, schema: str, *settings: str) -> str:
    options = " ".join([f"-csearch_path={schema}", *(f"-c{setting}" for setting in settings)])
    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}options={quote(options)}"


class PgSchema:
    """A throwaway schema on the test server, made by the owner role and open to the editor role's rows.

    ``migrated``: the owner brings it to the newest migration, as ``proofsheet db upgrade`` would.
    """

    def __init__(self, base_url: str, owner_url: str | None = None, *, migrated: bool = True) -> None:
        from sqlalchemy import create_engine

        from storage import roles

        self.base_url = base_url
        self.owner_base_url = owner_url or base_url
        self.name = f"ps_test_{uuid.uuid4().hex[:12]}"
        self.admin = create_engine(self.owner_base_url)
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {self.name}")
            if self.owner_base_url != base_url:
                owner = connection.exec_driver_sql("SELECT current_user").scalar_one()
                for statement in roles.schema_statements(self.name, owner, roles.DEFAULT_EDITOR):
                    connection.exec_driver_sql(statement)
        if migrated:
            from storage import migrate

            migrate.upgrade(self.owner_url())

    def url(self, *settings: str) -> str:
        """The schema as the app sees it: connected as the editor role."""
        return with_pg_options(self.base_url, self.name, *settings)

    def owner_url(self, *settings: str) -> str:
        return with_pg_options(self.owner_base_url, self.name, *settings)

    def drop(self) -> None:
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {self.name} CASCADE")
        self.admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def pg_schema(backend: str) -> Iterator[PgSchema | None]:
    if backend != "postgresql":
        yield None
        return
    schema = PgSchema(postgres_base_url(), postgres_owner_url())
    try:
        yield schema
    finally:
        schema.drop()


@pytest.fixture
def database_url(backend: str, pg_schema: PgSchema | None, tmp_path: Path) -> str:
    """The database the app opens: a fresh SQLite file (no tables yet: the app migrates it), or a fresh
    PostgreSQL schema the owner has migrated, reached as the editor role."""
    if pg_schema is not None:
        return pg_schema.url()
    return f"sqlite+pysqlite:///{tmp_path / 'proofsheet.sqlite3'}"


@pytest.fixture
def empty_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database (no tables yet) reached by the role that may create tables: for the migration tests."""
    if backend != "postgresql":
        yield f"sqlite+pysqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    schema = PgSchema(postgres_base_url(), postgres_owner_url(), migrated=False)
    try:
        yield schema.owner_url()
    finally:
        schema.drop()


@pytest.fixture
def database(database_url: str) -> Iterator:
    """The database at ``database_url``, migrated to head."""
    from storage.db import open_database

    db = open_database(database_url)
    try:
        yield db
    finally:
        db.close()


SAMPLE_PAGE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "liaocheng-2020-09-16.txt"


def sample_raw() -> bytes:
    return SAMPLE_PAGE.read_bytes()


@functools.cache
def sample_document() -> Document:
    """The sample page as the engine reads it (cached: documents are immutable)."""
    return document_from_text(SAMPLE_PAGE.read_text(encoding="utf-8"), source_name=SAMPLE_PAGE.name)


def edit_script(document: Document, count: int, seed: int = 7) -> list:
    """``count`` varied edits, each valid on the document the previous ones produce."""
    import random

    from desktop.proofing import edits
    from desktop.proofing.model import Role

    chooser = random.Random(seed)
    script = []
    current = document
    while len(script) < count:
        index = chooser.randrange(len(current.blocks))
        block = current.blocks[index]
        kind = chooser.choice(("set_text", "join", "split", "set_role", "insert", "delete"))
        if kind == "set_text":
            edit = edits.set_text(current, index, block.text + f"〔改{len(script)}〕")
        elif kind == "join" and index + 1 < len(current.blocks):
            edit = edits.join_blocks(current, index)
        elif kind == "split" and len(block.text) > 2:
            edit = edits.split_block(current, index, chooser.randrange(1, len(block.text)))
        elif kind == "set_role":
            edit = edits.set_role(current, index, chooser.choice((Role.BODY, Role.SUBTITLE, Role.CAPTION)))
        elif kind == "insert":
            edit = edits.insert_block(current, index, f"插入的段落{len(script)}", Role.BODY)
        elif kind == "delete" and len(current.blocks) > 5:
            edit = edits.delete_block(current, index)
        else:
            continue
        current = edit.apply(current)
        script.append(edit)
    return script
