"""Export writes: atomic, never over an existing file unless asked, clear errors on real failures."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.export import ExportCancelled, ExportError, ExportOptions, export_document
from desktop.export.atomic import rename_no_clobber, write_atomically
from desktop.proofing.model import Block, Document, Role

OPTIONS = ExportOptions(
    edition_date=dt.date(2020, 9, 16), page_number=2, timestamp=dt.datetime(2020, 9, 16, tzinfo=dt.UTC)
)


def small_page() -> Document:
    return Document(
        (
            Block(0, "第一篇标题", Role.HEADLINE, True, origin=(0,)),
            Block(1, "第一篇正文。" * 40, origin=(1,)),
            Block(2, "第二篇标题", Role.HEADLINE, True, origin=(2,)),
            Block(3, "第二篇正文。" * 40, origin=(3,)),
        )
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~proofsheet"))


def test_existing_files_are_never_overwritten_without_overwrite(tmp_path: Path):
    first = export_document(small_page(), tmp_path, OPTIONS)
    assert [p.name for p in first] == [
        "20200916-02-00-page.docx",
        "20200916-02-01-di-yi-pian-biao-ti.docx",
        "20200916-02-02-di-er-pian-biao-ti.docx",
    ]
    first[1].write_bytes(b"the desk's own version")
    first[0].unlink()
    with pytest.raises(ExportError) as failure:
        export_document(small_page(), tmp_path, OPTIONS)
    assert first[1].name in str(failure.value) and "已存在" in str(failure.value)
    assert first[1].read_bytes() == b"the desk's own version"
    assert not first[0].exists()  # checked before anything was written
    assert leftovers(tmp_path) == []

    export_document(small_page(), tmp_path, ExportOptions(**{**_fields(OPTIONS), "overwrite": True}))
    assert first[1].read_bytes().startswith(b"PK")


def _fields(options: ExportOptions) -> dict:
    return {name: getattr(options, name) for name in options.__dataclass_fields__}


def test_a_target_that_appears_during_the_write_is_not_replaced(tmp_path: Path):
    target = tmp_path / "x.docx"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="已存在"):
        write_atomically(target, b"new", overwrite=False)
    # the final rename itself refuses a target that appeared after the checks
    temporary = tmp_path / ".~proofsheet-x.tmp"
    temporary.write_bytes(b"new")
    with pytest.raises(FileExistsError):
        rename_no_clobber(temporary, target)
    assert target.read_bytes() == b"old"
    temporary.unlink()
    assert leftovers(tmp_path) == []


def test_a_read_only_file_is_not_overwritten(tmp_path: Path):
    [path] = export_document(small_page(), tmp_path, OPTIONS, per_article=False)
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError, match="只读") as failure:
            export_document(
                small_page(), tmp_path, ExportOptions(**{**_fields(OPTIONS), "overwrite": True}), per_article=False
            )
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert path.name in str(failure.value)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_file_open_in_word_is_reported(tmp_path: Path):
    [path] = export_document(small_page(), tmp_path, OPTIONS, per_article=False)
    (tmp_path / ("~$" + path.name[2:])).write_bytes(b"owner file Word keeps while the document is open")
    with pytest.raises(ExportError, match="Word") as failure:
        export_document(
            small_page(), tmp_path, ExportOptions(**{**_fields(OPTIONS), "overwrite": True}), per_article=False
        )
    assert path.name in str(failure.value)


def test_a_file_open_in_libreoffice_is_reported(tmp_path: Path):
    [path] = export_document(small_page(), tmp_path, OPTIONS, per_article=False)
    (tmp_path / f".~lock.{path.name}#").write_text("editor,host,2020-09-16", encoding="utf-8")
    with pytest.raises(ExportError, match="LibreOffice"):
        export_document(
            small_page(), tmp_path, ExportOptions(**{**_fields(OPTIONS), "overwrite": True}), per_article=False
        )


def test_a_cancel_event_stops_the_batch(tmp_path: Path):
    import threading

    cancel = threading.Event()
    written = []

    def on_progress(done: int, total: int, path: Path) -> None:
        written.append(path)
        cancel.set()  # the editor presses Cancel while the first file is being written

    with pytest.raises(ExportCancelled) as cancelled:
        export_document(small_page(), tmp_path, OPTIONS, progress=on_progress, should_cancel=cancel)
    assert list(cancelled.value.written) == written and len(written) == 1
    assert [p.name for p in tmp_path.iterdir()] == [written[0].name]


def test_a_missing_folder_is_reported(tmp_path: Path):
    with pytest.raises(ExportError, match="不存在"):
        export_document(small_page(), tmp_path / "gone", OPTIONS)


# The next two run the export in a child process with a real operating-system limit.
CHILD = """
import datetime as dt, sys
from desktop.export import ExportCancelled, ExportError, ExportOptions, export_document
from desktop.proofing.model import Block, Document, Role
page = Document((Block(0, "标题", Role.HEADLINE, True, origin=(0,)), Block(1, "正文。" * 4000, origin=(1,))))
try:
    export_document(page, sys.argv[1], ExportOptions(edition_date=dt.date(2020, 9, 16)), per_article=False)
