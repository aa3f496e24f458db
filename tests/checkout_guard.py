"""What a test run wrote into the checkout: every run must leave it as it found it.

Tests write only under their temporary folders (``tmp_path``, the session's throwaway profile).
The conftest takes a listing of the checkout (path, size, modification time) when the session
starts and compares it when the session ends; any file made, changed or removed fails the run.
Left out: what Python and the tools write as they run (bytecode, caches, the virtual
environment) and hypothesis's example database of the long profile (``.hypothesis/``, which
keeps failing examples on purpose).
"""

from __future__ import annotations

import os
from pathlib import Path

SKIPPED_FOLDERS = frozenset(
    {".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", ".mypy_cache"}
)

Listing = dict[str, tuple[int, int]]


def listing(root: Path) -> Listing:
    """Every file under ``root`` (but the skipped folders) with its size and modification time."""
    found: Listing = {}
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name not in SKIPPED_FOLDERS and not name.endswith(".egg-info")]
        for name in files:
            path = Path(folder, name)
            try:
                status = path.lstat()
            except OSError:
                continue
            found[str(path.relative_to(root))] = (status.st_size, status.st_mtime_ns)
    return found


def changes(before: Listing, after: Listing) -> list[str]:
    """What changed between two listings, one line each (made, changed, removed)."""
    made = [f"made {path}" for path in sorted(after.keys() - before.keys())]
    removed = [f"removed {path}" for path in sorted(before.keys() - after.keys())]
    changed = [f"changed {path}" for path in sorted(before.keys() & after.keys()) if before[path] != after[path]]
    return made + changed + removed
