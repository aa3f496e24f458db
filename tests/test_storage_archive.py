"""The headline archive: index, lookups, the engine's protocol and the check — on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
import storage_fixtures
from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from desktop.proofing.archive_protocol import HeadlineArchive
from desktop.proofing.pipeline import analyse, document_from_text
from storage import headline_index
from storage.headline_index import SqlHeadlineArchive, grams, normalize
from storage.models import GramFrequency, HeadlineGram

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
database = storage_fixtures.database

PLACES = ["聊城", "东昌府区", "临清市", "冠县", "莘县", "阳谷县", "高唐县", "茌平区", "东阿县", "高新区"]
TOPICS = ["秋粮收购", "老旧小区改造", "政务公开", "志愿服务", "慢病筛查", "乡村振兴", "营商环境", "安全生产"]
ENDINGS = ["工作会议召开", "取得新进展", "全面启动", "经验交流", "专项行动见成效"]


def _corpus() -> list[str]:
    return [f"{place}{topic}{ending}" for place in PLACES for topic in TOPICS for ending in ENDINGS]


@pytest.fixture
def archive(database) -> SqlHeadlineArchive:
    archive = SqlHeadlineArchive(database)
    archive.add(_corpus()[:200], date(2020, 9, 1), "3")
    archive.add(_corpus()[200:], date(2020, 9, 2), "5")
    return archive


def test_normalize_folds_width_case_spaces_and_punctuation():
    assert normalize("“公开聊亮”创新品牌 向全国介绍！") == "公开聊亮创新品牌向全国介绍"
    assert normalize("ＡＢＣ：全国，２０２０") == normalize("abc:全国,2020") == "abc全国2020"
    assert grams("聊城") == {(ord("聊") << 21) | ord("城")}
    assert len(grams("城")) == 1 and grams("") == set()


def test_it_is_the_engines_headline_archive(archive):
    assert isinstance(archive, HeadlineArchive)


def test_exact_match_ignores_punctuation_and_width(archive):
    hits = archive.find_similar("聊城，秋粮收购 工作会议召开！")
    assert hits[0].headline == "聊城秋粮收购工作会议召开"
    assert (hits[0].edition_date, hits[0].page, hits[0].similarity) == ("2020-09-01", "3", 1.0)


def test_near_match_reports_similarity_date_and_page(archive):
    hits = archive.find_similar("阳谷县老旧小区改造取得重大进展")
    assert hits and hits[0].headline == "阳谷县老旧小区改造取得新进展"
    assert hits[0].page == "5" and hits[0].edition_date == "2020-09-02"
    assert 0.75 <= hits[0].similarity < 1.0
    assert archive.find_similar("国际油价连续三日下跌") == []


def test_results_agree_with_a_full_rapidfuzz_scan(archive):
    corpus = [normalize(h) for h in _corpus()]
    queries = ["冠县政务公开全面启动了", "高唐县安全生产专项行动见实效", "临清市志愿服务经验交流会", "莘县营商环境"]
    for query in queries:
        expected = {
            corpus[index]
            for _, score, index in process.extract(normalize(query), corpus, scorer=fuzz.ratio, limit=None)
            if score >= 75
        }
        found = {normalize(hit.headline) for hit in archive.find_similar(query, limit=len(corpus))}
        assert found == expected, query


def test_the_index_is_consistent_with_the_archive(archive, database):
    with database.reading() as session:
        postings = session.scalar(select(func.count()).select_from(HeadlineGram))
        counted = session.scalar(select(func.sum(GramFrequency.headlines)))
    assert postings == counted == sum(len(grams(normalize(h))) for h in _corpus())


def test_prefix_filter_sizes():
    # A headline sharing half of a query's pairs must contain one of the first n - ceil(n/2) + 1.
    assert [headline_index.prefix_length(n) for n in (1, 2, 3, 10, 15)] == [1, 2, 2, 6, 8]


def test_the_posting_budget_limits_near_lookups_but_never_exact_ones(archive, monkeypatch):
    near = "东阿县乡村振兴全面启动了"
    assert archive.find_similar(near)[0].headline == "东阿县乡村振兴全面启动"
    # With no budget only the single rarest pair is probed: still candidates, still exact matches.
    monkeypatch.setattr(headline_index, "POSTING_BUDGET", 0)
    assert archive.find_similar("东阿县乡村振兴全面启动")[0].similarity == 1.0
    monkeypatch.setattr(headline_index, "MAX_CANDIDATES", 0)
    assert archive.find_similar("东阿县，乡村振兴全面启动！")[0].similarity == 1.0
    assert archive.find_similar(near) == []


def test_excluding_the_page_itself(database):
    archive = SqlHeadlineArchive(database)
    raw = storage_fixtures.sample_raw()
    document = storage_fixtures.sample_document()
    headlines = [a.headline for a in document.articles() if a.headline]
    assert archive.replace_source(raw, headlines, date(2020, 9, 16), "6") == len(headlines)
    assert archive.replace_source(raw, headlines, date(2020, 9, 16), "6") == len(headlines)
    assert archive.count() == len(headlines)
    assert archive.find_similar(headlines[0])[0].similarity == 1.0
    assert archive.excluding_source(raw).find_similar(headlines[0]) == []


def test_checking_a_page_reports_the_earlier_headline(database):
    archive = SqlHeadlineArchive(database)
    archive.add(["聊城高新区顾官屯镇：志愿精神温暖扶贫路"], date(2020, 8, 3), "A2")
    page = "聊城高新区顾官屯镇:志愿精神温暖扶贫路\n\n“感谢你们，为我送来了凉席。”贫困户孙绪荣说。\n\n（赵静 王刚）\n"
    findings = analyse(document_from_text(page), checks=["archive-duplicate"], archive=archive)
    assert len(findings) == 1
    assert "2020-08-03" in findings[0].message and "A2" in findings[0].message
    assert analyse(document_from_text(page), checks=["archive-duplicate"], archive=None) == ()


def test_an_earlier_headline_archived_without_its_page_names_only_the_date(database):
    archive = SqlHeadlineArchive(database)
    archive.add(["青禾县秋粮收购工作全面展开"], date(2020, 8, 3))  # archived with no page recorded
    page = "青禾县秋粮收购工作全面展开\n\n本报讯 记者林可舟报道 近日，青禾县秋粮收购工作全面展开。\n"
    (finding,) = analyse(document_from_text(page), checks=["archive-duplicate"], archive=archive)
    assert "已于 2020-08-03 的“" in finding.message
    assert "版" not in finding.message


def test_open_default_archive_is_none_and_cheap_without_a_database(isolated_user_folders, monkeypatch):
    monkeypatch.delenv("PROOFSHEET_DATABASE_URL", raising=False)
    code = (
        "import sys\n"
        "from storage.archive import open_default_archive\n"
        "print(open_default_archive(), 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["None", "False"]


def test_open_default_archive_finds_the_configured_database(database_url, monkeypatch):
    from storage.archive import open_default_archive

    monkeypatch.setenv("PROOFSHEET_DATABASE_URL", database_url)
    archive = open_default_archive()
    assert archive is not None
    archive.add(["全国政务公开研讨会召开"], date(2020, 9, 16), "1")
    assert open_default_archive().find_similar("全国政务公开研讨会召开")[0].page == "1"
    archive.database.close()
