"""Preferences and window state, persisted with QSettings in the user's config folder."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.paths import user_config_dir

MAX_RECENT_FILES = 10


@dataclass(slots=True)
class Preferences:
    body_font_family: str = ""
    body_font_size: float = 12.0
    ui_font_size: float = 10.0
    confidence_threshold: float = 0.8
    language: str = "auto"  # "auto", "zh_CN" or "en"
    # the editor's name: author of tracked changes in exported Word files (asked at the first such export), and
    # who every revision, export and archived headline is recorded for ("": the operating-system user)
    editor_name: str = ""


def open_settings() -> QSettings:
    """An INI file under the user config folder (so PROOFSHEET_HOME isolates it too)."""
    return QSettings(str(user_config_dir() / "proofsheet.ini"), QSettings.Format.IniFormat)


def load_preferences(settings: QSettings) -> Preferences:
    defaults = Preferences()
    values = {}
    for field in fields(Preferences):
        default = getattr(defaults, field.name)
        raw = settings.value(f"preferences/{field.name}", default)
        try:
            values[field.name] = type(default)(raw)
        except (TypeError, ValueError):
            values[field.name] = default
    preferences = Preferences(**values)
    # Older versions kept the database URL (password included) here; storage.json is its only home now.
    if settings.contains("preferences/database_url"):
        settings.remove("preferences/database_url")
        settings.sync()
    preferences.confidence_threshold = min(max(preferences.confidence_threshold, 0.0), 1.0)
    return preferences


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    for name, value in asdict(preferences).items():
        settings.setValue(f"preferences/{name}", value)
    settings.sync()


def recent_files(settings: QSettings) -> list[Path]:
    raw = settings.value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw]
    return [Path(p) for p in (raw or []) if p]


def remember_recent_file(settings: QSettings, path: Path) -> list[Path]:
    path = path.resolve()
    files = [path, *(p for p in recent_files(settings) if p != path)][:MAX_RECENT_FILES]
    settings.setValue("recent_files", [str(p) for p in files])
    return files
