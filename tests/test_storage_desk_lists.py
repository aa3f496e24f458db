"""The desk's lists in the database (people, word lists, whitelist), CSV in and out — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import storage_fixtures

from desktop.proofing import desk_lists
from desktop.proofing.desk_lists import Person
from desktop.proofing.pipeline import analyse, document_from_text
from storage.desk_lists import DeskListStore, TermRow
from storage.errors import StorageError

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
database = storage_fixtures.database


@pytest.fixture
def store(database) -> DeskListStore:
    return DeskListStore(database)


def test_people_import_from_csv_with_a_header_and_gbk(store, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("姓名,职务,排序\n林可舟,市委书记,1\n苗若溪,市委副书记、市长,2\n顾远山,,x\n".encode("gbk"))
    result = store.import_people_csv(path)
    assert (result.added, result.updated) == (3, 0)
    assert result.problems and "第 4 行" in result.problems[0]
    assert store.people()[:2] == [Person("顾远山", "", 0), Person("林可舟", "市委书记", 1)]
    path.write_text("林可舟,市委书记,1\n苗若溪,市长,2\n", encoding="utf-8")
    again = store.import_people_csv(path)
    assert (again.added, again.updated) == (0, 1)
    assert Person("苗若溪", "市长", 2) in store.people()


def test_people_export_reads_back(store, tmp_path):
    store.replace_people([Person("林可舟", "市委书记", 1), Person("苗若溪", "市长", 2)])
    path = tmp_path / "out.csv"
    assert store.export_people_csv(path) == 2
    assert path.read_bytes().startswith("\ufeff姓名,职务,排序\r\n".encode())
    store.replace_people([])
    assert store.people() == []
    store.import_people_csv(path)
    assert store.people() == [Person("林可舟", "市委书记", 1), Person("苗若溪", "市长", 2)]


def test_word_lists_are_seeded_from_the_shipped_files_with_their_source(store):
    rows = store.terms("confusions")
    entry = next(row for row in rows if row.term == "再接再励")
    assert entry.right == "再接再厉" and entry.source
    assert len(rows) > 20


def test_a_desk_entry_and_a_removed_one_change_what_the_check_flags(store, tmp_path):
    rows = [row for row in store.terms("confusions") if row.term != "再接再励"]
    store.replace_terms("confusions", [*rows, TermRow("青禾县城", "青禾县", "本社写法", "本社")])
    installed = store.lists()
    desk_lists.install(installed)
    try:
        document = document_from_text("青禾县召开秋收工作会议\n合作社将再接再励，在青禾县城开设门店。\n")
        flagged = [f.message for f in analyse(document, ["wrong-character"])]
        assert flagged == ["“青禾县城”是别字，应为“青禾县”"]
    finally:
        desk_lists.install(desk_lists.DeskLists())
    path = tmp_path / "confusions.csv"
    store.export_terms_csv("confusions", path)
    assert "青禾县城,青禾县,本社写法,本社" in path.read_text(encoding="utf-8-sig")


def test_word_list_csv_import_adds_and_updates(store, tmp_path):
    path = tmp_path / "banned.csv"
    path.write_text("词语,改为,说明,来源\n黑心棉,劣质棉絮,本社规定,\n", encoding="utf-8")
    result = store.import_terms_csv("banned-words", path)
    assert result.added == 1
    row = next(r for r in store.terms("banned-words") if r.term == "黑心棉")
    assert (row.right, row.source) == ("劣质棉絮", "本社")


def test_whitelist_add_remove_and_csv(store, tmp_path):
    assert store.add_to_whitelist("林可周", "people-names", "编辑甲")
    assert not store.add_to_whitelist("林可周")
    assert store.whitelist() == ["林可周"]
    assert store.lists().whitelisted("林可周")
    path = tmp_path / "whitelist.csv"
    store.export_whitelist_csv(path)
    assert store.remove_from_whitelist("林可周") and store.whitelist() == []
    assert store.import_whitelist_csv(path).added == 1
    assert store.whitelist() == ["林可周"]
    with pytest.raises(StorageError):
        store.add_to_whitelist("  ")


def test_an_unknown_list_is_refused(store):
    with pytest.raises(StorageError, match="词表"):
        store.terms("nonsense")


def test_an_emptied_word_list_stays_empty_until_restored(store):
    shipped = len(store.terms("confusions"))
    assert store.state("confusions").state == "shipped"
    store.replace_terms("confusions", [])
    assert store.terms("confusions") == [] and store.terms("confusions") == []  # not seeded again on the next read
    state = store.state("confusions")
    assert (state.state, state.entries, state.shipped) == ("empty", 0, shipped)
    desk_lists.install(store.lists())
    try:
        document = document_from_text("青禾县召开秋收工作会议\n合作社将再接再励。\n")
        assert analyse(document, ["wrong-character"]) == ()  # an empty list flags nothing, it is no fallback
    finally:
        desk_lists.install(desk_lists.DeskLists())
    assert store.table("confusions") == []
    assert store.restore_default("confusions") == shipped
    assert store.state("confusions").state == "shipped"
    assert any(row.term == "再接再励" for row in store.terms("confusions"))


def test_the_state_tells_an_edited_list_from_the_shipped_one(store):
    rows = store.terms("banned-words")
    store.replace_terms("banned-words", [*rows, TermRow("青禾县城", "青禾县", "本社写法", "本社")])
    state = store.state("banned-words")
    assert (state.state, state.entries, state.shipped) == ("edited", len(rows) + 1, len(rows))
    assert store.state("people").state == "empty"
    store.replace_people([Person("林可舟", "市委书记", 1)])
    assert (store.state("people").state, store.state("people").entries) == ("edited", 1)
    assert store.state("variant-forms").state == "shipped"  # untouched lists are the shipped ones
