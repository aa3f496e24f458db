"""What the rule-book checks add to ``proofsheet check`` on a 1 MB page, measured in the same process.

For the sample page repeated to 1 MB (the page ``bench/engine.py`` times), and the same page with made-up
leaders' names in every article (``市委书记林可舟…``, so the people check has candidates to weigh): the time
of reading the page (``document_from_text``) and of each check on a fresh context, best of N rounds; the
rule book's share is the time of its checks (``checks.WHITELISTABLE``) over the rest (target: at most
20 %).  Then the same with a desk list of 300 made-up people installed.  (Timing each part beats
subtracting two totals: on a shared machine the totals wander by more than the rule book costs.)

Run: python bench/rulebook.py [--rounds 3] [--megabytes 1]
"""

from __future__ import annotations

import argparse
import time

from bench.engine import page_of_size
from desktop.paths import sample_page
from desktop.proofing import desk_lists
from desktop.proofing.checks import CHECK_NAMES, WHITELISTABLE, run_check
from desktop.proofing.checks.context import CheckContext
from desktop.proofing.desk_lists import DeskLists, Person
from desktop.proofing.pipeline import analyse, document_from_text

_LEADERS = "市委书记林可舟、市委副书记、市长苗若溪出席会议。林可舟说，要抓好秋收。苗若溪强调，要落实责任。"
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
_GIVEN = "明远若谷慕白知远书宁一禾清川南星望舒云帆晓帆青禾远山可舟"


def _share(text: str, rounds: int) -> tuple[float, float]:
    """(the rule book's checks, reading the page and every other check), seconds, each part best of ``rounds``."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        start = time.perf_counter()
        document = document_from_text(text, "bench.txt")
        best["read"] = min(best.get("read", 1e9), time.perf_counter() - start)
        context = CheckContext(document)
        for name in CHECK_NAMES:
            start = time.perf_counter()
            run_check(name, context)
            best[name] = min(best.get(name, 1e9), time.perf_counter() - start)
    rules = sum(seconds for name, seconds in best.items() if name in WHITELISTABLE)
    return rules, sum(best.values()) - rules


def made_up_people(count: int) -> tuple[Person, ...]:
    people = [Person("林可舟", "市委书记", 1), Person("苗若溪", "市委副书记、市长", 2)]
    for index in range(count - len(people)):
        surname = _SURNAMES[index % len(_SURNAMES)]
        given = _GIVEN[(index * 2) % len(_GIVEN)] + _GIVEN[(index * 5 + 1) % len(_GIVEN)]
        people.append(Person(surname + given, "副市长", index + 3))
    return tuple(people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    sample = sample_page().read_text(encoding="utf-8")
    with_leaders = sample.replace("\n\n", "\n\n" + _LEADERS + "\n\n")
    pages = {"sample": page_of_size(sample, args.megabytes), "sample + leaders": page_of_size(with_leaders, 1.0)}
    analyse(document_from_text(pages["sample"], "bench.txt"))  # warm the dictionaries and memos
    print(f"{args.megabytes:g} MB page, best of {args.rounds} (seconds)")
    print(f"{'page':18} {'desk list':>10} {'rule book':>10} {'the rest':>9} {'rule book share':>15}")
    for list_name, lists in (("none", DeskLists()), ("300 people", DeskLists(people=made_up_people(300)))):
        desk_lists.install(lists)
        for name, text in pages.items():
            rules, rest = _share(text, args.rounds)
            print(f"{name:18} {list_name:>10} {rules:10.3f} {rest:9.3f} {rules / rest:14.1%}")
    desk_lists.install(DeskLists())


if __name__ == "__main__":
    main()
