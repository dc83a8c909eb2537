"""Where the device's secrets live: the OS keyring, or a private file when there is none.

Two secrets per account: the device token, which lets a laptop sync for weeks without asking for
the password again, and the private key its handover bundles are signed with. Both are kept out
of the database and the settings (those get copied into backups and support bundles).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
from pathlib import Path

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "kopdes-desktop"
DEVICE_KEY = "device-key"


class TokenStore:
    def __init__(self, fallback_file: Path, *, use_keyring: bool = True) -> None:
        self._file = fallback_file
        self._use_keyring = use_keyring

    @staticmethod
    def _key(server_url: str, username: str, kind: str = "") -> str:
        base = f"{server_url.rstrip('/')}|{username}"
        return f"{base}|{kind}" if kind else base

    def save(self, server_url: str, username: str, token: str) -> str:
        """Store the token; returns where it went ("keyring" or "file")."""
        return self._save(self._key(server_url, username), token)

    def load(self, server_url: str, username: str) -> str | None:
        return self._load(self._key(server_url, username))

    def save_device_key(self, server_url: str, username: str, private_key: str) -> str:
        return self._save(self._key(server_url, username, DEVICE_KEY), private_key)

    def load_device_key(self, server_url: str, username: str) -> str | None:
        return self._load(self._key(server_url, username, DEVICE_KEY))

    def delete(self, server_url: str, username: str) -> None:
        """Forget the token and the device key."""
        for key in (self._key(server_url, username), self._key(server_url, username, DEVICE_KEY)):
            self._delete(key)

    def _save(self, key: str, secret: str) -> str:
        if self._use_keyring:
            try:
                keyring.set_password(SERVICE, key, secret)
                self._forget_file(key)
                return "keyring"
            except (KeyringError, RuntimeError, OSError) as error:
                log.warning(
                    "no usable OS keyring (%s); keeping the token in %s (mode 0600)",
                    error,
                    self._file,
                )
        tokens = self._read_file()
        tokens[key] = secret
        self._write_file(tokens)
        return "file"

    def _load(self, key: str) -> str | None:
        if self._use_keyring:
            try:
                secret = keyring.get_password(SERVICE, key)
                if secret:
                    return secret
            except (KeyringError, RuntimeError, OSError) as error:
                log.info("keyring unavailable (%s); trying the token file", error)
        return self._read_file().get(key)

    def _delete(self, key: str) -> None:
        if self._use_keyring:
            # Nothing stored there, or no keyring at all: the file is cleared below either way.
            with contextlib.suppress(KeyringError, RuntimeError, OSError):
                keyring.delete_password(SERVICE, key)
        self._forget_file(key)

    def _forget_file(self, key: str) -> None:
        tokens = self._read_file()
        if key in tokens:
            del tokens[key]
            self._write_file(tokens)

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, tokens: dict[str, str]) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self._file.with_suffix(".tmp")
        # Created private from the first byte, never world-readable even for an instant.
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR
        )
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(tokens, handle)
        os.replace(temporary, self._file)
        os.chmod(self._file, stat.S_IRUSR | stat.S_IWUSR)
