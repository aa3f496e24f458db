"""Pages: autosave, undo/redo, recovery, optimistic locking, decisions, faults — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
import storage_fixtures
from sqlalchemy import func, select

from desktop.proofing import edits
from desktop.proofing.edits import EditConflict, apply_all
from desktop.proofing.findings import Finding, Severity
from storage import pages as pages_module
from storage.db import Database, open_database
from storage.errors import NotFound, PageConflict, StorageError
from storage.models import Page, Revision
from storage.pages import EditionRef, PageStore

backend = storage_fixtures.backend
pg_schema = storage_fixtures.pg_schema
database_url = storage_fixtures.database_url
database = storage_fixtures.database


@pytest.fixture
def store(database) -> PageStore:
    return PageStore(database)


@pytest.fixture
def document():
    return storage_fixtures.sample_document()


def _import(store: PageStore, document, author: str = "张编辑"):
    raw = storage_fixtures.sample_raw()
    return store.import_page(raw, document, raw_text=raw.decode("utf-8"), author=author)


def test_import_keeps_raw_text_hash_and_document(store, document):
    session = _import(store, document)
    raw = storage_fixtures.sample_raw()
    with store.database.reading() as db:
        page = db.get(Page, session.page_id)
        assert page.raw_text == raw.decode("utf-8")
        assert page.raw_sha256 == pages_module.raw_hash(raw)
    assert store.original_document(session.page_id) == document
    assert store.current_document(session.page_id) == document
    assert [p.page_id for p in store.pages_with_raw(raw)] == [session.page_id]
    headlines = [article.headline for article in store.articles(session.page_id)]
    assert headlines == [article.headline for article in document.articles()]


def test_every_edit_is_saved_in_order_with_its_inverse(store, document):
    session = _import(store, document)
    script = storage_fixtures.edit_script(document, 12)
    for edit in script:
        session.record_edit(edit)
    expected = apply_all(document, script)
    assert session.document == expected
    assert store.current_document(session.page_id) == expected
    history = store.history(session.page_id)
    assert [record.seq for record in history] == list(range(1, 13))
    assert [record.edit for record in history] == script
    assert [record.inverse for record in history] == [edit.inverse() for edit in script]
    assert {record.author for record in history} == {"张编辑"}
    assert session.version == 1 + len(script)


def test_a_stale_edit_is_refused_before_anything_is_saved(store, document):
    session = _import(store, document)
    first = edits.set_text(document, 0, "改过的标题")
    session.record_edit(first)
    with pytest.raises(EditConflict):
        session.record_edit(edits.set_text(document, 0, "基于旧版本的修改"))
    assert len(store.history(session.page_id)) == 1
    assert store.current_document(session.page_id) == first.apply(document)


def test_unclean_pages_are_listed_and_recovered_exactly_clean_ones_not(store, document):
    crashed = _import(store, document)
    closed = _import(store, document)
    script = storage_fixtures.edit_script(document, 6, seed=3)
    for edit in script:
        crashed.record_edit(edit)
        closed.record_edit(edit)
    closed.close()

    unclean = store.unclean_pages()
    assert [summary.page_id for summary in unclean] == [crashed.page_id]
    assert unclean[0].revisions == 6 and unclean[0].session_author == "张编辑"

    # A new process: a fresh store on the same database.
    fresh = PageStore(open_database(store.database.url))
    recovered = fresh.recover(crashed.page_id, "张编辑")
    assert recovered.document == apply_all(document, script)
    assert recovered.version == crashed.version
    recovered.close()
    assert fresh.unclean_pages() == []
    fresh.database.close()


def test_recovery_from_a_snapshot_plus_later_revisions(store, document, monkeypatch):
    monkeypatch.setattr(pages_module, "SNAPSHOT_EVERY", 5)
    session = _import(store, document)
    script = storage_fixtures.edit_script(document, 13, seed=11)
    for edit in script:
        session.record_edit(edit)
    with store.database.reading() as db:
        page = db.get(Page, session.page_id)
        assert page.snapshot_seq == 10 and page.snapshot_json is not None
    assert store.recover(session.page_id).document == apply_all(document, script)


def test_second_editor_gets_a_conflict_not_a_silent_overwrite(store, document):
    first = _import(store, document, author="张编辑")
    second = PageStore(open_database(store.database.url)).open_page(first.page_id, "李编辑")
    first.record_edit(edits.set_text(first.document, 0, "张编辑的标题"))
    with pytest.raises(PageConflict) as raised:
        second.record_edit(edits.set_text(second.document, 1, "李编辑的副题"))
    assert "张编辑" in str(raised.value) and "重新载入" in str(raised.value)
    assert [record.author for record in store.history(first.page_id)] == ["张编辑"]
    assert store.current_document(first.page_id).blocks[0].text == "张编辑的标题"

    second.reload()
    second.record_edit(edits.set_text(second.document, 1, "李编辑的副题"))
    with pytest.raises(PageConflict):
        first.record_edit(edits.set_text(first.document, 0, "张编辑又改的标题"))
    final = store.current_document(first.page_id)
    assert final.blocks[0].text == "张编辑的标题" and final.blocks[1].text == "李编辑的副题"
    second.store.database.close()


def test_functional_record_edit_checks_the_version(store, document):
    session = _import(store, document)
    edit = edits.set_text(document, 0, "标题")
    version = store.record_edit(session.page_id, edit, "张编辑", expected_version=1)
    assert version == 2
    with pytest.raises(PageConflict):
        later = edits.set_text(edit.apply(document), 0, "再改")
        store.record_edit(session.page_id, later, "李编辑", expected_version=1)
    with pytest.raises(NotFound):
        store.record_edit(12345, edit, "张编辑", expected_version=1)


def test_decisions_and_article_statuses_are_kept_with_the_page(store, document):
    session = _import(store, document)
    first = Finding("missing-byline", Severity.WARNING, (3,), 1, "缺少署名", "", 0.8, anchors=(3,))
    second = Finding("unbalanced-pair", Severity.WARNING, (5,), 1, "引号不配对", "", 0.8, anchors=(5,))
    session.record_decisions([(first.key, first.check), (second.key, second.check)], "ignored")
    store.record_decisions(session.page_id, [(first.key, first.check)], "open", "李编辑")
    decisions = store.decisions(session.page_id)
    assert set(decisions) == {first.key, second.key}
    assert decisions[first.key].state == "open" and decisions[first.key].author == "李编辑"
    assert decisions[second.key].state == "ignored" and decisions[second.key].check_name == "unbalanced-pair"
    assert store.ignored_keys(session.page_id) == {second.key}
    with pytest.raises(ValueError, match="decision state"):
        session.record_decisions([(first.key, first.check)], "maybe")

    session.record_edit(edits.set_text(session.document, 0, "新的第一篇标题"))
    second_article = session.document.articles()[1].blocks[0].uid
    session.set_article_statuses({second_article: "proofed"})
    with pytest.raises(ValueError, match="article status"):
        session.set_article_statuses({0: "done"})
    session.close()
    articles = store.articles(session.page_id)
    assert articles[0].headline == "新的第一篇标题"
    assert [a.status for a in articles[:3]] == ["draft", "proofed", "draft"]
    assert articles[1].first_block_uid == second_article

    reopened = PageStore(open_database(store.database.url))
    assert reopened.ignored_keys(session.page_id) == {second.key}
    assert reopened.article_statuses(session.page_id) == {second_article: "proofed"}
    with pytest.raises(NotFound):
        reopened.set_article_statuses(12345, document, {})
    reopened.database.close()


def test_an_exported_article_keeps_the_digest_of_what_was_exported(store, document):
    session = _import(store, document)
    first, second, third = (article.blocks[0].uid for article in session.document.articles()[:3])
    session.set_article_statuses(
        {first: "exported", second: "exported", third: "proofed"}, {first: "a" * 64, second: "b" * 64, third: "c" * 64}
    )
    assert store.export_digests(session.page_id) == {first: "a" * 64, second: "b" * 64}, "only exported ones keep one"
    session.set_article_statuses({first: "exported", second: "proofed"}, {first: "a" * 64})
    # an article split off the first one: the digest stays with the article it describes
    session.record_edit(edits.split_article(session.document, session.document.articles()[0].body_indices[1]))
    session.close()
    reopened = PageStore(open_database(store.database.url))
    assert reopened.export_digests(session.page_id) == {first: "a" * 64}
    assert reopened.article_statuses(session.page_id) == {first: "exported", second: "proofed"}
    reopened.database.close()


def test_a_status_stays_with_its_article_when_articles_are_split_or_merged_before_it(store, document):
    session = _import(store, document)
    articles = session.document.articles()
    assert len(articles) >= 4 and len(articles[0].body_indices) >= 2
    third = articles[2].blocks[0].uid
    session.set_article_statuses({third: "proofed"})
    # a new article split off the first one: every later article moves one place down
    session.record_edit(edits.split_article(session.document, articles[0].body_indices[1]))
    assert session.document.articles()[3].blocks[0].uid == third
    session.close()
    filed = store.articles(session.page_id)
    assert [a.status for a in filed[:5]] == ["draft", "draft", "draft", "proofed", "draft"]
    assert store.article_statuses(session.page_id) == {third: "proofed"}

    # merged back (the two first articles become one): the status moves up with its article again
    reopened = store.open_page(session.page_id, "张编辑")
    reopened.record_edit(edits.merge_article_with_next(reopened.document, 0))
    reopened.close()
    filed = store.articles(session.page_id)
    assert [a.status for a in filed[:4]] == ["draft", "draft", "proofed", "draft"]
    assert store.article_statuses(session.page_id) == {third: "proofed"}


def test_statuses_filed_before_uids_were_kept_are_read_by_position(store, document):
    from sqlalchemy import update

    from storage.models import Article

    session = _import(store, document)
    session.set_article_statuses({session.document.articles()[1].blocks[0].uid: "proofed"})
    with store.database.transaction() as db:  # as migration 0006 leaves the rows of an older version
        db.execute(update(Article).where(Article.page_id == session.page_id).values(first_block_uid=None))
    second = session.document.articles()[1].blocks[0].uid
    assert store.article_statuses(session.page_id) == {second: "proofed"}
    session.close()  # filed again: now by uid
    assert store.articles(session.page_id)[1].first_block_uid == second
    assert store.article_statuses(session.page_id) == {second: "proofed"}


def test_mark_exported_archives_the_headlines_once(store, document):
    from storage.headline_index import SqlHeadlineArchive

    session = _import(store, document)
    count = session.mark_exported(EditionRef(date(2020, 9, 16), paper="聊城日报"), page_label="A3")
    headlines = [a.headline for a in document.articles() if a.headline.strip()]
    assert count == len(headlines)
    archive = SqlHeadlineArchive(store.database)
    assert archive.count() == len(headlines)
    found = archive.find_similar(headlines[0])
    assert found[0].headline == headlines[0]
    assert (found[0].edition_date, found[0].page, found[0].similarity) == ("2020-09-16", "A3", 1.0)
    assert {a.status for a in store.articles(session.page_id)} == {"exported"}

    # Exporting again after an edit replaces this page's headlines instead of adding duplicates.
    session.record_edit(edits.set_headline(session.document, 0, "改写后的头条标题"))
    session.mark_exported()
    assert archive.count() == len(headlines)
    assert archive.find_similar("改写后的头条标题")[0].page == "A3"
    assert all(hit.similarity < 1.0 for hit in archive.find_similar(headlines[0]))
    # The page's own headlines are not reported when it is checked again.
    own = archive.excluding_source(storage_fixtures.sample_raw())
    assert own.find_similar("改写后的头条标题") == []


def _revision_count(database) -> int:
    with database.reading() as db:
        return db.scalar(select(func.count()).select_from(Revision))


def test_read_only_database_raises_storage_error_and_keeps_nothing(store, document, backend, pg_schema):
    session = _import(store, document)
    session.record_edit(edits.set_text(session.document, 0, "第一次修改"))
    if backend == "postgresql":
        read_only = open_database(pg_schema.url("default_transaction_read_only=on"), migrate=False)
    else:
        read_only = open_database(store.database.url, migrate=False)
        from sqlalchemy import event

        event.listen(read_only.engine, "connect", lambda connection, _: connection.execute("PRAGMA query_only=ON"))
    blocked = pages_module.PageSession(
        PageStore(read_only), session.page_id, session.document, session.version, "张编辑"
    )
    with pytest.raises(StorageError, match="只读") as raised:
        blocked.record_edit(edits.set_text(session.document, 0, "第二次修改"))
    assert not isinstance(raised.value, PageConflict)
    assert blocked.version == session.version and blocked.document == session.document
    assert _revision_count(store.database) == 1
    assert store.current_document(session.page_id).blocks[0].text == "第一次修改"
    read_only.close()
    # The editor can go on once the database is writable again.
    session.record_edit(edits.set_text(session.document, 0, "第二次修改"))
    assert _revision_count(store.database) == 2


def test_full_disk_raises_storage_error_and_keeps_nothing(store, document, backend, pg_schema):
    session = _import(store, document)
    session.record_edit(edits.set_text(session.document, 0, "第一次修改"))
    version = session.version
    big = edits.set_text(session.document, 2, session.document.blocks[2].text * 2000)
    if backend == "postgresql":
        # What the server reports when its disk fills (SQLSTATE 53100), raised by a trigger the owner role adds
        # (the app's editor role may not create one).
        with Database(pg_schema.owner_url()) as owner, owner.engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE FUNCTION refuse_write() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; "
                "END $$ LANGUAGE plpgsql"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER full_disk BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION refuse_write()"
            )
    else:
        # A real SQLITE_FULL: cap the file at the pages it already has.
        from sqlalchemy import event

        def cap(connection, _record) -> None:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages}")

        store.database.engine.dispose()
        event.listen(store.database.engine, "connect", cap)
    with pytest.raises(StorageError, match="磁盘已满"):
        session.record_edit(big)
    assert session.version == version
    assert len(session.document.blocks[2].text) < len(big.new[0].text)
    assert store.current_document(session.page_id) == session.document
    assert len(store.history(session.page_id)) == 1
