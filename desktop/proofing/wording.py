"""The engine's words, translatable: a message is its Chinese source text (the message id, as in Qt
Linguist and gettext) and its arguments; the UI, the CLI and the export render it in the reader's language.

A ``Text`` *is* the Chinese string (so the JSON report, storage and every plain-text use stay as they
were) and also remembers its template and arguments, so ``render(text, "en")`` can say it in English
from the catalogue in ``wording_en``.  Pure Python: the engine knows nothing of Qt.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable, Mapping
from typing import Any

CHINESE, ENGLISH = "zh", "en"
LANGUAGES = (CHINESE, ENGLISH)
_SEPARATORS = {CHINESE: "；", ENGLISH: "; "}


class Text(str):
    """A message: the Chinese rendering as the string itself, plus the template and arguments it came from.

    A joined text (several reasons) keeps its parts instead of a template.
    """

    template: str
    args: tuple[tuple[str, Any], ...]
    parts: tuple[str, ...]

    def __reduce__(self) -> tuple[Any, ...]:  # pickled to and from the analysis process
        return (_rebuild, (self.template, self.args, self.parts))


def say(template: str, /, **args: Any) -> Text:
    """The message ``template`` (Chinese, with ``{name}`` fields) filled in with ``args``."""
    text = Text(template.format(**args))
    # (a new dict, not an update through keywords: made per finding, thousands a page)
    text.__dict__ = {"template": template, "args": tuple(args.items()), "parts": ()}
    return text


def joined(parts: Iterable[str]) -> Text:
    """Several messages said one after the other (the reasons of one finding)."""
    kept = tuple(parts)
    text = Text(_SEPARATORS[CHINESE].join(kept))
    text.template, text.args, text.parts = "", (), kept
    return text


def _rebuild(template: str, args: tuple[tuple[str, Any], ...], parts: tuple[str, ...]) -> Text:
    return joined(parts) if parts else say(template, **dict(args))


def catalogue(language: str) -> Mapping[str, str]:
    if language == ENGLISH:
        from desktop.proofing.wording_en import ENGLISH as TEMPLATES

        return TEMPLATES
    return {}


def render(text: str, language: str = CHINESE) -> str:
    """``text`` in ``language``; Chinese, or a plain string, as it is; a message the catalogue lacks stays Chinese."""
    if language == CHINESE or not isinstance(text, Text):
        return str(text)
    if text.parts:
        return _SEPARATORS.get(language, "；").join(render(part, language) for part in text.parts)
    template = catalogue(language).get(text.template)
    if template is None:
        return str(text)
    return template.format(
        **{name: render(value, language) if isinstance(value, Text) else value for name, value in text.args}
    )


def check_title(title: str, language: str = CHINESE) -> str:
    """A check's title (Chinese, as ``checks.CHECKS`` gives it) in ``language``."""
    if language == ENGLISH:
        from desktop.proofing.wording_en import CHECK_TITLES

        return CHECK_TITLES.get(title, title)
    return title


def language_of(code: str | None) -> str:
    """``en``, ``en_GB.UTF-8``, ``English`` → ``en``; anything else (``zh_CN``, ``C``, none) → ``zh``."""
    return ENGLISH if code and code.strip().lower().startswith("en") else CHINESE


def locale_language() -> str:
    """The language of the process's locale (LC_ALL, LC_MESSAGES, LANG as POSIX orders them); Chinese by default."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_of(value)
    try:
        return language_of(locale.getlocale()[0])
    except ValueError:
        return CHINESE
