"""The only place the UI calls into the engine's pipeline (imported lazily: it pulls in jieba)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.proofing.findings import Finding
from desktop.proofing.model import Article, Block, Document


def open_document(path: Path) -> Document:
    """Open another page (what the engine remembered of the lines of the last one is dropped)."""
    from desktop.proofing import pipeline

    pipeline.forget_lines()
    return pipeline.open_document(path)


def document_from_text(text: str, source_name: str = "", encoding: str = "utf-8") -> Document:
    from desktop.proofing import pipeline

    return pipeline.document_from_text(text, source_name, encoding)


def analyse(document: Document, archive: Any = None) -> tuple[Finding, ...]:
    """The page's findings against ``archive`` as ``proofsheet check`` sees it (without the page's own copy)."""
    from desktop.proofing.page_sources import analyse_with_sources

    return analyse_with_sources(document, page_digest(document), archive)


_digests: dict[tuple[str, int, int], str] = {}


def page_digest(document: Document) -> str | None:
    """The SHA-256 of the file the page was read from (as it is on disk now), None for a page from no file."""
    from desktop.proofing.page_sources import source_digest

    if not document.source_name:
        return None
    path = Path(document.source_name)
    try:
        status = path.stat()
        key = (str(path), status.st_mtime_ns, status.st_size)
        if key not in _digests:
            if len(_digests) > 64:
                _digests.clear()
            _digests[key] = source_digest(path.read_bytes())
    except OSError:
        return None
    return _digests[key]


def _for_page(document: Document, archive: Any) -> Any:
    from desktop.proofing.page_sources import archive_for_page

    return archive_for_page(archive, page_digest(document))


def byline_of(article: Article) -> str:
    try:
        from desktop.proofing import pipeline
    except ImportError:
        return article.byline_block_text or ""
    return pipeline.byline_of(article) or ""


def signing_credits(article: Article) -> tuple[Any, ...]:
    """The credits the article is signed with (``credits.Credit``: names, position, block), first one first."""
    from desktop.proofing.credits import signing_credits as credits_of

    return credits_of(article)


def credits_anywhere(article: Article) -> tuple[Any, ...]:
    """Every credit that signs the article wherever it stands (after a merge, one may stand mid-text)."""
    from desktop.proofing.credits import article_credits

    return article_credits(article)


def byline_names(document: Document) -> list[str]:
    """Every reporter name in the page's bylines, once each, in page order."""
    from desktop.proofing.credits import page_names

    return list(dict.fromkeys(name for names in page_names(document.articles()) for name in names))


def check_names() -> tuple[str, ...]:
    from desktop.proofing import pipeline

    return tuple(pipeline.CHECK_NAMES)


def warm_up() -> None:
    """Load the engine's segmenter (jieba's words, cached in the user's cache folder) and the checks."""
    from desktop.proofing import lexicon, pipeline  # noqa: F401

    lexicon.tokenizer()


def break_pieces(first_text: str, second_text: str) -> tuple[str, str]:
    """The word a broken line break cuts in two, as (end of the first line, start of the second).

    Uses the engine's junction segmentation (memoised during analysis); ("", "") when no word spans the break.
    """
    import sys

    lexicon = sys.modules.get("desktop.proofing.lexicon")
    if lexicon is None or not lexicon.is_loaded():
        return "", ""  # big pages are analysed in the helper process: never load jieba on the GUI thread

    word = lexicon.junction(first_text, second_text).spanning_word
    for cut in range(1, len(word)):
        if first_text.endswith(word[:cut]) and second_text.startswith(word[cut:]):
            return word[:cut], word[cut:]
    return "", ""


# --- big pages: the engine in a separate process --------------------------------------------------
# A thread shares the interpreter lock with the GUI; analysing a 1 MB page in one makes typing stutter.
# Pages above this size are opened and analysed in a helper process instead (started on first need).

PROCESS_THRESHOLD_CHARS = 200_000

_executor: Any = None
_process_archive: Any = None


def _process_pool() -> Any:
    global _executor
    if _executor is None:
        import atexit
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        _executor = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_exit_with_the_app
        )
        atexit.register(_executor.shutdown, wait=False, cancel_futures=True)
    return _executor


def _exit_with_the_app() -> None:
    """(In the helper) end when the app's process ends, however it ends.

    The pool's worker keeps both ends of its task pipe, so it never sees the app go: after a crash
    or a kill it would live on, holding a big page's memory, one more for every crashed session.
    """
    import multiprocessing
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-the-app", daemon=True).start()


def _archive_in_process() -> Any:
    global _process_archive
    if _process_archive is None:
        try:
            from storage.archive import open_default_archive

            _process_archive = open_default_archive() or False
        except Exception:
            _process_archive = False
    return _process_archive or None


CHUNK = 400  # items per pickled piece: each (un)pickling step holds the interpreter lock only briefly


def _pickled_chunks(items: Sequence[Any]) -> list[bytes]:
    import pickle

    return [
        pickle.dumps(tuple(items[i : i + CHUNK]), protocol=pickle.HIGHEST_PROTOCOL) for i in range(0, len(items), CHUNK)
    ]


