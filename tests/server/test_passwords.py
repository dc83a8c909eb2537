"""Passwords an admin sets: the policy, the length both ends accept, and what a change signs out.

The admin command runs in-process against the live server's database, as an admin would run it
on the server; sign-ins and syncs go over HTTP.
"""

from __future__ import annotations

import httpx
import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.cli import main
from kopdes_desktop.server.password_policy import common_passwords, password_problem
from kopdes_desktop.sync.protocol import MAX_PASSWORD_LENGTH
from tests.server.helpers import VERSION_HEADERS, LiveServer, unique


class _Stdin:
    def __init__(self, line: str) -> None:
        self._line = line + "\n"

    def readline(self) -> str:
        line, self._line = self._line, ""
        return line

    def isatty(self) -> bool:
        return False


def admin(server: LiveServer, monkeypatch: pytest.MonkeyPatch, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", _Stdin(password))
    return main(["--database-url", server.database_url, *args, "--password-stdin"])


def sign_in(server: LiveServer, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{server.base_url}/auth/v1/login",
        json={"username": username, "password": password, "device_name": "Laptop"},
        headers=VERSION_HEADERS,
        timeout=60,
    )


def pull_status(server: LiveServer, token: str) -> int:
    return httpx.post(
        f"{server.base_url}/sync/v1/pull",
        json={"client_id": unique("c")},
        headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
        timeout=60,
    ).status_code


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("pendek", "at least 10 characters"),
        ("password123", "most common"),
        ("Bismillah2026!", "most common"),
        ("KopdesMerahPutih", "most common"),
        ("1234567890", "most common"),
        ("aaaaaaaaaaaaaa", "different characters"),
        ("x" * 150 + "abcdefghijklmnopqrstuvwxyz" * 2, "at most 200"),
    ],
)
def test_weak_or_untypable_passwords_are_refused(password: str, reason: str) -> None:
    problem = password_problem(password, "budi")
    assert problem is not None
    assert reason in problem


def test_the_username_inside_the_password_is_refused() -> None:
    assert "username" in (password_problem("budi-rahayu-77", "Budi") or "")
    assert password_problem("kebun-sawit-tujuh", "budi") is None
    assert len(common_passwords()) > 200


def test_a_password_of_the_longest_length_is_accepted_and_can_be_typed_at_sign_in(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    username = unique("panjang")
    longest = ("Sawit-Kopi-Lada-" * 13)[:MAX_PASSWORD_LENGTH]
    assert len(longest) == 200
    create = ["create-user", "--username", username, "--role", "ba", "--full-name", "Panjang"]
    assert admin(server, monkeypatch, longest + "!", *create) == 1
    assert "at most 200" in capsys.readouterr().err
    assert admin(server, monkeypatch, longest, *create) == 0
    assert sign_in(server, username, longest).status_code == 200
    assert sign_in(server, username, longest + "!").status_code == 422  # over the request's cap


def test_changing_a_password_signs_out_every_device_unless_kept(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ba = server.user(Role.BA)
    laptops = [server.token(ba), server.token(ba)]
    assert [pull_status(server, token) for token in laptops] == [200, 200]
    capsys.readouterr()
    changed = ["set-password", "--username", ba.username]
    assert admin(server, monkeypatch, "kebun-sawit-baru", *changed, "--keep-devices") == 0
    assert "devices stay signed in" in capsys.readouterr().out
    assert [pull_status(server, token) for token in laptops] == [200, 200]
    assert admin(server, monkeypatch, "kebun-sawit-lagi", *changed) == 0
    out = capsys.readouterr().out
    assert "signed out 2 device(s); they must sign in with the new password:" in out
    assert out.count("test laptop") == 2  # each one named, with its id
    assert [pull_status(server, token) for token in laptops] == [401, 401]
    assert sign_in(server, ba.username, "kebun-sawit-lagi").status_code == 200
