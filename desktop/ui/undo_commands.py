"""Undo commands: one ``QUndoCommand`` per engine ``Edit``.

A command holds the engine edit itself; redo applies it and undo applies its
exact inverse, so undo/redo restore the page block for block.  Consecutive
typing in one paragraph becomes a single command: the controller extends the top
command itself (``absorb``) instead of letting Qt merge, because a command Qt
deletes after ``mergeWith`` stays alive on the Python side with its edit, for the
whole session (PySide6 never hears of the deletion: ~400 objects per page in the soak).  A batch of edits (fix all,
replace all) is one ``BatchCommand``: its edits are applied in order and undone in
reverse, and the views hear of the batch once, not once per edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from desktop.proofing.edits import Edit
from desktop.ui.translations import undo_label

ApplyEdit = Callable[[Edit], None]
ApplyEdits = Callable[[Sequence[Edit]], None]


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit, apply_edit: ApplyEdit, *, typing: bool = False) -> None:
        super().__init__(undo_label(edit.label))
        self.edit = edit
        self._apply_edit = apply_edit
        self._typing = typing

    def redo(self) -> None:
        self._apply_edit(self.edit)

    def undo(self) -> None:
        self._apply_edit(self.edit.inverse())

    def absorbs(self, edit: Edit) -> bool:
        """Can ``edit`` (more typing in the same paragraph) become part of this command?"""
        mine = self.edit
        return (
            self._typing
            and mine.start == edit.start
            and len(mine.new) == len(edit.old) == 1
            and mine.new[0].uid == edit.old[0].uid
            and mine.new == edit.old
        )

    def absorb(self, edit: Edit) -> None:
        """Make ``edit`` part of this command (the controller applies it; undo now reverts both)."""
        mine = self.edit
        self.edit = Edit(mine.kind, mine.label, mine.start, mine.old, edit.new)


class BatchCommand(QUndoCommand):
    """One undo step for a batch: redo applies its edits in order, undo their inverses in reverse order."""

    def __init__(self, label: str, edits: Sequence[Edit], apply_edits: ApplyEdits) -> None:
        super().__init__(undo_label(label))
        self.edits = tuple(edits)
        self._apply_edits = apply_edits

    def redo(self) -> None:
        self._apply_edits(self.edits)

    def undo(self) -> None:
        self._apply_edits([edit.inverse() for edit in reversed(self.edits)])


SetIgnored = Callable[[Sequence[str], bool], None]


class IgnoreCommand(QUndoCommand):
    """Ignoring findings (or taking an ignore back) as one undo step; the page's text does not change."""

    def __init__(self, label: str, keys: Sequence[str], set_ignored: SetIgnored, *, ignore: bool = True) -> None:
        super().__init__(undo_label(label))
        self.keys = tuple(keys)
        self._set_ignored = set_ignored
        self._ignore = ignore

    def redo(self) -> None:
        self._set_ignored(self.keys, self._ignore)

    def undo(self) -> None:
        self._set_ignored(self.keys, not self._ignore)


SetWhitelisted = Callable[[str, str, bool], None]


class WhitelistCommand(QUndoCommand):
    """加入白名单 as one undo step: the term is silenced for the desk (undo takes it off the whitelist)."""

    def __init__(self, label: str, term: str, check: str, set_whitelisted: SetWhitelisted) -> None:
        super().__init__(label)
        self.term, self.check = term, check
        self._set_whitelisted = set_whitelisted

    def redo(self) -> None:
        self._set_whitelisted(self.term, self.check, True)

    def undo(self) -> None:
        self._set_whitelisted(self.term, self.check, False)


SetStatus = Callable[[int, object], None]


class StatusCommand(QUndoCommand):
    """An article's status (已校 / 待校) as one undo step; the article is named by its first block's uid."""

    def __init__(self, label: str, uid: int, before: object, after: object, set_status: SetStatus) -> None:
        super().__init__(label)
        self.uid = uid
        self._before, self._after = before, after
        self._set_status = set_status

    def redo(self) -> None:
        self._set_status(self.uid, self._after)

    def undo(self) -> None:
        self._set_status(self.uid, self._before)
