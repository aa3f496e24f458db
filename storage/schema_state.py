"""Whose move it is when a database's schema and this program disagree: one sentence naming who must act.

The app never changes a server database's schema (its editors' roles may only read and write rows);
``proofsheet db upgrade``, run by the administrator with the owner role, does.  The embedded SQLite file
is the editor's own and still migrates itself (``storage.db.open_database``).
"""

from __future__ import annotations

from storage.errors import SchemaMismatch

UPGRADE_COMMAND = "proofsheet db upgrade"


def known_revisions() -> frozenset[str]:
    """Every migration this program ships (imports Alembic: only asked when the schema is not at head)."""
    from alembic.script import ScriptDirectory

    from storage.migrate import MIGRATIONS_DIR

    return frozenset(revision.revision for revision in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())


def is_newer(stored: str | None) -> bool:
    """A stored migration this program does not know was written by a newer version of it."""
    return stored is not None and stored not in known_revisions()


def mismatch(stored: str | None, expected: str) -> SchemaMismatch:
    """The error for a schema at ``stored`` (None: no tables yet) when this program needs ``expected``."""
    if stored is None:
        message = (
            f"数据库还没有建表，请管理员运行 {UPGRADE_COMMAND} "
            f"(the database has no tables yet: an administrator must run {UPGRADE_COMMAND})"
        )
        return SchemaMismatch(message, stored, expected, newer=False)
    if is_newer(stored):
        message = (
            f"数据库结构比本程序新（数据库 {stored}，本程序 {expected}），请为本机安装新版本的校样 Proofsheet "
            f"(the database schema {stored} is newer than this app's {expected}: install the newer Proofsheet)"
        )
        return SchemaMismatch(message, stored, expected, newer=True)
    message = (
        f"数据库结构是旧版本（数据库 {stored}，本程序 {expected}），请管理员运行 {UPGRADE_COMMAND} "
        f"(the database schema {stored} is older than this app's {expected}: an administrator must run "
        f"{UPGRADE_COMMAND})"
    )
    return SchemaMismatch(message, stored, expected, newer=False)
