"""Who is working: the name the editor gave in Preferences (the author of tracked changes), else the
operating-system user.  Every revision, export and archived headline records it (no Qt, no database)."""

from __future__ import annotations

import getpass


def os_user() -> str:
    """The operating-system user's login name ("" when the system cannot say)."""
    try:
        return getpass.getuser().strip()
    except Exception:  # no USER/LOGNAME and no password entry (a bare container): nobody to name
        return ""


def editor_identity(preferred: str = "") -> str:
    """``preferred`` (the name from Preferences) when given, else the operating-system user."""
    return preferred.strip()[:200] or os_user()
