"""Loading translations: ours (English when asked for) and Qt's own (standard buttons and dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import resource
from desktop.proofing.wording import CHINESE, ENGLISH, Text, render

QT_CHINESE = "qtbaseChinese"
QT_CHINESE_GAPS = "qtbaseChineseGaps"
_GAPS = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    # the file dialog's 类型 column (Qt 6 moved these from QFileDialog, where the catalogue has them)
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "File"): "文件",
}


class QtChineseGaps(QTranslator):
    """Qt's strings that its Chinese catalogue lacks: Qt 6 gave two file-dialog labels accelerators
    (``&Look in:``, ``Files of &type:``) and moved the folder/file type names to another context,
    and qtbase_zh_CN still has them the old way, so the dialog showed them in English beside Chinese ones."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return _GAPS.get((context, source))  # (None, a null string, lets the others answer; "" would blank it)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


_language = CHINESE  # the language the engine's messages are shown in: the interface's


def engine_language() -> str:
    """``en`` when the English interface is installed, else ``zh``: for the engine's messages and the export."""
    return _language


def said(text: str) -> str:
    """An engine message (a finding's message, evidence or fix) in the interface's language."""
    return render(text, _language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt's lupdate looks for)
    return text


# The names of the edits and decisions the undo stack and the page's history list (``desktop.proofing.edits``,
# the controller): plain Chinese strings, translated here; a fix's own label is an engine message (``said``).
_UNDO_LABELS = frozenset(
    (
        QT_TRANSLATE_NOOP("Edits", "合并段落"),
        QT_TRANSLATE_NOOP("Edits", "拆分段落"),
        QT_TRANSLATE_NOOP("Edits", "修改文字"),
        QT_TRANSLATE_NOOP("Edits", "更改段落类型"),
        QT_TRANSLATE_NOOP("Edits", "设为正文"),
        QT_TRANSLATE_NOOP("Edits", "设为小标题"),
        QT_TRANSLATE_NOOP("Edits", "删除段落"),
        QT_TRANSLATE_NOOP("Edits", "插入段落"),
        QT_TRANSLATE_NOOP("Edits", "从此处拆分稿件"),
        QT_TRANSLATE_NOOP("Edits", "从光标所在段拆出新稿件"),
        QT_TRANSLATE_NOOP("Edits", "与下一篇合并"),
        QT_TRANSLATE_NOOP("Edits", "移动稿件"),
        QT_TRANSLATE_NOOP("Edits", "修改标题"),
        QT_TRANSLATE_NOOP("Edits", "修改副题"),
        QT_TRANSLATE_NOOP("Edits", "修改署名"),
        QT_TRANSLATE_NOOP("Edits", "忽略"),
        QT_TRANSLATE_NOOP("Edits", "忽略全部此类"),
        QT_TRANSLATE_NOOP("Edits", "取消忽略"),
    )
)


def undo_label(label: str) -> str:
    """An edit's or a decision's name (the undo stack's 撤销 …, 版面历史) in the interface's language."""
    if label in _UNDO_LABELS and not isinstance(label, Text):
        return QCoreApplication.translate("Edits", label)
    return said(label)


def wants_english(language_preference: str) -> bool:
    if language_preference == "en":
        return True
    if language_preference == "zh_CN":
        return False
    return QLocale.system().language() == QLocale.Language.English


def install_translator(app: QApplication, language_preference: str) -> QTranslator | None:
    """Install the English translation if wanted (returned, so it can be removed); else Qt's Chinese strings."""
    global _language
    _language = ENGLISH if wants_english(language_preference) else CHINESE
    if not wants_english(language_preference):
        if app.findChild(QTranslator, QT_CHINESE) is None:
            qt_strings = QTranslator(app)  # "OK", "Cancel", file dialogs… in Chinese too
            qt_strings.setObjectName(QT_CHINESE)
            if qt_strings.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                gaps = QtChineseGaps(app)  # (installed first: asked only after Qt's own catalogue)
                gaps.setObjectName(QT_CHINESE_GAPS)
                app.installTranslator(gaps)
                app.installTranslator(qt_strings)
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", "proofsheet_en.qm"))):
        app.installTranslator(translator)
        return translator
    _language = CHINESE
    return None


def remove_translator(app: QApplication, translator: QTranslator | None) -> None:
    """Back to the Chinese interface (and engine messages)."""
    global _language
    if translator is not None:
        app.removeTranslator(translator)
    _language = CHINESE
