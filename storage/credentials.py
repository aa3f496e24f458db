"""The newsroom server's connection settings, and its password kept out of our files.

A PostgreSQL connection is remembered as a URL *without* a password
(``postgresql+psycopg://editor@db.newsroom:5432/proofsheet?sslmode=require``); the password lives in
the operating system's credential store through ``keyring`` (Windows Credential Manager, macOS
Keychain, Secret Service on Linux).  Where no usable store exists the password is not kept at all:
libpq's own means (a pgpass file, Kerberos/SSPI, client certificates) supply it.

No SQLAlchemy here, so that ``storage.db_location`` stays light.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Proofsheet database"
DEFAULT_PORT = 5432
DEFAULT_DRIVER = "postgresql+psycopg"
# The TLS choices offered in Preferences; libpq's sslmode names.
TLS_MODES = ("disable", "require", "verify-full")
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1", "[::1]"})
NO_STORE_SENTENCE = "no usable credential store on this machine: give libpq the password in a pgpass file"

_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-z][a-z0-9+.\-]*://[^:/@\s]*):(?P<password>[^@\s]*)@", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _PASSWORD_IN_URL.sub(lambda match: f"{match.group('head')}:***@", text)


def is_local_host(host: str) -> bool:
    return host.strip().lower() in LOCAL_HOSTS or host.startswith("/")


def default_tls_mode(host: str) -> str:
    """``require`` for any host that is not this machine; the local server may go without TLS."""
    return "disable" if is_local_host(host) else "require"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Where the newsroom's PostgreSQL is and how to reach it; never the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "proofsheet"
    user: str = ""
    tls: str = ""  # one of TLS_MODES; "" means the default for the host
    ca_file: str = ""
    driver: str = DEFAULT_DRIVER
    extra: tuple[tuple[str, str], ...] = ()  # other query parameters of a URL the desk wrote by hand

    @property
    def tls_mode(self) -> str:
        return self.tls or default_tls_mode(self.host)

    @property
    def account(self) -> str:
        """The name the password is filed under in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self) -> str:
        """The connection URL, with TLS settings and without any password."""
        netloc = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host
        netloc += f"{host}:{self.port}"
        query = [(k, v) for k, v in self.extra if k not in {"sslmode", "sslrootcert", "password"}]
        if self.tls or not is_local_host(self.host):
            query.append(("sslmode", self.tls_mode))
        if self.ca_file and self.tls_mode == "verify-full":
            query.append(("sslrootcert", self.ca_file))
        return f"{self.driver}://{netloc}/{quote(self.database, safe='')}?{urlencode(query)}"


def is_postgres_url(url: str) -> bool:
    return url.strip().lower().startswith("postgres")


def split_url(url: str) -> tuple[ServerSettings, str | None]:
    """A PostgreSQL URL as its settings and the password it carried (None when it had none)."""
    parts = urlsplit(url.strip())
    query = parse_qsl(parts.query, keep_blank_values=True)
    values = dict(query)
    driver = parts.scheme if "+" in parts.scheme else DEFAULT_DRIVER
    password = unquote(parts.password) if parts.password is not None else values.get("password")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    sslmode = values.get("sslmode", "")
    server = ServerSettings(
        host=parts.hostname or "",
        port=port,
        database=unquote(parts.path.lstrip("/")) or "proofsheet",
        user=unquote(parts.username or ""),
        tls=sslmode if sslmode else "",
        ca_file=values.get("sslrootcert", ""),
        driver=driver,
        extra=tuple((k, v) for k, v in query if k not in {"sslmode", "sslrootcert", "password"}),
    )
    return server, password or None


def with_tls(server: ServerSettings, tls: str, ca_file: str = "") -> ServerSettings:
    return replace(server, tls=tls, ca_file=ca_file)


def _credential_store() -> Any:
    """The ``keyring`` backend when one can really keep secrets on this machine, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as failure:  # a broken backend configuration: behave as if there were none
        log.warning("credential store unavailable: %s", failure)
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith("backends.null"):
        return None
    return backend


def credential_store_available() -> bool:
    return _credential_store() is not None


def save_password(server: ServerSettings, password: str) -> bool:
    """File ``password`` for ``server`` in the credential store; False when there is no usable store."""
    store = _credential_store()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, server.account, password)
    except Exception as failure:  # locked or refusing store: the caller falls back to libpq's means
        log.warning("could not keep the database password in the credential store: %s", type(failure).__name__)
        return False
    return True


def stored_password(server: ServerSettings) -> str | None:
    store = _credential_store()
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, server.account)
    except Exception as failure:
        log.warning("could not read the database password from the credential store: %s", type(failure).__name__)
        return None


def forget_password(server: ServerSettings) -> None:
    store = _credential_store()
    if store is None:
        return
    try:
        store.delete_password(KEYRING_SERVICE, server.account)
    except Exception:  # nothing filed under that name: nothing to forget
        return


def without_password(url: str) -> tuple[str, bool]:
    """``url`` rewritten without its password, which goes to the credential store.

    Returns the new URL and whether the password is kept (False: it had none, or there is no store and
    libpq's pgpass must supply it).
    """
    if not is_postgres_url(url):
        return url, False
    server, password = split_url(url)
    if password is None:
        return url, False
    kept = save_password(server, password)
    if not kept:
        log.warning("database password dropped from the settings: %s", NO_STORE_SENTENCE)
    return server.url(), kept
