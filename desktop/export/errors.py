"""The one exception the export raises: a sentence for the editor that names the file."""

from __future__ import annotations

from pathlib import Path


class ExportError(Exception):
    """A file could not be exported; ``str(error)`` is the message to show."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"无法导出“{self.path}”：{problem}")


class ExportCancelled(Exception):
    """The editor cancelled a batch export; files already written stay complete."""

    def __init__(self, written: tuple[Path, ...]) -> None:
        self.written = written
        super().__init__(f"导出已取消，已写入 {len(written)} 个文件。")
