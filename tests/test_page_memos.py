"""Opening another page drops every memo the engine keeps about the last page (its lines, blocks and articles)."""

from __future__ import annotations

import sys

from desktop.proofing import pipeline

KEPT = {  # nothing of the page: (check, features) -> confidence, and the desk's lists made ready for matching
    "desktop.proofing.calibration._confidence",
    "desktop.proofing.checks.people._cached_listing",
    "desktop.proofing.checks.term_match._term_list",
    "desktop.proofing.homophones.readings",  # a character's readings: nothing of the page
}


def _bounded_memos() -> dict[str, object]:
    """Every bounded ``functools.lru_cache`` of the engine, by its qualified name."""
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("desktop.proofing"):
            continue
        for value in list(vars(module).values()):
            candidates = [value, *vars(value).values()] if isinstance(value, type) else [value]
            for candidate in candidates:
                info = getattr(candidate, "cache_info", None)
                if callable(info) and info().maxsize is not None and getattr(candidate, "__module__", "") == name:
                    found[f"{name}.{candidate.__qualname__}"] = candidate
    return found


def test_forget_lines_empties_every_memo_of_the_last_page(sample_text):
    document = pipeline.document_from_text(sample_text)
    pipeline.analyse(document)
    edited = document.with_blocks(document.blocks[1:])
    from desktop.proofing import incremental

    incremental.reanalyse(document, pipeline.analyse(document), edited)
    memos = _bounded_memos()
    filled = {name for name, memo in memos.items() if memo.cache_info().currsize}
    assert "desktop.proofing.incremental._articles" in filled and "desktop.proofing.chrome.is_chrome_line" in filled
    assert incremental._last_page
    pipeline.forget_lines()
    assert not incremental._last_page
    left = {name for name, memo in memos.items() if memo.cache_info().currsize and name not in KEPT}
    assert left == set(), f"memos still holding the last page: {sorted(left)}"
