"""The newsroom server's password never lands in a file of ours, a log line, an error or a help text.

The credential store is a real ``keyring`` backend (tests/file_keyring.py, a JSON file in the test's
temporary folder, chosen by the session's keyring configuration); ``keyring``'s own ``fail`` backend
stands for a machine without any store.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from gui_helpers import open_window
from keyring.backends import fail

from desktop import paths
from storage import credentials
from storage.db import _server_connect_args, open_database
from storage.db_location import DATABASE_URL_ENV, configured_url, save_database_url_setting
from storage.errors import StorageError

PASSWORD = "Qh-林可舟-7d3f"  # invented; long and odd enough that a hit is never a coincidence
SERVER_URL = "postgresql+psycopg://linkezhou@db.qinghe.invalid:5433/proofsheet"
URL_WITH_PASSWORD = (
    "postgresql+psycopg://linkezhou:Qh-%E6%9E%97%E5%8F%AF%E8%88%9F-7d3f@db.qinghe.invalid:5433/proofsheet"
)
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_credential_store() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _settings_file() -> Path:
    return paths.user_config_dir() / "storage.json"


def _keyring_file() -> Path:
    return Path(os.environ["PROOFSHEET_TEST_KEYRING"])


def _files_containing(folder: Path, secret: str) -> list[Path]:
    """Files holding ``secret`` as UTF-8, UTF-16, percent-encoded (in a URL) or JSON-escaped."""
    forms = [secret.encode("utf-8"), secret.encode("utf-16-le"), b"Qh-%E6", json.dumps(secret)[1:-1].encode()]
    return [path for path in folder.rglob("*") if path.is_file() and any(f in path.read_bytes() for f in forms)]


def test_the_test_store_is_the_file_backend_not_the_users():
    assert type(keyring.get_keyring()).__name__ == "FileKeyring"


def test_a_url_with_a_password_in_the_settings_is_rewritten_on_load(monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    _settings_file().write_text(json.dumps({"database_url": URL_WITH_PASSWORD}), encoding="utf-8")

    url = configured_url()

    assert url is not None and PASSWORD not in url and ":Qh-" not in url
    assert url.startswith("postgresql+psycopg://linkezhou@db.qinghe.invalid:5433/proofsheet")
    assert "sslmode=require" in url, "a server off this machine is reached over TLS unless the desk says otherwise"
    assert json.loads(_settings_file().read_text(encoding="utf-8")) == {"database_url": url}
    server, password = credentials.split_url(url)
    assert password is None
    assert keyring.get_password(credentials.KEYRING_SERVICE, server.account) == PASSWORD
    assert PASSWORD in _keyring_file().read_text(encoding="utf-8")
    # what the engine hands libpq: the password from the store, TLS required
    assert _server_connect_args(url) == {"password": PASSWORD} | ({} if "sslmode" in url else {"sslmode": "require"})
    assert _server_connect_args(SERVER_URL)["sslmode"] == "require"
    assert "sslmode" not in _server_connect_args("postgresql+psycopg://linkezhou@127.0.0.1:5432/proofsheet")


def test_without_a_credential_store_the_password_is_dropped_and_libpq_supplies_it(monkeypatch, no_credential_store):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert not credentials.credential_store_available()

    assert save_database_url_setting(URL_WITH_PASSWORD) is False

    saved = json.loads(_settings_file().read_text(encoding="utf-8"))["database_url"]
    assert credentials.split_url(saved)[1] is None and "Qh-" not in saved
    assert "password" not in _server_connect_args(saved), "nothing to pass: libpq reads its pgpass file"


def test_tls_settings_reach_libpq_and_round_trip_through_the_url():
    server = credentials.ServerSettings(
        host="db.qinghe.invalid", user="linkezhou", tls="verify-full", ca_file="/etc/qinghe/ca.pem"
    )
    url = server.url()
    again, password = credentials.split_url(url)
    assert password is None
    assert (again.host, again.port, again.user, again.tls_mode, again.ca_file) == (
        "db.qinghe.invalid",
        5432,
        "linkezhou",
        "verify-full",
        "/etc/qinghe/ca.pem",
    )
    from sqlalchemy.engine import make_url

    assert make_url(url).query == {"sslmode": "verify-full", "sslrootcert": "/etc/qinghe/ca.pem"}
    assert credentials.ServerSettings(host="localhost").tls_mode == "disable"
    assert credentials.ServerSettings(host="db.qinghe.invalid").tls_mode == "require"


def test_preferences_take_the_password_masked_and_keep_it_only_in_the_store(qtbot, monkeypatch, caplog):
    """The whole path with a password: Preferences, settings, a failed connection, logs, help, self-test report."""
    from PySide6.QtWidgets import QLineEdit

    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    caplog.set_level(logging.DEBUG)
    window = open_window(qtbot)
    dialog = window.show_preferences()
    fields = dialog.server
    assert fields.password.echoMode() == QLineEdit.EchoMode.Password
    fields.host.setText("db.qinghe.invalid")
    fields.port.setValue(5433)
    fields.user.setText("linkezhou")
    fields.password.setText(PASSWORD)
    assert fields.tls.currentData() == "require"
    dialog.accept()

    url = configured_url()
    assert url is not None and url.startswith(SERVER_URL)
    assert keyring.get_password(credentials.KEYRING_SERVICE, credentials.split_url(url)[0].account) == PASSWORD
    # the dialog shows the password is stored, never the password itself
    again = window.show_preferences()
    assert again.server.password.text() == "" and again.server.host.text() == "db.qinghe.invalid"
    assert again.server.password.placeholderText() != ""
    again.reject()

    # a failed connection through the setting and through an environment URL that carries the password
    for attempt in (None, URL_WITH_PASSWORD.replace("db.qinghe.invalid:5433", "127.0.0.1:9")):
        with pytest.raises(StorageError) as failure:
            open_database(attempt)
        assert PASSWORD not in str(failure.value) and "Qh-%E6" not in str(failure.value)

    report = paths.user_config_dir().parent / "self-test-report.txt"
    environment = {**os.environ, DATABASE_URL_ENV: URL_WITH_PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    outputs = []
    for arguments in (["--help"], ["--self-test", "--only", "storage", "--report", str(report)]):
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", *arguments],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        outputs.append(done.stdout + done.stderr)
    window.close()

    for text in [*outputs, caplog.text]:
        assert PASSWORD not in text and "Qh-%E6" not in text
    assert report.read_text(encoding="utf-8").strip()
    home = Path(os.environ["PROOFSHEET_HOME"])
    assert list(home.rglob("*.ini")) and _settings_file().exists(), "the run wrote its settings"
    assert _files_containing(home, PASSWORD) == []
    assert _files_containing(Path(os.environ["HOME"]), PASSWORD) == []
    assert PASSWORD in _keyring_file().read_text(encoding="utf-8")
