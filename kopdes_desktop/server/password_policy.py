"""Which passwords an admin may give an account (``create-user``, ``set-password``).

At least 10 characters, at most what the sign-in request accepts (so every password set can be
typed in), not the username, and not one of the passwords guessers try first: the list in
``resources/security/common-passwords.txt`` (lower case), also with digits or symbols tacked on
the end ("bismillah123", "Password2026!").
"""

from __future__ import annotations

import re
from functools import cache

from kopdes_desktop.paths import resources_dir
from kopdes_desktop.sync.protocol import MAX_PASSWORD_LENGTH

MIN_PASSWORD_LENGTH = 10
_TRAILING_DIGITS_AND_SYMBOLS = re.compile(r"[\W\d_]+$")


@cache
def common_passwords() -> frozenset[str]:
    path = resources_dir() / "security" / "common-passwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def password_problem(password: str, username: str = "") -> str | None:
    """Why ``password`` is refused, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"a password needs at least {MIN_PASSWORD_LENGTH} characters"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"a password may have at most {MAX_PASSWORD_LENGTH} characters"
    lowered = password.lower()
    if username and username.lower() in lowered:
        return "a password must not contain the username"
    if len(set(lowered)) < 4:
        return "a password needs more than a few different characters"
    base = _TRAILING_DIGITS_AND_SYMBOLS.sub("", lowered)
    common = common_passwords()
    if lowered in common or base in common:
        return "that password is among the most common ones guessers try first"
    return None
