"""HTML to an A4 PDF through Qt's QTextDocument and QPdfWriter.

Qt needs a QGuiApplication for fonts, even headless (QT_QPA_PLATFORM=offscreen). With one
running, QTextDocument, QImage and QPdfWriter work from a worker thread (Qt 6 renders text in
any thread; Qt 5's opt-out ``supportsThreadedFontRendering`` is gone), so the app writes reports
off the GUI thread. QPixmap is never used here: it belongs to the GUI thread.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

# Images are laid out one image pixel per device pixel: at 150 dpi a 300 px thumbnail is 5 cm.
RESOLUTION_DPI = 150
THUMBNAIL_EDGE_PX = 300
MARGIN_MM = 15
BASE_POINT_SIZE = 9
PROBE_PX = 1000  # the width of the image that measures how Qt scales images


class NoGuiApplicationError(RuntimeError):
    """PDF rendering was asked for before a QGuiApplication exists."""


def ensure_gui_application() -> QGuiApplication:
    """For command-line use: start a windowless Qt application if none is running."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def render_pdf(
    html: str, target: Path, *, title: str, images: Mapping[str, QImage] | None = None
) -> int:
    """Write ``html`` as an A4 PDF at ``target``; returns the page count.

    ``images`` are served to ``<img src="name">`` tags by name. The PDF is written beside the
    target and renamed at the end, so a failure never leaves a broken file under that name.
    """
    if QGuiApplication.instance() is None:
        raise NoGuiApplicationError("PDF reports need a QGuiApplication (fonts)")
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSize(BASE_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)

    partial = target.with_name(f".{target.name}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Kopdes Desktop")
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        # Lay the text out for the writer itself, not the screen: a 9 pt font is then 9 pt on
        # paper whatever the laptop's display scaling.
        document.documentLayout().setPaintDevice(writer)
        scale = _image_scale(writer)
        for name, image in (images or {}).items():
            placed = QImage(image)  # shares the pixels
            placed.setDevicePixelRatio(scale)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), placed)
        document.setHtml(html)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        pages = document.pageCount()
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _image_scale(device: QPdfWriter) -> float:
    """Device pixels QTextDocument gives one image pixel on ``device``. It counts an image's
    pixels in the screen's logical dpi (96 offscreen, 120 on a laptop at 125%) and scales them
    to the device's: a 1050 px map came out 1.56 times too wide at 150 dpi and was cut off at the
    margin. An image whose device pixel ratio is this scale is laid out pixel for pixel."""
    probe = QTextDocument()
    probe.setDocumentMargin(0)
    probe.documentLayout().setPaintDevice(device)
    probe.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("probe"),
        QImage(PROBE_PX, 1, QImage.Format.Format_RGB32),
    )
    probe.setHtml('<img src="probe"/>')
    return probe.idealWidth() / PROBE_PX


def thumbnail(path: Path, edge: int = THUMBNAIL_EDGE_PX) -> QImage | None:
    """A photo scaled to fit ``edge`` pixels, or None when the file is missing or unreadable."""
    image = QImage(str(path))
    if image.isNull():
        return None
    return image.scaled(
        edge,
        edge,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


STYLE = """
h1 { font-size: 15pt; color: #7a1f1f; margin-bottom: 2pt; }
h2 { font-size: 12pt; color: #7a1f1f; margin-top: 14pt; border-bottom: 1px solid #999; }
h3 { font-size: 10pt; margin-top: 10pt; margin-bottom: 2pt; }
p.meta { color: #333; margin: 0; }
p.note { color: #555; font-style: italic; }
table.data { border-collapse: collapse; margin-top: 3pt; }
table.data th { background-color: #e8eef4; font-weight: bold; text-align: left; padding: 3px; }
table.data td { padding: 3px; vertical-align: top; }
td.number, th.number { text-align: right; }
td.label { color: #444; width: 28%; }
"""
