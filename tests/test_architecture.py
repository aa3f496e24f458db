"""The engine is pure Python: no Qt, no database, no GUI code may creep into it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "desktop" / "proofing"
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "storage", "desktop.ui", "docx")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_engine_sources_import_no_qt_or_database():
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        for module in _imported_modules(path):
            top = module.split(".")[0]
            if top in FORBIDDEN or any(module.startswith(f + ".") or module == f for f in FORBIDDEN):
                if path.name == "load.py" and top == "docx":
                    continue  # reading .docx input is part of loading
                offenders.append(f"{path.relative_to(ENGINE)} imports {module}")
    assert offenders == []


def test_running_the_engine_loads_no_qt():
    code = (
        "import sys\n"
        "from desktop.proofing.pipeline import analyse, open_document\n"
        "from desktop.paths import sample_page\n"
        "doc = open_document(sample_page())\n"
        "findings = analyse(doc)\n"
        "assert findings\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlalchemy')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


ROOT = ENGINE.parent.parent
NO_UI = {"storage": ROOT / "storage", "desktop.export": ROOT / "desktop" / "export"}


def test_storage_and_export_never_import_the_ui():
    """Data flows file -> engine -> model -> UI/storage/export: storage and export know nothing of the window."""
    offenders = []
    for package, folder in NO_UI.items():
        for path in sorted(folder.rglob("*.py")):
            for module in _imported_modules(path):
                if module == "desktop.ui" or module.startswith(("desktop.ui.", "PySide6", "shiboken6")):
                    offenders.append(f"{package}: {path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def test_exporting_and_storing_load_no_ui():
    code = (
        "import sys\n"
        "import desktop.export, desktop.export.batch, storage.pages, storage.roster, storage.headline_index\n"
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.ui', 'PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
