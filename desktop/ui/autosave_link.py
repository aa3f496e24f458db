"""The controller's link to the autosave (no Qt): what to send to the database thread, when to retry.

Recordings (page opened, edits applied) are tasks for the database thread, sent in order.
While the first analysis of a page runs they are held, so the database does not compete
with it for the interpreter; the queue keeps the order, so nothing is lost or reordered.
Each recording reports the autosave queue's ``AutosaveState``; while saves wait and can be
retried, the controller retries them after a back-off (the last delay repeats).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.ui.autosave_queue import AutosaveState

Task = Callable[[], object]

# Waits before retrying saves the database refused (the last one repeats): no busy loop, and a
# database back after a minute's outage is written to within half a minute.
AUTOSAVE_RETRY_MS = (1000, 2000, 5000, 10000, 30000)


@dataclass(frozen=True, slots=True)
class Reaction:
    """What the controller does after a recording reported: tell the views, (re)start or stop the retry timer."""

    changed: bool = False  # the state the views show changed (emit it)
    retry_in_ms: int | None = None  # start the retry timer
    stop_retry: bool = False


class AutosaveLink:
    def __init__(self, retry_ms: tuple[int, ...] = AUTOSAVE_RETRY_MS) -> None:
        self.retry_ms = retry_ms
        self.state = AutosaveState()
        self.holding = False
        self._held: list[Task] = []
        self._heard = False  # no recording has reported yet: the status bar shows nothing
        self._attempt = 0  # failed retries in a row: picks the next wait from retry_ms
        self.flush_running = False

    def hold(self) -> None:
        self.holding = True

    def record(self, task: Task) -> list[Task]:
        """The tasks to send to the database thread now (none while held)."""
        if self.holding:
            self._held.append(task)
            return []
        return [task]

    def release(self) -> list[Task]:
        """Stop holding: the held tasks, in order, to send now."""
        self.holding = False
        held, self._held = self._held, []
        return held

    def reported(self, state: object, *, retry_pending: bool) -> Reaction:
        """A recording finished on the database thread; ``state`` is its queue's state (None without one).

        ``retry_pending``: the retry timer is running already.
        """
        if not isinstance(state, AutosaveState):
            return Reaction()
        changed = state != self.state or not self._heard
        if changed:
            self._heard = True
            self.state = state
        if state.saved or not state.retryable:
            self._attempt = 0
            return Reaction(changed, stop_retry=True)
        if retry_pending or self.flush_running:
            return Reaction(changed)
        delays = self.retry_ms
        delay = delays[min(self._attempt, len(delays) - 1)]
        self._attempt += 1
        return Reaction(changed, retry_in_ms=delay)

    def start_flush(self) -> bool:
        """A retry of the waiting saves starts (False: one is running already)."""
        if self.flush_running:
            return False
        self.flush_running = True
        return True

    def flush_ended(self) -> None:
        self.flush_running = False
