"""Regenerate the Qt Linguist translation files of the desktop app.

1. ``pyside6-lupdate`` scans ``desktop/ui`` for ``self.tr(...)`` /
   ``QCoreApplication.translate(...)`` strings, and the check registry
   (``desktop/proofing/checks/__init__.py``) for ``QT_TRANSLATE_NOOP("Checks", ...)``
   titles and help (all written in Simplified Chinese), and
   merges them into ``resources/translations/proofsheet_en.ts``, keeping every
   English translation already there (translators edit the .ts, e.g. in
   ``pyside6-linguist``).
2. ``pyside6-lrelease`` compiles the .ts into the ``proofsheet_en.qm`` the app loads.

Usage: ``python tools/update_translations.py`` (``--check`` fails when a string has
no English translation yet).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "desktop" / "ui").glob("*.py")), ROOT / "desktop" / "proofing" / "checks" / "__init__.py"]
TS_FILE = ROOT / "resources" / "translations" / "proofsheet_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def untranslated(ts_file: Path) -> list[str]:
    tree = ElementTree.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if any string lacks an English translation")
    args = parser.parse_args()
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(p.relative_to(ROOT)) for p in SOURCES),
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            "-ts",
            str(TS_FILE.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)], cwd=ROOT, check=True)
    missing = untranslated(TS_FILE)
    if missing:
        print(f"{len(missing)} string(s) still need an English translation:")
        for source in missing:
            print(f"  {source}")
        return 1 if args.check else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
