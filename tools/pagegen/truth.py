"""The article record of docs/page-truth.md and the label of one laid-out line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal, NamedTuple

Part = Literal["chrome", "kicker", "headline", "subtitle", "top_credit", "caption", "body", "end_credit", "trailer"]
PARTS: tuple[str, ...] = (
    "chrome",
    "kicker",
    "headline",
    "subtitle",
    "top_credit",
    "caption",
    "body",
    "end_credit",
    "trailer",
)
TITLE_PARTS = frozenset({"kicker", "headline", "subtitle"})
CREDIT_POSITIONS = ("first_paragraph", "top_line", "end", "end_own_line", "caption", "none")


@dataclass(frozen=True)
class ArticleRecord:
    """One article as printed; lists are tuples so that a record is hashable and cannot change."""

    id: str
    paper: str
    headline: tuple[str, ...]
    paragraphs: tuple[str, ...]
    url: str = ""
    date: str | None = None
    seen_as: str = "epaper"
    chrome_before: tuple[str, ...] = ()
    chrome_after: tuple[str, ...] = ()
    kicker: str | None = None
    column_title: bool = False
    subtitle: str | None = None
    top_credit: tuple[str, ...] = ()
    captions_before: tuple[str, ...] = ()
    caption_paragraphs: tuple[int, ...] = ()
    end_credit: tuple[str, ...] = ()
    trailer: tuple[str, ...] = ()
    credit_position: str = "none"
    credit_text: str | None = None
    names: tuple[str, ...] = ()
    signed: bool = False
    truncated: bool = False  # real records: the source stopped before the end (left out of byline measures)
    split: str = ""  # real records: "dev" (may be looked at) or "heldout" (never tuned on)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleRecord:
        """Read a record; unknown keys are ignored, a headline given as one string is one line."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if isinstance(value, list):
                value = tuple(value)
            values[key] = value
        if isinstance(values.get("headline"), str):
            values["headline"] = (values["headline"],)
        values.setdefault("paragraphs", ())
        values.setdefault("headline", ())
        if values.get("url") is None:
            values["url"] = ""
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(self).items()}


class LineLabel(NamedTuple):
    """What one non-blank line of a laid-out page is: ``article`` is None for page chrome."""

    article: int | None
    part: str
    continues: bool


def load_records(path: Path | str) -> list[ArticleRecord]:
    """Records from a folder of ``*.json`` (each an object or a list of objects), a ``.json`` or a ``.jsonl``."""
    path = Path(path)
    if path.is_dir():
        records: list[ArticleRecord] = []
        for file in sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl")):
            records += load_records(file)
        return records
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [ArticleRecord.from_json(json.loads(line)) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    items = data if isinstance(data, list) else [data]
    return [ArticleRecord.from_json(item) for item in items]


def save_records(records: list[ArticleRecord], path: Path | str) -> None:
    """Write records as JSON lines (UTF-8, characters as they are)."""
    lines = [json.dumps(record.to_json(), ensure_ascii=False) for record in records]
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
