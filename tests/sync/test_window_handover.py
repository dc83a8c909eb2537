"""Handover by USB in the window (Pengaturan → "Serahkan lewat USB" / "Terima bundel"): a BA's
laptop with no signal saves its unsent changes to a file, a connected laptop of the same account
delivers it, and the dialogs tell what happened. Real windows, real server (SQLite and
PostgreSQL)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.sync.bundle_format import new_device_key, open_bundle
from kopdes_desktop.sync.transport import Transport
from kopdes_desktop.ui.handover_dialog import HandoverDialog
from kopdes_desktop.ui.main_window import SETTINGS, MainWindow
from tests.server.helpers import SAMBAS, LiveServer
from tests.server.pgcluster import free_port
from tests.sync.conftest import DeskFactory, make_desk
from tests.sync.test_handover_security import findings_on_server, rewrite
from tests.sync.test_scenarios import draft_visit
from tests.ui.helpers import screenshot

FORGED = (
    "Bundel ini tidak ditandatangani oleh laptop akun Anda (sudah diubah, dipalsukan, atau "
    "dibuat oleh laptop yang sudah keluar dari akun), jadi tidak ada yang dikirim."
)
TOO_LARGE = (
    "Bundel ini melebihi batas ukuran satu bundel, jadi tidak ada yang dilakukan; lakukan "
    "sinkronisasi saat ada sinyal."
)
NOT_A_BUNDLE = (
    "Berkas ini bukan bundel serah terima, atau sudah rusak, jadi tidak ada yang dikirim."
)


def losing_signal() -> tuple[Callable[[str, str], Transport], Callable[[], None]]:
    """A transport factory whose server goes out of reach once the returned switch is used."""
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    offline = [False]

    def factory(url: str, token: str) -> Transport:
        return Transport(dead if offline[0] else url, token=token)

    def lose() -> None:
        offline[0] = True

    return factory, lose


def window_of(qtbot: QtBot, desk: AppServices) -> MainWindow:
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SETTINGS)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow, export: bool) -> HandoverDialog:
    page = window.settings_page
    window.handover = None
    (page.handover_export_button if export else page.handover_import_button).click()
    qtbot.waitUntil(lambda: window.handover is not None and window.handover.isVisible())
    assert window.handover is not None
    return window.handover


def run(qtbot: QtBot, dialog: HandoverDialog, path: Path) -> str:
    """Type the file's place, press the dialog's button, and wait for the outcome."""
    dialog.path.setText(str(path))
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    return dialog.outcome.text()


def test_usb_round_trip_through_the_dialogs(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, tmp_path: Path, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    factory, lose_signal = losing_signal()
    field = desks(ba, name="field", transport_factory=factory)
    field.sync.sync()
    lose_signal()  # weeks in the field with no signal from here on
    field.sync.configure_connection(ca_bundle="", allow_insecure_http=False)
    visit_id = draft_visit(field, coop_id, "temuan dari lapangan")

    field_window = window_of(qtbot, field)
    # Signing out is refused while the change is unsent, and the notice names the button to use.
    sign_out = field_window.settings_page.sign_out_button
    qtbot.waitUntil(sign_out.isEnabled)  # once the account has been read
    sign_out.click()
    notice = field_window.settings_page.notice
    qtbot.waitUntil(lambda: "belum terkirim" in notice.text(), timeout=20_000)
    assert "Pengaturan → “Serahkan lewat USB…”" in notice.text(), notice.text()
    assert "export-bundle" not in notice.text()
    export = open_dialog(qtbot, field_window, export=True)
    assert ba.username in export.intro.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    outcome = run(qtbot, export, usb / "serah-terima")
    bundle = usb / "serah-terima.kopdes"  # the dialog names it a bundle
    assert sorted(p.name for p in usb.iterdir()) == [bundle.name]  # no half-written .part
    assert outcome.startswith(f"1 perubahan yang belum terkirim dan 0 foto disimpan ke {bundle}.")
    assert "Terima bundel" in outcome  # what comes next
    with open_bundle(bundle) as opened:
        assert [m.record_id for m in opened.manifest.mutations] == [visit_id]
    screenshot(qtbot, export, "handover-export-done")
    assert findings_on_server(server, visit_id) is None  # not delivered yet
    field_window.close()

    office = desks(ba, name="office")  # the same BA's account on a connected laptop
    office_window = window_of(qtbot, office)
    receive = open_dialog(qtbot, office_window, export=False)
    assert not receive.start_button.isEnabled()  # no file chosen yet
    outcome = run(qtbot, receive, bundle)
    assert outcome.startswith(
        "Terkirim: 1 perubahan diterapkan, 0 sudah ada di server (duplikat), 0 ditolak, "
        "0 foto diunggah."
    ), outcome
    screenshot(qtbot, receive, "handover-receive-done")
    assert findings_on_server(server, visit_id) == "temuan dari lapangan"

    # The same file again changes nothing: the server counts it as a duplicate.
    assert run(qtbot, receive, bundle).startswith(
        "Terkirim: 0 perubahan diterapkan, 1 sudah ada di server (duplikat), 0 ditolak"
    )
    # The visit arrives on the office laptop with its next sync.
    office_window.sync.sync_now()
    qtbot.waitUntil(lambda: _has_visit(office, visit_id), timeout=60_000)


def _has_visit(desk: AppServices, visit_id: str) -> bool:
    try:
        return desk.visits.get(visit_id).visit.findings == "temuan dari lapangan"
    except NotFoundError:
        return False


def test_a_forged_or_foreign_file_is_refused_with_one_sentence(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, tmp_path: Path, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    laptop = desks(ba, name="laptop")
    laptop.sync.sync()
    draft_visit(laptop, coop_id, "temuan asli")
    genuine = tmp_path / "asli.kopdes"
    laptop.sync.export_bundle(genuine)
    with open_bundle(genuine) as opened:
        change = opened.manifest.mutations[0].model_dump(mode="json")
    visit_id = change["record_id"]
    forged = rewrite(
        genuine,
        tmp_path / "palsu.kopdes",
        new_device_key(),  # a key no laptop of the account registered
        mutations=[{**change, "fields": {**change["fields"], "findings": "temuan palsu"}}],
    )
    too_many = rewrite(
        genuine, tmp_path / "besar.kopdes", new_device_key(), mutations=[change] * 20_001
    )
    not_a_bundle = tmp_path / "foto.kopdes"
    not_a_bundle.write_bytes(b"\xff\xd8 not a zip at all")
    other_ba = server.user(Role.BA)
    server.assign(other_ba, coop_id)
    colleague = desks(other_ba, name="colleague")
    colleague.sync.sync()
    colleagues_visit = draft_visit(colleague, coop_id, "kunjungan rekan")
    colleagues_file = tmp_path / "rekan.kopdes"
    colleague.sync.export_bundle(colleagues_file)

    window = window_of(qtbot, laptop)
    receive = open_dialog(qtbot, window, export=False)
    assert run(qtbot, receive, forged) == FORGED
    screenshot(qtbot, receive, "handover-receive-forged")
    assert run(qtbot, receive, not_a_bundle) == NOT_A_BUNDLE
    assert run(qtbot, receive, too_many) == TOO_LARGE
    assert run(qtbot, receive, colleagues_file) == (
        f"Bundel ini milik {other_ba.username}: hanya laptop yang masuk sebagai "
        f"{other_ba.username} yang dapat mengirimkannya, jadi tidak ada yang dikirim."
    )
    screenshot(qtbot, receive, "handover-receive-other-account")
    # Nothing half-applied. The window syncs the laptop's own draft by itself (2 s after it
    # opens, as for a user: on a busy machine that is before the last refusal), so the genuine
    # text may be there; the forged one never.
    assert findings_on_server(server, visit_id) in (None, "temuan asli")
    assert findings_on_server(server, colleagues_visit) is None


def test_a_bundle_from_a_copied_laptop_is_refused_for_what_it_is(
    qtbot: QtBot,
    server: LiveServer,
    desks: DeskFactory,
    tmp_path: Path,
    indonesian_ui: None,
) -> None:
    """The laptop's data folder was copied; the copy synced its own change under the number the
    original then gave another change. Delivering the original's bundle is refused, and the
    dialog says why (copied or restored, so sync that laptop itself), not "earlier changes are
    missing", which would send the BA hunting for a laptop that does not exist."""
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    original = desks(ba, name="original")
    original.sync.sync()
    shared = draft_visit(original, coop_id, "sebelum disalin")
    catalog = original.context.catalog
    original.context.database.dispose()
    (tmp_path / "copy").mkdir()
    for name in ("kopdes.sqlite", "token.json"):
        shutil.copy2(tmp_path / "original" / name, tmp_path / "copy" / name)
    copy = make_desk(tmp_path / "copy", catalog)
    original = make_desk(tmp_path / "original", catalog)
    try:
        copys_visit = draft_visit(copy, coop_id, "dari salinan")
        copy.sync.sync()  # the server now holds change 2 of this install: the copy's visit
        originals_visit = draft_visit(original, coop_id, "dari laptop asli")
        bundle = tmp_path / "asli.kopdes"
        original.sync.export_bundle(bundle)  # changes 1 and 2, its 2 being another visit

        office = desks(ba, name="office")
        receive = open_dialog(qtbot, window_of(qtbot, office), export=False)
        assert run(qtbot, receive, bundle) == (
            "Server sudah menyimpan perubahan lain dengan nomor-nomor bundel ini: laptop yang "
            "membuatnya dipulihkan dari cadangan atau datanya disalin. Tidak ada yang baru "
            "dikirim; sinkronkan laptop itu sendiri, ia akan menomori ulang perubahannya lalu "
            "mengirimkannya."
        )
        assert findings_on_server(server, shared) == "sebelum disalin"
        assert findings_on_server(server, copys_visit) == "dari salinan"
        assert findings_on_server(server, originals_visit) is None
        original.sync.sync()  # what the message advises: the original renumbers and sends it
        assert findings_on_server(server, originals_visit) == "dari laptop asli"
    finally:
        copy.context.database.dispose()
        original.context.database.dispose()
