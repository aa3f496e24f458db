"""Helpers shared by the headless subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def parse_check_list(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("至少给出一个检查项名称")
    return names


def confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是 0 到 1 之间的数") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"“{value}”不是 0 到 1 之间的数")
    return number


def add_fix_selection(parser: argparse.ArgumentParser) -> None:
    """The options that choose which fixes to apply (shared by ``fix`` and ``export``)."""
    parser.add_argument(
        "--checks",
        type=parse_check_list,
        default=None,
        metavar="A,B",
        help=f"只应用这些检查项的修正（逗号分隔，默认全部；可用：{', '.join(fixable_check_names())}）",
    )
    parser.add_argument(
        "--min-confidence",
        type=confidence,
        default=0.0,
        metavar="X",
        help="只应用可信度不低于 X 的修正（0–1，默认 0）",
    )


def add_language(parser: argparse.ArgumentParser) -> None:
    """``--lang``: the language of the report and the Word comments (default: the locale's, Chinese unless English)."""
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="报告和批注的语言：zh 中文、en 英文（默认随系统语言，非英文即中文）",
    )


def chosen_language(args: argparse.Namespace) -> str:
    from desktop.proofing.wording import locale_language

    return args.lang or locale_language()


def check_names_help() -> str:
    """Every check's name with its title, for ``--checks`` help (from the check registry)."""
    from desktop.proofing.checks import CHECKS

    return "、".join(f"{check.name}（{check.title}）" for check in CHECKS)


def fixable_check_names() -> list[str]:
    from desktop.proofing.checks import CHECKS

    return [check.name for check in CHECKS if check.fix_kind is not None]


def validate_check_names(names: list[str] | None) -> str | None:
    """An error sentence when ``names`` holds an unknown check, else None."""
    if names is None:
        return None
    from desktop.proofing.checks import CHECK_NAMES, unknown_check_names

    unknown = unknown_check_names(names)
    if unknown:
        return f"未知的检查项：{', '.join(unknown)}（可用：{', '.join(CHECK_NAMES)}）"
    return None


def error(message: str) -> None:
    print(f"proofsheet: {message}", file=sys.stderr)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` via a temporary file in the same folder."""
    from desktop.export.atomic import create_temporary

    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = create_temporary(directory, f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def add_editor(parser: argparse.ArgumentParser) -> None:
    """``--editor``: who the database records for this command (default: the name from Preferences, else the
    operating-system user)."""
    parser.add_argument(
        "--editor",
        default=None,
        metavar="NAME",
        help="记录为谁所做（默认取首选项中的编辑署名，未填时用系统用户名）",
    )


def chosen_editor(args: argparse.Namespace) -> str:
    """The ``--editor`` given, else the name from Preferences, else the operating-system user."""
    from desktop.editor_identity import editor_identity

    given = (getattr(args, "editor", None) or "").strip()
    return given[:200] if given else editor_identity(_preferences_editor_name())


def _preferences_editor_name() -> str:
    """The editor's name the app keeps in its preferences ("" when none, or when Qt is not installed)."""
    try:
        from desktop.ui.settings import open_settings
    except ImportError:
        return ""
    value = open_settings().value("preferences/editor_name", "")
    return value if isinstance(value, str) else ""
