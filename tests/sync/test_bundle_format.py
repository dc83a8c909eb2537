"""The handover file itself: signatures, limits, and that no damaged file gets past the reader."""

from __future__ import annotations

import gzip
import hashlib
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.sync.bundle_format import (
    MAX_MANIFEST_BYTES,
    MAX_PHOTOS,
    BundleManifest,
    BundlePhoto,
    BundleSignatureError,
    BundleTooLargeError,
    BundleUnreadableError,
    BundleVersionError,
    HandoverError,
    new_device_key,
    open_bundle,
    public_key_of,
    write_bundle,
)
from kopdes_desktop.sync.protocol import Mutation

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40  # JPEG-ish bytes, 10 KB


def manifest(photos: list[BundlePhoto] | None = None, **changes: object) -> BundleManifest:
    mutations = [
        Mutation(
            mutation_id=n,
            record_type="visit",
            record_id=new_id(),
            op="create",
            fields={"findings": f"kunjungan {n}"},
        )
        for n in (4, 5, 6)
    ]
    values: dict[str, object] = {
        "client_id": new_id(),
        "user_id": new_id(),
        "username": "ani",
        "device_id": new_id(),
        "server_url": "https://sync.example.go.id",
        "created_at": "2026-11-30T08:00:00+07:00",
        "mutations": mutations,
        "photos": photos or [],
    }
    return BundleManifest.model_validate({**values, **changes})


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, str]:
    """A valid bundle with one photo, and the public key it was signed with."""
    key = new_device_key()
    photo_file = tmp_path / "photo.jpg"
    photo_file.write_bytes(PHOTO)
    sha = hashlib.sha256(PHOTO).hexdigest()
    target = tmp_path / "ani.kopdes"
    write_bundle(
        target, manifest([BundlePhoto(sha256=sha, size=len(PHOTO))]), key, {sha: photo_file}
    )
    return target, public_key_of(key)


def test_a_signed_bundle_reads_back_and_checks_out(signed: tuple[Path, str]) -> None:
    path, public_key = signed
    with open_bundle(path) as bundle:
        bundle.verify(public_key)
        bundle.check_photos(1024 * 1024)
        assert [m.mutation_id for m in bundle.manifest.mutations] == [4, 5, 6]
        assert [data for _sha, data in bundle.photos()] == [PHOTO]
    assert path.stat().st_mode & 0o077 == 0  # private to its owner
    assert not path.with_name(path.name + ".part").exists()


def test_another_key_or_an_edited_manifest_fails_the_signature(
    signed: tuple[Path, str], tmp_path: Path
) -> None:
    path, public_key = signed
    with open_bundle(path) as bundle, pytest.raises(BundleSignatureError):
        bundle.verify(public_key_of(new_device_key()))
    with open_bundle(path) as bundle, pytest.raises(BundleSignatureError):
        bundle.verify(None)  # the device never registered a key
    # Re-writing the manifest (here: naming another account) keeps the old signature.
    forged = tmp_path / "forged.kopdes"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(forged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                document = json.loads(data)
                document["user_id"] = new_id()
                data = json.dumps(document).encode()
            target.writestr(item, data)
    with open_bundle(forged) as bundle, pytest.raises(BundleSignatureError):
        bundle.verify(public_key)


def test_a_photo_over_the_servers_limit_is_refused_before_any_is_used(
    signed: tuple[Path, str],
) -> None:
    path, _key = signed
    with open_bundle(path) as bundle, pytest.raises(BundleTooLargeError) as refused:
        bundle.check_photos(len(PHOTO) - 1)
    assert refused.value.params["what"] == "photo"
    assert "MiB" in str(refused.value)


def test_a_format_1_bundle_is_told_to_update_the_app(tmp_path: Path) -> None:
    old = tmp_path / "old.kopdes"
    old.write_bytes(gzip.compress(json.dumps({"format": "kopdes-handover", "version": 1}).encode()))
    with pytest.raises(BundleVersionError) as refused:
        open_bundle(old)
    assert refused.value.params["version"] == 1
    assert "update the app on the laptop that made it" in str(refused.value)
    newer = tmp_path / "newer.kopdes"
    with zipfile.ZipFile(newer, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "kopdes-handover", "version": 3}))
        archive.writestr("manifest.sig", "AAAA")
    with pytest.raises(BundleVersionError, match="newer Kopdes Desktop"):
        open_bundle(newer)


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    crowded = tmp_path / "crowded.kopdes"
    with zipfile.ZipFile(crowded, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("manifest.sig", "AAAA")
        for n in range(MAX_PHOTOS + 1):
            archive.writestr(f"photos/{n}.jpg", b"")
    with pytest.raises(BundleTooLargeError):
        open_bundle(crowded)


def write_bomb(path: Path, inflated_mib: int) -> None:
    """A zip whose manifest inflates to ``inflated_mib`` MiB of spaces (deflate: ~1000:1)."""
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("manifest.json", "w", force_zip64=True) as entry:
            for _ in range(inflated_mib):
                entry.write(chunk)
        archive.writestr("manifest.sig", "AAAA")


def test_a_decompression_bomb_is_refused_within_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.kopdes"
    write_bomb(bomb, 1024)  # 1 GiB inflated
    assert bomb.stat().st_size < 8 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(BundleTooLargeError) as refused:
            open_bundle(bomb)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(refused.value) == "the changes take more than 16 MiB"
    # Every byte the reader inflates is a Python object, so this is its whole appetite.
    assert peak < 4 * MAX_MANIFEST_BYTES, f"peaked at {peak >> 20} MiB"  # not 1 GiB
    assert MAX_MANIFEST_BYTES == 16 * 1024 * 1024


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_damage_is_a_handover_error_never_a_crash(
    signed: tuple[Path, str], tmp_path: Path, data: st.DataObject
) -> None:
    path, public_key = signed
    original = path.read_bytes()
    damaged = bytearray(original)
    kind = data.draw(st.sampled_from(["truncate", "flip", "overwrite"]))
    if kind == "truncate":
        damaged = damaged[: data.draw(st.integers(0, len(original) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            at = data.draw(st.integers(0, len(original) - 1))
            damaged[at] = (
                damaged[at] ^ (1 << data.draw(st.integers(0, 7)))
                if kind == "flip"
                else data.draw(st.integers(0, 255))
            )
    target = tmp_path / "damaged.kopdes"
    target.write_bytes(bytes(damaged))
    refusal = ""
    try:
        with open_bundle(target) as bundle:
            bundle.verify(public_key)
            bundle.check_photos(1024 * 1024)
    except HandoverError as error:
        refusal = str(error) or "(empty message)"
    if refusal:
        assert "\n" not in refusal
        return
    # Damage the reader could not see left the signed content untouched (zip padding, dates).
    with open_bundle(target) as bundle, open_bundle(path) as intact:
        assert bundle.manifest == intact.manifest
        assert list(bundle.photos()) == list(intact.photos())


def test_a_damaged_photo_is_named(signed: tuple[Path, str], tmp_path: Path) -> None:
    path, public_key = signed
    altered = tmp_path / "altered.kopdes"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(altered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("photos/"):
                data = data[:-1] + b"\x00"
            target.writestr(item, data)
    with open_bundle(altered) as bundle:
        bundle.verify(public_key)  # the manifest is intact...
        with pytest.raises(BundleUnreadableError, match=r"photo [0-9a-f]{12} is damaged"):
            bundle.check_photos(1024 * 1024)  # ...but the photo is not what it lists
