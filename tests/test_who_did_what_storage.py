"""Who did what, at the storage level: every revision, export and archived headline names its editor, and two
editors on one page get a conflict naming the other (SQLite file and PostgreSQL)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import storage_fixtures
import who_did_what_page
from sqlalchemy import text

from desktop.proofing import edits
from storage import migrate
from storage.db import Database, open_database
from storage.errors import PageConflict
from storage.headline_index import SqlHeadlineArchive
from storage.pages import EditionRef, PageStore

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
empty_database_url = storage_fixtures.empty_database_url
database = storage_fixtures.database
document = who_did_what_page.document


def _import(store: PageStore, document, author: str):
    raw = who_did_what_page.PAGE_TEXT.encode("utf-8")
    return store.import_page(raw, document, raw_text=who_did_what_page.PAGE_TEXT, author=author)


def test_each_revision_and_the_page_name_who_saved_them(database, document):
    store = PageStore(database)
    first = _import(store, document, "林可舟")
    first.record_edit(edits.set_text(first.document, 0, "青禾县新建四座乡村图书馆"))
    second = PageStore(database).open_page(first.page_id, "苏望舒")
    second.record_edit(edits.set_text(second.document, 1, "本报记者 林可舟 通讯员 苏望舒"))
    assert [(record.seq, record.author) for record in store.history(first.page_id)] == [(1, "林可舟"), (2, "苏望舒")]
    (summary,) = store.pages()
    assert summary.updated_by == "苏望舒" and summary.exported_by is None


def test_a_second_editor_gets_a_conflict_naming_the_first_and_nothing_is_overwritten(database_url, document):
    with open_database(database_url) as first_db, open_database(database_url) as second_db:
        first = _import(PageStore(first_db), document, "林可舟")
        second = PageStore(second_db).open_page(first.page_id, "苏望舒")
        first.record_edit(edits.set_text(first.document, 0, "林可舟改的标题"))
        with pytest.raises(PageConflict) as raised:
            second.record_edit(edits.set_text(second.document, 0, "苏望舒改的标题"))
        assert raised.value.other_editor == "林可舟"
        assert "“林可舟”" in str(raised.value) and "重新载入" in str(raised.value)
        assert PageStore(first_db).current_document(first.page_id).blocks[0].text == "林可舟改的标题"

        second.reload()
        second.record_edit(edits.set_text(second.document, 0, "苏望舒改的标题"))
        with pytest.raises(PageConflict) as raised:
            first.record_edit(edits.set_text(first.document, 2, "林可舟改的正文"))
        assert raised.value.other_editor == "苏望舒" and "“苏望舒”" in str(raised.value)
        history = PageStore(first_db).history(first.page_id)
        assert [(record.author, record.label) for record in history] == [
            ("林可舟", history[0].label),
            ("苏望舒", history[1].label),
        ]


def test_status_changes_of_two_editors_conflict_instead_of_overwriting(database, document):
    store = PageStore(database)
    first = _import(store, document, "林可舟")
    second = PageStore(database).open_page(first.page_id, "苏望舒")
    one, two = (article.blocks[0].uid for article in document.articles())
    first.set_article_statuses({one: "proofed"})
    with pytest.raises(PageConflict) as raised:
        second.set_article_statuses({two: "proofed"})  # it knows nothing of 林可舟's 已校
    assert raised.value.other_editor == "林可舟"
    assert store.article_statuses(first.page_id) == {one: "proofed"}
    second.reload()
    second.set_article_statuses({one: "proofed", two: "proofed"})
    assert store.article_statuses(first.page_id) == {one: "proofed", two: "proofed"}


def test_the_same_name_in_two_sessions_is_said_to_be_another_session(database, document):
    store = PageStore(database)
    first = _import(store, document, "林可舟")
    second = PageStore(database).open_page(first.page_id, "林可舟")
    first.record_edit(edits.set_text(first.document, 0, "一改"))
    with pytest.raises(PageConflict) as raised:
        second.record_edit(edits.set_text(second.document, 0, "二改"))
    assert "另一个以“林可舟”署名的会话" in str(raised.value)


def test_an_export_records_who_exported_the_page_its_articles_and_its_headlines(database, document):
    store = PageStore(database)
    session = _import(store, document, "林可舟")
    assert session.mark_exported(EditionRef(date(2026, 3, 2), paper="青禾日报"), page_label="3") == 2
    (summary,) = store.pages()
    assert summary.exported_by == "林可舟" and summary.exported_at is not None
    assert {record.exported_by for record in store.articles(session.page_id)} == {"林可舟"}
    (hit,) = SqlHeadlineArchive(database).search("青禾县新建三座乡村图书馆", limit=1)
    assert hit.archived_by == "林可舟" and hit.similarity == 1.0

    # another editor exports one article again with new content: that one is theirs, the other stays 林可舟's
    other = store.open_page(session.page_id, "苏望舒")
    one, two = (article.blocks[0].uid for article in document.articles())
    other.set_article_statuses({one: "exported", two: "exported"}, {one: "a" * 64, two: "b" * 64})
    kept = {record.position: record.exported_by for record in store.articles(session.page_id)}
    assert kept == {0: "苏望舒", 1: "苏望舒"}
    other.set_article_statuses({one: "exported", two: "exported"}, {one: "a" * 64, two: "c" * 64})
    other2 = store.open_page(session.page_id, "周远")
    other2.set_article_statuses({one: "exported", two: "proofed"}, {one: "a" * 64})
    kept = {record.position: (record.status, record.exported_by) for record in store.articles(session.page_id)}
    assert kept == {0: ("exported", "苏望舒"), 1: ("proofed", None)}


def test_the_archive_command_line_path_records_who_archived(database):
    archive = SqlHeadlineArchive(database)
    archive.replace_source(b"page", ["白石镇举办秋收农具展"], date(2026, 3, 2), "5", archived_by="苏望舒")
    archive.add(["青禾县召开冬季防火会议"], date(2026, 3, 3), "2")
    by = {hit.headline: hit.archived_by for hit in archive.search("白石镇举办秋收农具展", limit=5, floor=0.0)}
    assert by["白石镇举办秋收农具展"] == "苏望舒"
    (unnamed,) = archive.search("青禾县召开冬季防火会议", limit=1)
    assert unnamed.archived_by is None


def test_migration_0007_names_the_last_saver_of_existing_pages_and_leaves_the_rest_unrecorded(empty_database_url):
    migrate.upgrade(empty_database_url, "0006")
    with Database(empty_database_url) as db, db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO pages (id, page_label, source_name, encoding, raw_sha256, raw_text, document_json,"
                " snapshot_seq, head_seq, version, session_open, session_author, created_at, updated_at)"
                " VALUES (1, '3', 'a.txt', 'utf-8', 'x', '', '{}', 0, 2, 3, false, '周远', '2026-01-01',"
                " '2026-01-01'), (2, '4', 'b.txt', 'utf-8', 'y', '', '{}', 0, 0, 1, false, '苏望舒',"
                " '2026-01-01', '2026-01-01')"
            )
        )
        for seq, author in ((1, "苏望舒"), (2, "林可舟")):
            connection.execute(
                text(
                    "INSERT INTO revisions (page_id, seq, kind, label, edit_json, inverse_json, author, created_at)"
                    " VALUES (1, :seq, 'edit', '', '{}', '{}', :author, '2026-01-01')"
                ),
                {"seq": seq, "author": author},
            )
        connection.execute(
            text(
                "INSERT INTO articles (page_id, position, headline, paragraphs_json, status)"
                " VALUES (1, 0, '青禾县', '[]', 'exported')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO archived_headlines (headline, normalized, edition_date, page_label, paper, created_at)"
                " VALUES ('青禾县', '青禾县', '2026-01-01', '3', '', '2026-01-01')"
            )
        )
    migrate.upgrade(empty_database_url, "0007")
    with Database(empty_database_url) as db, db.engine.connect() as connection:
        pages = connection.execute(text("SELECT id, updated_by, exported_by FROM pages ORDER BY id")).all()
        articles = connection.execute(text("SELECT exported_by FROM articles")).all()
        archived = connection.execute(text("SELECT archived_by FROM archived_headlines")).all()
    assert [tuple(row) for row in pages] == [(1, "林可舟", None), (2, "苏望舒", None)]
    assert [tuple(row) for row in articles] == [(None,)] and [tuple(row) for row in archived] == [(None,)]
    migrate.downgrade(empty_database_url, "0006")
    assert migrate.current_revision(empty_database_url) == "0006"


SECOND_EDITOR = """
import sys
from desktop.proofing import edits
from storage.db import open_database
from storage.pages import PageStore

