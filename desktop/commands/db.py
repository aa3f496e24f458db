"""``proofsheet db``: the administrator's commands for a newsroom's database server.

``upgrade`` applies the migrations (connect as the owner role), ``status`` compares the database's schema
with this program's, ``init-roles`` creates the owner and editor roles with exactly their rights
(``storage.roles``).  The app itself never changes a server's schema.  No command takes a password on
the command line: it comes from libpq (a pgpass file, Kerberos/SSPI, certificates), the credential
store, or ``--ask-password``.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from desktop.commands.common import error

URL_EXAMPLE = "postgresql+psycopg://proofsheet_owner@db.newsroom.example/proofsheet"
ADMIN_URL_EXAMPLE = "postgresql+psycopg://postgres@db.newsroom.example/proofsheet"
INSUFFICIENT_PRIVILEGE = "42501"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db",
        help="数据库服务器管理：升级结构、查看版本、建立角色（管理员用）",
        description="新闻部门数据库服务器（PostgreSQL）的管理命令，由管理员运行；桌面程序自己从不修改服务器上的表结构。",
    )
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    upgrade = actions.add_parser(
        "upgrade",
        help="把数据库结构升级到本程序的版本（用 owner 角色连接）",
        description=(
            f"应用数据库迁移，把表结构升级到本程序的版本。请用拥有这些表的 owner 角色连接，例如 --url {URL_EXAMPLE}"
        ),
    )
    _add_connection(upgrade, URL_EXAMPLE)
    upgrade.set_defaults(func=run_upgrade)

    status = actions.add_parser(
        "status",
        help="数据库结构的版本与本程序是否一致",
        description="显示数据库结构的版本、本程序需要的版本，以及连接所用的角色能否修改表结构。不改变任何东西。",
    )
    _add_connection(status, URL_EXAMPLE)
    status.set_defaults(func=run_status)

    roles = actions.add_parser(
        "init-roles",
        help="建立 owner 和 editor 两个角色及其权限（超级用户运行）",
        description=(
            "在数据库服务器上建立两个角色：owner（拥有数据库和表，管理员用它运行 db upgrade）和 editor"
            "（只能读写数据，不能建表改表；每位编辑用自己的登录角色加入它）。请用超级用户连接到本程序的数据库，"
            f"例如 --url {ADMIN_URL_EXAMPLE}；可重复运行。加 --print-sql 只打印要执行的 SQL。"
        ),
    )
    _add_connection(roles, ADMIN_URL_EXAMPLE)
    from storage.roles import DEFAULT_EDITOR, DEFAULT_OWNER, DEFAULT_SCHEMA

    roles.add_argument("--owner", default=DEFAULT_OWNER, metavar="ROLE", help=f"owner 角色名（默认 {DEFAULT_OWNER}）")
    roles.add_argument(
        "--editor", default=DEFAULT_EDITOR, metavar="ROLE", help=f"editor 角色名（默认 {DEFAULT_EDITOR}）"
    )
    roles.add_argument(
        "--schema", default=DEFAULT_SCHEMA, metavar="NAME", help=f"表所在的 schema（默认 {DEFAULT_SCHEMA}）"
    )
    roles.add_argument(
        "--grant-to",
        action="append",
        default=[],
        metavar="LOGIN",
        help="让这个已有的登录角色成为 editor（可多次给出）",
    )
    roles.add_argument("--print-sql", action="store_true", help="只打印要执行的 SQL，不连接数据库")
    roles.set_defaults(func=run_init_roles)


def _add_connection(parser: argparse.ArgumentParser, example: str) -> None:
    parser.add_argument(
        "--url",
        default=None,
        metavar="URL",
        help=f"数据库地址（不含密码），如 {example}；默认用本机设置的数据库",
    )
    parser.add_argument(
        "--ask-password", action="store_true", help="在终端输入密码（不写进任何文件，也不出现在命令行里）"
    )


def _url(args: argparse.Namespace) -> str:
    from storage.db import database_url

    url = (args.url or "").strip() or database_url()
    scheme, separator, rest = url.partition("://")
    if separator and scheme.lower() in {"postgres", "postgresql"}:
        return f"postgresql+psycopg://{rest}"
    return url


def _open(args: argparse.Namespace, url: str) -> Any:
    """The database at ``url`` without any schema check (these commands are the ones that look at it)."""
    from storage.db import Database, make_engine

    options: dict[str, Any] = {}
    if args.ask_password:
        options["connect_args"] = {"password": getpass.getpass("数据库密码 (password): ")}
    return Database(url, engine=make_engine(url, **options))


def _failure(failure: BaseException, *, changing_schema: bool) -> str:
    from storage.db import describe_failure

    original = getattr(failure, "orig", None)
    state = getattr(original, "sqlstate", None)
    if changing_schema and state == INSUFFICIENT_PRIVILEGE:
        from storage.credentials import redact

        detail = redact(str(original).strip().splitlines()[0])
        return (
            "连接所用的角色没有修改表结构的权限，数据库没有任何改变："
            "请用 owner 角色（如 proofsheet_owner）连接后再运行 "
            f"(permission denied, nothing changed: connect as the owner role: {detail})"
        )
    return describe_failure(failure)


def run_upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from storage import migrate, schema_state
    from storage.db_location import SCHEMA_HEAD

    url = _url(args)
    try:
        with _open(args, url) as database, database.engine.begin() as connection:
            before = migrate.current_revision_of(connection)
            if schema_state.is_newer(before):
                error(str(schema_state.mismatch(before, SCHEMA_HEAD)))
                return 2
            if before == SCHEMA_HEAD:
                print(f"数据库结构已是最新（{SCHEMA_HEAD}），无需升级")
                return 0
            migrate.upgrade_connection(connection)
    except SQLAlchemyError as failure:
        error(_failure(failure, changing_schema=True))
        return 2
    print(f"数据库结构已升级：{before or '空库'} → {SCHEMA_HEAD}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from storage import migrate, schema_state
    from storage.db import is_sqlite
    from storage.db_location import SCHEMA_HEAD

    url = _url(args)
    try:
        with _open(args, url) as database, database.engine.connect() as connection:
            stored = migrate.current_revision_of(connection)
            rights = None if is_sqlite(url) else _role_rights(connection)
    except SQLAlchemyError as failure:
        error(_failure(failure, changing_schema=False))
        return 2
    if rights is not None:
        role, can_create = rights
        what = "可以修改表结构（owner）" if can_create else "只能读写数据，不能修改表结构"
        print(f"连接角色：{role}，{what}")
    if stored == SCHEMA_HEAD:
        print(f"数据库结构版本 {stored}，与本程序一致")
        return 0
    print(str(schema_state.mismatch(stored, SCHEMA_HEAD)))
    return 1


def _role_rights(connection: Any) -> tuple[str, bool]:
    row = connection.exec_driver_sql("SELECT current_user, has_schema_privilege(current_schema(), 'CREATE')").one()
    return str(row[0]), bool(row[1])


def run_init_roles(args: argparse.Namespace) -> int:
    from storage import roles

    url = _url(args) if (args.url or not args.print_sql) else ""
    database_name = _database_name(url) if url else "proofsheet"
    try:
        statements = roles.role_statements(database_name, args.owner, args.editor, args.schema, args.grant_to)
    except ValueError as problem:
        error(str(problem))
        return 2
    if args.print_sql:
        print(roles.script(statements), end="")
        return 0
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import is_sqlite

    if is_sqlite(url):
        error("init-roles 只用于 PostgreSQL 服务器：本机的 SQLite 数据库文件不需要角色")
        return 2
    try:
        with _open(args, url) as database, database.engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    except SQLAlchemyError as failure:
        error(_failure(failure, changing_schema=False))
        return 2
    members = f"；{'、'.join(args.grant_to)} 已加入 {args.editor}" if args.grant_to else ""
    print(
        f"已建立角色：{args.owner}（拥有数据库 {database_name} 和表，用它运行 proofsheet db upgrade）、"
        f"{args.editor}（只能读写数据）{members}"
    )
    print(f"下一步：在 psql 里为 {args.owner} 设密码（\\password {args.owner}），再用它运行 proofsheet db upgrade")
    return 0


def _database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database or "proofsheet"
