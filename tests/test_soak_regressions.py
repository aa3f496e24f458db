"""What the soak script (bench/soak.py) found, each pinned by a test."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
from layout_pages import PAPERS, decoded_text, lay_out, no_breaks

from desktop.export import ExportOptions, export_document
from desktop.export.batch import _page_author
from desktop.proofing.pipeline import document_from_text

REPO = Path(__file__).resolve().parent.parent

OPTIONS = ExportOptions(
    edition_date=dt.date(2020, 9, 16),
    page_number=3,
    page_name="要闻",
    paper_name="聊城日报",
    timestamp=dt.datetime(2020, 9, 15, 21, 30, tzinfo=dt.UTC),
)


def test_a_whole_page_with_many_bylines_exports_with_the_author_property_clipped(tmp_path):
    # a long page (generated pages run together, other reporters in each copy): the page's bylines, the file's
    # author, run past Word's 255 characters
    page = "\n\n".join(decoded_text(lay_out(paper, no_breaks())) for paper in PAPERS)
    surnames = "王李张刘陈杨黄赵吴周"
    copies = [page.translate(str.maketrans(surnames, surnames[k:] + surnames[:k])) for k in range(8)]
    text = "\n\n".join(copies)
    document = document_from_text(text, "long-page.txt")
    author = _page_author(document.articles())
    assert author is not None and len(author) > 255

    [path] = export_document(document, tmp_path, OPTIONS, per_article=False)

    written = docx.Document(str(path)).core_properties.author
    assert len(written) == 255
    assert written.endswith("…") and author.startswith(written[:-1])


def test_exporting_page_after_page_keeps_one_export_dialog_under_the_window(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.app import create_main_window
    from desktop.ui.export_dialog import ExportDialog

    window = create_main_window(install_hooks=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_built and window.controller.analysed_once, timeout=30000)
    for number in range(3):
        window.actions["export"].trigger()
        dialog = window.export_dialog
        dialog.page_spin.setValue(6)  # (版次 is asked, never assumed)
        dialog.folder_field.setText(str(tmp_path / str(number)))
        dialog.export_button.click()
        qtbot.waitUntil(lambda dialog=dialog: bool(dialog.written), timeout=30000)
        dialog.accept()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.findChildren(ExportDialog)) == 1, "each export left its dialog behind"
    assert all((tmp_path / str(number)).glob("*.docx") for number in range(3))
    window.close()


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[-1].split()[0] != "Z"  # a zombie has ended
    except OSError:
        return False


def test_the_helper_process_ends_when_the_app_is_killed(tmp_path):
    script = (
        "import os, signal\n"
        "from desktop.ui import engine_gateway\n"
        "print(engine_gateway._process_pool().submit(os.getpid).result(), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    output = tmp_path / "helper-pid"
    with output.open("w") as handle:  # (a file, not a pipe: a helper left behind would hold a pipe open)
        app = subprocess.run([sys.executable, "-c", script], stdout=handle, timeout=60)
    assert app.returncode == -signal.SIGKILL
    helper = int(output.read_text().split()[0])
    deadline = time.monotonic() + 10
    while _running(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _running(helper):
        os.kill(helper, signal.SIGKILL)
        raise AssertionError("the helper process outlived the app")


def test_the_segmentation_memo_stays_within_its_limit_in_memory(monkeypatch):
    from desktop.proofing import lexicon

    monkeypatch.setattr(lexicon, "_MEMO_LIMIT", 50)
    monkeypatch.setattr(lexicon, "_memo", None)  # a fresh memo (this test's user folders have none on disk)
    texts = [f"{chr(0x4E00 + n)}{chr(0x4E80 + n)}记者{chr(0x4F00 + n)}" for n in range(120)]
    for text in texts:
        lexicon.junction("今天上午" + text, text + "召开会议")
    memo = lexicon._memo
    assert memo is not None and 40 <= len(memo) <= 50, "the memo grew past its limit"
    left, right = "今天上午" + texts[-1], texts[-1] + "召开会议"
    newest = f"{left[-lexicon.WINDOW :]}\x00{right[: lexicon.WINDOW]}"
    assert newest in memo, "the newest windows stay"
    assert lexicon.junction(left, right) == lexicon.Junction(*memo[newest])


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_settling_the_heap_frees_garbage_cycles_instead_of_freezing_them():
    import gc
    import weakref

    from desktop.ui.heap import settle_heap

    cycle = _Node()
    gone = weakref.ref(cycle)
    del cycle  # unreachable now, but not freed yet
    was_enabled = gc.isenabled()
    gc.disable()  # (so that no automatic collection frees it first)
    try:
        settle_heap()
    finally:
        if was_enabled:
            gc.enable()
    assert gone() is None, "a garbage cycle was frozen: it would stay for the rest of the session"


def test_opening_another_page_drops_the_line_memos_of_the_last_one(tmp_path):
    from desktop.proofing import classify, continuation, credits
    from desktop.ui import engine_gateway

    for number in range(300):
        classify.line_kind(f"旧版面第{number}行，已经关闭。")
        credits.dateline(f"本报讯（记者 王{number}）")
    assert classify.line_kind.cache_info().currsize >= 300
    page = tmp_path / "next.txt"
    page.write_text("新的标题\n本报讯（记者 李明）正文第一段很长很长，写了许多内容。\n", encoding="utf-8")

    document = engine_gateway.open_page(page)

    assert len(document.blocks) == 2
    for memoised in (classify.line_kind, credits.dateline, continuation.looks_like_title):
        assert memoised.cache_info().currsize < 20, f"{memoised.__name__} still holds the last page's lines"


def test_opening_another_page_drops_the_signed_articles_of_the_last_one(tmp_path):
    from desktop.proofing.credits import article as credits_article
    from desktop.proofing.pipeline import document_from_text
    from desktop.ui import engine_gateway

    given = "可舟若溪松岭雨桐清禾星野文川慕白"
    old_page = "".join(
        f"旧稿第{number}号\n本报讯（记者 林{given[number % 16]}{given[number // 16]}）正文写了许多内容。\n"
        for number in range(50)
    )
    for article in document_from_text(old_page).articles():
        assert credits_article.is_signed(article)
    assert len(credits_article._SIGNED) >= 50
    page = tmp_path / "next.txt"
    page.write_text("新的标题\n本报讯（记者 李明）正文第一段很长很长，写了许多内容。\n", encoding="utf-8")

    engine_gateway.open_page(page)

    assert len(credits_article._SIGNED) < 5, "the memo still holds the last page's articles"


def test_a_signed_article_memo_answers_as_the_credits_do():
    from desktop.proofing.credits import article as credits_article
    from desktop.proofing.pipeline import document_from_text

    page = (
        "有署名的稿件\n本报讯（记者 林可舟）青禾县柳湾镇新修了三座桥。\n"
        "没有署名的稿件\n青禾县柳湾镇新修了三座桥，村民出行更方便了。\n"
    )
    for _ in range(2):  # the second time from the memo
        signed = [credits_article.is_signed(article) for article in document_from_text(page).articles()]
        assert signed == [True, False]


def test_opening_a_page_gives_memory_freed_on_worker_threads_back_to_the_system():
    # A worker thread's allocations (an export, a page opened) live in a glibc arena that keeps what is freed
    # for reuse: a few survivors pin it.  settle_heap(everything=True), run when a page is opened, trims it.
    script = """
