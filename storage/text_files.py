"""Reading an editor's text file (CSV lists) with the engine's encoding detection."""

from pathlib import Path

from storage.errors import StorageError


def read_text_file(path: Path) -> str:
    """The text of ``path`` as UTF-8, GBK/GB18030 or Big5 (Excel's choices on Chinese Windows).

    Raises StorageError with a sentence naming the file when it cannot be read or decoded.
    """
    from desktop.proofing.load import LoadError, decode_bytes

    try:
        data = path.read_bytes()
    except OSError as error:
        raise StorageError(f"无法读取“{path.name}”：{error.strerror or error}") from error
    try:
        text, _encoding = decode_bytes(path, data)
    except LoadError as error:
        raise StorageError(str(error)) from error
    return text