except ExportError as error:
    print(error)
    sys.exit(3)
"""


def run_child(folder: Path, prefix: list[str], preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-c", CHILD, str(folder)],
        capture_output=True,
        text=True,
        preexec_fn=preexec,
        env={**os.environ, "PROOFSHEET_HOME": str(folder.parent / "home")},
        timeout=120,
        check=False,
    )


def test_a_read_only_folder_gives_a_clear_error_and_no_file(tmp_path: Path):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    folder.chmod(0o555)
    # root ignores permission bits; drop the capability that lets it, so the folder is really read-only
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    try:
        result = run_child(folder, prefix)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3, result.stderr
    assert "20200916-01-00-page.docx" in result.stdout and "权限" in result.stdout
    assert list(folder.iterdir()) == []


def test_a_full_disk_gives_a_clear_error_and_no_half_written_file(tmp_path: Path):
    import resource

    folder = tmp_path / "out"
    folder.mkdir()

    def limit_file_size() -> None:
        # writes past 4 KiB fail with EFBIG, as a full disk fails with ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = run_child(folder, [], preexec=limit_file_size)
    assert result.returncode == 3, result.stderr
    assert "20200916-01-00-page.docx" in result.stdout and "磁盘空间不足" in result.stdout
    assert list(folder.iterdir()) == []


def test_a_folder_that_disappears_during_the_batch_is_reported(tmp_path: Path):
    import shutil

    folder = tmp_path / "share"
    folder.mkdir()

    def unplug(done: int, total: int, path: Path) -> None:
        shutil.rmtree(folder)  # the network share goes away after the first file

    with pytest.raises(ExportError, match="不存在") as failure:
        export_document(small_page(), folder, OPTIONS, progress=unplug)
    assert "20200916-02-01-di-yi-pian-biao-ti.docx" in str(failure.value)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)], ids=oct)
def test_fix_and_export_write_files_with_the_users_umask(tmp_path: Path, umask: int, mode: int):
    """Colleagues on a shared desk folder read what the CLI wrote, as the user's umask allows (not mkstemp's 0600)."""
    page = tmp_path / "page.txt"
    page.write_text("青禾县召开秋粮收购会议\n\n本报讯（记者 林可舟）青禾县召开会议，部署秋粮收购。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    cleaned = out / "cleaned.txt"
    cleaned.write_text("an older version, replaced by fix", encoding="utf-8")
    cleaned.chmod(0o600)
    commands = (
        ["fix", str(page), "-o", str(cleaned)],
        ["export", str(page), "-o", str(out), "--edition", "2020-09-16", "--page-number", "2"],
        ["export", str(page), "-o", str(out), "--edition", "2020-09-16", "--page-number", "2", "--overwrite"],
    )
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *command],
            capture_output=True,
            text=True,
            timeout=120,
            umask=umask,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert result.returncode == 0, result.stderr
    written = sorted(out.iterdir())
    assert [p.name for p in written if p.suffix == ".docx"] and cleaned in written
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in written} == {p.name: mode for p in written}