import os, threading
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
survivors = []
def work():
    blocks = [bytes(1500 + i % 500) for i in range(100_000)]
    survivors.extend(blocks[::50])
thread = threading.Thread(target=work)
thread.start()
thread.join()
before = rss()
from desktop.ui.heap import settle_heap
settle_heap(everything=True)
print(before, rss())
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=REPO)
    before, after = (float(x) for x in run.stdout.split())
    assert before - after > 80, f"RSS {before:.0f} MB -> {after:.0f} MB: the freed ~170 MB stayed with the process"


def test_a_page_with_thousands_of_findings_exports_its_comments_in_linear_time(tmp_path):
    # python-docx numbers each new comment by scanning every id in the file: 4,000 comments took 17.6 s and a
    # big page's whole-page export ran past the soak's 4-minute wait; 8,000 now take about 3 s
    from desktop.proofing.findings import Finding, Severity
    from desktop.proofing.model import Block, Document, Role

    blocks = [Block(0, "青禾县农民丰收节", Role.HEADLINE, True, origin=(0,))]
    blocks += [Block(i, f"第{i}段，林可舟说,今年收成很好。", origin=(i,)) for i in range(1, 2001)]
    page = Document(tuple(blocks), source_name="many.txt")
    findings = [
        Finding("halfwidth-punctuation", Severity.WARNING, (i,), 0, f"半角逗号 {k}", "", 0.9)
        for i in range(1, 2001)
        for k in range(4)
    ]
    started = time.perf_counter()
    [path] = export_document(page, tmp_path, OPTIONS, findings=findings, per_article=False)
    took = time.perf_counter() - started
    comments = list(docx.Document(str(path)).comments)
    assert len(comments) == len(findings) == 8000
    assert len({comment.comment_id for comment in comments}) == 8000
    assert took < 20, f"{took:.1f} s for 8,000 comments (quadratic numbering took over a minute)"


