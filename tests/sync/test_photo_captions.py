"""Photo captions travel like any other field, against a real server (SQLite and PostgreSQL).

A caption typed in laptop A's window reaches the server and laptop B, where it is under B's
thumbnail; a caption changed on two laptops merges when only one changed it and is refused as a
clash the user settles when both did; the server refuses a caption no laptop would send.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain import edits
from kopdes_desktop.domain.edits import Choice, ClashKind
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import RecordType, Visit, VisitDetail
from kopdes_desktop.domain.validation import CAPTION_TEXT
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import EditClashError
from kopdes_desktop.ui.forms.photo_strip import PhotoStrip
from kopdes_desktop.ui.main_window import VISITS
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_stale_forms import (
    SANGGAU,
    acting,
)
from tests.sync.test_stale_forms_window import Setup, open_window, sync_until, window_on_first
from tests.ui.helpers import screenshot

CAPTION = "Stok beras di gudang, rak kedua"  # typed key by key: QTest types ASCII only


def picture(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (320, 240), colour).save(path, "JPEG")
    return path


def visit_with_photo(desk: AppServices, coop_id: str, tmp_path: Path) -> tuple[str, str]:
    """A draft visit with one photo, made and synced on ``desk``; (visit id, photo id)."""
    visit = Visit(id=new_id(), cooperative_id=coop_id, findings="Gudang baru selesai")
    with acting(desk):
        photo = photos.import_photo(picture(tmp_path / f"{visit.id}.jpg", (30, 90, 160)), visit.id)
        desk.visits.save_draft(VisitDetail(visit, photos=(photo.photo,)))
        report = desk.sync.sync()
        assert report.push.rejected == 0
        assert report.photos.uploaded == 1
    return visit.id, photo.photo.id


@pytest.fixture
def two_bas(server: LiveServer, desks: DeskFactory, monkeypatch: pytest.MonkeyPatch) -> Setup:
    """Siti (A, in the window) and Budi (B) coach one cooperative. Each laptop's first round runs
    while the data folder is its own: the sync engine keeps the photo folder it started with."""
    coop_id = server.cooperative(SANGGAU)
    siti, budi = server.user(Role.BA, name="Siti"), server.user(Role.BA, name="Budi")
    server.assign(siti, coop_id)
    server.assign(budi, coop_id)
    mine = desks(siti, name="a")
    mine.sync.sync()
    theirs = desks(budi, name="b")
    theirs.sync.sync()
    return window_on_first(monkeypatch, (coop_id, mine, theirs))


def photo_on_server(server: LiveServer, photo_id: str) -> dict[str, object]:
    """The photo record as a PMO of the area pulls it."""
    laptop = server.laptop(server.user(Role.PMO, kabupaten=[SANGGAU]))
    try:
        laptop.pull()
        return laptop.of_type("photo")[photo_id]
    finally:
        laptop.close()


def test_a_caption_typed_in_one_window_reaches_the_server_and_the_other_laptop(
    qtbot: QtBot,
    server: LiveServer,
    two_bas: Setup,
    tmp_path: Path,
    indonesian_ui: None,
) -> None:
    coop_id, mine, theirs = two_bas
    visit_id, photo_id = visit_with_photo(mine, coop_id, tmp_path)
    window = open_window(qtbot, mine)
    window.navigation.setCurrentRow(VISITS)
    window.visits.open_record(visit_id)
    qtbot.waitUntil(lambda: isinstance(window.visits.editor, VisitEditor))
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitUntil(lambda: editor.photos.list.count() == 1)
    editor.photos.list.setCurrentRow(0)
    qtbot.keyClicks(editor.photos.caption, CAPTION)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    sync_until(qtbot, window, lambda: mine.sync.status().pending_changes == 0)

    assert photo_on_server(server, photo_id)["fields"]["caption"] == CAPTION  # type: ignore[index]
    with acting(theirs):
        assert theirs.sync.sync().photos.downloaded == 1  # a recent photo comes with the round
        [photo] = theirs.visits.get(visit_id).photos
        assert photo.caption == CAPTION
        # On B's laptop the thumbnail carries it, not a hash fragment.
        strip = PhotoStrip(TaskRunner(), visit_id, theirs.photos)
        qtbot.addWidget(strip)
        strip.resize(600, 360)
        strip.set_photos((photo,))
        assert strip.list.item(0).text().startswith(CAPTION)
        # B's round brought the photo (a recent one): its thumbnail shows it.
        assert not strip.list.item(0).icon().isNull()
        screenshot(qtbot, strip, f"photo-caption-on-laptop-b-{server.backend}")


def test_captions_changed_on_two_laptops_merge_or_clash_like_any_field(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    coop_id = server.cooperative(SANGGAU)
    ba = server.user(Role.BA, name="Siti")
    server.assign(ba, coop_id)
    laptop = desks(ba, name="laptop")
    laptop.sync.sync()  # while the data folder is its own (see two_bas)
    other = desks(ba, name="other")
    visit_id, photo_id = visit_with_photo(laptop, coop_id, tmp_path)
    with acting(other):
        other.sync.sync()
    opened = laptop.visits.get(visit_id)  # the form on the first laptop opens…

    # …while the other laptop captions the photo and syncs.
    with acting(other):
        there = other.visits.get(visit_id)
        other.visits.save_draft(
            dataclasses.replace(
                there, photos=(dataclasses.replace(there.photos[0], caption="Gudang"),)
            )
        )
        other.sync.sync()
    with acting(laptop):
        laptop.sync.sync()
        # Only the findings changed in the open form: saved, and the caption from the other
        # laptop survives.
        findings = dataclasses.replace(opened.visit, findings="Gudang sudah dipakai")
        saved = laptop.visits.save_draft(dataclasses.replace(opened, visit=findings), base=opened)
        assert saved.photos[0].caption == "Gudang"
        assert saved.visit.findings == "Gudang sudah dipakai"

        # The same caption typed on both laptops is no clash.
        same = laptop.visits.save_draft(
            dataclasses.replace(
                opened, photos=(dataclasses.replace(opened.photos[0], caption="Gudang"),)
            ),
            base=opened,
        )
        assert same.photos[0].caption == "Gudang"

        # Different captions on both: refused with the clash, nothing written until settled.
        mine = dataclasses.replace(
            opened, photos=(dataclasses.replace(opened.photos[0], caption="Gudang beras"),)
        )
        with pytest.raises(EditClashError) as caught:
            laptop.visits.save_draft(mine, base=opened)
        refused = caught.value
        [clash] = refused.clashes
        assert (clash.kind, clash.record_type, clash.record_id) == (
            ClashKind.FIELD,
            RecordType.PHOTO,
            photo_id,
        )
        assert (clash.field, clash.base, clash.theirs, clash.mine) == (
            "caption",
            "",
            "Gudang",
            "Gudang beras",
        )
        assert laptop.visits.get(visit_id).photos[0].caption == "Gudang"
        base, settled = edits.settle(
            opened, mine, refused.current, refused.clashes, {clash.key: Choice.MINE}
        )
        assert laptop.visits.save_draft(settled, base=base).photos[0].caption == "Gudang beras"
        laptop.sync.sync()
    with acting(other):
        other.sync.sync()
        assert other.visits.get(visit_id).photos[0].caption == "Gudang beras"
    assert photo_on_server(server, photo_id)["fields"]["caption"] == "Gudang beras"  # type: ignore[index]


def test_the_server_refuses_a_caption_no_laptop_would_send(server: LiveServer) -> None:
    coop_id = server.cooperative(SANGGAU)
    author = server.user(Role.BA)
    server.assign(author, coop_id)
    client = server.laptop(author)  # a client that skips the laptop's own checks
    visit_id, photo_id = new_id(), new_id()
    try:
        created = client.push(
            client.create("visit", {"cooperative_id": coop_id}, visit_id),
            client.create("photo", {"parent_id": visit_id, "sha256": "b" * 64}, photo_id),
        )
        assert [r["status"] for r in created] == ["applied"] * 2
        [too_long] = client.push(
            client.patch("photo", photo_id, {"caption": "x" * (CAPTION_TEXT + 1)})
        )
        [longest] = client.push(client.patch("photo", photo_id, {"caption": "y" * CAPTION_TEXT}))
    finally:
        client.close()
    assert too_long["status"] == "rejected", too_long
    assert too_long["reason"] == "validation"
    assert [(i["field"], i["code"]) for i in too_long["issues"]] == [("caption", "too_long")]
    assert longest["status"] == "applied", longest
    assert photo_on_server(server, photo_id)["fields"]["caption"] == "y" * CAPTION_TEXT  # type: ignore[index]
