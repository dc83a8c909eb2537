"""Stacked bar charts (QtCharts) that say which bar was clicked, for click-through lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

# Coverage reads like a traffic light: recent green, then amber, orange, red.
CURSOR_COLOUR = "#111111"  # the bar the arrow keys point at
PALETTE = ("#2e7d32", "#f9a825", "#ef6c00", "#c62828", "#1565c0", "#6a1b9a", "#00838f", "#6d4c41")


@dataclass(frozen=True, slots=True)
class BarSet:
    name: str
    values: Sequence[int]


class StackedBarChart(QChartView):
    """One stacked bar per category; ``bar_clicked(set, category)`` when a segment is clicked."""

    bar_clicked = Signal(int, int)

    def __init__(
        self, title: str, *, horizontal: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self.chart_title = title
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.categories: list[str] = []
        self.sets: list[BarSet] = []
        # The keyboard's way to click a bar: Tab to the chart, arrows to a bar, Enter.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Arrow keys choose a bar, Enter lists what is behind it"))
        self.cursor_at: tuple[int, int] = (0, 0)  # (set, category) the keys point at

    def set_data(self, categories: Sequence[str], sets: Sequence[BarSet]) -> None:
        self.categories, self.sets = list(categories), list(sets)
        if self.cursor_at[0] >= len(self.sets) or self.cursor_at[1] >= len(self.categories):
            self.cursor_at = (0, 0)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series: QAbstractBarSeries = (
            QHorizontalStackedBarSeries() if self._horizontal else QStackedBarSeries()
        )
        for index, bar_set in enumerate(sets):
            qt_set = QBarSet(bar_set.name)
            qt_set.append([float(value) for value in bar_set.values])
            qt_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            qt_set.clicked.connect(lambda category, s=index: self.bar_clicked.emit(s, category))
            series.append(qt_set)
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(list(categories))
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        largest = max((sum(s.values[i] for s in sets) for i in range(len(categories))), default=0)
        value_axis.setRange(0, max(1, largest))
        value_axis.setTickCount(min(6, max(2, largest + 1)))
        if self._horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(sets) > 1)
        self.setMinimumHeight(max(220, 90 + 26 * len(categories)) if self._horizontal else 260)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.categories or not self.sets:
            super().keyPressEvent(event)
            return
        set_index, category = self.cursor_at
        key = event.key()
        # Along the bars and across their segments, whichever way the chart is drawn.
        along = (
            (Qt.Key.Key_Up, Qt.Key.Key_Down)
            if self._horizontal
            else (Qt.Key.Key_Left, Qt.Key.Key_Right)
        )
        across = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right)
            if self._horizontal
            else (Qt.Key.Key_Down, Qt.Key.Key_Up)
        )
        if key in along:
            step = 1 if key == along[1] else -1
            # Horizontal bars list the first category at the bottom: Up goes to the next one.
            step = -step if self._horizontal else step
            category = (category + step) % len(self.categories)
        elif key in across:
            set_index = (set_index + (1 if key == across[1] else -1)) % len(self.sets)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_clicked.emit(set_index, category)
            return
        else:
            super().keyPressEvent(event)
            return
        self.cursor_at = (set_index, category)
        self._show_cursor()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_cursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        for qt_set in self.bar_sets():
            qt_set.deselectAllBars()

    def _show_cursor(self) -> None:
        set_index, category = self.cursor_at
        for index, qt_set in enumerate(self.bar_sets()):
            qt_set.deselectAllBars()
            if index == set_index and category < qt_set.count():
                qt_set.setSelectedColor(QColor(CURSOR_COLOUR))
                qt_set.selectBar(category)

    def bar_sets(self) -> list[QBarSet]:
        """The chart's Qt bar sets (tests click them as a user would)."""
        series = self.chart().series()
        return list(series[0].barSets()) if series else []  # type: ignore[attr-defined]
