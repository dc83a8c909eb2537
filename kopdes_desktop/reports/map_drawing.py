"""Drawing the coverage map with Qt: one painter for the Peta screen, its PNG export and the
coverage maps of the monthly PDF reports, so a village reads the same everywhere.

It lives beside the reports because only ``ui`` and ``reports`` may use Qt and the reports may
not import the screens. Everything here works off the GUI thread (paths and images, never
pixmaps), which is how the reports render.

Speed: outlines become ``QPainterPath``s once per process (``shared_geometry``). Villages are
filled one path per colour, without antialiasing (neighbours then meet without hairline seams,
and it is ten times faster); only the outlines are antialiased. The whole province repaints in
about 30 ms on the 2-core machine (docs/benchmarks.md).
"""

from __future__ import annotations

import math
import struct
import sys
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from kopdes_desktop.domain.coverage_map import (
    ANY_OPPORTUNITY,
    NO_COOPERATIVE,
    CountClass,
    MapData,
    MapMeasure,
    OpportunityChoice,
    StatusClass,
    VisitRecency,
    classes_of,
    village_class,
)
from kopdes_desktop.domain.enums import OperationalStatus
from kopdes_desktop.domain.geography import Boundaries, Box, Ring, Shape, project
from kopdes_desktop.storage.boundary_cache import shared_boundaries

# --- colours -----------------------------------------------------------------------------------
# Colour-blind safe, from published palettes:
# - days since the last visit: ColorBrewer RdYlBu, 4 classes (colorbrewer2.org marks it
#   colour-blind safe): blue = visited lately, red = 90 days or more, or never;
# - counts: ColorBrewer sequential YlGn (opportunities) and YlOrBr (waiting for review), 4 classes;
# - operational status: Okabe & Ito (2008), whose eight colours stay distinct for every common
#   colour-vision deficiency. Legends always name the classes in words as well.
RECENCY_COLOURS = {
    VisitRecency.RECENT: "#2c7bb6",
    VisitRecency.DAYS_30: "#abd9e9",
    VisitRecency.DAYS_60: "#fdae61",
    VisitRecency.DAYS_90: "#d7191c",
}
STATUS_COLOURS = {
    OperationalStatus.OPERATING: "#009E73",
    OperationalStatus.PREPARING: "#0072B2",
    OperationalStatus.NOT_OPERATING: "#E69F00",
    OperationalStatus.STOPPED: "#D55E00",
    StatusClass.NOT_RECORDED: "#BBBBBB",
    StatusClass.MIXED: "#CC79A7",
}
OPPORTUNITY_COLOURS = {
    CountClass.NONE: "#ffffcc",
    CountClass.ONE: "#c2e699",
    CountClass.SOME: "#78c679",
    CountClass.MANY: "#238443",
}
REVIEW_COLOURS = {
    CountClass.NONE: "#ffffd4",
    CountClass.ONE: "#fed98e",
    CountClass.SOME: "#fe9929",
    CountClass.MANY: "#cc4c02",
}
NO_COOPERATIVE_COLOUR = "#e2e2e2"
BACKGROUND = QColor("#f3f6f8")
# Villages outside the user's area (or outside the chosen BA's cooperatives): one neutral grey,
# whatever their class. A paled class colour read as the red "never visited" on a matte screen
# (QA F24); grey is no class, darker than a village without a cooperative (#e2e2e2).
OUTSIDE_AREA_COLOUR = "#c6c6c6"
DESA_LINE = QColor(90, 90, 90, 110)
KECAMATAN_LINE = QColor("#6b6b6b")
KABUPATEN_LINE = QColor("#262626")
LABEL_TEXT = QColor("#1a1a1a")
LABEL_HALO = QColor(255, 255, 255, 190)

