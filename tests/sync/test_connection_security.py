"""How the laptop reaches the server: https by default, its own CA file, plain http only when
allowed. Real servers: one with TLS on a certificate from a CA made here, one plain on all
interfaces reached through this machine's network address (not loopback)."""

from __future__ import annotations

import datetime
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdes_desktop import settings
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.db import Database
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.sync_service import SyncService
from kopdes_desktop.storage.opening import open_database
from kopdes_desktop.sync.token_store import TokenStore
from kopdes_desktop.sync.transport import InsecureConnectionError, TransientError
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.sign_in_dialog import SignInDialog
from kopdes_desktop.ui.tasks import TaskRunner
from tests.server.conftest import new_database, start_server, stop_server
from tests.server.helpers import PASSWORD, LiveServer
from tests.ui.helpers import screenshot


def _write_ca(folder: Path, name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / f"{name}.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key, certificate


def make_certificates(folder: Path) -> tuple[Path, Path, Path, Path]:
    """(server certificate, server key, the CA that signed it, an unrelated CA)."""
    ca_key, ca = _write_ca(folder, "dinas-ca")
    _write_ca(folder, "other-ca")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "server.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return (folder / "server.pem", folder / "server.key", folder / "dinas-ca.pem",
            folder / "other-ca.pem")  # fmt: skip