with open_database(sys.argv[1]) as database:
    session = PageStore(database).open_page(int(sys.argv[2]), "苏望舒")
    session.record_edit(edits.set_text(session.document, 0, "苏望舒在另一台电脑上改的标题"))
"""


def test_two_processes_on_one_sqlite_file(tmp_path: Path, document):
    """Two editors' apps are two processes on one file: the second's save reaches the first as a conflict."""
    url = f"sqlite+pysqlite:///{tmp_path / 'desk.sqlite3'}"
    with open_database(url) as db:
        first = _import(PageStore(db), document, "林可舟")
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "-c", SECOND_EDITOR, url, str(first.page_id)], check=True, cwd=root)
        with pytest.raises(PageConflict) as raised:
            first.record_edit(edits.set_text(first.document, 0, "林可舟改的标题"))
        assert raised.value.other_editor == "苏望舒" and "“苏望舒”" in str(raised.value)
        assert PageStore(db).current_document(first.page_id).blocks[0].text == "苏望舒在另一台电脑上改的标题"


def test_autosave_statuses_committed_before_the_connection_broke_are_saved_and_a_real_conflict_names_the_other(
    database_url, document
):
    from desktop.ui.adapters import StorageAutosave, StorageBackend

    autosave = StorageAutosave(StorageBackend(database_url))
    autosave.set_editor("林可舟")
    assert autosave.page_opened(document, None).saved
    with open_database(database_url) as db:
        store = PageStore(db)
        (summary,) = store.pages()
        one, two = (article.blocks[0].uid for article in document.articles())
        # the server committed 林可舟's statuses, but the app never heard back (the connection broke after it)
        store.open_page(summary.page_id, "林可舟").set_article_statuses({one: "proofed"})
        state = autosave.statuses_changed({one: "proofed"}, {})
        assert state.saved, "recognised as already saved, not stuck"
        assert store.summary(summary.page_id).updated_by == "林可舟"

        # 苏望舒 really marked an article meanwhile: the queue keeps 林可舟's change and names 苏望舒
        store.open_page(summary.page_id, "苏望舒").set_article_statuses({one: "proofed", two: "proofed"})
        state = autosave.statuses_changed({one: "draft", two: "draft"}, {})
        assert state.pending_edits == 1 and not state.retryable and state.other_editor == "苏望舒"
        assert "“苏望舒”" in state.problem
        assert store.article_statuses(summary.page_id) == {one: "proofed", two: "proofed"}
    autosave.backend.database().close()
