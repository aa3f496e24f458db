"""The ``proofsheet`` command: headless subcommands, or the desktop app when given no subcommand."""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import APP_TITLE, __version__

SUBCOMMANDS = ("check", "fix", "export", "archive", "roster", "lists", "db")
# Each module registers the subcommand of its name; heavy imports stay inside their handlers
# so that `proofsheet check` starts fast.
COMMAND_MODULES = tuple(f"desktop.commands.{name}" for name in SUBCOMMANDS)
# Qt's own options that take the next argument as their value (``proofsheet -platform offscreen page.txt``):
# that value is neither a subcommand nor a file.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-display",
        "-geometry",
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-session",
        "-style",
        "-stylesheet",
    }
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proofsheet",
        description=f"{APP_TITLE}: 报纸版面校对。不带子命令时启动桌面程序。",
    )
    parser.add_argument("--version", action="version", version=f"proofsheet {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue
            raise
        module.register(subparsers)
    return parser


def _is_gui_invocation(argv: Sequence[str]) -> bool:
    return not argv or argv[0] not in {*SUBCOMMANDS, "-h", "--help", "--version"}


def gui_positionals(argv: Sequence[str]) -> list[str]:
    """The arguments of a GUI start that are meant as files: not options, nor the value of a Qt option."""
    positionals, arguments = [], iter(argv)
    for argument in arguments:
        if argument.startswith("-"):
            option = argument[1:] if argument.startswith("--") else argument  # Qt accepts -style and --style
            if option in _QT_OPTIONS_WITH_VALUE:
                next(arguments, None)
            continue
        positionals.append(argument)
    return positionals


def _not_a_page_file(argument: str) -> str:
    """The error for a GUI argument that is neither a subcommand nor an existing file (a typo, or a file gone)."""
    guess = difflib.get_close_matches(argument, SUBCOMMANDS, n=1)
    hint = f"是不是要用“{guess[0]}”？" if guess else ""
    return (
        f"“{argument}”既不是子命令，也不是已有的文件。{hint}"
        f"子命令有：{'、'.join(SUBCOMMANDS)}（proofsheet 子命令 --help 查看用法）；"
        "不带子命令时，参数是要打开的版面文件。"
    )


def _refuse_gui_arguments(argv: Sequence[str]) -> int | None:
    """Exit 2 with a message when a GUI start names something that is not a file: a script must not hang."""
    for argument in gui_positionals(argv):
        path = Path(argument)
        if not path.exists() or path.is_dir():
            build_parser().print_usage(sys.stderr)
            print(f"proofsheet: {_not_a_page_file(argument)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:
        from desktop.self_test import main as self_test

        return self_test(args_list[1:])
    if _is_gui_invocation(args_list):
        refused = _refuse_gui_arguments(args_list)
        if refused is not None:
            return refused
        from desktop.app import run_app

        return run_app(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # the reader went away (``proofsheet check … | head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
