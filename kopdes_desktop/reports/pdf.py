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

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from kopdes_desktop.reports.wording import page_number

# Images are laid out one image pixel per device pixel: at 150 dpi a 300 px thumbnail is 5 cm.
RESOLUTION_DPI = 150
THUMBNAIL_EDGE_PX = 300
MARGIN_MM = 15
BASE_POINT_SIZE = 9
PROBE_PX = 1000  # the width of the image that measures how Qt scales images
FOOTER_MM = 8  # taken from the bottom of the text area for "Halaman 2 dari 5"
# <a name="..."> inside the signature table: the block that must never stand alone on a page.
SIGNATURE_ANCHOR = "tanda-tangan"
KEEP_ATTEMPTS = 3


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
        footer = FOOTER_MM / 25.4 * RESOLUTION_DPI
        document.setPageSize(QSizeF(writer.width(), writer.height() - footer))
        _keep_signatures_with_content(document)
        pages = document.pageCount()
        _print_with_page_numbers(document, writer, footer)
        del writer  # the file is complete once the writer is gone
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _print_with_page_numbers(document: QTextDocument, writer: QPdfWriter, footer: float) -> None:
    """Each page of the laid-out document, then "Halaman n dari N" centred under it (what
    QTextDocument.print_ does, plus the footer: Qt numbers only documents it paginates itself)."""
    layout = document.documentLayout()
    width = document.pageSize().width()
    height = document.pageSize().height()
    total = document.pageCount()
    font = QFont(document.defaultFont())
    font.setPointSize(BASE_POINT_SIZE - 1)
    painter = QPainter(writer)
    try:
        for index in range(total):
            if index:
                writer.newPage()
            painter.save()
            view = QRectF(0, index * height, width, height)
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, height, width, footer),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                page_number(index + 1, total),
            )
    finally:
        painter.end()


def _keep_signatures_with_content(document: QTextDocument) -> None:
    """Never print the signature block split over two pages or alone on a page: a signature
    page with nothing of the report on it could be stapled to any report. When that would
    happen, what comes before the block starts a new page and is printed with it: the last row
    of a table before it (the header repeated), else the paragraph before it with its heading."""
    signatures = _anchored_table(document, SIGNATURE_ANCHOR)
    if signatures is None:
        return
    layout = document.documentLayout()
    height = document.pageSize().height()
    for _attempt in range(KEEP_ATTEMPTS):
        box = layout.frameBoundingRect(signatures)
        page = int(box.top() // height)
        before = _top_level_before(document, signatures)
        if not before:
            return
        ends_before_page = _bottom(document, before[-1]) <= page * height + 1
        if int(box.bottom() // height) == page and not ends_before_page:
            return
        last = before[-1]
        if isinstance(last, QTextTable) and last.rows() > last.format().headerRowCount() + 1:
            _break_before(_split_off_last_row(last))
            continue
        moved = last
        # A heading stays with what it introduces.
        for element in reversed(before[:-1]):
            if isinstance(element, QTextFrame) or element.blockFormat().headingLevel() == 0:
                break
            moved = element
        if moved == before[0]:
            return  # the whole report would move: a page break before it helps nothing
        _break_before(moved)


def _split_off_last_row(table: QTextTable) -> QTextTable:
    """Move the table's last row into a table of its own right after it, with the same header
    rows, and return that table (Qt breaks pages between rows but not before a given row)."""
    headers = table.format().headerRowCount()
    columns = table.columns()
    cursor = QTextCursor(table.lastCursorPosition())
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.insertBlock()
    tail = cursor.insertTable(headers + 1, columns, table.format())
    for row, source_row in [(r, r) for r in range(headers)] + [(headers, table.rows() - 1)]:
        for column in range(columns):
            source = table.cellAt(source_row, column)
            target = tail.cellAt(row, column)
            target.setFormat(source.format())
            selection = source.firstCursorPosition()
            selection.setPosition(
                source.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
            )
            target.firstCursorPosition().insertFragment(selection.selection())
    table.removeRows(table.rows() - 1, 1)
    return tail


def _anchored_table(document: QTextDocument, anchor: str) -> QTextTable | None:
    """The table holding ``<a name="anchor">``."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if anchor in iterator.fragment().charFormat().anchorNames():
                return QTextCursor(block).currentTable()
            iterator += 1
        block = block.next()
    return None


def _top_level_before(document: QTextDocument, frame: QTextFrame) -> list[QTextBlock | QTextFrame]:
    """The root frame's blocks and tables before ``frame``, without empty blocks (Qt puts one
    between two tables)."""
    elements: list[QTextBlock | QTextFrame] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        child = iterator.currentFrame()
        if child is not None:
            if child == frame:
                break
            elements.append(child)
        elif iterator.currentBlock().text().strip():
            elements.append(iterator.currentBlock())
        iterator += 1
    return elements


def _bottom(document: QTextDocument, element: QTextBlock | QTextFrame) -> float:
    layout = document.documentLayout()
    if isinstance(element, QTextFrame):
        return layout.frameBoundingRect(element).bottom()
    return layout.blockBoundingRect(element).bottom()


def _break_before(element: QTextBlock | QTextFrame) -> None:
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(element, QTextFrame):
        frame_format = element.frameFormat()
        frame_format.setPageBreakPolicy(always)
        element.setFrameFormat(frame_format)
        return
    cursor = QTextCursor(element)
    block_format = cursor.blockFormat()
    block_format.setPageBreakPolicy(always)
    cursor.setBlockFormat(block_format)


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
