"""Storage benchmarks: autosave latency and archive duplicate lookup vs a naive rapidfuzz scan.

Run:  /work/venv/bin/python bench/storage.py            (SQLite, 100,000 and 1,000,000 headlines)
      /work/venv/bin/python bench/storage.py --sizes 100000 --pg postgresql+psycopg://postgres@127.0.0.1:55432/postgres

Figures printed (targets from issue 3):
- autosave of one edit: median (target < 20 ms on SQLite);
- duplicate lookup for a page of 20 headlines against N archived headlines: median per page through
  the index, median per page of a naive rapidfuzz scan over every row (reading the rows, as a naive
  implementation must, and — for reference — with the rows already in memory), and the ratio
  (target >= 50x at 1,000,000 and < 50 ms per page);
- agreement: for how many query headlines the index finds the same best similarity as the full scan.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rapidfuzz import fuzz, process

# Run as a script, this file's folder comes first on sys.path and its name would hide the storage package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from desktop.proofing import edits
from desktop.proofing.pipeline import document_from_text
from storage.db import open_database, sqlite_url
from storage.headline_index import (
    DEFAULT_FLOOR,
    HeadlineRow,
    SqlHeadlineArchive,
    add_headline_rows,
    normalize,
)
from storage.pages import PageStore

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "liaocheng-2020-09-16.txt"

# -- synthetic headlines -----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_CITIES = _words(
    "聊城 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 滨州 菏泽 "
    "郑州 开封 洛阳 安阳 邯郸 邢台 保定 沧州 衡水 徐州 扬州 南通 合肥 芜湖"
)
_DISTRICTS = _words("东昌府区 高新区 开发区 临清市 冠县 莘县 阳谷县 东阿县 高唐县 茌平区 城区 新区 北部新城 南湖片区")
_SUBJECTS = _words(
    "秋粮收购 老旧小区改造 政务公开 志愿服务 慢病筛查 乡村振兴 营商环境 安全生产 垃圾分类 河长制 "
    "农村厕所革命 家庭医生签约 城市更新 夜间经济 文明城市创建 疫情防控 秸秆禁烧 冬季供暖 义务教育 "
    "职业技能培训 养老服务 食品安全 防汛抗旱 招商引资 科技创新 电商直播 特色农业 文旅融合 "
    "交通治理 消防演练 扫黑除恶 法治宣传 全民健身 非遗传承 黄河保护 生态修复 棚户区改造 "
    "就业帮扶 金融服务 税收优惠 医保改革 校园安全 网格化管理 社区治理 公交线路 物业管理"
)
_ACTIONS = _words(
    "工作会议召开 取得新进展 全面启动 经验交流 专项行动见成效 再上新台阶 跑出加速度 持续发力 "
    "按下快进键 交出亮眼成绩单 现场推进会举行 签约仪式举行 成果丰硕 迈出新步伐 提质增效 "
    "开展集中整治 举办培训班 启动仪式举行 获评全省先进 通过验收 走在前列 惠及万家 暖人心 "
    "见实效 有序推进 开门红 再添新动能 出实招 解民忧 亮点纷呈"
)
_QUOTES = _words("公开聊亮 一网通办 最多跑一次 放管服 红色物业 暖心驿站 家门口就业 聊胜一筹 水城先锋 初心讲堂")
_PEOPLE = _words("志愿者 老党员 村医 快递小哥 退役军人 乡村教师 环卫工人 网格员 农技员 返乡青年 第一书记 种粮大户")
# Characters of real village, town and company names: the specific names that make headlines distinctive.
_NAME_FIRST = (
    "苏王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤东西南北前后大小新老上下中河湖山柳杏桃梨枣桑榆槐松柏"
)
_NAME_SECOND = "庄屯营集寨店口堡河湾洼坡岗岭沟桥园楼庙寺家村铺坊圈场埠台堤湖林庄营屯集里"
_TOWN_KINDS = _words("镇 乡 街道")
_VILLAGE_KINDS = _words("村 社区 庄")
_FIRM_KINDS = _words("科技 农业 食品 机械 纺织 医药 新材料 物流 电子 建材")
_FIRM_FORMS = _words("有限公司 集团 合作社 产业园")


def _names(rng: random.Random, k: int, kinds: list[str]) -> list[str]:
    firsts = rng.choices(_NAME_FIRST, k=k)
    seconds = rng.choices(_NAME_SECOND + _NAME_FIRST, k=k)
    suffixes = rng.choices(kinds, k=k)
    return [a + b + c for a, b, c in zip(firsts, seconds, suffixes, strict=True)]


def synthetic_headlines(count: int, seed: int = 2020) -> list[str]:
    """Newspaper-like headlines: place names (city, district, generated towns and villages, firms)
    plus topic and action words, in several templates."""
    rng = random.Random(seed)
    k = count
    cities = rng.choices(_CITIES, k=k)
    districts = rng.choices(_DISTRICTS, k=k)
    towns = _names(rng, k, _TOWN_KINDS)
    villages = _names(rng, k, _VILLAGE_KINDS)
    firms = [
        f"{a}{b}{c}"
        for a, b, c in zip(
            _names(rng, k, [""]), rng.choices(_FIRM_KINDS, k=k), rng.choices(_FIRM_FORMS, k=k), strict=True
        )
    ]
    subjects = rng.choices(_SUBJECTS, k=k)
    subjects2 = rng.choices(_SUBJECTS, k=k)
    actions = rng.choices(_ACTIONS, k=k)
    quotes = rng.choices(_QUOTES, k=k)
    people = rng.choices(_PEOPLE, k=k)
    numbers = rng.choices(range(2, 999), k=k)
    templates = rng.choices(range(8), k=k)
    out: list[str] = []
    for i in range(count):
        t = templates[i]
        if t == 0:
            out.append(f"{cities[i]}{districts[i]}{subjects[i]}{actions[i]}")
        elif t == 1:
            out.append(f"{districts[i]}{towns[i]}：{subjects[i]}{actions[i]}")
        elif t == 2:
            out.append(f"“{quotes[i]}”助力{towns[i]}{subjects[i]}{actions[i]}")
        elif t == 3:
            out.append(f"{villages[i]}{people[i]}：{numbers[i]}天守护{subjects[i]}")
        elif t == 4:
            out.append(f"{firms[i]}{numbers[i]}个{subjects[i]}项目{actions[i]}")
        elif t == 5:
            out.append(f"{subjects[i]}{actions[i]}，{towns[i]}{subjects2[i]}同步推进")
        elif t == 6:
            out.append(f"{cities[i]}{towns[i]}{villages[i]}：{people[i]}带动{subjects[i]}")
        else:
            out.append(f"{cities[i]}{numbers[i]}家企业{subjects[i]}{actions[i]}")
    return out


def near_variant(headline: str, rng: random.Random) -> str:
    """A re-run headline with one or two characters changed, added or dropped, or punctuation altered."""
    chars = list(headline)
    for _ in range(rng.choice((1, 1, 2))):
        position = rng.randrange(len(chars))
        operation = rng.choice(("replace", "insert", "delete", "punct"))
        if operation == "replace":
            chars[position] = rng.choice("新实好大全再")
        elif operation == "insert":
            chars.insert(position, rng.choice("的又新再"))
        elif operation == "delete" and len(chars) > 6:
            del chars[position]
        else:
            chars.insert(position, rng.choice("，：！ "))
    return "".join(chars)


def query_pages(archived: list[str], pages: int, seed: int = 16) -> list[list[tuple[str, str, str | None]]]:
    """Pages of 20 (headline, kind, archived original): 4 exact re-runs, 6 near re-runs, 10 new headlines."""
    rng = random.Random(seed)
    fresh = synthetic_headlines(pages * 10, seed=seed + 1000)
    result = []
    for page in range(pages):
        headlines: list[tuple[str, str, str | None]] = []
        for _ in range(4):
            original = rng.choice(archived)
            headlines.append((original, "exact", original))
        for _ in range(6):
            original = rng.choice(archived)
            headlines.append((near_variant(original, rng), "near", original))
        headlines += [(headline, "new", None) for headline in fresh[page * 10 : page * 10 + 10]]
        rng.shuffle(headlines)
        result.append(headlines)
    return result


# -- measurements ----------------------------------------------------------------------------------


def bench_autosave(url: str, edits_count: int) -> list[float]:
    database = open_database(url)
    store = PageStore(database)
    raw = SAMPLE.read_bytes()
    document = document_from_text(raw.decode("utf-8"), source_name=SAMPLE.name)
    session = store.import_page(raw, document, raw_text=raw.decode("utf-8"), author="bench")
    timings = []
    for number in range(edits_count):
        index = number % len(session.document.blocks)
        edit = edits.set_text(session.document, index, session.document.blocks[index].text + "改")
        started = time.perf_counter()
        session.record_edit(edit)
        timings.append(time.perf_counter() - started)
    session.close()
    database.close()
    return timings


def load_archive(archive: SqlHeadlineArchive, headlines: list[str], start_index: int) -> float:
    started = time.perf_counter()
    first_day = date(2015, 1, 1)
    batch = 50_000
    for offset in range(0, len(headlines), batch):
        rows = [
            HeadlineRow(
                headline=headline,
                edition_date=first_day + timedelta(days=(start_index + offset + i) // 60),
                page_label=str((start_index + offset + i) % 12 + 1),
            )
            for i, headline in enumerate(headlines[offset : offset + batch])
        ]
        with archive.database.transaction() as session:
            add_headline_rows(session, rows)
    return time.perf_counter() - started


def naive_scan(archive: SqlHeadlineArchive, page: list[str], rows: list[str] | None = None) -> list[float]:
    """The baseline: rapidfuzz over every archived headline (reading them all unless ``rows`` is given)."""
    if rows is None:
        with archive.database.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT normalized FROM archived_headlines").scalars().all()
    best = []
    for headline in page:
        found = process.extractOne(normalize(headline), rows, scorer=fuzz.ratio, score_cutoff=DEFAULT_FLOOR * 100)
        best.append(found[1] / 100.0 if found else 0.0)
    return best


def indexed(archive: SqlHeadlineArchive, page: list[str]) -> list[list[str]]:
    """What the duplicate-headline check asks: up to 5 archived headlines near each headline of the page."""
    return [[hit.headline for hit in archive.find_similar(headline, limit=5)] for headline in page]


def best_similarity(headline: str, found: list[str]) -> float:
    query = normalize(headline)
    return max((fuzz.ratio(query, normalize(other)) / 100.0 for other in found), default=0.0)


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def bench_archive(url: str, sizes: list[int], pages: int, naive_pages: int) -> None:
    database = open_database(url)
    archive = SqlHeadlineArchive(database)
    generated = time.perf_counter()
    everything = synthetic_headlines(max(sizes))
    generated = time.perf_counter() - generated
    print(f"  generated {len(everything):,} synthetic headlines in {generated:.1f} s, e.g. {everything[:3]}")
    loaded = 0
    for size in sorted(sizes):
        seconds = load_archive(archive, everything[loaded:size], loaded)
        print(f"  archived {size - loaded:,} more headlines in {seconds:.1f} s ({archive.count():,} in total)")
        if database.dialect == "postgresql":
            # What autovacuum does on a running server after a bulk load: statistics and visibility map.
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE archived_headlines, headline_grams, gram_frequencies")
        loaded = size
        queries = query_pages(everything[:size], pages)
        texts = [[headline for headline, _, _ in page] for page in queries]
        indexed(archive, texts[0])  # warm the caches the way a running app has them
        index_times, index_found = [], []
        for page in texts:
            seconds, found = timed(indexed, archive, page)
            index_times.append(seconds)
            index_found.append(found)
        reruns = [0, 0]
        for page, found in zip(queries, index_found, strict=True):
            for (_, kind, original), hits in zip(page, found, strict=True):
                if kind != "new":
                    reruns[0] += 1
                    reruns[1] += normalize(original) in {normalize(hit) for hit in hits}
        naive_times, memory_times, agree, with_match = [], [], 0, 0
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT normalized FROM archived_headlines").scalars().all()
        for page, found in zip(texts[:naive_pages], index_found, strict=False):
            seconds, naive_best = timed(naive_scan, archive, page)
            naive_times.append(seconds)
            memory_times.append(timed(naive_scan, archive, page, rows)[0])
            for headline, hits, best in zip(page, found, naive_best, strict=True):
                agree += abs(best_similarity(headline, hits) - best) < 1e-9
                with_match += best > 0
        index_median = statistics.median(index_times)
        naive_median = statistics.median(naive_times)
        memory_median = statistics.median(memory_times)
        p90 = sorted(index_times)[int(0.9 * (len(index_times) - 1))]
        print(
            f"  {size:>9,} archived | indexed lookup, page of 20: median {index_median * 1000:7.1f} ms "
            f"(p90 {p90 * 1000:.1f} ms, {pages} pages)"
        )
        print(
            f"  {'':>9}          | naive rapidfuzz scan incl. reading rows: median {naive_median * 1000:7.1f} ms "
            f"-> {naive_median / index_median:5.0f}x faster with the index ({naive_pages} pages)"
        )
        print(
            f"  {'':>9}          | naive scan, rows already in memory:      median {memory_median * 1000:7.1f} ms "
            f"-> {memory_median / index_median:5.0f}x"
        )
        print(
            f"  {'':>9}          | re-runs (exact or 1-2 characters changed) found: {reruns[1]}/{reruns[0]}; "
            f"same best similarity as the full scan: {agree}/{len(texts[:naive_pages]) * 20} headlines "
            f"({with_match} with an archived match >= {DEFAULT_FLOOR})"
        )
    database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="archive sizes, comma-separated")
    parser.add_argument("--pages", type=int, default=30, help="query pages for the indexed lookup")
    parser.add_argument("--naive-pages", type=int, default=3, help="query pages for the naive scan")
    parser.add_argument("--edits", type=int, default=300, help="edits for the autosave benchmark")
    parser.add_argument("--pg", default=os.environ.get("PROOFSHEET_BENCH_PG"), help="also run on this PostgreSQL URL")
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite (with --pg: PostgreSQL only)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    os.environ.setdefault("PROOFSHEET_HOME", tempfile.mkdtemp(prefix="proofsheet-bench-home-"))

    with tempfile.TemporaryDirectory(prefix="proofsheet-bench-") as folder:
        targets = [
            ("SQLite", sqlite_url(Path(folder) / "autosave.sqlite3"), sqlite_url(Path(folder) / "archive.sqlite3"))
        ]
        if args.no_sqlite:
            targets = []
        schema = None
        if args.pg:
            schema = _pg_schema(args.pg)
            targets.append(("PostgreSQL", _with_search_path(args.pg, schema), _with_search_path(args.pg, schema)))
        for name, autosave_url, archive_url in targets:
            print(f"== {name}")
            timings = bench_autosave(autosave_url, args.edits)
            print(
                f"  autosave of one edit: median {statistics.median(timings) * 1000:.2f} ms, "
                f"p95 {sorted(timings)[int(0.95 * (len(timings) - 1))] * 1000:.2f} ms over {len(timings)} edits "
                f"(target < 20 ms on SQLite)"
            )
            bench_archive(archive_url, sizes, args.pages, args.naive_pages)
        if schema:
            _drop_pg_schema(args.pg, schema)
    return 0


def _pg_schema(url: str) -> str:
    """A throwaway schema so the benchmark never touches real data on the server."""
    from sqlalchemy import create_engine

    name = f"proofsheet_bench_{random.randrange(16**8):08x}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {name}")
    engine.dispose()
    return name


def _drop_pg_schema(url: str, name: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
    engine.dispose()


def _with_search_path(url: str, schema: str) -> str:
    from urllib.parse import quote

    return f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={schema}')}"


if __name__ == "__main__":
    sys.exit(main())
