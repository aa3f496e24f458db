"""Where the database is, decided without importing SQLAlchemy (so ``proofsheet check`` stays fast)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop import paths

DATABASE_URL_ENV = "PROOFSHEET_DATABASE_URL"
SETTINGS_FILE_NAME = "storage.json"
DEFAULT_FILE_NAME = "proofsheet.sqlite3"
# The newest migration; a test checks it against storage/migrations/versions.
SCHEMA_HEAD = "0005"


def default_sqlite_path() -> Path:
    return paths.user_data_dir() / DEFAULT_FILE_NAME


def _settings_path() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE_NAME


def configured_url() -> str | None:
    """The database URL from the environment or the setting, or None for the default SQLite file."""
    from_env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    try:
        settings = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = settings.get("database_url") if isinstance(settings, dict) else None
    return value.strip() or None if isinstance(value, str) else None


def save_database_url_setting(url: str | None) -> None:
    """Remember ``url`` as the database to use (None: back to the default SQLite file)."""
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
