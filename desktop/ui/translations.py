"""Loading the English translation when the system or the preference asks for it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import resource


def wants_english(language_preference: str) -> bool:
    if language_preference == "en":
        return True
    if language_preference == "zh_CN":
        return False
    return QLocale.system().language() == QLocale.Language.English


def install_translator(app: QApplication, language_preference: str) -> QTranslator | None:
    if not wants_english(language_preference):
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", "proofsheet_en.qm"))):
        app.installTranslator(translator)
        return translator
    return None
