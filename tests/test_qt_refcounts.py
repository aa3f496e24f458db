"""The Qt binding must not eat references: PySide6 6.12.0 dropped one from True at every Signal.emit().

On Python 3.11 True is an ordinary object, so after a few thousand emits (minutes of editing: every
analysis emits ``analysis_state_changed`` twice) the interpreter aborts with
"bool_dealloc: deallocating True or False".  Found by bench/soak.py; pyproject.toml excludes 6.12.0.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

from desktop.ui.document_controller import PAINT_FIRST_MS, DocumentController

EMITS = 500


class _Emitter(QObject):
    flag = Signal(bool)
    plain = Signal()


def test_emitting_signals_keeps_the_references_to_true_and_false():
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(EMITS):
        emitter.flag.emit(number % 2 == 0)
        emitter.plain.emit()
    received.clear()
    assert sys.getrefcount(True) >= true_before
    assert sys.getrefcount(False) >= false_before


def test_the_controller_analysing_again_and_again_keeps_the_reference_to_true(qtbot):
    from desktop.proofing.pipeline import document_from_text

    controller = DocumentController(analyser=lambda document: ())
    controller.load(document_from_text("标题\n正文第一段，写得很长很长。\n"), None)
    qtbot.waitUntil(lambda: controller.analysed_once and not controller.analysis_running)
    qtbot.wait(PAINT_FIRST_MS * 2)  # the heap is settled (a full collection) a moment after the findings
    gc.collect()  # garbage from before the loop must not count: its references to True go when it is collected
    before = sys.getrefcount(True)
    for _ in range(50):
        controller.analyse_now()  # emits analysis_state_changed(True), then (False) when done
        qtbot.waitUntil(lambda: not controller.analysis_running)
    assert sys.getrefcount(True) >= before
