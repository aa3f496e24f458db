"""Where things live: bundled resources and the user's own folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME

_APP_AUTHOR = "Proofsheet"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder, in a source checkout or a frozen bundle."""
    override = os.environ.get("PROOFSHEET_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _home_override() -> Path | None:
    """``PROOFSHEET_HOME`` puts every user folder under one directory (tests, portable use)."""
    value = os.environ.get("PROOFSHEET_HOME")
    return Path(value) if value else None


def _user_dir(kind: str) -> Path:
    home = _home_override()
    if home is not None:
        path = home / kind
    else:
        getter = {
            "data": platformdirs.user_data_dir,
            "config": platformdirs.user_config_dir,
            "cache": platformdirs.user_cache_dir,
            "log": platformdirs.user_log_dir,
        }[kind]
        path = Path(getter(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    return _user_dir("data")


def user_config_dir() -> Path:
    return _user_dir("config")


def user_cache_dir() -> Path:
    return _user_dir("cache")


def user_log_dir() -> Path:
    return _user_dir("log")


def sample_page() -> Path:
    return resource("samples", "liaocheng-2020-09-16.txt")
