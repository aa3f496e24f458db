"""Big pages go through the helper process and must come back exactly as the engine makes them."""

from __future__ import annotations

from desktop.proofing.pipeline import analyse, open_document
from desktop.ui import engine_gateway


def test_a_big_page_opened_and_analysed_in_the_helper_process_equals_the_engine(tmp_path, sample_text):
    big = tmp_path / "big.txt"
    copies = engine_gateway.PROCESS_THRESHOLD_CHARS * 3 // len(sample_text) + 1
    big.write_text(sample_text * copies, encoding="utf-8")

    here = open_document(big)
    there = engine_gateway.open_page(big)
    assert engine_gateway.is_big(there)
    assert there == here
    assert there.conventions is not None
    assert there.conventions == here.conventions
    assert engine_gateway.analyse_page(there) == analyse(here)
