"""Sync over a village link, with the real client engine against a real server.

    .venv/bin/python bench/sync_link.py ba-week [--photos 30]   # 64 kbit/s, 1 s RTT, drop / 20 s
    .venv/bin/python bench/sync_link.py photo-drops               # photos, link drops every 2.5 s
    .venv/bin/python bench/sync_link.py pmo-download             # busy PMO's first download
    .venv/bin/python bench/sync_link.py incremental    # 10 edits, servers of 1k/100k/1M visits

Prints time, bytes that crossed the emulated link, requests and the ratio to the floor the
targets in ../shared/design/quality.md are stated against.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from bench import pmo_area  # noqa: E402
from bench.link_emulator import LinkEmulator  # noqa: E402
from bench.server_load import start_server  # noqa: E402
from kopdes_desktop.domain import codec  # noqa: E402
from kopdes_desktop.domain.enums import (  # noqa: E402
    OpportunityNeed,
    PersonMet,
    Priority,
    Role,
    Sector,
    TravelMode,
    VisitPurpose,
)
from kopdes_desktop.domain.ids import new_id  # noqa: E402
from kopdes_desktop.domain.records import (  # noqa: E402
    RECORD_CLASSES,
    AgreedAction,
    Opportunity,
    OpportunityDetail,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.regions import RegionCatalog  # noqa: E402
from kopdes_desktop.paths import regions_dir  # noqa: E402
from kopdes_desktop.server import accounts, migrate  # noqa: E402
from kopdes_desktop.server.assignments import (  # noqa: E402
    assign_cooperatives,
    assign_kabupaten,
    cooperatives_of_kabupaten,
)
from kopdes_desktop.server.db import Database as ServerDatabase  # noqa: E402
from kopdes_desktop.server.demo import seed_cooperatives  # noqa: E402
from kopdes_desktop.server.models import ChangeLog, RecordRow  # noqa: E402
from kopdes_desktop.server.passwords import hash_password  # noqa: E402
from kopdes_desktop.server.versioning import bump_version  # noqa: E402
from kopdes_desktop.services import photos  # noqa: E402
from kopdes_desktop.services.app_services import AppServices  # noqa: E402
from kopdes_desktop.services.context import ServiceContext  # noqa: E402
from kopdes_desktop.services.sync_service import SyncService  # noqa: E402
from kopdes_desktop.storage import outbox, record_store  # noqa: E402
from kopdes_desktop.storage.models import model_for  # noqa: E402
from kopdes_desktop.storage.opening import open_database  # noqa: E402
from kopdes_desktop.sync.engine import SyncReport  # noqa: E402
from kopdes_desktop.sync.token_store import TokenStore  # noqa: E402
from kopdes_desktop.sync.transport import SyncError, Transport  # noqa: E402

try:
    from kopdes_desktop.sync.photo_sync import PhotosIncompleteError
except ImportError:  # the code before photos on demand, for "before" figures

    class PhotosIncompleteError(SyncError):  # type: ignore[no-redef]
        stats: Any
        report: object


PASSWORD = "bench-password"


class Stage:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.catalog = RegionCatalog.from_directory(regions_dir())
        url = f"sqlite:///{folder / 'server.sqlite'}"
        self.db = ServerDatabase(url)
        migrate.upgrade(self.db)
        with self.db.write() as session:
            seed_cooperatives(session, self.catalog)
        self.process, self.base_url = start_server(url, 1, folder)

    def user(self, role: Role, name: str, cooperatives: list[str] = (), area: str = "") -> str:  # type: ignore[assignment]
        with self.db.write() as session:
            accounts.create_user(
                session,
                username=name,
                role=role,
                full_name=name,
                password_hash=hash_password(PASSWORD),
            )
            if cooperatives:
                assign_cooperatives(session, name, cooperatives)
            if area:
                assign_kabupaten(session, name, [area], frozenset({area}))
        return name

    def cooperatives(self, kabupaten: str) -> list[str]:
        with self.db.read() as session:
            return sorted(cooperatives_of_kabupaten(session, kabupaten))

    def desk(self, username: str, name: str, link: LinkEmulator | None = None) -> AppServices:
        folder = self.folder / name
        folder.mkdir()
        import os

        os.environ["KOPDES_DATA_DIR"] = str(folder)
        database = open_database(folder / "kopdes.sqlite", folder / "backups", self.catalog)
        services = AppServices(ServiceContext(database=database, catalog=self.catalog))
        target = link.url if link else self.base_url
        services.sync = SyncService(
            services.context,
            token_store=TokenStore(folder / "token.json", use_keyring=False),
            transport_factory=lambda url, token: Transport(
                target, token=token, retries=2, sleep=lambda s: time.sleep(min(s, 1))
            ),
        )
        services.sync.sign_in(self.base_url, username, PASSWORD, name)
        return services

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def sync_until_done(
    desk: AppServices, give_up_s: float = 3600
) -> tuple[float, int, list[SyncReport]]:
    """What auto-sync does on a bad link: another round right after a dropped one."""
    started = time.monotonic()
    reports: list[SyncReport] = []
    failures = 0
    while time.monotonic() - started < give_up_s:
        try:
            reports.append(desk.sync.sync())
            return time.monotonic() - started, failures, reports
        except PhotosIncompleteError as waiting:
            failures += 1
            if isinstance(waiting.report, SyncReport):
                reports.append(waiting.report)
        except SyncError:
            failures += 1
    raise RuntimeError("sync did not complete")


def _photo(rng: random.Random, target: Path) -> Path:
    """A field photo stand-in: smooth shapes and fine texture, ~215 KB once resized (the size of
    a real field photo after the app's resize)."""
    image = Image.new("RGB", (1600, 1200), (rng.randrange(256), rng.randrange(256), 90))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(1600), rng.randrange(1200)
        draw.ellipse(
            (x, y, x + rng.randrange(50, 400), y + rng.randrange(50, 300)),
            fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    noise = Image.effect_noise((1600, 1200), 28).convert("RGB")
    image = Image.blend(image.filter(ImageFilter.GaussianBlur(3)), noise, 0.08)
    image.save(target, "JPEG", quality=92)
    return target


_WORD_TEXT = (
    "pengurus anggota rapat gerai sembako simpanan wajib pokok pembukuan kas koperasi desa "
    "kepala lahan sewa modal pinjaman bank himbara pupuk benih sawit karet madu kelulut ikan "
    "keramba jalan sungai banjir listrik genset gudang stok harga harian laporan bulanan akta "
    "notaris nib pajak rekening pelatihan kader bidan posyandu klinik apotek desa tetangga "
    "musyawarah ketua sekretaris bendahara pengawas usaha simpan pinjam logistik truk perahu "
    "minggu depan belum sudah perlu segera rencana target omzet untung rugi kontrak pemasok"
)
_WORDS = tuple(_WORD_TEXT.split())
_OWNERS = ("Ketua", "Sekretaris", "Bendahara", "Pengawas", "Kepala Desa", "Pak Usman", "Bu Sari")
_COMMODITIES = ("madu kelulut", "karet", "sawit", "ikan toman", "lada", "kopi liberika", "jagung")


def _prose(rng: random.Random, words: int) -> str:
    """Field notes stand-in: real words in a random order, so gzip cannot fold them together
    (a week of identical notes would make the floor, and every ratio, meaningless)."""
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def ba_week(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-week-"))
    stage = Stage(folder)
    try:
        coops = stage.cooperatives("61.06")[:15]
        ba = stage.user(Role.BA, "bench-ba", coops)
        link = LinkEmulator(
            "127.0.0.1",
            int(stage.base_url.rsplit(":", 1)[1]),
            kbit_per_s=args.kbit,
            rtt_s=args.rtt,
            drop_every_s=args.drop,
        )
        desk = stage.desk(ba, "laptop", link)
        link.drop_every_s = None  # the first download is not part of the week
        sync_until_done(desk)
        link.drop_every_s = args.drop
        rng = random.Random(5)
        # The week offline: 15 visits with 2 actions each, submitted; 20 opportunities; 14
        # profile edits; photos: 94 changes up, and 15 review comments the server adds.
        visit_ids = []
        for number in range(15):
            visit_id = new_id()
            visit_ids.append(visit_id)
            desk.visits.save_draft(
                VisitDetail(
                    Visit(
                        id=visit_id,
                        cooperative_id=coops[number],
                        visit_date=date(2026, 11, 20),
                        start_time=clock(9),
                        end_time=clock(11),
                        travel_mode=TravelMode.RIVER,
                        people_met=(PersonMet.PENGURUS, PersonMet.VILLAGE_HEAD),
                        people_count=rng.randrange(3, 25),
                        purposes=(VisitPurpose.LEGAL_DOCUMENTS, VisitPurpose.TRAINING),
                        findings=_prose(rng, 35),
                    ),
                    actions=tuple(
                        AgreedAction(
                            id=new_id(),
                            visit_id=visit_id,
                            description=_prose(rng, 8),
                            owner=rng.choice(_OWNERS),
                            due_date=date(2026, 12, 5),
                        )
                        for k in range(2)
                    ),
                )
            )
        for number in range(20):
            desk.opportunities.save(
                OpportunityDetail(
                    Opportunity(
                        id=new_id(),
                        cooperative_id=coops[number % 15],
                        title=_prose(rng, 4).rstrip("."),
                        sector=Sector.FORESTRY,
                        commodity=rng.choice(_COMMODITIES),
                        volume=float(rng.randrange(50, 900)),
                        volume_unit="kg/bulan",
                        capital_needed=rng.randrange(5, 90) * 1_000_000,
                        monthly_revenue=rng.randrange(5, 90) * 100_000,
                        needs=(OpportunityNeed.FINANCING,),
                        priority=Priority.HIGH,
                    )
                )
            )
        for number in range(14):
            detail = desk.cooperatives.get(coops[number])
            coop = dataclasses.replace(
                detail.cooperative,
                member_count=rng.randrange(20, 300),
                phone=f"08{rng.randrange(11, 99)}-{rng.randrange(10**7, 10**8)}",
            )
            desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
        photo_bytes = 0
        for number in range(args.photos):
            imported = photos.import_photo(
                _photo(rng, folder / f"p{number}.jpg"), visit_ids[number % 15]
            )
            photo_bytes += photos.photo_file(imported.photo.sha256).stat().st_size
            detail = desk.visits.get(visit_ids[number % 15])
            desk.visits.save_draft(
                dataclasses.replace(detail, photos=(*detail.photos, imported.photo))
            )
        # Submitted at the end of the week: the server answers each with a review comment.
        for visit_id in visit_ids:
            desk.visits.submit(desk.visits.get(visit_id))
        print(f"prepared {args.photos} photos, {photo_bytes / 1e6:.2f} MB; syncing...", flush=True)
        with desk.context.database.read() as session:
            changed = [dict(m.fields) for m in outbox.pending(session)]
        up0, down0 = link.counters.bytes_up, link.counters.bytes_down
        link.capture = {} if args.breakdown else None
        seconds, failures, reports = sync_until_done(desk)
        up, down = link.counters.bytes_up - up0, link.counters.bytes_down - down0
        requests = sum(r.requests for r in reports)
        comments = _review_comment_fields(stage.db)
        _print_breakdown(link.capture or {}, folder)
        floor = len(gzip.compress(json.dumps(changed + comments).encode()))
        print(
            f"BA week over {args.kbit:g} kbit/s, RTT {args.rtt:g} s, drop every {args.drop:g} s:"
            f" {len(changed)} changes up, {len(comments)} review comments down, {args.photos}"
            f" photos ({photo_bytes / 1e6:.2f} MB)\n"
            f"  completed in {seconds:.1f} s after {failures} dropped round(s); "
            f"{link.counters.drops} link drops; {requests} requests\n"
            f"  bytes up {up}, down {down}; gzip floor of the changed fields {floor} B"
        )
        if args.photos:
            link_s = photo_bytes / (args.kbit * 1000 / 8)
            print(f"  bytes up / photo bytes = {up / photo_bytes:.3f}")
            print(
                f"  the link alone needs {link_s:.0f} s for the photo bytes: time / link time = "
                f"{seconds / link_s:.2f}; {link.counters.drops} drops x {args.rtt:g} s RTT = "
                f"{link.counters.drops * args.rtt:.0f} s"
            )
            photo_stats = [r.photos for r in reports]
            print(
                f"  photo uploads: {sum(p.uploaded for p in photo_stats)} sent, "
                f"{sum(p.upload_drops for p in photo_stats)} resumed after a drop, "
                f"{sum(p.bytes_kept for p in photo_stats)} B kept by the server"
            )
        else:
            limit_s = floor / (args.kbit * 1000 / 8) + args.rtt
            print(
                f"  bytes on the wire / floor = {(up + down) / floor:.2f}; the link's limit "
                f"(floor bytes + one round trip) {limit_s:.1f} s: time / limit = "
                f"{seconds / limit_s:.2f}"
            )
        link.close()
    finally:
        stage.close()


def _http_messages(stream: bytes) -> list[tuple[bytes, bytes]]:
    """(head, body) of each HTTP/1.1 message in one direction of a connection."""
    messages = []
    while stream:
        head, _, rest = stream.partition(b"\r\n\r\n")
        head += b"\r\n\r\n"
        length = 0
        chunked = False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if chunked:
            body = bytearray()
            while True:
                size_line, _, rest = rest.partition(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                body += rest[:size]
                rest = rest[size + 2 :]
                if size == 0:
                    break
            messages.append((head, bytes(body)))
            stream = rest
        else:
            messages.append((head, rest[:length]))
            stream = rest[length:]
    return messages


def _print_breakdown(capture: dict[tuple[int, str], bytearray], folder: Path) -> None:
    """Where every byte of the round went: each request's and answer's head and body; the
    bodies, decoded, are written next to the bench's data for a closer look."""
    print(f"  where the bytes went (head + body; decoded bodies in {folder}):")
    number = 0
    for connection in sorted({key[0] for key in capture}):
        ups = _http_messages(bytes(capture.get((connection, "up"), b"")))
        downs = _http_messages(bytes(capture.get((connection, "down"), b"")))
        for (up_head, up_body), (down_head, down_body) in zip(ups, downs, strict=False):
            number += 1
            line = up_head.split(b"\r\n")[0].decode()
            status = down_head.split(b"\r\n")[0].decode()
            print(
                f"    {line}: request head {len(up_head)} + body {len(up_body)} B; "
                f"{status}: answer head {len(down_head)} + body {len(down_body)} B"
            )
            for name, head, sent in (("up", up_head, up_body), ("down", down_head, down_body)):
                print("      " + head.decode().replace("\r\n", " | ").rstrip(" |"))
                (folder / f"body-{number}-{name}.bin").write_bytes(_decoded_body(head, sent))


def _decoded_body(head: bytes, body: bytes) -> bytes:
    from kopdes_desktop.sync import wire_codec

    if b"kopdes-zstd" in head.lower() and b"content-encoding" in head.lower():
        return wire_codec.decompress(body, 1 << 26) or b""
    if body[:2] == b"\x1f\x8b":
        return gzip.decompress(body)
    return body


def _review_comment_fields(db: ServerDatabase) -> list[dict[str, Any]]:
    with db.read() as session:
        rows = session.scalars(select(RecordRow).where(RecordRow.record_type == "review_comment"))
        return [dict(row.data) for row in rows]


def _link(stage: Stage, kbit: float, rtt: float, drop: float | None) -> LinkEmulator:
    port = int(stage.base_url.rsplit(":", 1)[1])
    return LinkEmulator("127.0.0.1", port, kbit_per_s=kbit, rtt_s=rtt, drop_every_s=drop)


def _sync_for(desk: AppServices, give_up_s: float) -> tuple[float | None, int, list[SyncReport]]:
    """Rounds until one completes, or None after ``give_up_s``."""
    try:
        return sync_until_done(desk, give_up_s)
    except RuntimeError:
        return None, 0, []


def photo_drops(args: argparse.Namespace) -> None:
    """Issue 10 item 6: photos over links that drop every 2.5 s. A BA sends 3 photos at
    256 kbit/s; a PMO receives 10 photos at 1 Mbit/s."""
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-photo-drops-"))
    stage = Stage(folder)
    try:
        coops = stage.cooperatives("61.06")[:2]
        ba = stage.user(Role.BA, "bench-ba", coops)
        pmo = stage.user(Role.PMO, "bench-pmo", area="61.06")
        added = _ba_sends_photos(stage, ba, coops[0], folder, args)
        _pmo_receives_photos(stage, pmo, added, args)
    finally:
        stage.close()


def _ba_sends_photos(
    stage: Stage, ba: str, coop_id: str, folder: Path, args: argparse.Namespace
) -> list[tuple[str, int]]:
    """3 photos over the dropping link, then 7 more without drops; returns (hash, size)."""
    link = _link(stage, args.up_kbit, args.rtt, None)
    desk = stage.desk(ba, "laptop", link)
    sync_until_done(desk)
    rng = random.Random(7)
    visit_id = desk.visits.save_draft(
        VisitDetail(Visit(id=new_id(), cooperative_id=coop_id, findings="foto"))
    ).visit.id
    added = [
        photos.import_photo(_photo(rng, folder / f"p{number}.jpg"), visit_id).photo
        for number in range(10)
    ]
    sizes = [photos.photo_file(photo.sha256).stat().st_size for photo in added]
    detail = desk.visits.get(visit_id)
    desk.visits.save_draft(dataclasses.replace(detail, photos=tuple(added[:3])))
    link.drop_every_s = args.drop
    before = link.counters.bytes_up
    seconds, failures, reports = _sync_for(desk, args.give_up)
    sent = link.counters.bytes_up - before
    print(
        f"BA sends 3 photos ({sum(sizes[:3]) / 1e3:.0f} KB) over {args.up_kbit:g} kbit/s, "
        f"RTT {args.rtt:g} s, drop every {args.drop:g} s:"
    )
    if seconds is None:
        print(f"  NOT finished in {args.give_up:g} s; {sent} B sent")
    else:
        print(
            f"  done in {seconds:.1f} s ({failures} interrupted round(s), {link.counters.drops} "
            f"drops); bytes up / photo bytes = {sent / sum(sizes[:3]):.3f}; "
            f"{sum(r.photos.uploaded for r in reports)} photos sent in the last round"
        )
    link.drop_every_s = None
    detail = desk.visits.get(visit_id)
    desk.visits.save_draft(dataclasses.replace(detail, photos=tuple(added)))
    sync_until_done(desk)  # the other 7 photos, without drops
    link.close()
    return [(photo.sha256, size) for photo, size in zip(added, sizes, strict=True)]


def _pmo_receives_photos(
    stage: Stage, pmo: str, added: list[tuple[str, int]], args: argparse.Namespace
) -> None:
    link = _link(stage, args.down_kbit, args.rtt, None)
    viewer = stage.desk(pmo, "pmo", link)
    link.drop_every_s = args.drop
    started = time.monotonic()
    rounds = resumed = 0
    while time.monotonic() - started < args.give_up:
        rounds += 1
        try:
            resumed += getattr(viewer.sync.sync().photos, "resumed_downloads", 0)
            break
        except PhotosIncompleteError as waiting:
            resumed += getattr(waiting.stats, "resumed_downloads", 0)
        except SyncError:
            pass
    seconds = time.monotonic() - started
    total = sum(size for _sha, size in added)
    have = sum(photos.photo_file(sha).exists() for sha, _size in added)
    print(
        f"PMO receives 10 photos ({total / 1e3:.0f} KB) over {args.down_kbit:g} kbit/s, "
        f"RTT {args.rtt:g} s, drop every {args.drop:g} s:"
    )
    print(
        f"  {have} of 10 photos after {rounds} round(s) and {seconds:.1f} s; {resumed} resumed "
        f"downloads; bytes down / photo bytes = {link.counters.bytes_down / total:.2f}"
    )
    link.close()


def pmo_download(args: argparse.Namespace) -> None:
    """Issue 15: a busy PMO's first download. A kabupaten of 406 cooperatives, 400 of them with
    officers and business units; 20,000 visits (2 agreed actions and a review comment each),
    5,000 opportunities: ~88,000 records (bench/pmo_area.py)."""
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-pmo-"))
    stage = Stage(folder)
    try:
        seeded = stage.cooperatives(pmo_area.KABUPATEN)
        size = pmo_area.AreaSize(
            cooperatives=min(400, len(seeded)),
            visits=args.visits,
            opportunities=args.visits // 4,
            photos=0,  # photos come on demand (issue 15 item 5), not in this download
        )
        pmo = stage.user(Role.PMO, "bench-busy-pmo", area=pmo_area.KABUPATEN)
        with stage.db.read() as session:
            pmo_id = accounts.user_by_username(session, pmo).id  # type: ignore[union-attr]
        started = time.monotonic()
        written = pmo_area.seed_server(stage.db, stage.catalog, size, pmo_id, seeded)
        print(
            f"server holds {len(seeded)} cooperatives of kabupaten {pmo_area.KABUPATEN} and "
            f"{written:,} records under them (written in {time.monotonic() - started:.0f} s)",
            flush=True,
        )
        for label, link_args in (
            (f"{args.kbit:g} kbit/s, RTT {args.rtt:g} s", (args.kbit, args.rtt)),
            ("loopback", None),
        ):
            if args.link_only and link_args is None:
                continue
            link = _link(stage, *link_args, None) if link_args else None
            desk = stage.desk(pmo, f"pmo-{label.split()[0]}", link)
            marks: list[tuple[float, str]] = []
            started = time.monotonic()
            report = desk.sync.sync(_stage_marks(marks))
            seconds = time.monotonic() - started
            apply_s = _stage_seconds(marks, started + seconds, "apply")
            pull_s = _stage_seconds(marks, started + seconds, "pull")
            print(
                f"busy PMO first download over {label}: {report.pull.changes:,} records in "
                f"{report.pull.pages} pages, {seconds:.1f} s (downloading {pull_s:.1f} s, "
                f"applying {apply_s:.1f} s), "
                f"{report.requests} requests, {report.bytes_sent:,} B up, "
                f"{report.bytes_received:,} B down"
            )
            if link_args:
                floor = _area_floor(desk)
                link_s = report.bytes_received / (link_args[0] * 1000 / 8)
                floor_s = floor / (link_args[0] * 1000 / 8)
                print(
                    f"  gzip floor of the records' fields {floor:,} B: bytes down / floor = "
                    f"{report.bytes_received / floor:.2f}; the link needs {link_s:.1f} s for the "
                    f"bytes received ({floor_s:.1f} s for the floor): time / link time = "
                    f"{seconds / link_s:.2f}, time / floor time = {seconds / floor_s:.2f}"
                )
                link.close()  # type: ignore[union-attr]
    finally:
        stage.close()
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (2 cores)")


def _stage_marks(marks: list[tuple[float, str]]) -> Any:
    """A progress callback noting when each stage reported."""
    return lambda shown: marks.append((time.monotonic(), shown.stage.value))


def _stage_seconds(marks: list[tuple[float, str]], end: float, name: str) -> float:
    """How long the round spent in a stage, from the progress it reported."""
    times = marks
    inside = [at for at, stage_name in times if stage_name == name]
    if not inside:
        return 0.0
    after = [at for at, stage_name in times if at > inside[0] and stage_name != name]
    return (after[0] if after else end) - inside[0]


def _area_floor(desk: AppServices) -> int:
    """The gzip size of every record's fields as the laptop now holds them."""
    fields = []
    with desk.context.database.read() as session:
        for record_type in RECORD_CLASSES:
            for row in session.query(model_for(record_type)):
                fields.append(codec.encode(record_store.row_to_record(record_type, row)))
    return len(gzip.compress(json.dumps(fields).encode()))


def seed_visits_fast(db: ServerDatabase, visits: int, kabupaten: str = "61.01") -> None:
    """``visits`` approved visits by a PMO across the kabupaten's cooperatives, written with
    bulk inserts (records and their change log rows, 50,000 per version) so the 1,000,000-row
    server is built in a minute or two instead of an hour of ORM flushes."""
    with db.write() as session:
        cooperatives = sorted(cooperatives_of_kabupaten(session, kabupaten))
        user = accounts.create_user(
            session, username="bench-load-pmo", role=Role.PMO, full_name="Load PMO",
            password_hash=hash_password(PASSWORD),
        )  # fmt: skip
        user_id = user.id
    fields = {"visit_date": "2026-11-20", "start_time": "09:00:00", "end_time": "11:00:00",
              "travel_mode": "river", "people_met": ["pengurus"], "purposes": ["kelembagaan"],
              "people_count": 12, "findings": "Rapat pengurus; gerai sembako mulai buka. " * 3,
              "status": "approved", "author_id": user_id}  # fmt: skip
    at = accounts.now()
    for start in range(0, visits, 50_000):
        with db.write() as session:
            version = bump_version(session)
            meta = {name: {"v": version, "c": "bench-seed", "u": user_id} for name in fields}
            records, log = [], []
            for number in range(start, min(visits, start + 50_000)):
                cooperative = cooperatives[number % len(cooperatives)]
                record_id = new_id()
                records.append(
                    {"record_id": record_id, "record_type": "visit", "cooperative_id": cooperative,
                     "parent_id": cooperative, "author_id": user_id,
                     "data": {**fields, "cooperative_id": cooperative}, "field_meta": meta,
                     "version": version, "deleted": False, "created_at": at, "updated_at": at}
                )  # fmt: skip
                log.append(
                    {"version": version, "record_id": record_id, "record_type": "visit",
                     "cooperative_id": cooperative, "user_id": user_id,
                     "client_id": "bench-seed", "mutation_id": None, "deleted": False, "at": at}
                )  # fmt: skip
            session.execute(insert(RecordRow), records)
            session.execute(insert(ChangeLog), log)


def incremental(args: argparse.Namespace) -> None:
    """10 profile edits by a BA on servers of growing size: what one sync round costs."""
    results: dict[int, tuple[float, int, int, int]] = {}
    for visits in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"kopdes-bench-inc-{visits}-"))
        stage = Stage(folder)
        try:
            built = time.monotonic()
            seed_visits_fast(stage.db, visits)  # the load lives in Sambas, the BA elsewhere
            print(f"server with {visits} visits built in {time.monotonic() - built:.0f} s")
            coops = stage.cooperatives("61.08")[:10]
            ba = stage.user(Role.BA, "bench-ba", coops)
            # Loopback, through the emulator only to count every byte (headers included).
            link = _link(stage, 1_000_000, 0.0, None)
            desk = stage.desk(ba, "laptop", link)
            desk.sync.sync()
            rng = random.Random(11)
            rounds = []
            for repeat in range(args.repeats):
                for number, coop_id in enumerate(coops):
                    detail = desk.cooperatives.get(coop_id)
                    edited = dataclasses.replace(
                        detail.cooperative,
                        member_count=100 * repeat + number + 1,
                        phone=f"08{rng.randrange(11, 99)}-{rng.randrange(10**7, 10**8)}",
                        address=_prose(rng, 6),
                        notes=_prose(rng, 18),
                    )
                    desk.cooperatives.save(dataclasses.replace(detail, cooperative=edited))
                with desk.context.database.read() as session:
                    changed = [dict(m.fields) for m in outbox.pending(session)]
                floor = len(gzip.compress(json.dumps(changed).encode()))
                up0, down0 = link.counters.bytes_up, link.counters.bytes_down
                started = time.monotonic()
                report = desk.sync.sync()
                seconds = time.monotonic() - started
                up, down = link.counters.bytes_up - up0, link.counters.bytes_down - down0
                rounds.append((seconds, up, down, report.requests))
            seconds, up, down, requests = sorted(rounds)[len(rounds) // 2]
            results[visits] = (seconds, up, down, requests)
            print(
                f"10 edits with {visits} visits on the server: median round {seconds * 1000:.0f} ms"
                f" over {args.repeats} rounds; {up} B up + {down} B down = {up + down} B "
                f"(headers included) in {requests} requests; gzip floor "
                f"{floor} B, ratio {(up + down) / floor:.2f}"
            )
            link.close()
        finally:
            stage.close()
    smallest, largest = min(results), max(results)
    print(
        f"ratio largest / smallest server: time {results[largest][0] / results[smallest][0]:.2f}"
        f", bytes {sum(results[largest][1:3]) / sum(results[smallest][1:3]):.2f}"
    )


def main() -> None:
    import logging
    import os

    if os.environ.get("KOPDES_BENCH_DEBUG"):
        logging.basicConfig(
            level=logging.DEBUG, format="%(relativeCreated)8.0f %(name)s %(message)s"
        )
        for noisy in ("urllib3", "httpx", "httpcore", "sqlalchemy", "asyncio"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    week = commands.add_parser("ba-week")
    week.add_argument("--photos", type=int, default=0)
    week.add_argument("--kbit", type=float, default=64)
    week.add_argument("--rtt", type=float, default=1.0)
    week.add_argument("--drop", type=float, default=20.0)
    week.add_argument("--breakdown", action="store_true", help="where each byte went")
    pmo = commands.add_parser("pmo-download")
    pmo.add_argument("--visits", type=int, default=20_000)
    pmo.add_argument("--link-only", action="store_true", help="skip the loopback run")
    pmo.add_argument("--kbit", type=float, default=1000)
    pmo.add_argument("--rtt", type=float, default=0.2)
    drops = commands.add_parser("photo-drops")
    drops.add_argument("--up-kbit", type=float, default=256)
    drops.add_argument("--down-kbit", type=float, default=1000)
    drops.add_argument("--rtt", type=float, default=0.2)
    drops.add_argument("--drop", type=float, default=2.5)
    drops.add_argument("--give-up", type=float, default=300)
    inc = commands.add_parser("incremental")
    inc.add_argument(
        "--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000],
        help="visits on the server, one run each",
    )  # fmt: skip
    inc.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    commands_run = {
        "ba-week": ba_week,
        "photo-drops": photo_drops,
        "pmo-download": pmo_download,
        "incremental": incremental,
    }
    commands_run[args.command](args)


if __name__ == "__main__":
    main()
