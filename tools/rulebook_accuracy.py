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

from desktop.proofing import desk_lists, lexicon  # noqa: E402
from desktop.proofing.checks.people import titled_names  # noqa: E402
from desktop.proofing.checks.term_match import read_list  # noqa: E402
from desktop.proofing.desk_lists import DeskLists, Person  # noqa: E402
from desktop.proofing.homophones import main_reading  # noqa: E402
from desktop.proofing.lookalikes import look_alikes  # noqa: E402
from desktop.proofing.pipeline import analyse, document_from_text  # noqa: E402

CHECKS = ["wrong-character", "variant-form", "repeated-word", "number-usage", "banned-wording", "people-names"]
HEADLINE = "青禾县召开秋收工作会议"  # a made-up headline above each record, so every paragraph is body text
_FUNCTION_CHARS = "的了在是和把被将从也都就又并而但这"
_WEEKDAYS = "一二三四五六日"


def records(realpages: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """``{corpus: [(record id, paragraphs)]}``: the real article records and the gathered text."""
    found: dict[str, list[tuple[str, list[str]]]] = {"real articles": [], "gathered": []}
    for path in sorted((realpages / "articles").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("split") == "heldout":
            continue  # the lead's aggregate measure only: nobody studies its flags one by one
        found["real articles"].append((str(record.get("id", path.stem)), list(record["paragraphs"])))
    for path in sorted((realpages / "rulebook").glob("*.json")):
        if path.name == "verdicts.json":
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            found["gathered"].append((str(record["id"]), list(record["paragraphs"])))
    return found


LISTED = "people-names (desk list)"  # the people check run again with a desk list of the corpus's titled names


def _page(paragraphs: list[str]) -> str:
    return HEADLINE + "\n" + "\n".join(p.replace("\n", " ") for p in paragraphs if p.strip()) + "\n"


def flags(paragraphs: list[str], checks: list[str] | None = None, row: str = "") -> list[tuple[str, str, str]]:
    """``(row, flagged text, context)`` of every rule-book finding on the paragraphs (row: the check's name)."""
    document = document_from_text(_page(paragraphs))
    out: list[tuple[str, str, str]] = []
    for finding in analyse(document, checks or CHECKS):
        span = finding.spans[0]
        block = document.blocks[span.block].text
        flagged, context = block[span.start : span.end], block[max(0, span.start - 12) : span.end + 12]
        out.append((row or finding.check, flagged, context))
    return out


def corpus_people(corpora: dict[str, list[tuple[str, list[str]]]]) -> tuple[Person, ...]:
    """A desk list as the corpus itself would give it: every titled name with every title it is printed with.

    (Published text is taken as right, so this list makes every flag of the list-based rules a false alarm:
    names one same-sounding character from a listed one, titles the list does not know.)  No protocol order.
    """
    titles: dict[str, dict[str, None]] = defaultdict(dict)
    for items in corpora.values():
        for _record_id, paragraphs in items:
            for name, title in titled_names(_page(paragraphs)):
                titles[name][title] = None
    return tuple(Person(name, "、".join(found)) for name, found in sorted(titles.items()))


def precision(corpora: dict[str, list[tuple[str, list[str]]]], folder: Path) -> dict[str, object]:
    verdict_file = folder / "verdicts.json"
    verdicts: dict[str, str] = json.loads(verdict_file.read_text(encoding="utf-8")) if verdict_file.exists() else {}
    unjudged: list[str] = []
    table: dict[str, Counter[str]] = defaultdict(Counter)
    characters = 0
    listed = DeskLists(people=corpus_people(corpora))
    for items in corpora.values():
        for record_id, paragraphs in items:
            characters += sum(len(p) for p in paragraphs)
            desk_lists.install(DeskLists())
            found = flags(paragraphs)
            desk_lists.install(listed)
            found += flags(paragraphs, ["people-names"], LISTED)
            desk_lists.install(DeskLists())
            for check, flagged, context in found:
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


def plant_mixed_year(text: str, rng: random.Random) -> tuple[str, str] | None:
    """One article writing a year in Arabic numerals, then another in Chinese numerals."""
    first, second = rng.randint(1990, 2030), rng.randint(1990, 2030)
    chinese = str(second).translate(str.maketrans("0123456789", "〇一二三四五六七八九")) + "年"
    placed = _insert(text, f"{first}年起", rng)
    if placed is None:
        return None
    at = placed[1] + len(f"{first}年起，")
    later = [start for start in _clause_starts(placed[0]) if start >= at]
    if not later:
        return None
    spot = rng.choice(later)
    return placed[0][:spot] + chinese + "，" + placed[0][spot:], chinese


# A made-up desk list for the people planters (invented names, titles of a made-up city).
MADE_UP_PEOPLE = (
    Person("林可舟", "市委书记", 1),
    Person("苗若溪", "市委副书记、市长", 2),
    Person("顾远山", "市人大常委会主任", 3),
    Person("沈青禾", "市政协主席", 4),
    Person("郑晓帆", "副市长", 5),
)
_INVENTED = [
    "赵明远",
    "孙若谷",
    "周慕白",
    "韩知远",
    "钱书宁",
    "温一禾",
    "罗清川",
    "许南星",
    "秦望舒",
    "唐云帆",
    "冯季延",
]
_COMMON = (
    "一是不人有中大为上个国以要时来用生到作地出就分对成会可主发年动同工能下过子产种面方后多定行学法所民得经十"
    "三之进着部度家电力里如水化高自二理起小物现实加量两体制机当使点业本去性好应开合还因由其些然前外天政四日"
    "社义事平形相全表间样关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者"
    "最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组"
    "见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压"
    "志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走"
    "积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算"
    "低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太"
    "准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参"
    "红细引听该铁价严龙飞舟溪谷帆宁禾川星舒云慕若晓"
)


def _homophone(char: str, rng: random.Random) -> str | None:
    """A character typed for ``char`` by its main reading (the slip of a pinyin keyboard)."""
    sound = main_reading(char)
    pool = [c for c in _COMMON if c != char and main_reading(c) == sound]
    return rng.choice(pool) if pool else None


def _misspelt(name: str, rng: random.Random) -> str | None:
    position = rng.randrange(1, len(name))
    other = _homophone(name[position], rng)
    return name[:position] + other + name[position + 1 :] if other else None


def _look_alike_slip(name: str, rng: random.Random) -> str | None:
    """``name`` with one character (not the surname) replaced by one that looks like it (形近)."""
    positions = [i for i in range(1, len(name)) if look_alikes(name[i])]
    if not positions:
        return None
    position = rng.choice(positions)
    other = rng.choice(sorted(look_alikes(name[position])))
    return name[:position] + other + name[position + 1 :]


def plant_near_name_shape(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A listed name with one look-alike character, after a title or after the name itself."""
    person = rng.choice([p for p in MADE_UP_PEOPLE if _look_alike_slip(p.name, rng)])
    variant = _look_alike_slip(person.name, rng)
    if variant is None:
        return None
    if rng.random() < 0.5:
        placed = _insert(text, f"{rng.choice(['市长', '主任', '局长'])}{variant}出席会议", rng)
    else:
        first = _insert(text, f"{person.titles[-1]}{person.name}出席会议", rng)
        placed = _insert(first[0], f"{variant}说", rng) if first else None
    return (placed[0], variant) if placed else None


def plant_two_ways_shape(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Without a list: a titled (made-up) person written later with one look-alike character."""
    name = rng.choice([n for n in _INVENTED if _look_alike_slip(n, rng)])
    variant = _look_alike_slip(name, rng)
    first = _insert(text, f"{rng.choice(['市长', '县委书记', '局长', '主任'])}{name}主持会议", rng)
    if variant is None or first is None:
        return None
    placed = _insert(first[0], f"{variant}说", rng)
    return (placed[0], variant) if placed else None


def plant_title(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A listed leader with another leader's title (市长林可舟 where the list says 市委书记)."""
    pairs = [(person, other) for person in MADE_UP_PEOPLE for other in MADE_UP_PEOPLE if person is not other]
    pairs = [
        (person, other.titles[-1])
        for person, other in pairs
        if not any(t.endswith(other.titles[-1][-2:]) or other.titles[-1].endswith(t[-2:]) for t in person.titles)
    ]
    person, wrong = rng.choice(pairs)
    placed = _insert(text, f"{wrong}{person.name}出席会议", rng)
    return (placed[0], wrong + person.name) if placed else None


def plant_near_name(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A listed name with one same-sounding character changed, after the person's title or after the name itself."""
    person = rng.choice(MADE_UP_PEOPLE)
    variant = _misspelt(person.name, rng)
    if variant is None:
        return None
    if rng.random() < 0.5:
        placed = _insert(text, f"{person.titles[-1]}{variant}出席会议", rng)
    else:
        first = _insert(text, f"{person.titles[-1]}{person.name}出席会议", rng)
        placed = _insert(first[0], f"{variant}说", rng) if first else None
    return (placed[0], variant) if placed else None


def plant_order(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Two listed leaders enumerated against their protocol order."""
    higher, lower = sorted(rng.sample(MADE_UP_PEOPLE, 2), key=lambda person: person.rank)
    piece = f"{lower.title}{lower.name}、{higher.title}{higher.name}出席"
    placed = _insert(text, piece, rng)
    return (placed[0], higher.name) if placed else None


def plant_two_ways(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Without a list: a titled (made-up) person written later with one same-sounding character changed."""
    name = rng.choice(_INVENTED)
    variant = _misspelt(name, rng)
    first = _insert(text, f"{rng.choice(['市长', '县委书记', '局长', '主任'])}{name}主持会议", rng)
    if variant is None or first is None:
        return None
    changed = first[0]
    for _ in range(rng.randint(0, 1)):
        changed = _insert(changed, f"{name}表示", rng)[0]  # type: ignore[index]
    placed = _insert(changed, f"{variant}说", rng)
    return (placed[0], variant) if placed else None


PLANTERS: dict[str, Callable[[str, random.Random], tuple[str, str] | None]] = {
    "wrong-character": plant_list("confusions.tsv", replace_right=True),
    "variant-form": plant_list("variant_forms.tsv", replace_right=True),
    "repeated-word": plant_repeat,
    "number-usage": plant_number,
    "banned-wording": plant_list("banned_wording.tsv", replace_right=False),
    "number-usage: mixed years": plant_mixed_year,
    "people-names: title": plant_title,
    "people-names: near name": plant_near_name,
    "people-names: order": plant_order,
    "people-names: two ways": plant_two_ways,
    "people-names: near name, look-alike": plant_near_name_shape,
    "people-names: two ways, look-alike": plant_two_ways_shape,
}
_WITH_LIST = DeskLists(people=MADE_UP_PEOPLE)
ROW_LISTS: dict[str, DeskLists] = {
    "people-names: title": _WITH_LIST,
    "people-names: near name": _WITH_LIST,
    "people-names: order": _WITH_LIST,
    "people-names: near name, look-alike": _WITH_LIST,
}


def row_check(row: str) -> str:
    """The check a recall row measures (``people: order`` -> ``people``)."""
    return row.split(":", 1)[0]


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
    for row, planter in PLANTERS.items():
        desk_lists.install(ROW_LISTS.get(row, DeskLists()))
        hits = tried = 0
        for _ in range(plants * 3):
            if tried >= plants:
                break
            planted = planter(rng.choice(texts), rng)
            if planted is None:
                continue
            tried += 1
            hits += detected(row_check(row), *planted)
        result[row] = (hits, tried)
    desk_lists.install(DeskLists())
    return result


_OFFICIAL_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# given-name characters, rich in those of the look-alike table (宇/字, 禾/木, 准/淮 …) so that near names occur
_OFFICIAL_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞斌宇浩凯健俊帆帅旭宁龙林欣佳雪婷倩颖琳晶慧莉"
    "丹梅兰凤海波峰春东志永国庆德成光金荣新宏元子天大士延季若白今令午亨木本禾休瑞冉丙泰准淮昊汪孤车晴"
    "晓云亮鑫彬琦楠瑶薇蕾琪嘉怡婧晨阳昕然睿哲轩博涵雨诗梦思悦妍铭煜泽"
)
_OFFICIAL_TITLES = ["市长", "副市长", "县委书记", "局长", "主任", "副主任", "处长", "院长", "校长", "总经理"]
_OFFICIAL_TITLES += ["董事长", "镇长"]


def officials(pages: int, seed: int, surnames: str = _OFFICIAL_SURNAMES) -> tuple[int, int, list[str]]:
    """Pages of 8 articles, each naming 3 made-up officials (a title, then the name again): all different
    people, so every people-names flag (no desk list) is a false alarm.  (characters, people, flagged texts)"""
    rng = random.Random(seed)
    characters, people, flagged = 0, 0, []
    desk_lists.install(DeskLists())
    for page in range(pages):
        articles = []
        for number in range(8):
            names = [
                rng.choice(surnames) + "".join(rng.choice(_OFFICIAL_GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
                for _ in range(3)
            ]
            people += len(names)
            body = "，".join(f"{rng.choice(_OFFICIAL_TITLES)}{name}出席" for name in names) + "。"
            body += "".join(f"{name}表示，要抓好秋收工作。" for name in names)
            articles.append(f"青禾县第{page}版第{number}篇稿件\n{body}\n")
        text = "\n".join(articles)
        characters += len(text)
        document = document_from_text(text)
        for finding in analyse(document, ["people-names"]):
            span = finding.spans[0]
            flagged.append(document.blocks[span.block].text[span.start : span.end])
    return characters, people, flagged


def made_up_texts(count: int, seed: int) -> list[str]:
    from pagegen.body import new_scene, paragraph

    rng = random.Random(seed)
    return [paragraph(new_scene(rng, "青禾", "日报", "网"), 4) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realpages", type=Path, default=ROOT / "realpages")
    parser.add_argument("--plants", type=int, default=200, help="planted errors per kind and text source")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--officials", type=int, default=300, help="pages of made-up officials (0: none)")
    args = parser.parse_args(argv)
    if args.officials:
        for label, surnames in (("100 surnames", _OFFICIAL_SURNAMES), ("two surnames", "王李")):
            characters, people, flagged = officials(args.officials, 7, surnames)
            print(
                f"Made-up officials, {label}: {args.officials} pages, {people} people, {characters} characters: "
                f"{len(flagged)} people-names flags, all false ({' '.join(flagged[:10])})"
            )
    folder = args.realpages / "rulebook"
    folder.mkdir(parents=True, exist_ok=True)
    corpora = records(args.realpages)
    measured = precision(corpora, folder)
    characters = int(measured["characters"])  # type: ignore[call-overload]
    table: dict[str, Counter[str]] = measured["table"]  # type: ignore[assignment]
    per = 10_000 / max(characters, 1)
    print(f"Published text: {measured['records']} records, {characters} characters ({datetime.date.today()})")
    print(f"{'check':18} {'flags':>5} {'/10k':>6} {'false':>5} {'false/10k':>9} {'unjudged':>8}")
    for check in [*CHECKS, LISTED]:
        row = table[check]
        print(
            f"{check:18} {row['flags']:5d} {row['flags'] * per:6.2f} {row['false']:5d} "
            f"{row['false'] * per:9.2f} {row['unjudged']:8d}"
        )
    total_false = sum(table[c]["false"] for c in [*CHECKS, LISTED])
    total_flags = sum(table[c]["flags"] for c in [*CHECKS, LISTED])
    print(f"{'all':18} {total_flags:5d} {total_flags * per:6.2f} {total_false:5d} {total_false * per:9.2f}")
    rng = random.Random(args.seed)
    gathered = [" ".join(p) for _, p in corpora["gathered"] + corpora["real articles"] if "".join(p).strip()]
    sources = {"made-up": made_up_texts(300, args.seed), "published": gathered}
    print(f"\nRecall of planted errors ({args.plants} per kind and source)")
    print(f"{'check':18} " + " ".join(f"{name:>16}" for name in sources))
    results = {name: recall(texts, args.plants, rng) for name, texts in sources.items() if texts}
    for check in PLANTERS:
        cells = []
        for name in sources:
            hits, tried = results.get(name, {}).get(check, (0, 0))
            cells.append(f"{hits:>5}/{tried:<5} {hits / max(tried, 1):4.2f}")
        print(f"{check:18} " + " ".join(f"{cell:>16}" for cell in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