def _unpickled_chunks(chunks: Sequence[bytes]) -> list[Any]:
    """The items of ``chunks`` (on a worker thread in the app, or in the helper process).

    Then the heap is settled (collected, the new long-lived page data frozen out of later
    collections) -- on the GUI thread's next collector tick when this runs in the app's worker:
    a collection there could free a cycle holding a Qt object off the GUI thread (``collector``).
    """
    import gc
    import pickle
    import time

    from desktop.ui.heap import settle_heap_where_safe

    items: list[Any] = []
    collecting = gc.isenabled()
    gc.disable()  # a full collection amid 10 000 new objects would hold the lock for ~50 ms
    try:
        for chunk in chunks:
            items.extend(pickle.loads(chunk))
            time.sleep(0)  # let the GUI thread take the lock between pieces
    finally:
        settle_heap_where_safe()
        if collecting:
            gc.enable()
    return items


# In the helper process: the page it analysed last and its findings, the base of the next re-analysis.
_helper_page: tuple[Document, tuple[Finding, ...]] | None = None


def _page_header(document: Document) -> Document:
    """The page without its blocks (source, encoding, recorded conventions): cheap to send between processes."""
    return document.with_blocks(())


def _tidy_helper() -> None:
    """(In the helper) the last page is done with: give back what it freed.

    Without this the helper grew by 5-15 MB with every big page (191 -> 246 MB over the 30-minute
    soak), glibc keeping the freed memory of the page before for reuse.
    """
    import gc

    from desktop.ui.heap import return_free_memory

    gc.collect()
    return_free_memory()


def _analyse_here(block_chunks: list[bytes], header: Document, lists: Any = None) -> list[bytes]:
    global _helper_page
    _helper_page = None  # (the page before is no longer the base of anything)
    _install(lists)
    document = header.with_blocks(_unpickled_chunks(block_chunks))
    findings = analyse(document, _archive_in_process())
    _helper_page = (document, findings)
    answer = _pickled_chunks(findings)
    _tidy_helper()
    return answer


def _install(lists: Any) -> None:
    """(In the helper) the desk's lists the app installed (a separate process has its own engine state)."""
    if lists is not None:
        from desktop.proofing import desk_lists

        desk_lists.install(lists)


def _reanalyse_here(
    start: int, old_end: int, new_blocks: tuple[Block, ...], lists: Any = None
) -> bytes | list[bytes] | None:
    """Re-analyse the helper's last page with blocks ``start..old_end`` replaced; None if it has no page.

    The answer is the pickled ``incremental.Delta``, or all findings in pickled chunks when
    the edit made the whole page change.
    """
    global _helper_page
    import pickle

    from desktop.proofing import incremental

    _install(lists)
    if _helper_page is None:
        return None
    previous, findings = _helper_page
    blocks = previous.blocks[:start] + new_blocks + previous.blocks[old_end:]
    document = previous.with_blocks(blocks)
    delta = incremental.reanalysis_delta(previous, document, _for_page(document, _archive_in_process()))
    _helper_page = (document, incremental.apply_delta(findings, delta))
    if delta.full:
        return _pickled_chunks(_helper_page[1])
    return pickle.dumps(delta, protocol=pickle.HIGHEST_PROTOCOL)


def _open_here(path: Path) -> tuple[list[bytes], Document]:
    global _helper_page
    _helper_page = None  # another page: the last one's findings are no base for it
    _tidy_helper()
    document = open_document(path)
    return _pickled_chunks(document.blocks), _page_header(document)


def _lists() -> Any:
    from desktop.proofing import desk_lists

    return desk_lists.current()


def is_big(document: Document) -> bool:
    return sum(len(block.text) for block in document.blocks) > PROCESS_THRESHOLD_CHARS


def analyse_page(document: Document, archive: Any = None) -> tuple[Finding, ...]:
    """Analyse on the calling worker thread, or in the helper process for a big page."""
    global _in_helper
    if is_big(document):
        chunks = _pickled_chunks(document.blocks)
        result = _process_pool().submit(_analyse_here, chunks, _page_header(document), _lists()).result()
        _in_helper = document
        return tuple(_unpickled_chunks(result))
    return analyse(document, archive)


_in_helper: Document | None = None  # (GUI side) the page the helper process analysed last


def reanalyse_page(
    previous_document: Document, previous_findings: Sequence[Finding], document: Document, archive: Any = None
) -> tuple[Finding, ...]:
    """The findings of ``document`` after edits to ``previous_document`` (whose findings are given).

    Only the articles the edits touched are checked again (``incremental``).  A big page
    is re-analysed in the helper process, which keeps the previous page: only the
    changed blocks go there and only the changed findings come back.
    """
    from desktop.proofing import incremental

    global _in_helper
    if not is_big(document):
        return incremental.reanalyse(previous_document, previous_findings, document, _for_page(document, archive))
    changed = incremental.changed_range(previous_document.blocks, document.blocks)
    if _in_helper is previous_document and changed is not None:
        import pickle

        start, end = changed
        old_end = end - len(document.blocks) + len(previous_document.blocks)
        answer = _process_pool().submit(_reanalyse_here, start, old_end, document.blocks[start:end], _lists()).result()
        if isinstance(answer, list):
            _in_helper = document
            return tuple(_unpickled_chunks(answer))
        if answer is not None:
            _in_helper = document
            return incremental.apply_delta(previous_findings, pickle.loads(answer))
    return analyse_page(document, archive)


def open_page(path: Path) -> Document:
    """Open a page on the calling worker thread, or in the helper process when the file is big."""
    global _in_helper
    _in_helper = None  # (another page: the last big one, 8,000 blocks and more, is nobody's base any more)
    try:
        big = path.stat().st_size > PROCESS_THRESHOLD_CHARS * 2
    except OSError:
        big = False
    if big:
        chunks, header = _process_pool().submit(_open_here, path).result()
        return header.with_blocks(_unpickled_chunks(chunks))
    return open_document(path)
