"""Adding photos to a record: resized on the laptop, named by the hash of their bytes.

The long edge is cut to 1600 px and the picture saved as JPEG without its EXIF block: the file
travels over slow links and must not leak where a BA's home is. What EXIF said (when, where) is
read first and kept in the record instead, where the user can see it; a picture without an EXIF
date keeps its file's date (when the phone or camera wrote it), so every photo shows a date.

HEIC/HEIF (what iPhones and many Android phones write) is read through pillow-heif; what is
stored and sent is always JPEG.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from kopdes_desktop import paths
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.storage.db import Database
from kopdes_desktop.sync.photo_sync import (
    PhotoPolicy,
    full_photos,
    not_yet_sent,
    photo_path,
    plan_photos,
    thumbnail_path,
)

LONG_EDGE = 1600
THUMBNAIL_EDGE = 256
JPEG_QUALITY = 85
MAX_SOURCE_BYTES = 60 * 1024 * 1024  # bigger than any phone photo; refuses a wrong file early

# What the photo dialog offers; each is decoded (tests/ui/test_photo_strip.py checks them all).
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp")

pillow_heif.register_heif_opener()

_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825


class PhotoImportError(ValueError):
    """The file is not a picture the app can read."""


@dataclass(frozen=True, slots=True)
class ImportedPhoto:
    photo: Photo
    latitude: float | None
    longitude: float | None


def photo_file(sha256: str) -> Path:
    return photo_path(paths.photos_dir(), sha256)


def thumbnail_file(sha256: str) -> Path:
    return thumbnail_path(paths.photos_dir(), sha256)


def import_photo(source: Path, parent_id: str) -> ImportedPhoto:
    try:
        if source.stat().st_size > MAX_SOURCE_BYTES:
            raise PhotoImportError(f"{source.name} is too large to be a photo")
        with Image.open(source) as original:
            exif = original.getexif()
            upright = ImageOps.exif_transpose(original)
            picture = upright.convert("RGB")
    except (UnidentifiedImageError, OSError) as error:
        raise PhotoImportError(f"{source.name} is not a readable picture") from error
    picture.thumbnail((LONG_EDGE, LONG_EDGE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    data = buffer.getvalue()
    sha256 = hashlib.sha256(data).hexdigest()
    _write_once(photo_file(sha256), data)
    thumb = picture.copy()
    thumb.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
    thumb_buffer = io.BytesIO()
    thumb.save(thumb_buffer, "JPEG", quality=80)
    _write_once(thumbnail_file(sha256), thumb_buffer.getvalue())
    latitude, longitude = _gps(exif)
    photo = Photo(
        id=new_id(),
        parent_id=parent_id,
        sha256=sha256,
        caption="",
        taken_at=_taken_at(exif) or _file_date(source),
    )
    return ImportedPhoto(photo, latitude, longitude)


def _write_once(target: Path, data: bytes) -> None:
    if target.exists():
        return  # same hash, same bytes: the photo was added before
    temporary = target.with_suffix(".part")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def _taken_at(exif: Image.Exif) -> datetime | None:
    raw = exif.get_ifd(_EXIF_IFD).get(_EXIF_DATETIME_ORIGINAL) or exif.get(0x0132)
    try:
        return datetime.strptime(str(raw), "%Y:%m:%d %H:%M:%S") if raw else None
    except ValueError:
        return None


def _file_date(source: Path) -> datetime | None:
    """When the file was last written, in the laptop's local time (as EXIF dates are)."""
    try:
        return datetime.fromtimestamp(source.stat().st_mtime).replace(microsecond=0)
    except (OSError, ValueError, OverflowError):
        return None


def _gps(exif: Image.Exif) -> tuple[float | None, float | None]:
    gps = exif.get_ifd(_GPS_IFD)
    try:
        latitude = _degrees(gps[2], gps[1])
        longitude = _degrees(gps[4], gps[3])
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None, None
    return round(latitude, 6), round(longitude, 6)


def _degrees(value: tuple[float, float, float], reference: str) -> float:
    degrees, minutes, seconds = (float(part) for part in value)
    result = degrees + minutes / 60 + seconds / 3600
    return -result if str(reference).upper() in ("S", "W") else result


def ensure_thumbnail(sha256: str) -> None:
    """Make the thumbnail of a photo that arrived by sync (imports make theirs right away)."""
    source, target = photo_file(sha256), thumbnail_file(sha256)
    if target.exists() or not source.exists():
        return
    try:
        with Image.open(source) as picture:
            thumb = picture.convert("RGB")
            thumb.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
            buffer = io.BytesIO()
            thumb.save(buffer, "JPEG", quality=80)
    except (UnidentifiedImageError, OSError):
        return  # a damaged download is replaced at the next sync
    _write_once(target, buffer.getvalue())


def trim_photo_cache(database: Database, user_id: str, policy: PhotoPolicy) -> int:
    """Delete others' full photos beyond the cache limit, least recently opened first; returns
    how many. The user's own records' photos and photos not yet on the server are never
    deleted, and a photo keeps its preview (it is fetched again when opened)."""
    photos_dir = paths.photos_dir()
    plan = plan_photos(database, user_id, policy)
    keep = plan.own | not_yet_sent(database)
    others = {sha: info for sha, info in full_photos(photos_dir).items() if sha not in keep}
    used = sum(info.st_size for info in others.values())
    deleted = 0
    in_window = set(plan.window)

    def give_up_first(item: tuple[str, os.stat_result]) -> tuple[bool, float]:
        # Outside the window first, then the least recently opened (opening touches the file).
        return item[0] in in_window, item[1].st_mtime

    for sha, info in sorted(others.items(), key=give_up_first):
        if used <= policy.cache_bytes:
            break
        ensure_thumbnail(sha)
        photo_file(sha).unlink(missing_ok=True)
        used -= info.st_size
        deleted += 1
    return deleted


def mark_opened(sha256: str) -> None:
    """The photo was looked at: it is the last the cache gives up."""
    with contextlib.suppress(OSError):
        os.utime(photo_file(sha256))
