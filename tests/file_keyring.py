"""A real ``keyring`` backend for the tests: the secrets in a JSON file under the test's temporary folder.

``tests/conftest.py`` names it in the session's keyring configuration (``keyringrc.cfg`` in the
throwaway XDG config folder), so the app, and every subprocess a test starts, go through the ordinary
``keyring`` API to this file and never to the real user's credential store.  The file is
``PROOFSHEET_TEST_KEYRING`` (set per test).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

KEYRING_FILE_ENV = "PROOFSHEET_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, secrets: dict[str, str]) -> None:
        self._path().parent.mkdir(parents=True, exist_ok=True)
        self._path().write_text(json.dumps(secrets, ensure_ascii=False), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\n{username}"] = password
        self._save(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(secrets)
