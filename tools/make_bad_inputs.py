"""Write the bad-input corpus (see tests/data/bad/README.md); deterministic, nothing downloaded.

    python tools/make_bad_inputs.py                 # the small files into tests/data/bad/
    python tools/make_bad_inputs.py /tmp/bad --all  # plus the 20 MB line, the 60 MB file, a folder,
                                                    # a file without permission, a symlink loop, a FIFO

The generators live in tests/bad_inputs.py, which the tests import too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from bad_inputs import write_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bad-input corpus.")
    parser.add_argument("folder", nargs="?", type=Path, default=REPO / "tests" / "data" / "bad")
    parser.add_argument("--all", action="store_true", help="also the big files and the special paths")
    args = parser.parse_args(argv)
    written = write_corpus(args.folder, include_big=args.all, include_special=args.all)
    for path in written:
        size = path.lstat().st_size if os.path.lexists(path) else 0
        print(f"{size:>12,}  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
