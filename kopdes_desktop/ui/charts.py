"""Stacked bar charts (QtCharts) that say which bar was clicked, for click-through lists.

Drawn in the theme's colours. The legend is a row of labels under the plot that wraps onto more
lines instead of cutting its names ("Dikunjungi dala..."); crowded category labels under
vertical bars are turned upright instead of cut ("7 ..."); a chart with nothing to count says
so ("Belum ada data") instead of drawing a bare 0–1 axis.
"""

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
from PySide6.QtCore import QEvent, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kopdes_desktop.ui import theme
from kopdes_desktop.ui.flow_layout import FlowLayout

# Coverage reads like a traffic light: recent green, then amber, orange, red.
CURSOR_COLOUR = "#111111"  # the bar the arrow keys point at (light theme; dark: white)
PALETTE = ("#2e7d32", "#f9a825", "#ef6c00", "#c62828", "#1565c0", "#6a1b9a", "#00838f", "#6d4c41")
SWATCH = 12  # px: the coloured square before a legend name
UPRIGHT_FROM = 45  # px per bar below which labels under vertical bars are turned upright
LEGEND_MARGIN = 6
EMPTY_HEIGHT = 160  # a chart with nothing to show: its title and the sentence


class ChartLegend(QWidget):
    """The names of a chart's bar sets with their colours, wrapping onto more rows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(LEGEND_MARGIN, 0, LEGEND_MARGIN, LEGEND_MARGIN)
        self.entries: list[QLabel] = []

    def show_sets(self, names: Sequence[str]) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.entries = []
        for index, name in enumerate(names):
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 8, 0)
            swatch = QLabel()
            pixmap = QPixmap(SWATCH, SWATCH)
            pixmap.fill(QColor(PALETTE[index % len(PALETTE)]))
            swatch.setPixmap(pixmap)
            text = QLabel(name)
            row.addWidget(swatch)
            row.addWidget(text)
            self.flow.addWidget(entry)
            entry.show()  # added to a shown chart: Qt would show it only later, unmeasured
            self.entries.append(text)

    def height_for(self, width: int) -> int:
        return self.flow.heightForWidth(width) if self.entries else 0


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
        chart.legend().setVisible(False)  # ours wraps instead of cutting names (ChartLegend)
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
        self.legend = ChartLegend(self)
        self.empty_label = QLabel(self.tr("No data yet"), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        theme.set_tone(self.empty_label, theme.MUTED)
        self.empty_label.setVisible(False)
        self._paint()

    @property
    def is_empty(self) -> bool:
        """Nothing to count: no categories, or every bar at zero."""
        return not any(value for bar_set in self.sets for value in bar_set.values)

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
        empty = self.is_empty
        self.empty_label.setVisible(empty)
        self.legend.show_sets([bar_set.name for bar_set in sets] if len(sets) > 1 else [])
        self.legend.setVisible(len(sets) > 1 and not empty)
        if empty:  # no bare 0–1 axis: the sentence says it
            self.setMinimumHeight(EMPTY_HEIGHT)
            self._place_overlays()
            return
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
        self._paint()
        legend_room = 24 * (1 + len(sets) // 3) if len(sets) > 1 else 0
        base = max(220, 90 + 26 * len(categories)) if self._horizontal else 260
        self.setMinimumHeight(base + legend_room)
        self._place_overlays()

    # --- look -----------------------------------------------------------------------------

    def _paint(self) -> None:
        """The chart in the colours of the theme applied now."""
        palette = theme.current()
        text, grid = QColor(palette.text), QColor(palette.chart_grid)
        chart = self.chart()
        chart.setBackgroundBrush(QBrush(QColor(palette.surface)))
        chart.setTitleBrush(QBrush(text))
        for axis in chart.axes():
            axis.setLabelsBrush(QBrush(text))
            axis.setLinePen(QPen(grid))
            axis.setGridLineColor(grid)
        self._upright_if_crowded()
        self.setBackgroundBrush(QBrush(QColor(palette.window)))

    def _upright_if_crowded(self) -> None:
        """Labels under vertical bars turn upright when each bar has too little room."""
        if self._horizontal:
            return
        room = self.chart().plotArea().width() or self.width()
        crowded = len(self.categories) > 1 and room / len(self.categories) < UPRIGHT_FROM
        for axis in self.chart().axes(Qt.Orientation.Horizontal):
            axis.setLabelsAngle(-90 if crowded else 0)

    def _place_overlays(self) -> None:
        inside = self.contentsRect()
        shown = not self.legend.isHidden()
        legend_height = self.legend.height_for(inside.width()) if shown else 0
        self.setViewportMargins(0, 0, 0, legend_height)
        # QChartView sizes its chart to the whole view: keep it to the room above the legend.
        room = self.viewport().size()
        self.chart().resize(QSizeF(room))
        self.setSceneRect(QRectF(0, 0, room.width(), room.height()))
        self.legend.setGeometry(
            QRect(inside.x(), inside.bottom() + 1 - legend_height, inside.width(), legend_height)
        )
        title_room = 40  # the chart's title stays above the sentence
        self.empty_label.setGeometry(
            QRect(0, title_room, self.width(), max(0, self.height() - title_room))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        self._upright_if_crowded()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._paint()  # the theme changed in Pengaturan

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
        cursor = CURSOR_COLOUR if theme.current_name() == theme.LIGHT else "#ffffff"
        for index, qt_set in enumerate(self.bar_sets()):
            qt_set.deselectAllBars()
            if index == set_index and category < qt_set.count():
                qt_set.setSelectedColor(QColor(cursor))
                qt_set.selectBar(category)

    def bar_sets(self) -> list[QBarSet]:
        """The chart's Qt bar sets (tests click them as a user would)."""
        series = self.chart().series()
        return list(series[0].barSets()) if series else []  # type: ignore[attr-defined]
