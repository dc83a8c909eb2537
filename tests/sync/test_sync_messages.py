"""`kopdes-desktop sync` and the status bar say what really happened (issue 10, item 7).

Each case is produced for real: a server behind a proxy that cuts answers or answers 502, a
closed port, a revoked device, a server that wants a newer app, a change the server refuses,
photos that do not arrive while the records do. Each gets its own sentence in the user's
language and its own exit code (README), and never the library's text (IncompleteRead, urllib3).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdes_desktop import settings, sync_cli
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server import accounts
from kopdes_desktop.server.models import User
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_problems import SyncProblem
from kopdes_desktop.storage.models import PhotoRow
from kopdes_desktop.sync.transport import Transport
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.sync_controller import SyncState
from tests.server.helpers import PASSWORD, LiveServer
from tests.sync.conftest import DeskFactory, make_desk
from tests.sync.fault_proxy import Fault, FaultProxy

RAW_LIBRARY_TEXT = ("IncompleteRead", "urllib3", "HTTPConnectionPool", "Max retries", "Errno")

# A kabupaten of its own: the session's shared server has one cooperative per village, and
# Sambas' 195 villages are taken by the other tests.
AREA = "61.06"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """The CLI installs the settings' language; put English back for the other tests."""
    yield
    install_language(qapp, "en")


