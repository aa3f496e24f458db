"""A throwaway PostgreSQL server that only accepts TLS and scram-sha-256 passwords, with its own certificate authority.

The CA and the server certificate are made with ``openssl`` in the cluster's temporary folder; the
certificate names ``db.qinghe.test`` only, so a client that checks the host name (``verify-full``)
accepts the server only when it asks for that name (reaching it at 127.0.0.1 through ``hostaddr``).
Its database ``proofsheet`` belongs to the editor's role ``linkezhou``, which also made the tables: a desk
set up before the owner and editor roles existed (``proofsheet db init-roles`` takes it from there).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import ThrowawayCluster

CERTIFIED_HOST = "db.qinghe.test"
EDITOR = "linkezhou"
EDITOR_PASSWORD = "Qh-scram-林可舟-42"  # invented


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path, host: str = CERTIFIED_HOST) -> tuple[Path, Path, Path]:
    """A CA (``ca.crt``) and a server key and certificate it signed for ``host``."""
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Qinghe test CA",
             "-keyout", "ca.key", "-out", "ca.crt", cwd=folder)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={host}", "-keyout", "server.key",
             "-out", "server.csr", cwd=folder)  # fmt: skip
    (folder / "san.ext").write_text(f"subjectAltName=DNS:{host}\n", encoding="utf-8")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
             "-days", "2", "-extfile", "san.ext", "-out", "server.crt", cwd=folder)  # fmt: skip
    return folder / "ca.crt", folder / "server.crt", folder / "server.key"


class TlsCluster(ThrowawayCluster):
    def __init__(self) -> None:
        super().__init__()
        self.ca_file, certificate, key = make_certificates(self.folder)
        os.chmod(key, 0o600)
        if self.as_postgres:
            for path in (certificate, key):
                shutil.chown(path, "postgres")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8"
        )
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"ssl = on\nssl_cert_file = '{certificate}'\nssl_key_file = '{key}'\n")
            conf.write("password_encryption = 'scram-sha-256'\n")

    def start(self) -> None:
        super().start()
        sql = f"CREATE ROLE {EDITOR} LOGIN PASSWORD '{EDITOR_PASSWORD}'; CREATE DATABASE proofsheet OWNER {EDITOR};"
        psql = [str(self.bin / "psql"), "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", "-c"]
        for statement in sql.split("; "):
            command = [*psql, statement.rstrip(";")]
            if self.as_postgres:
                command = ["su", "postgres", "-c", shlex.join(command)]
            subprocess.run(command, check=True, capture_output=True, timeout=60)
        # The tables, made as the editors' role as older versions of the app made them (it owns them).
        from storage import migrate

        migrate.upgrade(self.socket_url(EDITOR, "proofsheet"))


@pytest.fixture
def tls_cluster() -> Iterator[TlsCluster]:
    cluster = TlsCluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.remove()