# Pixels per km at which finer outlines and names appear.
DESA_LINES_FROM = 6.0
# A kabupaten framed on a laptop screen is ~4 px/km: from 3 its kecamatan are named there
# (names that do not fit their kecamatan or would overlap are left out anyway).
KECAMATAN_NAMES_FROM = 3.0
DESA_NAMES_FROM = 10.0
MARKER_PX = 11  # villages without an outline: a diamond at their kecamatan
POINT_PX = 5
DOT_MERGE_PX = 3.0  # GPS dots (5 px wide) closer than this on screen are drawn once
DOT_TILE_KM = 5.0  # dots are culled in finer tiles than villages: a kecamatan holds thousands
FLAG_PX = 11


def colours_of(measure: MapMeasure) -> dict[str, QColor]:
    """Class → colour, for every class of the measure (``classes_of``)."""
    table: dict[str, str] = {
        MapMeasure.LAST_VISIT: RECENCY_COLOURS,
        MapMeasure.OPERATIONAL_STATUS: STATUS_COLOURS,
        MapMeasure.OPPORTUNITIES: OPPORTUNITY_COLOURS,
        MapMeasure.REVIEW_WAITING: REVIEW_COLOURS,
    }[measure]  # type: ignore[assignment]
    colours = {key: QColor(value) for key, value in table.items()}
    colours[NO_COOPERATIVE] = QColor(NO_COOPERATIVE_COLOUR)
    return colours


def legend_entries(
    measure: MapMeasure, label: Callable[[StrEnum], str]
) -> list[tuple[QColor, str]]:
    """(colour, name) per class of the measure, in legend order; ``label`` names a class."""
    colours = colours_of(measure)
    return [(colours[key], label(key)) for key in classes_of(measure)]


# --- geometry as Qt paths ----------------------------------------------------------------------