def run_sync(desk: AppServices, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = sync_cli.run(desk, argparse.Namespace(command="sync"))
    captured = capsys.readouterr()
    said = captured.out + captured.err
    for raw in (*RAW_LIBRARY_TEXT, "Traceback"):
        assert raw not in said, said
    return code, said


def through(proxy: FaultProxy) -> Callable[[str, str], Transport]:
    return lambda _url, token: Transport(proxy.url, token=token, retries=1, sleep=lambda s: 0)


def cut_answers_of(prefix: str) -> Callable[[str, str], Fault | None]:
    return lambda _method, path: Fault.TRUNCATE if path.startswith(prefix) else None


def ba_with_cooperative(server: LiveServer) -> tuple[User, str]:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(AREA)
    server.assign(ba, coop_id)
    return ba, coop_id


def draft_visit(desk: AppServices, coop_id: str) -> None:
    """A new unsent visit (the cooperative is pulled first if the laptop lacks it)."""
    if desk.sync.status().last_sync_server_time is None:
        desk.sync.sync()
    desk.visits.save_draft(VisitDetail(Visit(id=new_id(), cooperative_id=coop_id, findings="x")))


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        # The pull's answer, wherever it comes (protocol 3: with the push's).
        (lambda method, path: Fault.TRUNCATE if path.startswith(("/sync/v1/pull",
                                                                  "/sync/v1/push")) else None,
         "Koneksi ke server terputus di tengah sinkronisasi"),
        (lambda method, path: Fault.RESET if path.startswith("/sync/v1/push") else None,
         "Koneksi ke server terputus di tengah sinkronisasi"),
        (lambda method, path: Fault.ERROR_BEFORE,
         "Server sedang sibuk atau bermasalah"),
    ],
    ids=["answer-cut", "reset-mid-push", "server-502"],
)  # fmt: skip
def test_a_failed_round_says_what_happened(  # noqa: PLR0917 - fixtures and parameters
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
    plan: Callable[[str, str], Fault | None],
    expected: str,
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    proxy = FaultProxy(server.base_url, fault_rate=0)
    try:
        desk = desks(ba, transport_factory=through(proxy))
        draft_visit(desk, coop_id)
        proxy.plan = plan
        code, said = run_sync(desk, capsys)
    finally:
        proxy.close()
    assert code == sync_cli.EXIT_TRY_LATER
    assert expected in said
    assert "tidak dapat dihubungi" not in said  # the server was reached
    assert desk.sync.status().pending_changes in (0, 1)  # kept, or delivered before the cut


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"  # closed again when we return


def test_an_unreachable_server_is_told_in_the_settings_language(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    made: list[Transport] = []

    def factory(url: str, token: str) -> Transport:
        made.append(Transport(url, token=token, retries=1, sleep=lambda s: 0))
        return made[-1]

    desk = desks(ba, transport_factory=factory)
    draft_visit(desk, coop_id)
    for transport in made:  # the server goes away: nothing listens at its address any more
        transport.base_url = _closed_port()
        transport.session.close()
    code, said = run_sync(desk, capsys)
    assert code == sync_cli.EXIT_TRY_LATER
    assert "Server tidak dapat dihubungi" in said
    assert "Perubahan yang belum terkirim (1) tetap tersimpan" in said

    settings.save(settings.Settings(language="en"))
    code, said = run_sync(desk, capsys)
    assert code == sync_cli.EXIT_TRY_LATER
    assert "The server cannot be reached" in said
    assert "Unsent changes (1) are kept" in said


def _visit_with_photo(server: LiveServer, desks: DeskFactory, coop_id: str) -> str:
    """Another laptop logs a visit with a photo and syncs it, bytes included."""
    author = server.user(Role.BA)
    server.assign(author, coop_id)
    laptop = desks(author, name="author")
    laptop.sync.sync()
    picture = Path(os.environ["KOPDES_DATA_DIR"]) / "rapat.jpg"
    Image.frombytes("RGB", (300, 200), os.urandom(300 * 200 * 3)).save(picture, "JPEG")
    visit = Visit(id=new_id(), cooperative_id=coop_id, findings="dengan foto")
    photo = photos.import_photo(picture, visit.id).photo
    laptop.visits.save_draft(VisitDetail(visit, photos=(photo,)))
    report = laptop.sync.sync()
    assert report.photos.uploaded == 1
    return photo.sha256


def test_when_only_photo_downloads_fail_the_records_are_said_to_be_synced(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    coop_id = server.cooperative(AREA)
    sha = _visit_with_photo(server, desks, coop_id)
    proxy = FaultProxy(server.base_url, fault_rate=0)
    proxy.plan = lambda method, path: Fault.TRUNCATE if path.startswith("/photos/") else None
    try:
        pmo = desks(
            server.user(Role.PMO, kabupaten=[AREA]),
            transport_factory=through(proxy),
            name="pmo",
        )
        code, said = run_sync(pmo, capsys)
    finally:
        proxy.close()
    assert code == sync_cli.EXIT_PHOTOS_WAITING
    assert "Data Anda dan data server sudah tersinkron. Hanya foto" in said
    assert "tidak dapat dihubungi" not in said
    assert pmo.sync.status().pending_changes == 0
    with pmo.context.database.read() as session:
        assert session.scalars(select(PhotoRow).where(PhotoRow.sha256 == sha)).first()
    assert not photos.photo_file(sha).exists()  # only the bytes are still to come


def test_refused_changes_are_pointed_to_the_inbox(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba)
    desk.sync.sync()
    server.assign(ba, coop_id, remove=True)
    draft_visit(desk, coop_id)
    code, said = run_sync(desk, capsys)
    assert code == sync_cli.EXIT_NEEDS_ATTENTION
    assert "1 perubahan terkirim (1 ditolak)" in said
    assert "tersinkron" not in said.lower()  # never while something is refused
    assert "Perlu perhatian: 1 perubahan ditolak server; lihat Kotak Masuk" in said


def test_a_revoked_device_is_told_to_sign_in_again(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba)
    draft_visit(desk, coop_id)
    with server.db.write() as session:
        accounts.revoke_devices(session, ba.username)
    code, said = run_sync(desk, capsys)
    assert code == sync_cli.EXIT_SIGN_IN
    assert "Masuk lagi; perubahan yang belum terkirim (1) tetap tersimpan" in said
    assert "kopdes-desktop login --server URL --username NAMA" in said


class _WantsNewerApp(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = json.dumps(
            {"code": "unsupported_version", "message": "protocol 1 is no longer supported"}
        ).encode()
        self.send_response(426)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_server_that_needs_a_newer_app_says_so(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    newer = ThreadingHTTPServer(("127.0.0.1", 0), _WantsNewerApp)
    threading.Thread(target=newer.serve_forever, daemon=True).start()
    upgraded = {"yes": False}

    def factory(url: str, token: str) -> Transport:
        target = f"http://127.0.0.1:{newer.server_address[1]}" if upgraded["yes"] else url
        return Transport(target, token=token, retries=1, sleep=lambda s: 0)

    try:
        ba, _coop_id = ba_with_cooperative(server)
        desk = desks(ba, transport_factory=factory)
        upgraded["yes"] = True
        code, said = run_sync(desk, capsys)
    finally:
        newer.shutdown()
        newer.server_close()
    assert code == sync_cli.EXIT_UPDATE
    assert "Server memerlukan Kopdes Desktop versi yang lebih baru" in said


def test_the_real_command_when_only_photos_fail(
    server: LiveServer,
    desks: DeskFactory,
    catalog: RegionCatalog,
    tmp_path: Path,
) -> None:
    """The issue's own case, as a support person runs it: a separate process, real retries."""
    coop_id = server.cooperative(AREA)
    _visit_with_photo(server, desks, coop_id)
    proxy = FaultProxy(server.base_url, fault_rate=0)
    folder = tmp_path / "pmo-cli"
    desk = make_desk(folder, catalog)
    pmo = server.user(Role.PMO, kabupaten=[AREA])
    try:
        desk.sync.sign_in(proxy.url, pmo.username, PASSWORD, "pmo laptop")
        desk.context.database.dispose()
        proxy.plan = lambda method, path: Fault.TRUNCATE if path.startswith("/photos/") else None
        env = {
            **os.environ,
            "KOPDES_DATA_DIR": str(folder),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        done = subprocess.run(
            [sys.executable, "-m", "kopdes_desktop", "sync"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    finally:
        proxy.close()
    said = done.stdout + done.stderr
    assert done.returncode == sync_cli.EXIT_PHOTOS_WAITING, said
    assert "Data Anda dan data server sudah tersinkron. Hanya foto" in said
    for raw in (*RAW_LIBRARY_TEXT, "Traceback", "Logging error"):
        assert raw not in said, said


def test_the_status_bar_words_a_dropped_link_and_waiting_photos(
    qtbot: QtBot,
    server: LiveServer,
    desks: DeskFactory,
    qapp: QApplication,
    language: None,
) -> None:
    install_language(qapp, "id")
    coop_id = server.cooperative(AREA)
    _visit_with_photo(server, desks, coop_id)
    proxy = FaultProxy(server.base_url, fault_rate=0)
    try:
        pmo = desks(
            server.user(Role.PMO, kabupaten=[AREA]), transport_factory=through(proxy), name="pmo"
        )
        proxy.plan = lambda method, path: (
            Fault.TRUNCATE if path.startswith("/sync/v1/pull") else None
        )
        window = MainWindow(pmo, "id")
        qtbot.addWidget(window)
        window.show()
        label = window.sync_status.label
        window.sync.sync_now()
        qtbot.waitUntil(lambda: window.sync.snapshot.state is SyncState.OFFLINE, timeout=30_000)
        qtbot.waitUntil(lambda: "Koneksi terputus saat sinkronisasi" in label.text())
        assert "Koneksi ke server terputus di tengah sinkronisasi" in label.toolTip()
        _counts_reread(qtbot, window)  # a save or a dismissed refusal re-reads the counts
        assert "Koneksi terputus saat sinkronisasi" in label.text()

        proxy.plan = cut_answers_of("/photos/")
        qtbot.waitUntil(lambda: window.sync.snapshot.state is not SyncState.SYNCING)
        window.sync.sync_now()
        qtbot.waitUntil(
            lambda: window.sync.snapshot.error_code == SyncProblem.PHOTOS_WAITING.value,
            timeout=30_000,
        )
        qtbot.waitUntil(lambda: label.text().startswith("Data tersinkron; foto masih menunggu"))
        assert "Data Anda dan data server sudah tersinkron" in label.toolTip()
        qtbot.waitUntil(lambda: window.visits.model.rowCount() >= 1)  # the records did arrive
        _counts_reread(qtbot, window)
        assert window.sync.snapshot.error_code == SyncProblem.PHOTOS_WAITING.value
        assert label.text().startswith("Data tersinkron; foto masih menunggu")
        for raw in RAW_LIBRARY_TEXT:
            assert raw not in label.text() + label.toolTip()
        window.sync.stop()
        window.close()
    finally:
        proxy.close()


def _counts_reread(qtbot: QtBot, window: MainWindow) -> None:
    """The pending counts read again between rounds, as the inbox does when it changes."""
    with qtbot.waitSignal(window.sync.changed, timeout=30_000):
        window.sync.refresh_when_idle()


def test_a_round_that_went_well_exits_0(
    server: LiveServer,
    desks: DeskFactory,
    capsys: pytest.CaptureFixture[str],
    language: None,
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba)
    draft_visit(desk, coop_id)
    code, said = run_sync(desk, capsys)
    assert code == sync_cli.EXIT_OK
    assert "1 perubahan terkirim (0 ditolak)" in said
    assert "Tersinkron: tidak ada yang ditolak, tidak ada bentrokan." in said
