"""Writing a file so that it is either complete or not there at all.

The bytes go to a temporary file in the target's folder (same volume, so the
final rename is atomic), are flushed to disk, and only then take the target's
name.  Without ``overwrite`` the rename refuses an existing target even if it
appeared in the meantime.  Every failure becomes an ``ExportError`` naming the
file, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from desktop.export.errors import ExportError

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}
# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_ACCESS_DENIED.
_WINDOWS_LOCKED = {32, 33, 5}


def owner_lock_files(target: Path) -> list[Path]:
    """Lock files that Word/WPS (``~$…``) and LibreOffice (``.~lock.…#``) keep next to an open document."""
    name = target.name
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [target.with_name(candidate) for candidate in sorted(candidates) if target.with_name(candidate).exists()]


def check_target(target: Path, *, overwrite: bool) -> None:
    """Refuse a target that cannot or must not be replaced, before anything is written."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(target, f"目标文件夹“{folder}”不存在。")
    if not target.exists() and not target.is_symlink():
        return
    if target.is_dir():
        raise ExportError(target, "已有同名的文件夹。")
    if not overwrite:
        raise ExportError(target, "文件已存在；确认覆盖（--overwrite）后再导出。")
    if not target.stat().st_mode & stat.S_IWUSR:
        raise ExportError(target, "文件是只读的，不能覆盖。")
    if owner_lock_files(target):
        raise ExportError(target, "文件正在 Word、WPS 或 LibreOffice 中打开，请先关闭它。")


def create_temporary(folder: Path, prefix: str) -> tuple[int, Path]:
    """A new empty file in ``folder`` (open for writing) with the mode the user's umask gives new files.

    Not ``mkstemp``: its files are the owner's only (0600), and renamed into place they keep that mode,
    so colleagues on a shared desk folder could not open a page written there.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = folder / f"{prefix}{secrets.token_hex(6)}.tmp"
        try:
            return os.open(path, flags, 0o666), path  # the kernel applies the umask
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "没有可用的临时文件名", str(folder))


def write_atomically(target: Path, data: bytes, *, overwrite: bool) -> None:
    check_target(target, overwrite=overwrite)
    try:
        handle, temporary = create_temporary(target.parent, ".~proofsheet-")
    except OSError as error:
        raise ExportError(target, describe_os_error(error)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            rename_no_clobber(temporary, target)
    except FileExistsError:
        _remove_quietly(temporary)
        raise ExportError(target, "文件已存在；确认覆盖（--overwrite）后再导出。") from None
    except OSError as error:
        _remove_quietly(temporary)
        raise ExportError(target, describe_os_error(error)) from None
    except BaseException:
        _remove_quietly(temporary)
        raise


def rename_no_clobber(source: Path, target: Path) -> None:
    if os.name == "nt":
        os.rename(source, target)  # fails when the target exists
        return
    try:
        os.link(source, target)  # fails when the target exists
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        # File systems without hard links (FAT, some shares): check, then replace.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(source, target)
        return
    os.unlink(source)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def describe_os_error(error: OSError) -> str:
    code = error.errno
    if code in _DISK_FULL:
        return "磁盘空间不足（或超出配额），文件没有写入。"
    if code == errno.EROFS:
        return "磁盘或文件夹是只读的。"
    if getattr(error, "winerror", None) in _WINDOWS_LOCKED or code in _NO_PERMISSION:
        return "没有写入权限：文件夹或文件是只读的，或文件正在 Word/WPS 中打开。"
    if code == errno.ENOENT:
        return "目标文件夹不存在（可能已被移走或删除）。"
    if code == errno.ENAMETOOLONG:
        return "路径太长，请选择层级更浅的文件夹。"
    return f"写入失败（{error.strerror or error}）。"