def _path(shape: Shape) -> QPainterPath:
    # Qt reads a polygon from a stream as a count and x, y doubles: handing it the rings' bytes
    # builds the paths five times faster than making a QPointF per point in Python.
    rings = list(shape.rings())
    data = b"".join(struct.pack("<i", len(ring) // 2) + _little_endian(ring) for ring in rings)
    stream = QDataStream(QByteArray(data))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    path = QPainterPath()
    for _ring in rings:
        polygon = QPolygonF()
        stream >> polygon
        path.addPolygon(polygon)
        path.closeSubpath()
    return path


def _little_endian(ring: Ring) -> bytes:
    if sys.byteorder == "little":
        return ring.tobytes()
    swapped = array("d", ring)
    swapped.byteswap()
    return swapped.tobytes()


def _combined(paths: Iterable[QPainterPath]) -> QPainterPath:
    combined = QPainterPath()
    for path in paths:
        combined.addPath(path)
    return combined


GRID_KM = 10.0  # hit-test grid
TILE_KM = 100.0  # drawing chunks: zoomed in, only the tiles in view are drawn


@dataclass(frozen=True, eq=False)
class Chunk:
    """Paths of the regions of one tile, with the box around them (km) for culling."""

    box: Box
    path: QPainterPath


def _tile(box: Box) -> tuple[int, int]:
    x, y = box.center
    return int(x // TILE_KM), int(y // TILE_KM)


def _chunks(shapes: Iterable[Shape], paths: dict[str, QPainterPath]) -> tuple[Chunk, ...]:
    tiles: dict[tuple[int, int], list[Shape]] = {}
    for shape in shapes:
        tiles.setdefault(_tile(shape.bbox), []).append(shape)
    return tuple(
        Chunk(
            united_box([shape.bbox for shape in members]),
            _combined(paths[shape.code] for shape in members),
        )
        for members in tiles.values()
    )


def united_box(boxes: Sequence[Box]) -> Box:
    box = boxes[0]
    for other in boxes[1:]:
        box = box.united(other)
    return box


@dataclass(eq=False)
class MapGeometry:
    """The boundaries as Qt paths in km, in tiles, with a grid index for "which village"."""

    boundaries: Boundaries
    desa: dict[str, QPainterPath]
    desa_outlines: tuple[Chunk, ...]
    kecamatan_outlines: tuple[Chunk, ...]
    kabupaten_outlines: tuple[Chunk, ...]
    # Villages with no outline of their own: (village code, kecamatan code), by kecamatan.
    unmapped: tuple[tuple[str, str], ...]
    _grid: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, boundaries: Boundaries, village_codes: Iterable[str]) -> MapGeometry:
        desa = {code: _path(shape) for code, shape in boundaries.desa.items()}
        kecamatan = {code: _path(shape) for code, shape in boundaries.kecamatan.items()}
        unmapped = tuple(
            sorted(
                (code, ".".join(code.split(".")[:3]))
                for code in village_codes
                if code not in boundaries.desa
            )
        )
        geometry = cls(
            boundaries=boundaries,
            desa=desa,
            desa_outlines=_chunks(boundaries.desa.values(), desa),
            kecamatan_outlines=_chunks(boundaries.kecamatan.values(), kecamatan),
            kabupaten_outlines=tuple(
                Chunk(shape.bbox, _path(shape)) for shape in boundaries.kabupaten.values()
            ),
            unmapped=unmapped,
        )
        for code, shape in boundaries.desa.items():
            for cell in _cells(shape.bbox):
                geometry._grid.setdefault(cell, []).append(code)
        return geometry

    @property
    def bounds(self) -> Box:
        return self.boundaries.bounds

    def village_at(self, x: float, y: float) -> str | None:
        """The village whose outline holds the point (km), if any."""
        point = QPointF(x, y)
        for code in self._grid.get((int(x // GRID_KM), int(y // GRID_KM)), ()):
            if self.boundaries.desa[code].bbox.contains(x, y) and self.desa[code].contains(point):
                return code
        return None

    def marker_anchor(self, village_code: str) -> tuple[QPointF, float] | None:
        """Where an unmapped village's diamond sits: its kecamatan's label point, and its place
        in the row of that kecamatan's unmapped villages."""
        kecamatan_code = ".".join(village_code.split(".")[:3])
        siblings = [code for code, kec in self.unmapped if kec == kecamatan_code]
        shape = self.boundaries.kecamatan.get(kecamatan_code)
        if shape is None or village_code not in siblings:
            return None
        x, y = self.boundaries.label_point(shape)
        return QPointF(x, y), siblings.index(village_code) - (len(siblings) - 1) / 2


def _cells(box: Box) -> Iterable[tuple[int, int]]:
    for column in range(int(box.left // GRID_KM), int(box.right // GRID_KM) + 1):
        for row in range(int(box.top // GRID_KM), int(box.bottom // GRID_KM) + 1):
            yield column, row


_shared: dict[int, MapGeometry] = {}
_building = threading.Lock()


def shared_geometry(boundaries: Boundaries, village_codes: Iterable[str]) -> MapGeometry:
    """The Qt paths of ``boundaries``, built once per process (about 0.1 s) and shared."""
    with _building:
        geometry = _shared.get(id(boundaries))
        if geometry is None or geometry.boundaries is not boundaries:
            geometry = _shared[id(boundaries)] = MapGeometry.build(boundaries, village_codes)
        return geometry


# --- what to draw ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class MapPoint:
    x: float
    y: float
    far_outside: bool
    visit_id: str


@dataclass(eq=False)
class MapPicture:
    """One map's content: a class per village, the user's area, GPS points, a selection."""

    classes: dict[str, StrEnum]  # village code → class; villages not named: NO_COOPERATIVE
    colours: dict[str, QColor]  # class → colour
    area_villages: frozenset[str] | None = None  # None: nothing muted
    points: Sequence[MapPoint] = ()
    selected: str | None = None
    _fills: list[tuple[QColor, Chunk]] | None = None
    _dots: dict[float, tuple[tuple[Box, QPolygonF], ...]] = field(default_factory=dict)
    _flagged: list[QPointF] | None = None

    def dots(self, scale: float) -> tuple[tuple[Box, QPolygonF], ...]:
        """The ordinary GPS dots for a zoom of ``scale`` pixels per km, in tiles (km).

        Dots closer than about three pixels are drawn once: 17,000 visits of a busy kabupaten
        make a few hundred distinct dots at the kabupaten's zoom (built once per zoom level).
        """
        # A power of two, so that zooming within a factor of two reuses the same layer.
        resolution = 2.0 ** math.floor(math.log2(DOT_MERGE_PX / scale))
        layer = self._dots.get(resolution)
        if layer is None:
            seen: set[tuple[float, float]] = set()
            tiles: dict[tuple[int, int], list[QPointF]] = {}
            for point in self.points:
                if point.far_outside:
                    continue
                key = (round(point.x / resolution), round(point.y / resolution))
                if key in seen:
                    continue
                seen.add(key)
                tile = (int(point.x // DOT_TILE_KM), int(point.y // DOT_TILE_KM))
                tiles.setdefault(tile, []).append(QPointF(point.x, point.y))
            layer = self._dots[resolution] = tuple(
                (
                    Box(
                        c * DOT_TILE_KM,
                        r * DOT_TILE_KM,
                        (c + 1) * DOT_TILE_KM,
                        (r + 1) * DOT_TILE_KM,
                    ),
                    QPolygonF(points),
                )
                for (c, r), points in tiles.items()
            )
        return layer

    def flagged_points(self) -> list[QPointF]:
        if self._flagged is None:
            self._flagged = [QPointF(p.x, p.y) for p in self.points if p.far_outside]
        return self._flagged

    def colour_of(self, village_code: str) -> QColor:
        """The village's fill as drawn: its class colour, grey when outside the user's area."""
        colour = self.colours[self.classes.get(village_code, NO_COOPERATIVE)]
        return QColor(OUTSIDE_AREA_COLOUR) if self.is_muted(village_code) else colour

    def is_muted(self, village_code: str) -> bool:
        return self.area_villages is not None and village_code not in self.area_villages

    def fills(self, geometry: MapGeometry) -> list[tuple[QColor, Chunk]]:
        """One path per colour drawn and tile (built on first use, then reused by every
        repaint)."""
        if self._fills is None:
            groups: dict[tuple[str, bool, tuple[int, int]], list[Shape]] = {}
            for code, shape in geometry.boundaries.desa.items():
                key = (self.classes.get(code, NO_COOPERATIVE), self.is_muted(code))
                groups.setdefault((*key, _tile(shape.bbox)), []).append(shape)
            self._fills = [
                (
                    QColor(OUTSIDE_AREA_COLOUR) if muted else self.colours[k],
                    Chunk(
                        united_box([s.bbox for s in shapes]),
                        _combined(geometry.desa[s.code] for s in shapes),
                    ),
                )
                for (k, muted, _tile_key), shapes in groups.items()
            ]
        return self._fills


def picture_of(
    data: MapData,
    measure: MapMeasure,
    choice: OpportunityChoice = ANY_OPPORTUNITY,
    *,
    show_points: bool = False,
    mute_outside_area: bool = True,
) -> MapPicture:
    classes = {
        code: village_class(measure, cooperatives, data.as_of, choice)
        for code, cooperatives in data.by_village().items()
    }
    points = [
        MapPoint(*project(p.longitude, p.latitude), p.far_outside, p.visit_id)
        for p in (data.points if show_points else ())
    ]
    return MapPicture(
        classes=classes,
        colours=colours_of(measure),
        area_villages=data.area_villages if mute_outside_area else None,
        points=points,
    )


# --- painting ----------------------------------------------------------------------------------


def view_transform(center: tuple[float, float], scale: float, size: QSize) -> QTransform:
    """km → pixels: ``scale`` pixels per km, ``center`` (km) in the middle of ``size``."""
    return QTransform(
        scale,
        0,
        0,
        scale,
        size.width() / 2 - center[0] * scale,
        size.height() / 2 - center[1] * scale,
    )


def fit_scale(box: Box, size: QSize, margin_px: int = 16) -> float:
    width = max(1, size.width() - 2 * margin_px)
    height = max(1, size.height() - 2 * margin_px)
    return min(width / max(box.width, 0.5), height / max(box.height, 0.5))


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_map(
    painter: QPainter,
    geometry: MapGeometry,
    picture: MapPicture,
    transform: QTransform,
    device_rect: QRectF,
    *,
    names: bool = True,
) -> None:
    """Background, villages, muted area, outlines, markers, GPS points and names."""
    scale = transform.m11()
    inverse, _invertible = transform.inverted()
    view = inverse.mapRect(device_rect)
    visible = Box(view.left(), view.top(), view.right(), view.bottom())
    painter.save()
    painter.fillRect(device_rect, BACKGROUND)
    painter.setTransform(transform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, chunk in picture.fills(geometry):
        if chunk.box.intersects(visible):
            painter.setBrush(colour)
            painter.drawPath(chunk.path)
    # Outlines stay one pixel wide: Qt strokes wider antialiased lines through a path stroker,
    # fifty times slower. The kabupaten border is drawn thrice, a fraction of a pixel apart.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if scale >= DESA_LINES_FROM:
        painter.setPen(_cosmetic(DESA_LINE, 1))
        _draw_chunks(painter, geometry.desa_outlines, visible)
    painter.setPen(_cosmetic(KECAMATAN_LINE, 1))
    _draw_chunks(painter, geometry.kecamatan_outlines, visible)
    painter.setPen(_cosmetic(KABUPATEN_LINE, 1))
    for dx, dy in ((0.0, 0.0), (0.6, 0.0), (0.0, 0.6)):
        painter.setTransform(transform * QTransform.fromTranslate(dx, dy))
        _draw_chunks(painter, geometry.kabupaten_outlines, visible)
    painter.setTransform(transform)
    if picture.selected in geometry.desa:
        path = geometry.desa[picture.selected]
        painter.setPen(_cosmetic(QColor("#000000"), 3.5))
        painter.drawPath(path)
        painter.setPen(_cosmetic(QColor("#ffffff"), 1.4))
        painter.drawPath(path)
    painter.resetTransform()
    if names:
        paint_names(painter, geometry, transform, device_rect)
    # Data over the names: a village's diamond or a visit's dot is never hidden by a label.
    _paint_markers(painter, geometry, picture, transform)
    _paint_points(painter, picture, transform, device_rect)
    painter.restore()


def _draw_chunks(painter: QPainter, chunks: Iterable[Chunk], visible: Box) -> None:
    for chunk in chunks:
        if chunk.box.intersects(visible):
            painter.drawPath(chunk.path)


def marker_rects(geometry: MapGeometry, transform: QTransform) -> list[tuple[str, QRectF]]:
    """Device rectangles of the unmapped villages' diamonds (for painting and hit tests)."""
    rects = []
    for code, _kecamatan in geometry.unmapped:
        anchor = geometry.marker_anchor(code)
        if anchor is None:
            continue
        point, offset = anchor
        # Just under the kecamatan's name, which is written at the same point.
        centre = transform.map(point) + QPointF(offset * (MARKER_PX + 3), MARKER_PX + 4)
        half = MARKER_PX / 2
        rects.append((code, QRectF(centre.x() - half, centre.y() - half, MARKER_PX, MARKER_PX)))
    return rects


def _paint_markers(
    painter: QPainter, geometry: MapGeometry, picture: MapPicture, transform: QTransform
) -> None:
    for code, rect in marker_rects(geometry, transform):
        centre = rect.center()
        half = rect.width() / 2
        diamond = QPolygonF(
            [
                centre + QPointF(0, -half),
                centre + QPointF(half, 0),
                centre + QPointF(0, half),
                centre + QPointF(-half, 0),
            ]
        )
        painter.setBrush(picture.colour_of(code))
        width = 2.5 if code == picture.selected else 1.0
        painter.setPen(QPen(QColor("#000000" if code == picture.selected else "#333333"), width))
        painter.drawPolygon(diamond)


def _paint_points(
    painter: QPainter, picture: MapPicture, transform: QTransform, device_rect: QRectF
) -> None:
    if not picture.points:
        return
    scale = transform.m11()
    inverse, _invertible = transform.inverted()
    view = inverse.mapRect(device_rect)
    margin = FLAG_PX / scale
    visible = Box(
        view.left() - margin, view.top() - margin, view.right() + margin, view.bottom() + margin
    )
    dots = [polygon for box, polygon in picture.dots(scale) if box.intersects(visible)]
    # Dots in one call per tile, in km with a cosmetic pen: no Python loop per dot. The white
    # halo is drawn without antialiasing (2.5 times faster, and its edge is white on pale).
    painter.save()
    painter.setTransform(transform)
    for colour, width in ((QColor("#ffffff"), POINT_PX + 2.5), (QColor("#1a1a1a"), POINT_PX)):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, colour != QColor("#ffffff"))
        pen = _cosmetic(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for polygon in dots:
            painter.drawPoints(polygon)
    painter.restore()
    # Far from its village: a cross, told apart by shape as well as colour.
    on_screen = device_rect.adjusted(-FLAG_PX, -FLAG_PX, FLAG_PX, FLAG_PX)
    crosses = [
        at for at in (transform.map(p) for p in picture.flagged_points()) if on_screen.contains(at)
    ]
    half = FLAG_PX / 2
    for colour, width in ((QColor("#ffffff"), 5.0), (QColor("#b2006b"), 2.6)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for at in crosses:
            painter.drawLine(at + QPointF(-half, -half), at + QPointF(half, half))
            painter.drawLine(at + QPointF(-half, half), at + QPointF(half, -half))


def _label_font(base: QFont, point_size: float, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def paint_names(
    painter: QPainter, geometry: MapGeometry, transform: QTransform, device_rect: QRectF
) -> None:
    """Kabupaten names always, kecamatan and desa names as the zoom allows; never overlapping."""
    scale = transform.m11()
    boundaries = geometry.boundaries
    base = painter.font()
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    levels: list[tuple[Iterable[Shape], QFont, bool]] = [
        (boundaries.kabupaten.values(), _label_font(base, size + 1, QFont.Weight.Bold), True)
    ]
    if scale >= KECAMATAN_NAMES_FROM:
        kecamatan = _label_font(base, size, QFont.Weight.DemiBold)
        kecamatan.setItalic(True)
        levels.append((boundaries.kecamatan.values(), kecamatan, False))
    if scale >= DESA_NAMES_FROM:
        desa = _label_font(base, max(6.0, size - 1.5), QFont.Weight.Normal)
        levels.append((boundaries.desa.values(), desa, False))
    placed: list[QRectF] = []
    visible = QRectF(device_rect)
    inverse, _invertible = transform.inverted()
    view = inverse.mapRect(visible)
    in_view = Box(view.left(), view.top(), view.right(), view.bottom())
    for shapes, font, always in levels:
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        for shape in shapes:
            box = shape.bbox
            if not box.intersects(in_view):
                continue
            text = shape.name.upper() if always else shape.name
            width = metrics.horizontalAdvance(text)
            if not always and box.width * scale < width * 0.7:
                continue  # the name would cover its neighbours more than itself
            x, y = boundaries.label_point(shape)
            at = transform.map(QPointF(x, y))
            rect = QRectF(
                at.x() - width / 2 - 2, at.y() - metrics.height() / 2, width + 4, metrics.height()
            )
            if not visible.contains(rect) or any(rect.intersects(r) for r in placed):
                continue
            placed.append(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LABEL_HALO)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(LABEL_TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(base)


# --- legend ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Legend:
    title: str
    entries: tuple[tuple[QColor, str], ...]
    notes: tuple[str, ...] = ()


LEGEND_PADDING = 8
SWATCH = 14
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _LegendLayout:
    box: QSizeF
    title: QRectF
    entries: tuple[tuple[QRectF, QRectF], ...]  # (swatch, text)
    notes: tuple[QRectF, ...]


def _layout_legend(legend: Legend, font: QFont, width: float | None) -> _LegendLayout:
    """Where each part of the legend goes; text wraps when ``width`` is given."""
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold)
    if width is None:
        natural = [bold_metrics.horizontalAdvance(legend.title)]
        natural += [SWATCH + 6 + metrics.horizontalAdvance(text) for _c, text in legend.entries]
        natural += [metrics.horizontalAdvance(note) for note in legend.notes]
        width = max(natural) + 2 * LEGEND_PADDING + 2
    inner = width - 2 * LEGEND_PADDING

    def height_of(text: str, text_metrics: QFontMetricsF, text_width: float) -> float:
        return text_metrics.boundingRect(QRectF(0, 0, text_width, 10_000), WRAP, text).height()

    x, y = float(LEGEND_PADDING), float(LEGEND_PADDING)
    title_height = max(height_of(legend.title, bold_metrics, inner), SWATCH) + 4
    title = QRectF(x, y, inner, title_height)
    y += title_height
    entries = []
    for _colour, text in legend.entries:
        row = max(height_of(text, metrics, inner - SWATCH - 6), SWATCH) + 4
        swatch = QRectF(x, y + (row - SWATCH) / 2, SWATCH, SWATCH)
        entries.append((swatch, QRectF(x + SWATCH + 6, y, inner - SWATCH - 6, row)))
        y += row
    notes = []
    for note in legend.notes:
        height = height_of(note, metrics, inner) + 1
        notes.append(QRectF(x, y, inner, height))
        y += height
    return _LegendLayout(QSizeF(width, y + LEGEND_PADDING), title, tuple(entries), tuple(notes))


def legend_size(legend: Legend, font: QFont, width: float | None = None) -> QSize:
    """The legend's size: its natural width, or ``width`` with the text wrapped."""
    return _layout_legend(legend, font, width).box.toSize()


def paint_legend(
    painter: QPainter, top_left: QPointF, legend: Legend, font: QFont, width: float | None = None
) -> QRectF:
    """A boxed legend: title, a swatch and a name per class, then notes. Returns its rect."""
    layout = _layout_legend(legend, font, width)
    box = QRectF(top_left, layout.box)
    painter.save()
    painter.translate(top_left)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#9a9a9a"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(QRectF(QPointF(0, 0), layout.box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(LABEL_TEXT)
    painter.drawText(layout.title, WRAP, legend.title)
    painter.setFont(font)
    for (colour, text), (swatch, text_rect) in zip(legend.entries, layout.entries, strict=True):
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(QBrush(colour))
        painter.drawRect(swatch)
        painter.setPen(LABEL_TEXT)
        painter.drawText(text_rect, WRAP, text)
    painter.setPen(QColor("#444444"))
    for note, rect in zip(legend.notes, layout.notes, strict=True):
        painter.drawText(rect, WRAP, note)
    painter.restore()
    return box


# --- a finished picture ------------------------------------------------------------------------


PRINT_DPI = 150  # the reports' resolution (reports/pdf.py)
LEGEND_MARGIN = 8


def render_image(
    geometry: MapGeometry,
    picture: MapPicture,
    size: QSize,
    *,
    box: Box | None = None,
    transform: QTransform | None = None,
    legend: Legend | None = None,
    legend_beside: bool = False,
    caption: str = "",
    font: QFont | None = None,
    dpi: int | None = None,
) -> QImage:
    """The map as an image: ``box`` fitted in (or the view ``transform``), its legend over the
    bottom-left corner or ``legend_beside`` it on the right, and a caption (attribution).

    ``dpi`` makes point sizes true on paper (a 9 pt name stays 9 pt in a 150 dpi PDF).
    """
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if dpi is not None:
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    if font is not None:
        painter.setFont(font)
    used = painter.font()
    legend_width = legend_size(legend, used).width() if legend is not None else 0
    map_size = QSize(size.width() - legend_width - 2 * LEGEND_MARGIN, size.height())
    if not legend_beside or legend is None:
        map_size = size
    if transform is None:
        fitted = box or geometry.bounds
        transform = view_transform(fitted.center, fit_scale(fitted, map_size), map_size)
    paint_map(painter, geometry, picture, transform, QRectF(0, 0, size.width(), size.height()))
    if legend is not None:
        height = legend_size(legend, used).height()
        corner = (
            QPointF(size.width() - legend_width - LEGEND_MARGIN, LEGEND_MARGIN)
            if legend_beside
            else QPointF(LEGEND_MARGIN, size.height() - height - LEGEND_MARGIN)
        )
        paint_legend(painter, corner, legend, used)
    if caption:
        small = QFont(used)
        small.setPointSizeF(max(6.0, used.pointSizeF() - 1.5))
        painter.setFont(small)
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        area = QRectF(0, 0, size.width() - 6, size.height() - 4)
        # On a pale backing: the borders under the bottom-right corner would run through it.
        backing = painter.boundingRect(area, flags, caption).adjusted(-4, -1, 4, 2)
        painter.fillRect(backing, QColor(255, 255, 255, 210))
        painter.setPen(QColor("#444444"))
        painter.drawText(area, flags, caption)
    painter.end()
    return image


# --- legends and report maps -------------------------------------------------------------------


def class_counts(
    data: MapData, measure: MapMeasure, choice: OpportunityChoice = ANY_OPPORTUNITY
) -> dict[str, int]:
    """Villages of the user's area (with a cooperative) per class."""
    counts: dict[str, int] = {}
    area = data.area_villages
    for code, cooperatives in data.by_village().items():
        if area is None or code in area:
            key = village_class(measure, cooperatives, data.as_of, choice)
            counts[key] = counts.get(key, 0) + 1
    return counts


def legend_of(
    data: MapData,
    measure: MapMeasure,
    label: Callable[[StrEnum], str],
    *,
    title: str,
    notes: Sequence[str] = (),
    choice: OpportunityChoice = ANY_OPPORTUNITY,
    count_text: Callable[[int], str] | None = None,
) -> Legend:
    """The legend of a map: each class in words (with how many villages of the area are in it
    when ``count_text`` is given), then the notes."""
    entries = legend_entries(measure, label)
    if count_text is not None:
        counts = class_counts(data, measure, choice)
        entries = [
            (
                colour,
                text if key == NO_COOPERATIVE else f"{text} ({count_text(counts.get(key, 0))})",
            )
            for key, (colour, text) in zip(classes_of(measure), entries, strict=True)
        ]
    return Legend(title, tuple(entries), tuple(notes))


REPORT_MAP_POINT_SIZE = 7.0  # the reports' text is 9 pt; names on the map stay smaller
REPORT_MAP_SIZE = QSize(1050, 760)  # 17.8 × 12.9 cm at 150 dpi: the width of an A4 page's text


def coverage_image(
    data: MapData, village_codes: Iterable[str], legend: Legend, caption: str
) -> QImage:
    """The reports' coverage map: days since the last visit, framed on ``data.focus``."""
    boundaries = shared_boundaries()
    geometry = shared_geometry(boundaries, village_codes)
    picture = picture_of(data, MapMeasure.LAST_VISIT)
    font = QFont()
    font.setPointSizeF(REPORT_MAP_POINT_SIZE)
    return render_image(
        geometry,
        picture,
        REPORT_MAP_SIZE,
        box=boundaries.box_of(data.focus) or boundaries.bounds,
        legend=legend,
        legend_beside=True,
        caption=caption,
        font=font,
        dpi=PRINT_DPI,
    )
