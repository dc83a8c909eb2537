"""Draw the app icon: resources/icons/kopdes-desktop.svg, PNGs for Linux, an .ico for Windows.

    .venv/bin/python packaging/make_icons.py

The icon is original and simple on purpose (it must read at 16 px): a village cooperative's
building in white on Merah Putih red, with a green ground line for the village. The outputs are
committed, so builds need neither this script nor an SVG renderer.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "kopdes-desktop"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Kopdes Desktop</title>
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#c8102e"/>
  <path d="M128 40 L220 112 L196 112 L196 188 L60 188 L60 112 L36 112 Z" fill="#ffffff"/>
  <rect x="110" y="132" width="36" height="56" rx="4" fill="#c8102e"/>
  <rect x="76" y="128" width="22" height="22" rx="3" fill="#c8102e"/>
  <rect x="158" y="128" width="22" height="22" rx="3" fill="#c8102e"/>
  <rect x="40" y="196" width="176" height="14" rx="7" fill="#3aa655"/>
</svg>
"""


def render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = SVG.encode("utf-8")
    (ICONS / f"{NAME}.svg").write_bytes(svg)
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    (ICONS / f"{NAME}.png").write_bytes(pngs[256])
    for size in (48, 128):
        (ICONS / f"{NAME}-{size}.png").write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(pngs[512]))
    largest.save(ICONS / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
