"""The edition date a page's file name carries (``liaocheng-2020-09-16.txt``), for the engine and the export."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_source_name(name: str) -> dt.date | None:
    """The edition date written in a file name like ``liaocheng-2020-09-16.txt``, if any."""
    for match in _DATE_IN_NAME.finditer(PurePath(name.replace("\\", "/")).name):
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None
