"""Undo commands: one ``QUndoCommand`` per engine ``Edit``.

A command holds the engine edit itself; redo applies it and undo applies its
exact inverse, so undo/redo restore the page block for block.  Consecutive
typing in one paragraph merges into a single command.  A batch of edits (fix all,
replace all) is one ``BatchCommand``: its edits are applied in order and undone in
reverse, and the views hear of the batch once, not once per edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from desktop.proofing.edits import Edit

TYPING_COMMAND_ID = 1001

ApplyEdit = Callable[[Edit], None]
ApplyEdits = Callable[[Sequence[Edit]], None]


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit, apply_edit: ApplyEdit, *, typing: bool = False) -> None:
        super().__init__(edit.label)
        self.edit = edit
        self._apply_edit = apply_edit
        self._typing = typing

    def redo(self) -> None:
        self._apply_edit(self.edit)

    def undo(self) -> None:
        self._apply_edit(self.edit.inverse())

    def id(self) -> int:
        return TYPING_COMMAND_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditCommand) or not other._typing:
            return False
        mine, theirs = self.edit, other.edit
        same_block = (
            mine.start == theirs.start
            and len(mine.new) == len(theirs.old) == 1
            and mine.new[0].uid == theirs.old[0].uid
            and mine.new == theirs.old
        )
        if not same_block:
            return False
        self.edit = Edit(mine.kind, mine.label, mine.start, mine.old, theirs.new)
        return True


class BatchCommand(QUndoCommand):
    """One undo step for a batch: redo applies its edits in order, undo their inverses in reverse order."""

    def __init__(self, label: str, edits: Sequence[Edit], apply_edits: ApplyEdits) -> None:
        super().__init__(label)
        self.edits = tuple(edits)
        self._apply_edits = apply_edits

    def redo(self) -> None:
        self._apply_edits(self.edits)

    def undo(self) -> None:
        self._apply_edits([edit.inverse() for edit in reversed(self.edits)])
