""".ci/run leaves nothing behind: its scratch folder (bundle, build folder, PostgreSQL data, TMPDIR) is
removed and its PostgreSQL server stopped on exit, whether the run passes, fails or is killed.

Each case sources the real ``.ci/scratch.bash`` in bash, starts a real PostgreSQL server with
``ci_start_postgres`` as ``.ci/run`` does, writes into the folder, and ends one way or another.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pg_cluster import free_port, postgres_bin

REPO = Path(__file__).resolve().parent.parent
ENDINGS = {"passes": "exit 0", "fails": "false", "is-terminated": "sleep 300"}
EXPECTED_STATUS = {"passes": 0, "fails": 1, "is-terminated": 143}


def _path_with_proofsheet() -> str:
    """PATH with the installed ``proofsheet`` command first, as in .ci/run's virtual environment."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


def _accepts_connections(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_a_ci_run_removes_its_scratch_folder_and_stops_postgresql(ending: str):
    # Not pytest's tmp_path: as root the server runs as user postgres, who cannot enter pytest's 0700 folders.
    folder = Path(tempfile.mkdtemp(prefix="proofsheet-ci-test-"))
    folder.chmod(0o711)
    try:
        _run_and_check(folder, ending)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run_and_check(tmp_path: Path, ending: str) -> None:
    port = free_port()
    report = tmp_path / "scratch-folder"
    script = f"""
        set -euo pipefail
        PG_BIN={postgres_bin()}
        . .ci/scratch.bash
        ci_start_postgres {port}
        mkdir -p "$CI_SCRATCH/bundle/dist/Proofsheet" "$CI_SCRATCH/bundle/build"
        head -c 1048576 /dev/zero > "$CI_SCRATCH/bundle/dist/Proofsheet/Proofsheet"
        python3 -c 'import tempfile; tempfile.mkdtemp(prefix="pytest-of-ci-")'
        printf '%s\\n%s\\n%s\\n' "$CI_SCRATCH" "$TMPDIR" "$PROOFSHEET_TEST_PG" > {report}
        {ENDINGS[ending]}
    """
    environment = {**os.environ, "TMPDIR": str(tmp_path), "PATH": _path_with_proofsheet()}
    process = subprocess.Popen(
        ["bash", "-c", script], cwd=REPO, env=environment, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not report.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert report.exists(), process.communicate(timeout=60)[1].decode(errors="replace")
        scratch, temporary, url = report.read_text(encoding="utf-8").split()
        assert Path(scratch).parent == tmp_path and Path(temporary).parent == Path(scratch)
        prefix = (
            f"postgresql+psycopg://proofsheet_ci_editor@127.0.0.1:{port}/proofsheet?sslmode=verify-full&sslrootcert="
        )
        assert url.startswith(prefix)
        assert url.split("sslrootcert=")[1].startswith(scratch), "the throwaway CA lives in the scratch folder"
        if ending == "is-terminated":
            assert _accepts_connections(port)  # still running when the run is killed
            os.killpg(process.pid, signal.SIGTERM)  # as a CI runner cancels a job: the whole process group
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == EXPECTED_STATUS[ending], err.decode(errors="replace")
    assert not Path(scratch).exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["scratch-folder"]
    assert not _accepts_connections(port)


CHECK_SERVER = """
import os, sys
import psycopg
url = os.environ["PROOFSHEET_TEST_PG"].replace("postgresql+psycopg://", "postgresql://")
with psycopg.connect(url) as connection:
    print("tls", connection.pgconn.ssl_in_use)
    print("auth", connection.execute("SELECT current_setting('password_encryption')").fetchone()[0])
wrong_host, no_tls = url.replace("127.0.0.1", "localhost"), url.replace("verify-full", "disable")
for changed, name in ((wrong_host, "wrong-host"), (no_tls, "no-tls")):
    try:
        psycopg.connect(changed).close()
        print(name, "accepted")
    except psycopg.OperationalError as refused:
        print(name, "refused", str(refused).replace(chr(10), " "))
owner_url = os.environ["PROOFSHEET_TEST_PG_OWNER"].replace("postgresql+psycopg://", "postgresql://")
for name, address in (("editor", url), ("owner", owner_url)):
    with psycopg.connect(address) as connection:
        role = connection.execute("SELECT current_user").fetchone()[0]
        try:
            connection.execute("CREATE TABLE ci_probe (id integer)")
            print(name, role, "may-create")
        except psycopg.errors.InsufficientPrivilege:
            print(name, role, "may-not-create")
saved = os.environ.pop("PGPASSFILE")
try:
    psycopg.connect(url).close()
    print("no-password accepted")
except psycopg.OperationalError as refused:
    print("no-password refused", str(refused).replace(chr(10), " "))
"""


def test_the_ci_server_takes_only_tls_and_scram_passwords_and_verify_full_checks_its_name():
    """As a newsroom's server: encrypted, password from libpq's pgpass (never the URL), certificate name checked,
    and the tests' role an editor that may not create tables."""
    folder = Path(tempfile.mkdtemp(prefix="proofsheet-ci-test-"))
    folder.chmod(0o711)
    script = f"""
        set -euo pipefail
        PG_BIN={postgres_bin()}
        . .ci/scratch.bash
        ci_start_postgres {free_port()}
        for url in "$PROOFSHEET_TEST_PG" "$PROOFSHEET_TEST_PG_OWNER"; do
          case "$url" in *://*:*@*) echo "password in a URL"; exit 3;; esac
        done
        "$CHECK_PYTHON" -c "$CHECK_SERVER"
    """
    environment = {
        **os.environ,
        "TMPDIR": str(folder),
        "PATH": _path_with_proofsheet(),
        "CHECK_PYTHON": sys.executable,
        "CHECK_SERVER": CHECK_SERVER,
    }
    try:
        done = subprocess.run(
            ["bash", "-c", script], cwd=REPO, env=environment,
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["tls"] == "True" and lines["auth"] == "scram-sha-256"
    # the tests run as an editor login made by `proofsheet db init-roles`; the owner makes the tables
    assert lines["editor"] == "proofsheet_ci_editor may-not-create"
    assert lines["owner"] == "proofsheet_owner may-create"
    assert lines["wrong-host"].startswith("refused") and 'does not match host name "localhost"' in lines["wrong-host"]
    assert lines["no-tls"].startswith("refused") and "no encryption" in lines["no-tls"]
    assert lines["no-password"].startswith("refused") and "password" in lines["no-password"]
