"""The newsroom server's two roles and exactly their rights (``proofsheet db init-roles`` runs these statements).

- the **owner** role (default ``proofsheet_owner``) owns the database and its tables: the administrator
  connects with it to run ``proofsheet db upgrade``;
- the **editor** role (default ``proofsheet_editor``, a group without login) may read and write rows:
  SELECT, INSERT, UPDATE, DELETE on the tables, USAGE on the sequences, USAGE (never CREATE) on the schema.
  Each editor logs in with a role of their own that is a member of it (``--grant-to``).

Tables the owner creates later (each ``proofsheet db upgrade``) get the editor's rights through default
privileges, so an upgrade needs no second grant.  No SQLAlchemy here: the statements are plain text, printed
for the administrator to read (``--print-sql``) and run as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFAULT_OWNER = "proofsheet_owner"
DEFAULT_EDITOR = "proofsheet_editor"
DEFAULT_SCHEMA = "public"
TABLE_RIGHTS = "SELECT, INSERT, UPDATE, DELETE"
SEQUENCE_RIGHTS = "USAGE"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def check_name(name: str) -> str:
    """``name`` when it is a plain PostgreSQL identifier (lower case, digits, underscores), else ValueError."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"“{name}”不能用作角色、数据库或 schema 名：只用小写字母、数字和下划线，不以数字开头")
    return name


def schema_statements(schema: str, owner: str, editor: str) -> list[str]:
    """The rights inside one schema: the owner creates, the editor reads and writes rows, nobody else creates.

    Runs as a superuser or as ``owner`` on a schema it owns (the tests' throwaway schemas).
    """
    schema, owner, editor = check_name(schema), check_name(owner), check_name(editor)
    return [
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {owner}",
        f"GRANT USAGE ON SCHEMA {schema} TO {editor}",
        f"GRANT {TABLE_RIGHTS} ON ALL TABLES IN SCHEMA {schema} TO {editor}",
        f"GRANT {SEQUENCE_RIGHTS} ON ALL SEQUENCES IN SCHEMA {schema} TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT {TABLE_RIGHTS} ON TABLES TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
        f"GRANT {SEQUENCE_RIGHTS} ON SEQUENCES TO {editor}",
    ]


def role_statements(
    database: str,
    owner: str = DEFAULT_OWNER,
    editor: str = DEFAULT_EDITOR,
    schema: str = DEFAULT_SCHEMA,
    members: Iterable[str] = (),
) -> list[str]:
    """Every statement ``init-roles`` runs, in order, as a superuser connected to ``database``.

    Safe to run again: roles are created only when missing, and grants repeat harmlessly.  Tables an older
    version of the app created (as whichever role the editors used) are handed to the owner.
    """
    database, owner, editor = check_name(database), check_name(owner), check_name(editor)
    members = [check_name(member) for member in members]
    statements = [
        "DO $$ BEGIN\n"
        f"  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{owner}') THEN\n"
        f"    CREATE ROLE {owner} LOGIN;\n"
        "  END IF;\n"
        f"  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{editor}') THEN\n"
        f"    CREATE ROLE {editor} NOLOGIN;\n"
        "  END IF;\n"
        "END $$",
        f"ALTER DATABASE {database} OWNER TO {owner}",
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {editor}",
        # tables made before the owner role existed (the app used to create them as the editors' role)
        "DO $$ DECLARE t record; BEGIN\n"
        "  FOR t IN SELECT tablename FROM pg_tables\n"
        f"    WHERE schemaname = '{schema}' AND tableowner <> '{owner}' LOOP\n"
        f"    EXECUTE 'ALTER TABLE {schema}.' || quote_ident(t.tablename) || ' OWNER TO {owner}';\n"
        "  END LOOP;\n"
        "END $$",
        *schema_statements(schema, owner, editor),
    ]
    statements += [f"GRANT {editor} TO {member}" for member in members]
    return statements


def script(statements: Iterable[str]) -> str:
    """The statements as a script for ``psql -f`` (what ``--print-sql`` prints)."""
    return "".join(f"{statement};\n" for statement in statements)
