"""The ``proofsheet`` command: headless subcommands, or the desktop app when given no subcommand."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop import APP_TITLE, __version__

# Each module registers one or more subcommands; heavy imports stay inside their handlers
# so that `proofsheet check` starts fast.
COMMAND_MODULES = (
    "desktop.commands.check",
    "desktop.commands.fix",
    "desktop.commands.export",
    "desktop.commands.archive",
    "desktop.commands.roster",
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
    known = {"check", "fix", "export", "archive", "roster", "-h", "--help", "--version"}
    return not argv or argv[0] not in known


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:
        from desktop.self_test import main as self_test

        return self_test(args_list[1:])
    if _is_gui_invocation(args_list):
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
