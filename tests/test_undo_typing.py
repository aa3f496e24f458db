"""Typing in one paragraph is one undo step and leaves no command behind (nor does a closed page)."""

from __future__ import annotations

import gc

import pytest
from gui_helpers import open_replacing, open_window, settle, type_text

from desktop.paths import sample_page
from desktop.ui.undo_commands import EditCommand


@pytest.fixture
def window(qtbot):
    main = open_window(qtbot)
    settle(qtbot, main)
    yield main
    main.close()


def _live_edit_commands() -> int:
    gc.collect()
    return sum(isinstance(thing, EditCommand) for thing in gc.get_objects())


def test_typing_is_one_step_and_no_command_outlives_its_page(window, qtbot):
    controller = window.controller
    opened = controller.document
    body = window.editor.body
    window.editor.show_article(0)
    body.setFocus()
    body.place_cursor(1, 0)
    steps = controller.undo_stack.count()

    type_text(body, "据悉此次会议规模空前")
    assert controller.undo_stack.count() == steps + 1, "ten keystrokes in one paragraph are one undo step"
    # Qt's own merging (mergeWith) deleted nine commands that stayed alive in Python with their edits
    assert _live_edit_commands() == 1, "no keystroke leaves a command behind"
    typed = controller.document
    assert typed != opened
    controller.undo_stack.undo()
    assert controller.document == opened
    controller.undo_stack.redo()
    assert controller.document == typed
    controller.undo_stack.undo()
    type_text(body, "另起")  # typing after an undo starts a new step (nothing left to redo)
    assert controller.undo_stack.count() == steps + 1
    settle(qtbot, window)

    open_replacing(window, qtbot, sample_page())  # the page again, from its text: the stack is cleared
    qtbot.waitUntil(lambda: controller.analysed_once and controller.undo_stack.count() == 0)
    assert _live_edit_commands() == 0
