"""A throwaway PostgreSQL cluster a test can stop and start again (the shared test server must stay up).

``initdb`` + ``pg_ctl`` from ``/usr/lib/postgresql/*/bin`` on a free loopback port, in a
temporary folder; as root the server runs as user ``postgres`` (it refuses to run as root).
Skip rules as in ``storage_fixtures``: without PostgreSQL binaries the test is skipped
outside CI and fails in CI (``CI=true``).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_fixtures import missing_outside_ci


def postgres_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    missing_outside_ci(
        "PostgreSQL binaries (initdb, pg_ctl) are missing: CI must run the PostgreSQL fault tests",
        "PostgreSQL binaries (initdb, pg_ctl) not installed (outside CI)",
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    """One PostgreSQL server of its own: ``start``, ``stop`` (immediate: like a crash or a pulled cable)."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="proofsheet-pg-fault-"))
        self.data = self.folder / "data"
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.folder, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--no-sync")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def socket_url(self, user: str = "postgres", database: str = "postgres") -> str:
        """Through the server's Unix socket, where every role is trusted (the administrator's way in)."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}&port={self.port}"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.as_postgres:
            command = ["su", "postgres", "-c", shlex.join(command)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self, mode: str = "immediate") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # not running
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def pg_cluster() -> Iterator[ThrowawayCluster]:
    """A running server whose tables the administrator has made (the app never creates a server's tables)."""
    from storage import migrate

    cluster = ThrowawayCluster()
    cluster.start()
    try:
        migrate.upgrade(cluster.url)
        yield cluster
    finally:
        cluster.remove()
