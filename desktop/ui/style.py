"""Look and feel: fonts for Chinese, severity colours, the application style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resource
from desktop.proofing.findings import Severity

# Named explicitly so Windows never falls back to SimSun for UI text.
UI_FONT_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
BODY_FONT_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.ERROR: "#c62828",
    Severity.WARNING: "#d98200",
    Severity.INFO: "#1e6fbf",
}
SEVERITY_BACKGROUNDS: dict[Severity, str] = {
    Severity.ERROR: "#fde8e6",
    Severity.WARNING: "#fff4d6",
    Severity.INFO: "#e6f0fb",
}
SEVERITY_SYMBOLS: dict[Severity, str] = {Severity.ERROR: "●", Severity.WARNING: "▲", Severity.INFO: "◆"}


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


def first_available(families: tuple[str, ...]) -> str | None:
    installed = set(QFontDatabase.families())
    return next((family for family in families if family in installed), None)


def ui_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(list(UI_FONT_FAMILIES))
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def body_font(family: str = "", point_size: float = 12.0) -> QFont:
    font = QFont()
    font.setFamilies([family, *BODY_FONT_FAMILIES] if family else list(BODY_FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def apply_application_style(app: QApplication, ui_point_size: float = 10.0) -> None:
    app.setStyle("Fusion")
    app.setFont(ui_font(ui_point_size))
    sheet = resource("styles", "proofsheet.qss")
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
