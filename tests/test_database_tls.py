"""TLS to the newsroom server: required off this machine by default, verify-full checks the host name, the lock shows.

A real PostgreSQL (tests/tls_cluster.py) that accepts only TLS connections with scram-sha-256 passwords;
the password reaches it from the test's credential store (tests/file_keyring.py), never from a URL.
"""

from __future__ import annotations

import pytest
from gui_helpers import open_window
from tls_cluster import CERTIFIED_HOST, EDITOR, EDITOR_PASSWORD, TlsCluster, tls_cluster

from storage import credentials
from storage.db import connection_is_encrypted, open_database
from storage.db_location import DATABASE_URL_ENV, configured_url, save_database_url_setting
from storage.errors import StorageError

__all__ = ["tls_cluster"]


def _server(
    cluster: TlsCluster, host: str = CERTIFIED_HOST, tls: str = "", ca_file: str = ""
) -> credentials.ServerSettings:
    # the certificate's name, reached at 127.0.0.1: libpq checks the name and connects to the address
    return credentials.ServerSettings(
        host=host, port=cluster.port, user=EDITOR, tls=tls, ca_file=ca_file, extra=(("hostaddr", "127.0.0.1"),)
    )


def test_a_server_off_this_machine_is_reached_over_tls_and_the_status_bar_says_so(qtbot, tls_cluster, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    server = _server(tls_cluster)
    assert server.tls_mode == "require"
    assert credentials.save_password(server, EDITOR_PASSWORD)
    save_database_url_setting(server.url())
    assert "sslmode=require" in (configured_url() or "")

    with open_database() as database:
        assert connection_is_encrypted(database)

    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.connection_label.isVisible(), timeout=30000)
    assert "加密连接" in window.connection_label.text()
    window.close()


def test_without_tls_the_server_refuses_and_a_local_file_shows_no_lock(qtbot, tls_cluster, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    server = _server(tls_cluster, tls="disable")
    assert credentials.save_password(server, EDITOR_PASSWORD)
    with pytest.raises(StorageError) as refused:
        open_database(server.url())
    assert "no encryption" in str(refused.value) or "pg_hba.conf" in str(refused.value)

    save_database_url_setting(None)
    window = open_window(qtbot)
    qtbot.wait(300)
    assert not window.connection_label.isVisible() and window.connection_label.text() == ""
    window.close()


def test_verify_full_accepts_the_certified_name_and_refuses_a_certificate_for_another_host(tls_cluster):
    right = _server(tls_cluster, tls="verify-full", ca_file=str(tls_cluster.ca_file))
    wrong = _server(tls_cluster, host="127.0.0.1", tls="verify-full", ca_file=str(tls_cluster.ca_file))
    for server in (right, wrong):
        assert credentials.save_password(server, EDITOR_PASSWORD)
    assert "sslrootcert=" in right.url()

    with open_database(right.url()) as database:
        assert connection_is_encrypted(database)
    with pytest.raises(StorageError) as refused:
        open_database(wrong.url())
    assert CERTIFIED_HOST in str(refused.value) and "does not match" in str(refused.value)
