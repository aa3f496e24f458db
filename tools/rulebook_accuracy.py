"""How precise and how complete the rule book's checks are.

Precision: every flag the rule-book checks raise on published text (the real article records
in ``realpages/articles/*.json`` and the gathered text in ``realpages/rulebook/*.json``, both
git-ignored), per 10,000 characters.  Each flag is judged by hand in
``realpages/rulebook/verdicts.json`` (``{"check|record|flagged text|context": "right" | "false"}``);
unjudged flags are written to ``realpages/rulebook/unjudged.txt`` and counted separately.

Recall: an injector plants one error of each kind at a time into made-up text (``tools/pagegen``)
and into the gathered text, and counts how often the check flags exactly what was planted.

Usage: ``python tools/rulebook_accuracy.py [--realpages DIR] [--plants N] [--seed S]``
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from desktop.proofing import lexicon  # noqa: E402
from desktop.proofing.checks.term_match import read_list  # noqa: E402
from desktop.proofing.pipeline import analyse, document_from_text  # noqa: E402

CHECKS = ["wrong-character", "variant-form", "repeated-word", "number-usage", "banned-wording"]
HEADLINE = "青禾县召开秋收工作会议"  # a made-up headline above each record, so every paragraph is body text
_FUNCTION_CHARS = "的了在是和把被将从也都就又并而但这"
_WEEKDAYS = "一二三四五六日"


def records(realpages: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """``{corpus: [(record id, paragraphs)]}``: the real article records and the gathered text."""
    found: dict[str, list[tuple[str, list[str]]]] = {"real articles": [], "gathered": []}
    for path in sorted((realpages / "articles").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found["real articles"].append((str(record.get("id", path.stem)), list(record["paragraphs"])))
    for path in sorted((realpages / "rulebook").glob("*.json")):
        if path.name == "verdicts.json":
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            found["gathered"].append((str(record["id"]), list(record["paragraphs"])))
    return found


def flags(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    """``(check, flagged text, context)`` of every rule-book finding on the paragraphs."""
    text = HEADLINE + "\n" + "\n".join(p.replace("\n", " ") for p in paragraphs if p.strip()) + "\n"
    document = document_from_text(text)
    out: list[tuple[str, str, str]] = []
    for finding in analyse(document, CHECKS):
        span = finding.spans[0]
        block = document.blocks[span.block].text
        out.append((finding.check, block[span.start : span.end], block[max(0, span.start - 12) : span.end + 12]))
    return out


def precision(corpora: dict[str, list[tuple[str, list[str]]]], folder: Path) -> dict[str, object]:
    verdict_file = folder / "verdicts.json"
    verdicts: dict[str, str] = json.loads(verdict_file.read_text(encoding="utf-8")) if verdict_file.exists() else {}
    unjudged: list[str] = []
    table: dict[str, Counter[str]] = defaultdict(Counter)
    characters = 0
    for items in corpora.values():
        for record_id, paragraphs in items:
            characters += sum(len(p) for p in paragraphs)
            for check, flagged, context in flags(paragraphs):
                key = f"{check}|{record_id}|{flagged}|{context}"
                verdict = verdicts.get(key)
                table[check]["flags"] += 1
                table[check][verdict or "unjudged"] += 1
                if verdict is None:
                    unjudged.append(key)
    (folder / "unjudged.txt").write_text("".join(k + "\n" for k in unjudged), encoding="utf-8")
    return {"characters": characters, "records": sum(len(v) for v in corpora.values()), "table": table}


# ---- the injector: one planted error per text, and whether the check flags exactly it


def _clause_starts(text: str) -> list[int]:
    """Offsets right after a comma or full stop, outside quotations."""
    depth, starts = 0, []
    for index, char in enumerate(text):
        depth += char == "“"
        depth -= char == "”"
        if char in "，。" and depth <= 0 and index + 1 < len(text):
            starts.append(index + 1)
    return starts


def _insert(text: str, piece: str, rng: random.Random) -> tuple[str, int] | None:
    starts = _clause_starts(text)
    if not starts:
        return None
    at = rng.choice(starts)
    return text[:at] + piece + "，" + text[at:], at


def plant_list(name: str, *, replace_right: bool) -> Callable[[str, random.Random], tuple[str, str] | None]:
    entries = read_list(name)
    by_right: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        if entry.right:
            by_right[entry.right[0]].append(entry.term)

    def plant(text: str, rng: random.Random) -> tuple[str, str] | None:
        if replace_right:
            # the realistic slip: a recommended form the text uses, written in its variant form
            bounds = _bounds(text)
            present = [
                (m.start(), m.group())
                for m in re.finditer("|".join(map(re.escape, sorted(by_right, key=len, reverse=True))), text)
                if m.start() in bounds and m.end() in bounds
            ]
            if present:
                at, right = rng.choice(present)
                wrong = rng.choice(by_right[right])
                return text[:at] + wrong + text[at + len(right) :], wrong
        term = rng.choice(entries).term
        placed = _insert(text, term, rng)
        return (placed[0], term) if placed else None

    return plant


def _bounds(text: str) -> set[int]:
    bounds, position = {0}, 0
    for word in lexicon.cut(text):
        position += len(word)
        bounds.add(position)
    return bounds


def plant_repeat(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Type a function word that stands as a word of its own twice."""
    position, spots = 0, []
    words = lexicon.cut(text)
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _FUNCTION_CHARS and not following.startswith(word) and text[position - 1 : position] != word:
            spots.append((position, word))
        position += len(word)
    if not spots:
        return None
    at, word = rng.choice(spots)
    return text[:at] + word + text[at:], word + word


