"""The admin command line, run as people run it, against a fresh SQLite database."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.cli import main
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import Assignment, Device, RecordRow, User, UserArea
from tests.server.helpers import write_unchecked
from tests.server.pgcluster import free_port


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("KOPDES_SERVER_DATABASE_URL", url)
    monkeypatch.setenv("KOPDES_SERVER_DATA_DIR", str(tmp_path))
    assert main(["migrate"]) == 0
    return url


def cooperatives(url: str) -> dict[str, dict[str, object]]:
    with Database(url).read() as session:
        rows = session.scalars(
            select(RecordRow).where(RecordRow.record_type == RecordType.COOPERATIVE.value)
        )
        return {str(row.data["village_code"]): dict(row.data) for row in rows}


GOOD_ROWS = [
    "Koperasi Desa Merah Putih Dalam Kaum,61.01.01.2001,ya,120,2019-05-02,operating",
    "Koperasi Desa Merah Putih Lubuk Dagang,61.01.01.2002,tidak,,,",
]
HEADER = "name,village_code,has_bank_account,member_count,akta_date,operational_status"


def test_import_is_all_or_nothing_and_names_every_bad_line(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "koperasi.csv"
    csv_file.write_text(
        "\n".join(
            [
                HEADER,
                GOOD_ROWS[0],
                ",61.01.01.2003,,,,",  # line 3: no name
                "Koperasi X,99.99.99.9999,,,,",  # line 4: unknown village
                "Koperasi Y,61.01.01.2004,mungkin,,,",  # line 5: not a yes/no
                "Koperasi Z,61.01.01.2005,,-4,,",  # line 6: negative members
                "Koperasi W,61.01.01.2001,,,,",  # line 7: village used on line 2
                GOOD_ROWS[1],
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["import-cooperatives", str(csv_file)]) == 1
    errors = capsys.readouterr().err
    for line, reason in [(3, "name: required"), (4, "village_code: unknown_village"),
                         (5, "has_bank_account"), (6, "member_count: negative"),
                         (7, "already used on line 2")]:  # fmt: skip
        assert f"koperasi.csv:{line}: " in errors
        assert reason in errors.split(f"koperasi.csv:{line}: ")[1].splitlines()[0]
    assert "nothing imported" in errors
    assert cooperatives(database_url) == {}

    assert main(["import-cooperatives", "--skip-invalid", str(csv_file)]) == 0
    imported = cooperatives(database_url)
    assert set(imported) == {"61.01.01.2001", "61.01.01.2002"}
    assert imported["61.01.01.2001"]["member_count"] == 120
    assert imported["61.01.01.2001"]["has_bank_account"] is True
    assert imported["61.01.01.2001"]["akta_date"] == "2019-05-02"

    # Importing the same villages again is refused row by row: one cooperative per village.
    again = tmp_path / "again.csv"
    again.write_text(HEADER + "\n" + GOOD_ROWS[1] + "\n", encoding="utf-8")
    assert main(["import-cooperatives", str(again)]) == 1
    assert "already has cooperative" in capsys.readouterr().err


def test_import_reports_unknown_columns(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("nama;village_code\nKoperasi;61.01.01.2001\n", encoding="utf-8")
    assert main(["import-cooperatives", str(csv_file)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv:1: unknown column 'nama'; missing column 'name'" in err


def test_import_refuses_values_no_store_can_hold(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "hostile.csv"
    csv_file.write_text(
        "\r\n".join(  # as a Windows spreadsheet writes it
            [
                HEADER,
                "Koperasi\x00 A,61.01.01.2001,,,,",  # line 2: NUL in the name
                "Koperasi B,61.01.01.2002,," + "9" * 5000 + ",,",  # line 3: 5,000 digits
                "Koperasi C,61.01.01.2003,,100000000000000000000,,",  # line 4: 10**20 members
                "Koperasi D,61.01.01.2004,,1.5,,",  # line 5: members are whole
                "Koperasi F,61.01.01.2006,,5000000,,",  # line 6: more than a cooperative has
                "Koperasi\u0301 E,61.01.01.2005,,12,,",  # fine: stored in NFC
            ]
        )
        + "\r\n",
        encoding="utf-8",
    )
    assert main(["import-cooperatives", str(csv_file)]) == 1
    errors = capsys.readouterr().err
    for line, reason in [
        (2, "name: holds a character"),
        (3, "member_count: is too large"),
        (4, "member_count: is too large"),
        (5, "member_count: must be"),
        (6, "member_count: out_of_range"),
    ]:
        assert reason in errors.split(f"hostile.csv:{line}: ")[1].splitlines()[0]
    assert "hostile.csv:7" not in errors

    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(f"{HEADER}\nKoperasi Caf\xe9,61.01.01.2007,,,,\n".encode("latin-1"))
    assert main(["import-cooperatives", str(latin1)]) == 1
    assert "latin1.csv:2: the file is not UTF-8 text" in capsys.readouterr().err

    assert main(["import-cooperatives", "--skip-invalid", str(csv_file)]) == 0
    assert cooperatives(database_url)["61.01.01.2005"]["name"] == "Koperasi\u0301 E".replace(
        "i\u0301", "\u00ed"
    )


def test_migrate_repairs_values_stored_before_the_rules(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    poisoned = "01900000-0000-7000-8000-000000000001"
    write_unchecked(
        Database(database_url),
        poisoned,
        RecordType.COOPERATIVE.value,
        poisoned,
        {"name": "Koperasi\ud800", "member_count": 10**20},
    )
    capsys.readouterr()
    assert main(["migrate"]) == 0
    out = capsys.readouterr().out
    assert "member_count: 100000000000000000000 -> None" in out
    assert "repaired 2 value(s) in 1 record(s)" in out
    with Database(database_url).read() as session:
        repaired = session.get(RecordRow, poisoned)
        assert repaired is not None
        assert repaired.data == {"name": "Koperasi\ufffd", "member_count": None}
    assert main(["migrate"]) == 0
    assert "repaired" not in capsys.readouterr().out


def test_accounts_assignments_and_devices(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    csv_file = tmp_path / "k.csv"
    csv_file.write_text(HEADER + "\n" + "\n".join(GOOD_ROWS) + "\n", encoding="utf-8")
    assert main(["import-cooperatives", str(csv_file)]) == 0
    monkeypatch.setattr("sys.stdin", _Lines("rahasia-sekali\n"))
    assert main(["create-user", "--username", "sari", "--role", "pmo", "--full-name", "Sari",
                 "--kabupaten", "61.01", "--password-stdin"]) == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Lines("rahasia-juga\n"))
    assert main(["create-user", "--username", "budi", "--role", "ba", "--full-name", "Budi",
                 "--password-stdin"]) == 0  # fmt: skip
    assert main(["assign", "--username", "budi", "--cooperative", "61.01.01.2001"]) == 0
    assert main(["assign", "--username", "budi", "--kabupaten", "61.01"]) == 1  # BAs get coops
    assert main(["assign", "--username", "sari", "--kabupaten", "99.99"]) == 1
    monkeypatch.setattr("sys.stdin", _Lines("short\n"))
    assert main(["set-password", "--username", "budi", "--password-stdin"]) == 1
    assert "at least 10" in capsys.readouterr().err
    with Database(database_url).write() as session:
        budi = session.scalar(select(User).where(User.username == "budi"))
        assert budi is not None
        assert [a.cooperative_id for a in session.scalars(select(Assignment))] != []
        assert [a.kabupaten_code for a in session.scalars(select(UserArea))] == ["61.01"]
        from kopdes_desktop.server.accounts import issue_device_token

        issue_device_token(session, budi, "laptop lama")
    assert main(["list-devices", "--username", "budi"]) == 0
    assert "laptop lama" in capsys.readouterr().out
    assert main(["revoke-device", "--username", "budi", "--all"]) == 0
    assert main(["deactivate-user", "--username", "budi"]) == 0
    with Database(database_url).read() as session:
        assert all(d.revoked_at for d in session.scalars(select(Device)))
        assert session.scalar(select(User.active).where(User.username == "budi")) is False
    assert main(["create-user", "--username", "budi", "--role", "ba", "--full-name", "B"]) == 1


class _Lines:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""

    def isatty(self) -> bool:
        return False


def test_migrate_seed_demo_and_compact_as_commands(tmp_path: Path) -> None:
    env = {**os.environ, "KOPDES_SERVER_DATA_DIR": str(tmp_path)}
    env.pop("KOPDES_SERVER_DATABASE_URL", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kopdes_desktop.server.cli", *args],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip

    not_migrated = run("seed-demo")
    assert not_migrated.returncode == 3
    assert "kopdes-server migrate" in not_migrated.stderr
    assert run("migrate").returncode == 0
    seeded = run("seed-demo", "--bas-per-kabupaten", "1")
    assert seeded.returncode == 0, seeded.stderr
    lines = seeded.stdout.splitlines()
    assert lines[1].split()[:2] == ["demo-admin", "admin"]
    assert len(lines) == 1 + 1 + 14 * 2  # header, admin, a PMO and a BA per kabupaten
    # People with names a newcomer recognises in the directory, not "BA 1 Kabupaten Sambas".
    [first_ba] = [line for line in lines if line.startswith("demo-ba-6101-1 ")]
    assert first_ba.endswith(" Siti Aminah")
    assert (tmp_path / "kopdes-server.sqlite").exists()  # the default database
    url = f"sqlite:///{tmp_path / 'kopdes-server.sqlite'}"
    assert len(cooperatives(url)) == 2145  # one per desa/kelurahan
    with Database(url).read() as session:
        per_ba = session.scalars(select(Assignment.user_id)).all()
        assert len(per_ba) == 14 * 10
    # On a database that holds anything, seed-demo says what it would add and adds nothing.
    more = run("seed-demo", "--bas-per-kabupaten", "2")
    assert more.returncode == 1
    assert more.stdout == ""
    assert more.stderr.strip().splitlines() == [
        "refused: this database already holds 29 account(s) and 2145 cooperative(s). seed-demo "
        "would add 0 cooperative(s) and 14 demo account(s) (14 ba, 0 pmo, 0 admin), and print "
        "their passwords. Run it again with --force to add them."
    ]
    with Database(url).read() as session:
        assert len(session.scalars(select(User)).all()) == 29
    again = run("seed-demo", "--bas-per-kabupaten", "1", "--force")
    assert again.returncode == 0
    assert "(unchanged)" in again.stdout
    abandoned = tmp_path / "blobs" / "partial" / "someone-upload"
    abandoned.parent.mkdir(parents=True)
    abandoned.write_bytes(b"half a photo")
    compacted = run("compact", "--keep-days", "0")
    assert compacted.returncode == 0
    assert "horizon at version" in compacted.stdout
    assert "1 unfinished upload(s)" in compacted.stdout
    assert not abandoned.exists()


def test_seed_demo_names_the_admin_it_would_add_to_a_database_in_use(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", _Lines("kebun-sawit-tua\n"))
    assert main(["create-user", "--username", "admin", "--role", "admin", "--full-name", "Admin",
                 "--password-stdin"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["seed-demo", "--bas-per-kabupaten", "1"]) == 1
    refusal = capsys.readouterr().err
    assert refusal.startswith("refused: this database already holds 1 account(s) and 0 coop")
    assert "would add 2145 cooperative(s) and 29 demo account(s) (14 ba, 14 pmo, 1 admin)" in (
        refusal
    )
    assert "demo-admin, an administrator of all data" in refusal
    assert cooperatives(database_url) == {}


def test_serve_keeps_an_idle_connection_open_longer_than_nginx_does(database_url: str) -> None:
    """nginx reuses its connections to the app for up to 60 s; had the app closed them after
    uvicorn's default 5 s, a push nginx sent on one would be dropped (seen as 502)."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kopdes_desktop.server.cli", "serve", "--port", str(port),
         "--log-level", "warning"],
        env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline, "kopdes-server serve did not start"
                time.sleep(0.1)
        connection.close()
        # http.client reads whole responses (headers and body may arrive in separate packets)
        # and sends the second request on the same socket; a closed one raises.
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            for pause in (7, 0):  # idle past uvicorn's default keep-alive of 5 s, then again
                client.request("GET", "/healthz")
                response = client.getresponse()
                response.read()
                assert response.status == 200
                time.sleep(pause)
        finally:
            client.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
