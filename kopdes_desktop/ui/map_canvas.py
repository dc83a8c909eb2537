"""The map itself: draws the prepared picture, zooms, pans, flies, and says what is under the mouse.

Zoom with the wheel (around the mouse) or +/−, pan by dragging or with the arrow keys. A click
that did not drag reports the village under the mouse; so does hovering, for the tooltip. The
view is a centre (km) and a scale (pixels per km); every repaint draws the whole picture with
``reports.map_drawing.paint_map``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kopdes_desktop.domain.coverage_map import MapMeasure
from kopdes_desktop.domain.geography import Box
from kopdes_desktop.reports.map_drawing import (
    Legend,
    MapGeometry,
    MapPicture,
    colours_of,
    fit_scale,
    marker_rects,
    paint_map,
    render_image,
    view_transform,
)

ZOOM_STEP = 1.5  # one +/− press or wheel notch
PAN_STEP = 0.2  # an arrow key moves the view by this share of its size
MAX_SCALE = 400.0  # pixels per km: a small desa fills the screen
CLICK_SLOP_PX = 4  # a press that moves less than this is a click, not a drag
POINT_HIT_PX = 5.0  # the mouse this close to a GPS dot's centre is on the dot (5 px wide + its rim)
FLY_MS = 350


class MapCanvas(QWidget):
    village_clicked = Signal(str, QPoint)  # village code, global position
    village_menu = Signal(str, QPoint)  # right click
    empty_clicked = Signal()
    view_changed = Signal()

    def __init__(self, geometry: MapGeometry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = geometry
        self.picture = MapPicture(classes={}, colours=colours_of(MapMeasure.LAST_VISIT))
        self.describe: Callable[[str], str] = lambda code: code  # the page writes the tooltip
        self.describe_visit: Callable[[str], str] = lambda visit_id: visit_id  # a GPS dot's
        bounds = geometry.bounds
        self.center: tuple[float, float] = bounds.center
        self.scale = 1.0
        self._fitted = False
        self._press: QPointF | None = None
        self._dragged = False
        self._flight: QVariantAnimation | None = None
        self.last_paint_ms = 0.0  # for the benchmark
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(240, 200))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    # --- the view ----------------------------------------------------------------------------

    def transform(self) -> QTransform:
        return view_transform(self.center, self.scale, self.size())

    def min_scale(self) -> float:
        return fit_scale(self.geometry_.bounds, self.size()) / 2

    def set_view(self, center: tuple[float, float], scale: float) -> None:
        self.scale = max(self.min_scale(), min(MAX_SCALE, scale))
        bounds = self.geometry_.bounds
        # Keep some of the province in sight: the centre stays within its box.
        self.center = (
            max(bounds.left, min(bounds.right, center[0])),
            max(bounds.top, min(bounds.bottom, center[1])),
        )
        self.update()
        self.view_changed.emit()

    def fit(self, box: Box) -> None:
        self._stop_flight()
        self._fitted = True
        self.set_view(box.center, fit_scale(box, self.size(), margin_px=24))

    def fly_to(self, box: Box) -> None:
        """Glide to ``box``: the eye follows where the map went."""
        self._stop_flight()
        start_center, start_scale = self.center, self.scale
        end_scale = min(MAX_SCALE, fit_scale(box, self.size(), margin_px=24))
        end_center = box.center
        flight = QVariantAnimation(self)
        flight.setDuration(FLY_MS)
        flight.setStartValue(0.0)
        flight.setEndValue(1.0)
        flight.setEasingCurve(QEasingCurve.Type.InOutCubic)

        def step(value: object) -> None:
            t = float(value)  # type: ignore[arg-type]
            scale = math.exp(math.log(start_scale) * (1 - t) + math.log(end_scale) * t)
            center = (
                start_center[0] + (end_center[0] - start_center[0]) * t,
                start_center[1] + (end_center[1] - start_center[1]) * t,
            )
            self.set_view(center, scale)

        flight.valueChanged.connect(step)
        flight.finished.connect(lambda: self.set_view(end_center, end_scale))
        self._flight = flight
        flight.start()

    def is_flying(self) -> bool:
        flight = self._flight
        return flight is not None and flight.state() == QVariantAnimation.State.Running

    def _stop_flight(self) -> None:
        if self._flight is not None:
            self._flight.stop()
            self._flight = None

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor``, keeping the point under ``anchor`` (pixels) where it is."""
        self._stop_flight()
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        x, y = self.to_km(anchor)
        scale = max(self.min_scale(), min(MAX_SCALE, self.scale * factor))
        center = (
            x - (anchor.x() - self.width() / 2) / scale,
            y - (anchor.y() - self.height() / 2) / scale,
        )
        self.set_view(center, scale)

    def pan(self, dx_px: float, dy_px: float) -> None:
        self._stop_flight()
        self.set_view(
            (self.center[0] - dx_px / self.scale, self.center[1] - dy_px / self.scale), self.scale
        )

    def to_km(self, pixel: QPointF) -> tuple[float, float]:
        return (
            self.center[0] + (pixel.x() - self.width() / 2) / self.scale,
            self.center[1] + (pixel.y() - self.height() / 2) / self.scale,
        )

    def visible_box(self) -> Box:
        left, top = self.to_km(QPointF(0, 0))
        right, bottom = self.to_km(QPointF(self.width(), self.height()))
        return Box(left, top, right, bottom)

    # --- content -----------------------------------------------------------------------------

    def set_picture(self, picture: MapPicture) -> None:
        picture.selected = self.picture.selected
        self.picture = picture
        self.update()

    def select(self, village_code: str | None) -> None:
        self.picture.selected = village_code
        self.update()

    def village_at(self, pixel: QPointF) -> str | None:
        """The village under a pixel: an unmapped village's diamond first, then the outlines."""
        for code, rect in marker_rects(self.geometry_, self.transform()):
            if rect.adjusted(-2, -2, 2, 2).contains(pixel):
                return code
        return self.geometry_.village_at(*self.to_km(pixel))

    def visit_at(self, pixel: QPointF) -> str | None:
        """The visit whose GPS dot is under a pixel (the nearest), when the dots are shown."""
        x, y = self.to_km(pixel)
        reach = POINT_HIT_PX / self.scale
        nearest, nearest_distance = None, reach * reach
        for point in self.picture.points:  # 17,000 on a PMO's laptop: a few ms, on a hover
            distance = (point.x - x) ** 2 + (point.y - y) ** 2
            if distance <= nearest_distance:
                nearest, nearest_distance = point.visit_id, distance
        return nearest

    def render_view(self, legend: Legend | None = None, caption: str = "") -> QImage:
        """What the canvas shows, as an image, with the legend and a caption (PNG export)."""
        return render_image(
            self.geometry_,
            self.picture,
            self.size(),
            transform=self.transform(),
            legend=legend,
            caption=caption,
            font=self.font(),
        )

    # --- Qt events ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        painter = QPainter(self)
        paint_map(painter, self.geometry_, self.picture, self.transform(), QRectF(self.rect()))
        painter.end()
        self.last_paint_ms = (time.perf_counter() - started) * 1000

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fitted:
            self.fit(self.geometry_.bounds)
            self._fitted = False  # the page fits the user's area once it knows it
        else:
            self.set_view(self.center, self.scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom(ZOOM_STEP**notches, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > CLICK_SLOP_PX:
                self._dragged = True
                self.pan(delta.x(), delta.y())
                self._press = event.position()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            clicked = not self._dragged
            self._press = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if clicked:
                self.click_at(event.position(), event.globalPosition().toPoint())
        super().mouseReleaseEvent(event)

    def click_at(self, pixel: QPointF, global_position: QPoint) -> None:
        code = self.village_at(pixel)
        if code is None:
            self.empty_clicked.emit()
        else:
            self.village_clicked.emit(code, global_position)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() is QContextMenuEvent.Reason.Keyboard:  # the Menu key, Shift+F10
            code, at = self.picture.selected, self._middle_on_screen()
        else:
            code, at = self.village_at(QPointF(event.pos())), event.globalPos()
        if code is not None:
            self.village_menu.emit(code, at)

    def _middle_on_screen(self) -> QPoint:
        return self.mapToGlobal(self.rect().center())

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            pixel = QPointF(event.pos())
            visit = self.visit_at(pixel)
            code = None if visit is not None else self.village_at(pixel)
            if visit is not None:  # a dot says whose visit it is and where its GPS came from
                QToolTip.showText(event.globalPos(), self.describe_visit(visit), self)
            elif code is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(code), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step_x, step_y = self.width() * PAN_STEP, self.height() * PAN_STEP
        moves = {
            Qt.Key.Key_Left: (step_x, 0.0),
            Qt.Key.Key_Right: (-step_x, 0.0),
            Qt.Key.Key_Up: (0.0, step_y),
            Qt.Key.Key_Down: (0.0, -step_y),
        }
        if key in moves:
            self.pan(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picture.selected:
            # The village found by the search opens as a click on it would.
            self.village_clicked.emit(self.picture.selected, self._middle_on_screen())
        else:
            super().keyPressEvent(event)