def plant_number(text: str, rng: random.Random) -> tuple[str, str] | None:
    kind = rng.choice(["zero", "mixed", "range", "weekday"])
    digits = "〇一二三四五六七八九"
    if kind == "zero":
        year = str(rng.randint(1990, 2030))
        chinese = "".join(digits[int(d)] for d in year)
        piece = chinese.replace("〇", rng.choice("0O")) + "年"
        if piece == chinese + "年":
            piece = chinese[:-1] + "0年"
    elif kind == "mixed":
        piece = f"{rng.randint(2, 9)}{rng.choice('百千')}{rng.choice(['人', '元', '余名', '多户', '万元'])}"
    elif kind == "range":
        low = rng.randint(1, 50)
        piece = f"{low}{rng.choice('～~-至')}{low + rng.randint(1, 50)}{rng.choice(['万元', '亿元', '%', '万人'])}"
    else:
        day = datetime.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
        wrong = _WEEKDAYS[(day.weekday() + rng.randint(1, 6)) % 7]
        piece = f"{day.year}年{day.month}月{day.day}日（星期{wrong}）"
    placed = _insert(text, piece, rng)
    return (placed[0], piece) if placed else None


PLANTERS: dict[str, Callable[[str, random.Random], tuple[str, str] | None]] = {
    "wrong-character": plant_list("confusions.tsv", replace_right=True),
    "variant-form": plant_list("variant_forms.tsv", replace_right=True),
    "repeated-word": plant_repeat,
    "number-usage": plant_number,
    "banned-wording": plant_list("banned_wording.tsv", replace_right=False),
}


def detected(check: str, text: str, planted: str) -> bool:
    document = document_from_text(HEADLINE + "\n" + text + "\n")
    for finding in analyse(document, [check]):
        span = finding.spans[0]
        block = document.blocks[span.block].text
        lo, hi = max(0, span.start - len(planted)), span.end + len(planted)
        if planted in block[lo:hi]:
            return True
    return False


def recall(texts: list[str], plants: int, rng: random.Random) -> dict[str, tuple[int, int]]:
    result: dict[str, tuple[int, int]] = {}
    for check, planter in PLANTERS.items():
        hits = tried = 0
        for _ in range(plants * 3):
            if tried >= plants:
                break
            planted = planter(rng.choice(texts), rng)
            if planted is None:
                continue
            tried += 1
            hits += detected(check, *planted)
        result[check] = (hits, tried)
    return result


def made_up_texts(count: int, seed: int) -> list[str]:
    from pagegen.body import new_scene, paragraph

    rng = random.Random(seed)
    return [paragraph(new_scene(rng, "青禾", "日报", "网"), 4) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realpages", type=Path, default=ROOT / "realpages")
    parser.add_argument("--plants", type=int, default=200, help="planted errors per kind and text source")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    folder = args.realpages / "rulebook"
    folder.mkdir(parents=True, exist_ok=True)
    corpora = records(args.realpages)
    measured = precision(corpora, folder)
    characters = int(measured["characters"])  # type: ignore[call-overload]
    table: dict[str, Counter[str]] = measured["table"]  # type: ignore[assignment]
    per = 10_000 / max(characters, 1)
    print(f"Published text: {measured['records']} records, {characters} characters ({datetime.date.today()})")
    print(f"{'check':18} {'flags':>5} {'/10k':>6} {'false':>5} {'false/10k':>9} {'unjudged':>8}")
    for check in CHECKS:
        row = table[check]
        print(
            f"{check:18} {row['flags']:5d} {row['flags'] * per:6.2f} {row['false']:5d} "
            f"{row['false'] * per:9.2f} {row['unjudged']:8d}"
        )
    total_false = sum(table[c]["false"] for c in CHECKS)
    total_flags = sum(table[c]["flags"] for c in CHECKS)
    print(f"{'all':18} {total_flags:5d} {total_flags * per:6.2f} {total_false:5d} {total_false * per:9.2f}")
    rng = random.Random(args.seed)
    gathered = [" ".join(p) for _, p in corpora["gathered"] + corpora["real articles"] if "".join(p).strip()]
    sources = {"made-up": made_up_texts(300, args.seed), "published": gathered}
    print(f"\nRecall of planted errors ({args.plants} per kind and source)")
    print(f"{'check':18} " + " ".join(f"{name:>16}" for name in sources))
    results = {name: recall(texts, args.plants, rng) for name, texts in sources.items() if texts}
    for check in CHECKS:
        cells = []
        for name in sources:
            hits, tried = results.get(name, {}).get(check, (0, 0))
            cells.append(f"{hits:>5}/{tried:<5} {hits / max(tried, 1):4.2f}")
        print(f"{check:18} " + " ".join(f"{cell:>16}" for cell in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
