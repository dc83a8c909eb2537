"""A picture that fits its window and zooms: the wheel, + and - zoom around the pointer, 0 fits
it again, dragging or the arrow keys move a zoomed picture. A photo of a shop's ledger or a
signboard must be readable on a 1024×600 netbook, where the whole photo is shown at a third of
its size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

ZOOM_STEP = 1.25
# Relative to the photo's own pixels: small enough to see a whole photo on any screen, large
# enough to read a handwritten figure in a 1600 px photo.
MIN_SCALE = 0.05
MAX_SCALE = 8.0

ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)  # "=" is "+" without Shift
ZOOM_OUT_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
FIT_KEYS = (Qt.Key.Key_0,)


class ZoomView(QGraphicsView):
    zoom_changed = Signal(float)  # the scale now, 1.0 = the photo's own pixels

    def __init__(self) -> None:
        super().__init__()
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scene = QGraphicsScene(self)
        scene.addItem(self._item)
        self.setScene(scene)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fitting = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.setSceneRect(QRectF(pixmap.rect()))
        self.fit()

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    @property
    def fitting(self) -> bool:
        """True while the whole picture is fitted to the window (and refitted on resize)."""
        return self._fitting

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self._fitting = True
        # A fitted photo needs no scroll bars; left in place, they would shrink the fit.
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resetTransform()
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.scale_factor())

    def zoom_by(self, factor: float) -> None:
        now = self.scale_factor()
        wanted = min(MAX_SCALE, max(MIN_SCALE, now * factor))
        if wanted == now:
            return
        self._fitting = False
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scale(wanted / now, wanted / now)
        self.zoom_changed.emit(self.scale_factor())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ZOOM_IN_KEYS:
            self.zoom_in()
        elif key in ZOOM_OUT_KEYS:
            self.zoom_out()
        elif key in FIT_KEYS:
            self.fit()
        else:
            super().keyPressEvent(event)  # arrows and Page Up/Down move a zoomed picture
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.fit()
