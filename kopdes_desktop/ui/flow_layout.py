"""A layout that lines widgets up in a row and wraps them onto the next row when the row is
full: filter bars that sit in one line on a laptop and in two on a netbook."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []

    # --- filling ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; a row's spare width goes to its widgets in proportion to ``stretch``."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._stretch.append(stretch)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._stretch[index]
        return self._items.pop(index)

    # --- geometry -----------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # One row with everything at its preferred width.
        visible = self._visible()
        width = sum(item.sizeHint().width() for item, _ in visible)
        width += self._gap() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item, _ in visible), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        # One item per row, each at its minimum width.
        size = QSize()
        for item, _stretch in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _visible(self) -> list[tuple[QLayoutItem, int]]:
        return [
            (item, stretch)
            for item, stretch in zip(self._items, self._stretch, strict=True)
            if not item.isEmpty()
        ]

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            size.width() + margins.left() + margins.right(),
            size.height() + margins.top() + margins.bottom(),
        )

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item, stretch in self._visible():
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._gap() + wanted > width:
                rows.append([])
                used = 0
            used += (self._gap() if rows[-1] else 0) + wanted
            rows[-1].append((item, stretch))
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            widths = _share(row, area.width() - self._gap() * (len(row) - 1))
            height = max(item.sizeHint().height() for item, _ in row)
            x = area.x()
            for (item, _stretch), width in zip(row, widths, strict=True):
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._gap()
            y += height + self._gap()
        content = y - self._gap() - area.y() if y > area.y() else 0
        return content + margins.top() + margins.bottom()


def _share(row: list[tuple[QLayoutItem, int]], room: int) -> list[int]:
    """Widths for a row: preferred widths, spare room split by stretch, never below minimum."""
    widths = [item.sizeHint().width() for item, _ in row]
    spare = room - sum(widths)
    total_stretch = sum(stretch for _, stretch in row)
    if spare > 0 and total_stretch:
        widths = [w + spare * s // total_stretch for w, (_, s) in zip(widths, row, strict=True)]
    elif spare < 0:  # a lone item wider than the row: squeeze it towards its minimum
        widths = [
            max(item.minimumSize().width(), min(w, room))
            for w, (item, _) in zip(widths, row, strict=True)
        ]
    return widths


def labelled(text: str, field: QWidget) -> QWidget:
    """A label and its field kept together, so a wrap never separates them."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field, 1)
    return pair
