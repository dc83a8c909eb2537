"""Peta: the villages of Kalimantan Barat coloured by coverage, status or opportunities, offline.

The boundaries load on a worker thread the first time the page is shown (they are never read at
start-up); the figures come from ``CoverageMapService`` on a worker thread at every show, sync
or change of period or BA. Changing the measure, the sector or the GPS dots only recolours.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.coverage_map import (
    ANY_OPPORTUNITY,
    CooperativeOnMap,
    MapData,
    MapFilter,
    MapMeasure,
    OpportunityChoice,
    VisitPoint,
)
from kopdes_desktop.domain.enums import Sector
from kopdes_desktop.domain.geography import FAR_OUTSIDE_KM, Box, project
from kopdes_desktop.domain.regions import RegionLevel, fold
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports.map_drawing import (
    Legend,
    MapGeometry,
    legend_of,
    legend_size,
    paint_legend,
    picture_of,
    shared_geometry,
)
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.coverage_map import CoverageMapService
from kopdes_desktop.ui import counts, labels, theme
from kopdes_desktop.ui.about_dialog import AboutDialog
from kopdes_desktop.ui.formatting import _MONTHS, format_count, format_date
from kopdes_desktop.ui.map_canvas import ZOOM_STEP, MapCanvas
from kopdes_desktop.ui.review_columns import author_label
from kopdes_desktop.ui.tasks import TaskRunner

SIDE_PANEL_WIDTH = 270
RECENT_MONTHS = 12
POINT_BOX_KM = 3.0  # flying to a GPS point frames this much around it
ALL_TIME_START = date(2000, 1, 1)


class LegendWidget(QWidget):
    """The legend as the map export paints it, so screen and PNG say the same."""

    def __init__(self) -> None:
        super().__init__()
        self.legend = Legend("", ())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_legend(self, legend: Legend) -> None:
        self.legend = legend
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return legend_size(self.legend, self.font(), SIDE_PANEL_WIDTH)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QPointF(0, 0), self.legend, self.font(), self.width())
        painter.end()


class MapPage(QWidget):
    help_topic = "map"  # its F1 guide: resources/help/<language>/map.md
    open_cooperative = Signal(str)
    show_visits = Signal(str)  # a cooperative's id: list its visits
    open_visit = Signal(str)

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self.services = services
        self.service = CoverageMapService(services.context)
        self.tasks = tasks
        self.language = language
        self.map_geometry: MapGeometry | None = None
        self.canvas: MapCanvas | None = None
        self.data: MapData | None = None
        self._loading_geometry = False
        self._generation = 0
        self._data_generation = -1
        self._points: tuple[VisitPoint, ...] | None = None
        self._fitted_area = False
        self._supervising: bool | None = None
        self._wanted_ba: str | None = None  # show_ba before the BA choices were read
        # Tests answer the file question themselves; people get the system's save dialog.
        self.choose_file: Callable[[str], Path | None] = self._ask_for_file

        title = QLabel(self.tr("Map"))
        title.setObjectName("pageTitle")
        self.loading = QLabel(self.tr("Loading the map…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_area = QStackedWidget()
        self.map_area.addWidget(self.loading)
        body = QHBoxLayout()
        body.addWidget(self.map_area, 1)
        body.addWidget(self._side_panel())
        self.status = QLabel()
        self.status.setWordWrap(True)
        # A line's height even while empty: a message appearing must not resize the map.
        self.status.setMinimumHeight(QLabel("Ag").sizeHint().height())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self._choices_row())
        layout.addLayout(self._tools_row())
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._measure_changed()

    # --- controls ----------------------------------------------------------------------------

    def _choices_row(self) -> QHBoxLayout:
        self.measure = QComboBox()
        self.sector = QComboBox()
        self.sector.setToolTip(self.tr("Sector of the opportunities counted"))
        self.sector.addItem(self.tr("All sectors"), None)
        for text, value in labels.choices(Sector):
            self.sector.addItem(text, value)
        self.commodity = QComboBox()
        self.commodity.setToolTip(self.tr("Commodity of the opportunities counted"))
        self.commodity.addItem(self.tr("All commodities"), "")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a village…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        row = QHBoxLayout()
        self._labelled(row, self.tr("&Colour by:"), self.measure)
        row.addWidget(self.sector)
        row.addWidget(self.commodity)
        row.addStretch(1)
        self._labelled(row, self.tr("&Find:"), self.search)
        row.setStretchFactor(self.search, 2)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.sector.currentIndexChanged.connect(self.redraw)
        self.commodity.currentIndexChanged.connect(self.redraw)
        self._villages: dict[str, str] = {}  # completer text → village code, filled when shown
        self._village_model = QStringListModel(self)
        self.completer = QCompleter(self._village_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self.find_village)
        self.search.returnPressed.connect(lambda: self.find_village(self.search.text()))
        return row

    @staticmethod
    def _labelled(row: QHBoxLayout, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
        return label

    def _tools_row(self) -> QHBoxLayout:
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.fit_area_button = QPushButton(self.tr("My &area"))
        self.fit_area_button.setToolTip(self.tr("Show my area whole"))
        self.fit_all_button = QPushButton(self.tr("All of Kalbar"))
        self.points = QCheckBox(self.tr("Visit &GPS points"))
        self.export_button = QPushButton(self.tr("Save as PNG…"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_area_button.clicked.connect(self.fit_area)
        self.fit_all_button.clicked.connect(self.fit_all)
        self.points.toggled.connect(self.redraw)
        self.export_button.clicked.connect(self.export_png)

        row = QHBoxLayout()
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_area_button,
            self.fit_all_button,
            self.points,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def _side_panel(self) -> QWidget:
        self.period = QComboBox()
        self._fill_periods()
        self.period.setToolTip(
            self.tr(
                "The map shows the cooperatives as they stood on the last day of the period; "
                "the GPS points and the visits waiting for review are those of the period."
            )
        )
        self.ba = QComboBox()
        self.ba.addItem(self.tr("All BAs"), None)
        self.period.currentIndexChanged.connect(self.reload_data)
        self.ba.currentIndexChanged.connect(self._ba_changed)
        filters = QFormLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.ba_label = QLabel(self.tr("&BA:"))
        self.ba_label.setBuddy(self.ba)
        filters.addRow(period_label, self.period)
        filters.addRow(self.ba_label, self.ba)
        self.filters = filters
        self.legend = LegendWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.flagged_title = QLabel()
        self.flagged_title.setWordWrap(True)
        self.flagged = QListWidget()
        self.flagged.setToolTip(self.tr("Click to show on the map; double-click to open the visit"))
        self.flagged.itemClicked.connect(self._flagged_clicked)
        self.flagged.itemActivated.connect(
            lambda item: self.open_visit.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.flagged_title.setBuddy(self.flagged)
        self.attribution = self._attribution()
        self.flagged.setMinimumHeight(90)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(filters)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged_title)
        layout.addWidget(self.flagged, 1)
        layout.addStretch(0)
        # On a 600-pixel-high screen the panel scrolls rather than squeezing the legend; the
        # data's credit stays in sight below it (the licence asks for it).
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget()
        side.setFixedWidth(SIDE_PANEL_WIDTH + 16)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        column.addWidget(self.attribution)
        return side

    def _attribution(self) -> QLabel:
        about = self.tr("About…")
        label = QLabel(
            self.tr("Boundaries: cahyadsn/wilayah_boundaries (MIT).")
            + f" <a href='about'>{about}</a>"
        )
        label.setWordWrap(True)
        label.linkActivated.connect(lambda _link: self.show_about())
        return label

    def _fill_periods(self) -> None:
        today = self.services.context.today()
        self.period.addItem(self.tr("Up to today"), (ALL_TIME_START, today))
        for days, text in (
            (30, self.tr("Last 30 days")),
            (90, self.tr("Last 90 days")),
            (365, self.tr("Last 12 months")),
        ):
            self.period.addItem(text, (today - timedelta(days=days - 1), today))
        month = Period.month_of(today)
        months = _MONTHS.get(self.language, _MONTHS["id"])
        for _n in range(RECENT_MONTHS):
            self.period.addItem(
                f"{months[month.start.month - 1]} {month.start.year}",
                (month.start, min(month.end, today)),
            )
            month = Period.month_of(month.start - timedelta(days=1))

    def _fill_village_names(self) -> None:
        """The search's suggestions, "Desa — Kecamatan, Kabupaten", built at the first show
        rather than at the app's start."""
        if self._villages:
            return
        catalog = self.services.catalog
        names = []
        for village in catalog.at_level(RegionLevel.DESA):
            path = catalog.path(village.code)
            if path is None:
                continue
            text = f"{village.name} — {path[1].name}, {path[0].name}"
            self._villages[text] = village.code
            names.append(text)
        self._village_model.setStringList(sorted(names))

    # --- what the user chose -----------------------------------------------------------------

    def current_measure(self) -> MapMeasure:
        value = self.measure.currentData()
        return MapMeasure(value) if value else MapMeasure.LAST_VISIT

    def opportunity_choice(self) -> OpportunityChoice:
        if self.current_measure() is not MapMeasure.OPPORTUNITIES:
            return ANY_OPPORTUNITY
        sector = self.sector.currentData()
        return OpportunityChoice(Sector(sector) if sector else None, self.commodity.currentData())

    def criteria(self) -> MapFilter:
        start, end = self.period.currentData()
        return MapFilter(Period(start, end), self.ba.currentData())

    def _fill_measures(self, supervising: bool) -> None:
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for text, measure in (
            (self.tr("Days since the last visit"), MapMeasure.LAST_VISIT),
            (self.tr("Operational status"), MapMeasure.OPERATIONAL_STATUS),
            (self.tr("Open business opportunities"), MapMeasure.OPPORTUNITIES),
            (self.tr("Visits waiting for review"), MapMeasure.REVIEW_WAITING),
        ):
            if measure is MapMeasure.REVIEW_WAITING and not supervising:
                continue
            self.measure.addItem(text, measure.value)
        self.measure.setCurrentIndex(max(0, self.measure.findData(current)))
        self.measure.blockSignals(False)

    def set_measure(self, measure: MapMeasure) -> None:
        self.measure.setCurrentIndex(self.measure.findData(measure.value))

    def _measure_changed(self) -> None:
        if self.measure.count() == 0:
            self._fill_measures(self.service.supervises)
        opportunities = self.current_measure() is MapMeasure.OPPORTUNITIES
        for widget in (self.sector, self.commodity):
            widget.setVisible(opportunities)
        self.redraw()

    def show_ba(self, author_id: str) -> None:
        """Narrow the map to one BA (Beranda's "BAs without a visit this month" opens here);
        chosen once the BA choices are read, which showing the page starts."""
        self._wanted_ba = author_id
        found = self.ba.findData(author_id)
        if found >= 0:
            self._wanted_ba = None
            self.ba.setCurrentIndex(found)

    def _ba_changed(self) -> None:
        self._fitted_area = False  # frame the chosen BA's villages
        self.reload_data()

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._fill_village_names()
        supervising = self.service.supervises
        if supervising != self._supervising:
            self._supervising = supervising
            self._fill_measures(supervising)
            self.filters.setRowVisible(self.ba, supervising)
            for widget in (self.flagged, self.flagged_title):
                widget.setVisible(supervising)
            self._fitted_area = False
        if self.map_geometry is None and not self._loading_geometry:
            self._loading_geometry = True
            self.tasks.read(self._load_geometry, self._geometry_ready, self._failed)
        self.tasks.read(self._read_choices, self._show_choices)
        self.reload_data()

    def _load_geometry(self) -> MapGeometry:
        villages = [v.code for v in self.services.catalog.at_level(RegionLevel.DESA)]
        return shared_geometry(self.service.boundaries(), villages)

    def _geometry_ready(self, geometry: MapGeometry) -> None:
        self._loading_geometry = False
        self.map_geometry = geometry
        self.canvas = MapCanvas(geometry)
        self.canvas.describe = self.describe
        self.canvas.describe_visit = self.describe_visit
        self.canvas.village_clicked.connect(self._village_clicked)
        self.canvas.village_menu.connect(self._village_menu)
        self.map_area.addWidget(self.canvas)
        self.map_area.setCurrentWidget(self.canvas)
        self.redraw()

    def _read_choices(self) -> tuple[list[tuple[str, str]], list[str]]:
        bas = self.service.ba_choices() if self.service.supervises else []
        return bas, self.service.commodities()

    def _show_choices(self, choices: tuple[list[tuple[str, str]], list[str]]) -> None:
        bas, commodities = choices
        wanted, self._wanted_ba = self._wanted_ba, None
        first_ba: list[tuple[str, str | None]] = [(self.tr("All BAs"), None)]
        first_commodity: list[tuple[str, str | None]] = [(self.tr("All commodities"), "")]
        for combo, items in (
            (self.ba, first_ba + [(author_label(a, n), a) for a, n in bas]),
            (self.commodity, first_commodity + [(c, c) for c in commodities]),
        ):
            current = combo.currentData()
            if combo is self.ba and wanted is not None:
                current = wanted
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if wanted is not None and self.ba.currentData() == wanted:
            self._ba_changed()

    def reload_data(self) -> None:
        """Read the figures again: the villages' colours first, then the GPS points (the slower
        read on a PMO's laptop, started only once the colours are in so that its checks do not
        hold up the first paint), each answer dropped if the user moved on since."""
        self._generation += 1
        generation, criteria = self._generation, self.criteria()
        self._points = None

        def colours_in(data: MapData) -> None:
            self._data_ready(generation, data)
            if generation == self._generation:
                self.tasks.read(
                    lambda: self.service.visit_points(criteria),
                    lambda points: self._points_ready(generation, points),
                    self._failed,
                )

        self.tasks.read(lambda: self.service.map_data(criteria), colours_in, self._failed)

    def _data_ready(self, generation: int, data: MapData) -> None:
        if generation != self._generation:
            return  # an older answer: the user has changed the period or BA since
        if self._points is not None:
            data = dataclasses.replace(data, points=self._points)
        self.data, self._data_generation = data, generation
        theme.set_tone(self.status, None)
        self._show_summary(data)
        self.redraw()

    def _points_ready(self, generation: int, points: tuple[VisitPoint, ...]) -> None:
        if generation != self._generation:
            return
        self._points = points
        if self.data is not None and self._data_generation == generation:
            self._data_ready(generation, self.data)

    def points_loaded(self) -> bool:
        """The GPS points of the current choice are on the map (tests and the benchmark)."""
        return self._points is not None and self._data_generation == self._generation

    def _failed(self, error: Exception) -> None:
        self._loading_geometry = False
        theme.set_tone(self.status, theme.ERROR)
        self.status.setText(self.tr("The map could not be shown: %1").replace("%1", str(error)))

    # --- drawing -----------------------------------------------------------------------------

    def redraw(self) -> None:
        data, canvas = self.data, self.canvas
        measure = self.current_measure()
        if data is not None:
            self.legend.set_legend(self.screen_legend(data, measure))
        if data is None or canvas is None:
            return
        canvas.set_picture(
            picture_of(
                data, measure, self.opportunity_choice(), show_points=self.points.isChecked()
            )
        )
        self._show_summary(data)
        if not self._fitted_area:
            self._fitted_area = True
            self.fit_area()

    def village_classes(self) -> dict[str, str]:
        """The class each village with a cooperative is coloured by (what the canvas shows)."""
        canvas = self.canvas
        return dict(canvas.picture.classes) if canvas is not None else {}

    def legend_for(self, data: MapData, measure: MapMeasure, *, counts: bool) -> Legend:
        """The legend: classes in words (on screen with how many villages of my area are in
        each), and what the symbols mean."""
        notes = [self.tr("◆ village without a boundary: at its kecamatan")]
        if self.points.isChecked():
            notes += [
                self.tr("● GPS of a visit"),
                self.tr("✕ GPS more than %1 km outside its village").replace(
                    "%1", f"{FAR_OUTSIDE_KM:g}"
                ),
            ]
        if data.area_villages is not None:
            ba = self.chosen_ba_name()
            notes.append(
                self.tr("Grey: not %1's cooperatives").replace("%1", ba)
                if ba
                else self.tr("Grey: outside my area")
            )
        return legend_of(
            data,
            measure,
            labels.label,
            title=self.measure_title(measure),
            notes=notes,
            choice=self.opportunity_choice(),
            count_text=(lambda n: format_count(n, self.language)) if counts else None,
        )

    def screen_legend(self, data: MapData, measure: MapMeasure) -> Legend:
        return self.legend_for(data, measure, counts=True)

    def measure_title(self, measure: MapMeasure) -> str:
        title = {
            MapMeasure.LAST_VISIT: self.tr("Days since the last visit"),
            MapMeasure.OPERATIONAL_STATUS: self.tr("Operational status"),
            MapMeasure.OPPORTUNITIES: self.tr("Open business opportunities"),
            MapMeasure.REVIEW_WAITING: self.tr("Visits waiting for review"),
        }[measure]
        if measure is MapMeasure.OPPORTUNITIES:
            choice = self.opportunity_choice()
            detail = ", ".join(
                part for part in (labels.label(choice.sector), choice.commodity) if part
            )
            title = f"{title}: {detail}" if detail else title
        return title

    def chosen_ba_name(self) -> str:
        """The BA the map is narrowed to, as the BA filter names them; "" for the whole area."""
        return self.ba.currentText() if self.ba.currentData() is not None else ""

    def _show_summary(self, data: MapData) -> None:
        in_area = [
            c
            for c in data.cooperatives
            if data.area_villages is None or c.village_code in data.area_villages
        ]
        never = sum(1 for c in in_area if c.last_visit is None)
        ba = self.chosen_ba_name()
        sentence = (
            self.tr("%4 coaches %1 (as of %2); %3 never visited.").replace("%4", ba)
            if ba
            else self.tr("In my area: %1 (as of %2); %3 never visited.")
        )
        self.summary.setText(
            sentence.replace("%1", counts.cooperatives(len(in_area)))
            .replace("%2", format_date(data.as_of, self.language))
            .replace("%3", format_count(never, self.language))
        )
        flagged = data.far_outside()
        self.flagged_title.setText(
            self.tr("Visits with GPS far outside their village (%1):").replace(
                "%1", format_count(len(flagged), self.language)
            )
            if flagged
            else self.tr("No visit of the period has GPS far outside its village.")
        )
        # No empty framed box under a sentence that says there is nothing (the screenshots).
        self.flagged.setVisible(bool(self._supervising) and bool(flagged))
        shown = [self.flagged.item(row).text() for row in range(self.flagged.count())]
        if shown == [self._flag_text(point) for point in flagged]:
            return  # unchanged: keep the selection (a refresh after a sync is the usual case)
        self.flagged.clear()
        for point in flagged:
            item = QListWidgetItem(self._flag_text(point))
            item.setData(Qt.ItemDataRole.UserRole, point.visit_id)
            item.setToolTip(f"{point.cooperative_name}\n{item.text()}")
            self.flagged.addItem(item)

    def _flag_text(self, point: VisitPoint) -> str:
        """Two short lines: the village (names of cooperatives share a long prefix) and date,
        then who and how far."""
        region = self.services.catalog.get(point.village_code)
        village = region.name if region else point.cooperative_name
        distance = self.tr("%1 km outside").replace("%1", f"{point.km_outside or 0:.0f}")
        who = author_label(point.author_id, point.author_name)
        when = format_date(point.visit_date, self.language)
        if point.gps_source is not None:  # typed or from a photo: the PMO weighs it differently
            note = labels.position_source_note(point.gps_source)
            # A line of its own: beside the distance it was cut off in the narrow side panel.
            distance += "\n" + self.tr("position %1").replace("%1", note)
        return f"{village} · {when}\n{who} · {distance}"

    def describe_visit_lines(self, visit_id: str) -> list[str]:
        """A GPS dot's hover text: the cooperative, when and who, the position and its source."""
        points = self.data.points if self.data is not None else ()
        point = next((p for p in points if p.visit_id == visit_id), None)
        if point is None:
            return []
        lines = [
            point.cooperative_name,
            f"{format_date(point.visit_date, self.language)} · "
            f"{author_label(point.author_id, point.author_name)}",
            labels.position_text(point.latitude, point.longitude, point.gps_source, self.language),
        ]
        if point.far_outside:
            lines.append(self.tr("%1 km outside").replace("%1", f"{point.km_outside or 0:.0f}"))
        return lines

    def describe_visit(self, visit_id: str) -> str:
        """The hover text of a GPS dot (rich text, the cooperative's name in bold)."""
        lines = [html.escape(line) for line in self.describe_visit_lines(visit_id)]
        if not lines:
            return ""
        return "<br/>".join([f"<b>{lines[0]}</b>", *lines[1:]])

    # --- what is where -----------------------------------------------------------------------

    def cooperatives_in(self, village_code: str) -> list[CooperativeOnMap]:
        if self.data is None:
            return []
        return [c for c in self.data.cooperatives if c.village_code == village_code]

    def describe_lines(self, village_code: str) -> list[str]:
        """Village, kecamatan and kabupaten; each cooperative there and its measure."""
        path = self.services.catalog.path(village_code)
        if path is None:
            return [village_code]
        kabupaten, kecamatan, desa = path
        lines = [desa.name, f"{kecamatan.name}, {kabupaten.name}"]
        if self.map_geometry is not None and village_code not in self.map_geometry.boundaries.desa:
            lines.append(self.tr("No boundary yet: shown at its kecamatan"))
        cooperatives = self.cooperatives_in(village_code)
        if not cooperatives:
            lines.append(self.tr("No cooperative on this laptop"))
        measure, as_of = self.current_measure(), self.data.as_of if self.data else None
        for cooperative in cooperatives:
            lines.append(cooperative.name)
            lines.append(self._measure_text(cooperative, measure, as_of))
        return lines

    def describe(self, village_code: str) -> str:
        """The hover text (rich text, the village's name in bold)."""
        first, *rest = (html.escape(line) for line in self.describe_lines(village_code))
        return "<br/>".join([f"<b>{first}</b>", *rest])

    def _measure_text(
        self, cooperative: CooperativeOnMap, measure: MapMeasure, as_of: date | None
    ) -> str:
        if measure is MapMeasure.LAST_VISIT:
            last = cooperative.last_visit
            if last is None or as_of is None:
                return self.tr("Never visited")
            return (
                self.tr("Last visit: %1 (%2 ago)")
                .replace("%1", format_date(last, self.language))
                .replace("%2", counts.days((as_of - last).days))
            )
        if measure is MapMeasure.OPERATIONAL_STATUS:
            status = cooperative.operational_status
            shown = labels.label(status) if status else self.tr("Not recorded")
            return self.tr("Status: %1").replace("%1", shown)
        if measure is MapMeasure.OPPORTUNITIES:
            count = cooperative.open_opportunities(self.opportunity_choice())
            return self.tr("Open business opportunities: %1").replace(
                "%1", format_count(count, self.language)
            )
        return self.tr("Visits waiting for review: %1").replace(
            "%1", format_count(cooperative.waiting_review, self.language)
        )

    # --- acting on the map -------------------------------------------------------------------

    def _zoom(self, factor: float) -> None:
        if self.canvas is not None:
            self.canvas.zoom(factor)

    def area_box(self) -> Box | None:
        if self.map_geometry is None:
            return None
        boundaries = self.map_geometry.boundaries
        focus = self.data.focus if self.data is not None else ()
        return boundaries.box_of(focus) or boundaries.bounds

    def fit_area(self) -> None:
        box = self.area_box()
        if self.canvas is not None and box is not None:
            self.canvas.fit(box)

    def fit_all(self) -> None:
        if self.canvas is not None and self.map_geometry is not None:
            self.canvas.fit(self.map_geometry.bounds)

    def find_village(self, text: str) -> bool:
        """Fly to the village named (as the completer writes it, or any part of a name)."""
        code = self._villages.get(text) or self._best_village(text)
        if code is None or self.canvas is None or self.map_geometry is None:
            self.status.setText(self.tr("No village is called “%1”.").replace("%1", text))
            return False
        outline = self.map_geometry.boundaries.village(code)
        if outline is None:
            return False
        self.canvas.select(code)
        self.canvas.fly_to(outline.shape.bbox)
        self.canvas.setFocus()
        theme.set_tone(self.status, None)
        self.status.setText(" · ".join(self.describe_lines(code)))
        return True

    def _best_village(self, text: str) -> str | None:
        """The village a typed name most likely means: the exact name before a longer one that
        contains it, and one of my area before another kabupaten's."""
        hits = self.services.catalog.search(text, RegionLevel.DESA, limit=200)
        if not hits:
            return None
        wanted = fold(text)
        area = self.data.area_villages if self.data is not None else None

        def rank(index: int) -> tuple[bool, bool, int]:
            code = hits[index].code
            return (fold(hits[index].name) != wanted, area is not None and code not in area, index)

        return hits[min(range(len(hits)), key=rank)].code

    def _village_clicked(self, code: str, at: QPoint) -> None:
        assert self.canvas is not None
        self.canvas.select(code)
        cooperatives = self.cooperatives_in(code)
        if len(cooperatives) == 1:
            self.open_cooperative.emit(cooperatives[0].id)
        elif cooperatives:
            menu = QMenu(self)
            for cooperative in cooperatives:
                action = menu.addAction(cooperative.name)
                action.triggered.connect(
                    lambda _checked=False, c=cooperative.id: self.open_cooperative.emit(c)
                )
            menu.popup(at)
            self._menu = menu
        else:
            region = self.services.catalog.get(code)
            self.status.setText(
                self.tr("No cooperative of %1 is on this laptop.").replace(
                    "%1", region.name if region else code
                )
            )

    def _village_menu(self, code: str, at: QPoint) -> None:
        cooperatives = self.cooperatives_in(code)
        if not cooperatives:
            return
        menu = QMenu(self)
        for cooperative in cooperatives:
            profile = menu.addAction(self.tr("Open %1").replace("%1", cooperative.name))
            profile.triggered.connect(
                lambda _checked=False, c=cooperative.id: self.open_cooperative.emit(c)
            )
            visits = menu.addAction(self.tr("Visits of %1").replace("%1", cooperative.name))
            visits.triggered.connect(
                lambda _checked=False, c=cooperative.id: self.show_visits.emit(c)
            )
        menu.popup(at)
        self._menu = menu

    def _flagged_clicked(self, item: QListWidgetItem) -> None:
        visit_id = item.data(Qt.ItemDataRole.UserRole)
        points = self.data.points if self.data is not None else ()
        point = next((p for p in points if p.visit_id == visit_id), None)
        if point is None or self.canvas is None:
            return
        if not self.points.isChecked():
            self.points.setChecked(True)
        x, y = project(point.longitude, point.latitude)
        half = POINT_BOX_KM
        self.canvas.select(point.village_code)
        self.canvas.fly_to(Box(x - half, y - half, x + half, y + half))

    # --- export ------------------------------------------------------------------------------

    def export_image(self) -> QImage | None:
        if self.canvas is None or self.data is None:
            return None
        legend = self.legend_for(self.data, self.current_measure(), counts=False)
        caption = self.tr("Kopdes Desktop · as of %1 · boundaries © Cahya DSN (MIT)").replace(
            "%1", format_date(self.data.as_of, self.language)
        )
        return self.canvas.render_view(legend, caption)

    def export_png(self) -> None:
        image = self.export_image()
        if image is None:
            return
        today = self.services.context.today()
        chosen = self.choose_file(f"peta-{today.isoformat()}.png")
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == ".png" else chosen.with_suffix(".png")

        def save() -> Path:
            if not image.save(str(target)):
                raise OSError(self.tr("could not write %1").replace("%1", str(target)))
            return target

        def done(path: Path) -> None:
            theme.set_tone(self.status, None)
            self.status.setText(self.tr("Map saved: %1").replace("%1", str(path)))

        self.tasks.read(save, done, self._failed)

    def _ask_for_file(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the map"),
            str(Path.home() / suggested),
            self.tr("PNG images (*.png)"),
        )
        return Path(chosen) if chosen else None

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.open()
        self.about = dialog
