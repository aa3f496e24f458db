"""Write ``desktop/proofing/credits/words.py``: common words that a surname character leads, which are no names.

``游客争相拍摄`` ends with the job ``摄``, and ``游客争`` + ``相拍`` are cut as two surname-led
names; a piece whose first two characters are a common word (``游客``, ``居民``) is no name
where no role word vouches for it.  The words are jieba's two-character words that start
with a common single surname (``surnames.SINGLE``) and have a frequency of at least
``MIN_FREQUENCY`` in its dictionary (read once here, so the engine never loads it for credits).

Run: python tools/make_name_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))

from desktop.proofing.surnames import SINGLE  # noqa: E402
from desktop.proofing.wordcut import read_jieba_dictionary  # noqa: E402

MIN_FREQUENCY = 1000
OUT = REPO / "desktop" / "proofing" / "credits" / "words.py"
PER_LINE = 40


def common_words() -> list[str]:
    frequencies, _ = read_jieba_dictionary()
    return sorted(w for w, f in frequencies.items() if len(w) == 2 and w[0] in SINGLE and f >= MIN_FREQUENCY)


def render(words: list[str]) -> str:
    lines = ["".join(words[start : start + PER_LINE]) for start in range(0, len(words), PER_LINE)]
    body = "\n".join(f'    "{line}"' for line in lines)
    return (
        '"""Common words a surname character leads (``游客``, ``居民``): no name opens with one unvouched.\n\n'
        "Written by ``tools/make_name_words.py`` from jieba's dictionary (two characters, frequency\n"
        f"≥ {MIN_FREQUENCY}); do not edit by hand.\n"
        '"""\n\n'
        "_PACKED = (\n"
        f"{body}\n"
        ")\n"
        "COMMON_WORDS = frozenset(_PACKED[i : i + 2] for i in range(0, len(_PACKED), 2))\n"
    )


def main() -> int:
    OUT.write_text(render(common_words()), encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
