"""A fitted model whose weights ship as data in ``resources/``: read once, replaceable by a test or a fit."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop import paths

Model = TypeVar("Model")


class ShippedWeights(Generic[Model]):
    """The model in ``resources/<parts>``; ``default()`` when the file is not there (the engine stands without it)."""

    def __init__(
        self,
        parts: tuple[str, ...],
        from_json: Callable[[Mapping[str, Any]], Model],
        default: Callable[[], Model],
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self._parts = parts
        self._from_json = from_json
        self._default = default
        self._on_change = on_change  # (what was worked out with the model before: forget it)
        self._current: list[Model] = []

    def path(self) -> Path:
        return paths.resource(*self._parts)

    def load(self, path: Path | None = None) -> Model:
        """The model in ``path`` (the shipped weights by default)."""
        return self._from_json(json.loads((path or self.path()).read_text(encoding="utf-8")))

    def current(self) -> Model:
        """The shipped model, read once."""
        if not self._current:
            try:
                self._current.append(self.load())
            except FileNotFoundError:
                self._current.append(self._default())
        return self._current[0]

    def use(self, model: Model | None) -> None:
        """Make ``model`` the one in use (None: read the shipped file again)."""
        self._current[:] = [model] if model is not None else []
        self._on_change()
