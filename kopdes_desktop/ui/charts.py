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
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

# Coverage reads like a traffic light: recent green, then amber, orange, red.
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

    def set_data(self, categories: Sequence[str], sets: Sequence[BarSet]) -> None:
        self.categories, self.sets = list(categories), list(sets)
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

    def bar_sets(self) -> list[QBarSet]:
        """The chart's Qt bar sets (tests click them as a user would)."""
        series = self.chart().series()
        return list(series[0].barSets()) if series else []  # type: ignore[attr-defined]
