"""The offline-handover bundle file, shared by the laptop and the server (``import-bundle``).

Format 2 is a zip archive:

- ``manifest.json``: who made it (account, device, install) and every unsent mutation;
- ``manifest.sig``: the Ed25519 signature of manifest.json's exact bytes by the key of the
  device named in it (base64). The server registered that key's public half when the laptop
  signed in, so nobody but that laptop can make a bundle that names it;
- ``photos/<sha256>.jpg``: the photos the mutations link, stored uncompressed. The manifest lists
  each one's hash and size, so the signature covers the photos too.

Everything read from a bundle is bounded (manifest size, counts, photo sizes) and read one entry
at a time, so a hostile file can neither exhaust memory nor crash the importer: any fault is a
:class:`HandoverError` with a one-line message, raised before anything is applied.
Format 1 (gzip JSON with an unkeyed checksum, before 2026-12) is refused with a clear message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Annotated, Any, Self

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kopdes_desktop.sync.protocol import Identifier, Mutation, Sha256Hex

HANDOVER_FORMAT = "kopdes-handover"
HANDOVER_VERSION = 2
MANIFEST_ENTRY = "manifest.json"
SIGNATURE_ENTRY = "manifest.sig"
PHOTO_PREFIX = "photos/"

# Limits. A BA's month offline is ~500 mutations (~300 KB of manifest) and ~120 photos of
# ~200 KB, so these leave a wide margin while keeping an importer's memory to tens of MB.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MUTATIONS = 20_000
MAX_PHOTOS = 5_000
MAX_PHOTO_BYTES = 15 * 1024 * 1024  # the server's default photo limit
MAX_PHOTOS_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
_MAX_SIGNATURE_BYTES = 256
_MiB = 1024 * 1024


# --- errors ----------------------------------------------------------------------------------


class HandoverError(ValueError):
    """A bundle that cannot be delivered. ``code`` and ``params`` let a screen translate it;
    the message is one line of English for logs and the command line."""

    code = "refused"

    def __init__(self, message: str, **params: str | int) -> None:
        super().__init__(message)
        self.params = params


class BundleUnreadableError(HandoverError):
    """Not a bundle, or damaged: truncated, bit-flipped, a photo that does not match."""

    code = "unreadable"


class BundleVersionError(HandoverError):
    """Made by an app version whose bundle format this one does not accept (``version``)."""

    code = "unsupported_version"


class BundleTooLargeError(HandoverError):
    """Over one of the limits above (``what``, ``limit``)."""

    code = "too_large"


class BundleSignatureError(HandoverError):
    """Not signed by a signed-in laptop of the account it names: forged, or from a revoked
    laptop."""

    code = "bad_signature"


class BundleAccountError(HandoverError):
    """Made by another account than the one delivering it (``owner``)."""

    code = "other_account"


class DeviceKeyMissingError(HandoverError):
    """This laptop has no registered handover key yet: it must reach the server once."""

    code = "no_device_key"


class BundleRefusedError(HandoverError):
    """The server refused the bundle's changes as a whole. ``reason`` says why, so a screen can
    tell the user what to do: ``missing_earlier`` (the server lacks changes made before the
    bundle's first one) or ``reused_ids`` (the server already holds other changes under the
    bundle's numbers: the laptop that made it was restored or copied)."""

    code = "refused"
    MISSING_EARLIER = "missing_earlier"
    REUSED_IDS = "reused_ids"


# --- the manifest ----------------------------------------------------------------------------


class BundlePhoto(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: Sha256Hex
    size: Annotated[int, Field(ge=1, le=MAX_PHOTOS_TOTAL_BYTES)]


class BundleManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = HANDOVER_FORMAT
    version: int = HANDOVER_VERSION
    client_id: Identifier
    user_id: Identifier
    username: Annotated[str, Field(max_length=100)]
    device_id: Identifier
    server_url: Annotated[str, Field(max_length=2000)]
    created_at: Annotated[str, Field(max_length=64)]
    mutations: Annotated[list[Mutation], Field(max_length=MAX_MUTATIONS)]
    photos: Annotated[list[BundlePhoto], Field(max_length=MAX_PHOTOS)] = Field(default_factory=list)


# --- device keys -----------------------------------------------------------------------------


def new_device_key() -> str:
    """A fresh private key as base64 text (its public half: :func:`public_key_of`)."""
    return _b64(Ed25519PrivateKey.generate().private_bytes_raw())


def public_key_of(private_key: str) -> str:
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    return _b64(private.public_key().public_bytes_raw())


def sign(private_key: str, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key)).sign(data)


def signature_matches(public_key: str, data: bytes, signature: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --- writing ---------------------------------------------------------------------------------


def write_bundle(
    target: Path, manifest: BundleManifest, private_key: str, photo_files: Mapping[str, Path]
) -> None:
    """Write atomically (a ``.part`` file renamed at the end), readable by its owner only."""
    if len(manifest.mutations) > MAX_MUTATIONS:
        raise BundleTooLargeError(
            f"{len(manifest.mutations)} changes are more than one bundle holds ({MAX_MUTATIONS})",
            what="changes",
            limit=MAX_MUTATIONS,
        )
    manifest_bytes = manifest.model_dump_json().encode("utf-8")
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise BundleTooLargeError(
            f"the changes take more than {MAX_MANIFEST_BYTES // _MiB} MiB",
            what="changes",
            limit=MAX_MANIFEST_BYTES,
        )
    temporary = target.with_name(target.name + ".part")
    with zipfile.ZipFile(temporary, "w") as archive:
        archive.writestr(MANIFEST_ENTRY, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(SIGNATURE_ENTRY, _b64(sign(private_key, manifest_bytes)))
        for photo in manifest.photos:
            archive.write(photo_files[photo.sha256], PHOTO_PREFIX + photo.sha256 + ".jpg")
    if os.name == "posix":
        os.chmod(temporary, stat.S_IRUSR | stat.S_IWUSR)
    temporary.replace(target)


# --- reading ---------------------------------------------------------------------------------

# Everything zipfile, json and pydantic raise on a damaged or hostile file.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,  # also RecursionError: JSON nested too deep
    KeyError,
    OverflowError,
    zlib.error,
)


class OpenedBundle:
    """A bundle whose structure and limits were checked; photos are read on demand."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        manifest_bytes: bytes,
        signature: bytes,
        manifest: BundleManifest,
    ) -> None:
        self._archive = archive
        self._manifest_bytes = manifest_bytes
        self._signature = signature
        self.manifest = manifest

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def verify(self, public_key: str | None) -> None:
        """Refuse unless the manifest was signed by the holder of ``public_key``."""
        if not public_key or not signature_matches(
            public_key, self._manifest_bytes, self._signature
        ):
            raise BundleSignatureError(
                f"not signed by a signed-in laptop of {self.manifest.username}: the signature "
                f"does not match device {self.manifest.device_id}",
                username=self.manifest.username,
            )

    def check_photos(self, max_photo_bytes: int) -> None:
        """Every photo within ``max_photo_bytes`` and matching its hash, before any is used."""
        for photo in self.manifest.photos:
            if photo.size > max_photo_bytes:
                raise BundleTooLargeError(
                    f"photo {photo.sha256[:12]} is {photo.size / _MiB:.1f} MiB; the server "
                    f"accepts at most {max_photo_bytes / _MiB:.1f} MiB",
                    what="photo",
                    limit=max_photo_bytes,
                )
        for photo in self.manifest.photos:
            self.photo(photo.sha256)

    def photo(self, sha256: str) -> bytes:
        """The bytes of one listed photo, read within its declared size and hash-checked."""
        size = next((p.size for p in self.manifest.photos if p.sha256 == sha256), None)
        if size is None:
            raise BundleUnreadableError(f"photo {sha256[:12]} is not in the bundle")
        try:
            with self._archive.open(PHOTO_PREFIX + sha256 + ".jpg") as entry:
                data = entry.read(size + 1)
        except _READ_ERRORS as error:
            raise BundleUnreadableError(f"photo {sha256[:12]} is damaged ({error})") from error
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            raise BundleUnreadableError(f"photo {sha256[:12]} is damaged")
        return data

    def photos(self) -> Iterator[tuple[str, bytes]]:
        for photo in self.manifest.photos:
            yield photo.sha256, self.photo(photo.sha256)


def open_bundle(source: Path) -> OpenedBundle:
    """Open and check a bundle file; raises :class:`HandoverError` (or OSError) otherwise."""
    with source.open("rb") as handle:
        head = handle.read(4)
    if head[:2] == b"\x1f\x8b":
        raise BundleVersionError(
            "made by an older Kopdes Desktop (bundle format 1, unsigned); update the app on the "
            "laptop that made it and export again",
            version=1,
        )
    try:
        archive = zipfile.ZipFile(source)
    except _READ_ERRORS as error:
        raise BundleUnreadableError("not a handover bundle, or damaged") from error
    try:
        return _checked(archive)
    except BaseException:
        archive.close()
        raise


def _checked(archive: zipfile.ZipFile) -> OpenedBundle:
    entries = archive.infolist()
    if len(entries) > MAX_PHOTOS + 2:
        raise BundleTooLargeError(
            f"{len(entries)} entries; a bundle holds at most {MAX_PHOTOS} photos",
            what="photos",
            limit=MAX_PHOTOS,
        )
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names):
        raise BundleUnreadableError("damaged (an entry appears twice)")
    if MANIFEST_ENTRY not in names or SIGNATURE_ENTRY not in names:
        raise BundleUnreadableError("not a handover bundle (no manifest)")
    manifest_bytes = _read_entry(archive, MANIFEST_ENTRY, MAX_MANIFEST_BYTES, "changes")
    signature_text = _read_entry(archive, SIGNATURE_ENTRY, _MAX_SIGNATURE_BYTES, "signature")
    try:
        signature = base64.b64decode(signature_text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise BundleUnreadableError("damaged (unreadable signature)") from error
    manifest = _parse_manifest(manifest_bytes)
    listed = [PHOTO_PREFIX + photo.sha256 + ".jpg" for photo in manifest.photos]
    if len(set(listed)) != len(listed):
        raise BundleUnreadableError("damaged (a photo is listed twice)")
    if set(names) != {MANIFEST_ENTRY, SIGNATURE_ENTRY, *listed}:
        raise BundleUnreadableError("damaged (photos do not match the list of changes)")
    if sum(photo.size for photo in manifest.photos) > MAX_PHOTOS_TOTAL_BYTES:
        raise BundleTooLargeError(
            f"the photos take more than {MAX_PHOTOS_TOTAL_BYTES // _MiB} MiB",
            what="photos",
            limit=MAX_PHOTOS_TOTAL_BYTES,
        )
    return OpenedBundle(archive, manifest_bytes, signature, manifest)


def _read_entry(archive: zipfile.ZipFile, name: str, limit: int, what: str) -> bytes:
    """Inflate at most ``limit`` bytes: a few KB that expand to gigabytes stop here."""
    try:
        with archive.open(name) as entry:
            data = entry.read(limit + 1)
            if len(data) <= limit:
                entry.read()  # reaches the end, where zipfile checks the CRC
    except _READ_ERRORS as error:
        raise BundleUnreadableError(f"damaged ({name}: {error})") from error
    if len(data) > limit:
        raise BundleTooLargeError(
            f"the {what} take more than {limit // _MiB or 1} MiB", what=what, limit=limit
        )
    return data


def _parse_manifest(data: bytes) -> BundleManifest:
    try:
        document: Any = json.loads(data)
    except _READ_ERRORS as error:
        raise BundleUnreadableError("damaged (unreadable list of changes)") from error
    if not isinstance(document, dict) or document.get("format") != HANDOVER_FORMAT:
        raise BundleUnreadableError("not a handover bundle")
    version = document.get("version")
    if version != HANDOVER_VERSION:
        shown = version if isinstance(version, int) else 0
        raise BundleVersionError(
            f"made by a newer Kopdes Desktop (bundle format {shown}); update this app",
            version=shown,
        )
    mutations = document.get("mutations")
    if isinstance(mutations, list) and len(mutations) > MAX_MUTATIONS:
        raise BundleTooLargeError(
            f"{len(mutations)} changes; a bundle holds at most {MAX_MUTATIONS}",
            what="changes",
            limit=MAX_MUTATIONS,
        )
    try:
        manifest = BundleManifest.model_validate(document)
    except (ValidationError, *_READ_ERRORS) as error:
        raise BundleUnreadableError("damaged (unexpected layout)") from error
    ids = [mutation.mutation_id for mutation in manifest.mutations]
    if any(later != earlier + 1 for earlier, later in itertools.pairwise(ids)):
        raise BundleUnreadableError("damaged (changes out of order)")
    return manifest
