"""Where the database is, decided without importing SQLAlchemy (so ``proofsheet check`` stays fast)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop import paths
from storage import credentials

DATABASE_URL_ENV = "PROOFSHEET_DATABASE_URL"
SETTINGS_FILE_NAME = "storage.json"
DEFAULT_FILE_NAME = "proofsheet.sqlite3"
# The newest migration; a test checks it against storage/migrations/versions.
SCHEMA_HEAD = "0009"


def default_sqlite_path() -> Path:
    return paths.user_data_dir() / DEFAULT_FILE_NAME


def _settings_path() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE_NAME


def configured_url() -> str | None:
    """The database URL from the environment or the setting, or None for the default SQLite file.

    A setting written by an older version with the password inside the URL is rewritten on the spot:
    the password goes to the credential store (``storage.credentials``), the file keeps the URL without it.
    """
    from_env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    try:
        settings = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = settings.get("database_url") if isinstance(settings, dict) else None
    url = value.strip() or None if isinstance(value, str) else None
    if url is not None and credentials.is_postgres_url(url) and credentials.split_url(url)[1] is not None:
        url, _kept = credentials.without_password(url)
        _write_setting(url)
    return url


def save_database_url_setting(url: str | None) -> bool:
    """Remember ``url`` as the database to use (None: back to the default SQLite file).

    A password in ``url`` is filed in the credential store and never written here; returns False when
    the URL carried a password that no credential store could keep (libpq's pgpass must supply it).
    """
    kept = True
    if url and credentials.is_postgres_url(url) and credentials.split_url(url)[1] is not None:
        url, kept = credentials.without_password(url)
    _write_setting(url)
    return kept


def _write_setting(url: str | None) -> None:
    path = _settings_path()
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(settings, dict):
            settings = {}
    except (OSError, ValueError):
        settings = {}
    if url:
        settings["database_url"] = url
    else:
        settings.pop("database_url", None)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)


def database_url() -> str:
    """The URL to use: the configured one, else the default SQLite file."""
    return configured_url() or sqlite_url(default_sqlite_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def default_database_exists() -> bool:
    """True when a database is configured or the default SQLite file exists (no connection made)."""
    return configured_url() is not None or default_sqlite_path().exists()
