"""Measure with part of the page chrome left unread: a stand-in for papers whose chrome the engine does not know.

On the dev split the engine reads 0.98 of the chrome lines as chrome; on papers it has never seen (the val
split) 0.83, and what it does not read becomes headlines and text.  This runs ``tools/engine_accuracy.py``
with the engine's chrome reading (``chrome.is_chrome_line`` and ``chrome.page_chrome``) blind to one line in
``--every`` (chosen by a hash of the line's text, so a line repeated on the page is missed everywhere), so
that what unread chrome does to the checks can be studied on pages one may look at.

Run: python tools/unread_chrome.py [--every 3] [--forms-only] [engine_accuracy.py options, e.g. --real DIR --split dev
--details]. With ``--forms-only`` the lines are unread by their form only: a stand-in for papers whose chrome forms
the engine has never seen, where what the page shows of a line must find it.
"""

from __future__ import annotations

import argparse
import runpy
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for path in (REPO, REPO / "tools"):
    if str(path) not in sys.path:
        sys.path.append(str(path))


def blind(every: int, forms_only: bool = False) -> None:
    """Make the engine's chrome reading miss the lines whose text hashes to 0 modulo ``every``.

    With ``forms_only`` only the reading of a line by its form is blind: what the page shows of the line
    (``chrome.page_chrome`` and the segmentation's own page evidence) may still find it chrome, as it must on
    a paper whose forms the engine has never seen.
    """
    from desktop.proofing import chrome, classify

    def missed(text: str) -> bool:
        return zlib.crc32(text.strip().encode("utf-8")) % every == 0

    read_line, read_page = chrome.is_chrome_line, chrome.page_chrome

    def is_chrome_line(text: str) -> bool:
        return read_line(text) and not missed(text)

    def page_chrome(texts: Sequence[str], *args: object, **kwargs: object) -> set[int]:
        return {index for index in read_page(texts, *args, **kwargs) if not missed(texts[index])}

    chrome.is_chrome_line = is_chrome_line  # type: ignore[assignment]
    if forms_only:
        read_form = classify.is_chrome

        def is_chrome(text: str) -> bool:
            return read_form(text) and not missed(text)

        classify.is_chrome = is_chrome  # type: ignore[assignment]
    else:
        chrome.page_chrome = page_chrome  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=3, help="leave one chrome line in this many unread (default 3)")
    parser.add_argument(
        "--forms-only",
        action="store_true",
        help="blind only the reading of a line by its form: the page's evidence may still find the line chrome",
    )
    options, rest = parser.parse_known_args(argv)
    blind(options.every, options.forms_only)
    sys.argv = [str(REPO / "tools" / "engine_accuracy.py"), *rest]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as done:
        return int(done.code or 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