def network_address() -> str | None:
    """This machine's address on its network (no packet is sent), or None without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address: str = probe.getsockname()[0]
    return None if ipaddress.ip_address(address).is_loopback else address


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def tls_server(request: pytest.FixtureRequest) -> Iterator[tuple[LiveServer, Path, Path]]:
    """A server speaking only https, its CA file, and an unrelated CA file."""
    folder = Path(tempfile.mkdtemp(prefix="kopdes-tls-"))
    certificate, key, ca, other_ca = make_certificates(folder)
    url = new_database(request.param, request, folder, "kopdes_tls")
    process, base_url = start_server(url, folder, tls=(certificate, key, ca))
    db = Database(url)
    try:
        yield LiveServer(base_url, url, db, request.param), ca, other_ca
    finally:
        stop_server(process)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def desk(folder: Path, catalog: RegionCatalog, **connection: object) -> AppServices:
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    services = AppServices(ServiceContext(database=database, catalog=catalog))
    services.sync = SyncService(
        services.context,
        token_store=TokenStore(folder / "token.json", use_keyring=False),
        **connection,  # type: ignore[arg-type]
    )
    return services


def test_the_settings_ca_file_wins_over_the_environment_and_a_bare_host_means_https(
    tls_server: tuple[LiveServer, Path, Path],
    tmp_path: Path,
    catalog: RegionCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, ca, other_ca = tls_server
    ba = server.user(Role.BA)
    # A proxy tool or another program left these pointing at a CA that did not sign the server.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_ca))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(other_ca))
    laptop = desk(tmp_path / "laptop", catalog, ca_bundle=str(ca))
    bare_host = server.base_url.removeprefix("https://")
    account = laptop.sync.sign_in(bare_host, ba.username, PASSWORD)
    assert account.server_url == server.base_url  # https was assumed
    assert laptop.sync.sync().pull.pages >= 1  # the sync engine verifies the same way
    # Without the setting, the environment's CA decides: it did not sign the server, refused.
    unconfigured = desk(tmp_path / "other", catalog)
    with pytest.raises(TransientError, match="CERTIFICATE_VERIFY_FAILED"):
        unconfigured.sync.sign_in(bare_host, ba.username, PASSWORD)
    for services in (laptop, unconfigured):
        services.context.database.dispose()


def test_the_sign_in_dialog_takes_a_bare_host_name_and_means_https(
    qtbot: QtBot, tls_server: tuple[LiveServer, Path, Path], tmp_path: Path, catalog: RegionCatalog
) -> None:
    server, ca, _other = tls_server
    ba = server.user(Role.BA)
    laptop = desk(tmp_path / "laptop", catalog, ca_bundle=str(ca))
    tasks = TaskRunner()
    dialog = SignInDialog(laptop, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText("http://10.20.30.40:8000")
    assert dialog.insecure_warning.isVisible()
    dialog.server.setText("http://127.0.0.1:8000")  # a server on this laptop: nothing to read
    assert not dialog.insecure_warning.isVisible()
    dialog.server.setText(server.base_url.removeprefix("https://"))
    assert not dialog.insecure_warning.isVisible()
    dialog.username.setText(ba.username)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.sign_in()
    assert dialog.account is not None
    assert dialog.account.server_url == server.base_url
    tasks.wait_for_idle()
    laptop.context.database.dispose()


@pytest.fixture(scope="module")
def lan_server(request: pytest.FixtureRequest) -> Iterator[tuple[LiveServer, str]]:
    """A plain-http server on all interfaces, and its URL through the network address."""
    address = network_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    folder = Path(tempfile.mkdtemp(prefix="kopdes-lan-"))
    url = new_database("sqlite", request, folder, "kopdes_lan")
    process, base_url = start_server(url, folder, host="0.0.0.0")
    db = Database(url)
    try:
        yield LiveServer(base_url, url, db, "sqlite"), base_url.replace("127.0.0.1", address)
    finally:
        stop_server(process)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def test_plain_http_to_another_computer_needs_explicit_permission(
    lan_server: tuple[LiveServer, str], tmp_path: Path, catalog: RegionCatalog
) -> None:
    server, lan_url = lan_server
    ba = server.user(Role.BA)
    refused = desk(tmp_path / "refused", catalog)
    with pytest.raises(InsecureConnectionError, match="not encrypted"):
        refused.sync.sign_in(lan_url, ba.username, PASSWORD)
    assert refused.sync.account() is None  # nothing was sent, nothing stored
    allowed = desk(tmp_path / "allowed", catalog, allow_insecure_http=True)
    allowed.sync.sign_in(lan_url, ba.username, PASSWORD)
    assert allowed.sync.status().unencrypted_connection  # the window keeps a warning up
    allowed.sync.sync()
    local = desk(tmp_path / "local", catalog)
    local.sync.sign_in(server.base_url, ba.username, PASSWORD)  # http://127.0.0.1: allowed
    assert not local.sync.status().unencrypted_connection
    for services in (refused, allowed, local):
        services.context.database.dispose()


def test_the_command_line_refuses_plain_http_without_the_flag_and_warns_with_it(
    lan_server: tuple[LiveServer, str], tmp_path: Path
) -> None:
    server, lan_url = lan_server
    ba = server.user(Role.BA)
    env = {**os.environ, "KOPDES_DATA_DIR": str(tmp_path / "cli"), "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring"}  # fmt: skip
    command = [sys.executable, "-m", "kopdes_desktop.cli", "login", "--server", lan_url,
               "--username", ba.username, "--password-stdin"]  # fmt: skip

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *extra], input=PASSWORD + "\n", env=env, capture_output=True, text=True,
            check=False, timeout=120,
        )  # fmt: skip

    refused = run()
    assert refused.returncode == 1
    assert "diawali http://" in refused.stderr  # in the settings' language (Indonesian)
    assert "tanpa enkripsi" in refused.stderr
    assert "--allow-insecure-http" in refused.stderr
    allowed = run("--allow-insecure-http")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stderr.startswith(f"warning: {lan_url} is not encrypted")
    assert "signed in as" in allowed.stdout


def test_the_window_allows_plain_http_only_when_ticked_and_then_keeps_a_warning_up(
    qtbot: QtBot,
    lan_server: tuple[LiveServer, str],
    tmp_path: Path,
    catalog: RegionCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, lan_url = lan_server
    ba = server.user(Role.BA)
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path / "laptop"))
    laptop = desk(tmp_path / "laptop", catalog)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    install_language(qapp, "id")
    window = MainWindow(laptop, "id")
    qtbot.addWidget(window)
    window.show()
    with pytest.raises(InsecureConnectionError):
        laptop.sync.sign_in(lan_url, ba.username, PASSWORD)
    page = window.settings_page
    assert not page.allow_insecure_http.isChecked()
    page.allow_insecure_http.setChecked(True)
    page.save()
    assert settings.load().allow_insecure_http
    laptop.sync.sign_in(lan_url, ba.username, PASSWORD)  # applied without a restart
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: window.sync_status.label.text().startswith("Tidak terenkripsi (http)"))
    assert "tidak terenkripsi" in window.sync_status.label.toolTip()
    screenshot(qtbot, window, "unencrypted-connection-warning")
    window.close()
    install_language(qapp, "en")
    laptop.context.database.dispose()