class _Page:
    """A stand-in for what a background task holds (a page, an export request)."""


def test_background_tasks_hold_nothing_once_they_have_run(qapp):
    import gc
    import weakref

    from PySide6.QtCore import QThreadPool

    from desktop.ui.workers import pending_tasks, run_in_background

    pool = QThreadPool()
    pool.setMaxThreadCount(1)  # (as the database pool: the GUI thread often hands a task to an idle thread)
    held: list[weakref.ref] = []
    for pacing in (1, 3, 7, 0):  # events delivered after every task, now and then, or only at the end
        for number in range(800):
            page = _Page()
            held.append(weakref.ref(page))
            run_in_background(lambda page=page: page, pool=pool)
            del page
            if pacing and number % pacing == 0:
                qapp.processEvents()
    assert pool.waitForDone(30000)
    while pending_tasks():
        qapp.processEvents()
    gc.collect()
    alive = sum(ref() is not None for ref in held)
    assert alive == 0, f"{alive} of {len(held)} finished tasks still hold what they were given"


def test_a_page_replaced_after_many_edits_leaves_none_of_its_blocks_alive(qtbot, tmp_path):
    import gc

    from gui_helpers import open_replacing, open_window, settle

    from desktop.ui.workers import database_pool, pending_tasks

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "\n\n".join(
            f"砚汀村第{n}条新闻\n本报讯（记者 林可舟）砚汀村今天召开第{n}次会议，会上讨论了许多事情。"
            for n in range(40)
        ),
        encoding="utf-8",
    )
    second.write_text("柳湾镇新闻\n本报讯（记者 苗若溪）柳湾镇今天下了一场大雨，道路畅通。\n", encoding="utf-8")
    window = open_window(qtbot, [first])
    controller = window.controller
    for round_ in range(3):  # each edit is recorded by a task on the database pool
        for index, block in enumerate(controller.document.blocks):
            controller.set_block_text(index, block.text + "的", typing=False)
            if index % 4 == round_:
                qtbot.wait(1)
    del block
    settle(qtbot, window)
    open_replacing(window, qtbot, second)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: database_pool().activeThreadCount() == 0 and not pending_tasks(), timeout=30000)

    gc.unfreeze()  # (the app freezes the heap: count what it holds too)
    gc.collect()
    # (a village no other test names: pages of earlier tests in the same process do not count)
    left = [o for o in gc.get_objects() if type(o).__name__ == "Block" and "砚汀村" in getattr(o, "text", "")]
    assert not left, f"{len(left)} blocks of the replaced page are still alive"
    window.close()


def test_dialogs_opened_again_and_again_leave_no_widgets_under_the_window(qtbot, tmp_path):
    from gui_helpers import open_window, settle
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    page = tmp_path / "page.txt"
    page.write_text("青禾县召开会议\n本报讯（记者 林可舟）青禾县今天召开会议，会上讨论了许多事情。\n", encoding="utf-8")
    window = open_window(qtbot, [page])
    settle(qtbot, window)

    def widgets() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(QApplication.allWidgets())

    before = widgets()
    for show in (window.show_error_report, window.show_preferences, window.show_shortcuts):
        for _ in range(4):
            dialog = show()
            qtbot.waitExposed(dialog)
            dialog.reject()
            del dialog
    assert widgets() == before, "dialogs closed by the editor stay under the window"
    assert window.findChildren(QDialog) == [], [
        d.objectName() or type(d).__name__ for d in window.findChildren(QDialog)
    ]
    window.close()
