"""Laporan: the monthly PDF reports and the spreadsheet exports, written to a chosen file.

The work runs on a worker thread (Qt renders PDFs off the GUI thread once the application
exists); a progress bar follows it, and the window stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.reporting import ExportDataset, ExportFilter, Period
from kopdes_desktop.reports import ba_monthly, pmo_recap, spreadsheet
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.ui import counts, theme
from kopdes_desktop.ui.formatting import _MONTHS
from kopdes_desktop.ui.review_columns import author_label
from kopdes_desktop.ui.tasks import TaskRunner


class ReportKind(StrEnum):
    BA_MONTHLY = "ba_monthly"
    PMO_RECAP = "pmo_recap"
    COOPERATIVES = "cooperatives"
    VISITS = "visits"
    OPPORTUNITIES = "opportunities"

    @property
    def is_pdf(self) -> bool:
        return self in (ReportKind.BA_MONTHLY, ReportKind.PMO_RECAP)


class _ProgressRelay(QObject):
    """Carries (done, total) from the worker to the progress bar on the GUI thread."""

    progressed = Signal(int, int)


class ReportsPage(QWidget):
    help_topic = "reports"  # its F1 guide: resources/help/<language>/reports.md
    report_written = Signal(str)  # the file's path

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self.services = services
        self.review = ReviewService(services.context)
        self.tasks = tasks
        self.language = language
        self.busy = False
        # Tests answer the file question themselves; people get the system's save dialog.
        self.choose_file: Callable[[str, str], Path | None] = self._ask_for_file

        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        form = self._form()
        self.export_button = QPushButton(self.tr("&Save as…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._progressed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.whole_month_only.toggled.connect(self._kind_changed)
        self.export_button.clicked.connect(self.export)
        self._kind_changed()

    def _form(self) -> QFormLayout:
        self.kind = QComboBox()
        for text, kind in (
            (self.tr("Monthly activity report of a BA (PDF)"), ReportKind.BA_MONTHLY),
            (self.tr("Monthly recap of a kabupaten (PDF)"), ReportKind.PMO_RECAP),
            (self.tr("Cooperatives (spreadsheet)"), ReportKind.COOPERATIVES),
            (self.tr("Visits (spreadsheet)"), ReportKind.VISITS),
            (self.tr("Business opportunities (spreadsheet)"), ReportKind.OPPORTUNITIES),
        ):
            self.kind.addItem(text, kind)
        self.file_format = QComboBox()
        self._spreadsheet_format = "xlsx"  # what the user chose for spreadsheets, kept
        today = self.services.context.today()
        self.month = QComboBox()
        for number, name in enumerate(_MONTHS.get(self.language, _MONTHS["id"]), start=1):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setRange(2024, today.year + 1)
        self.year.setValue(today.year)
        self.whole_month_only = QCheckBox(self.tr("Only visits and notes of this month"))
        self.whole_month_only.setChecked(True)
        self.kabupaten = QComboBox()
        self.author = QComboBox()
        month_row = QHBoxLayout()
        month_row.addWidget(self.month)
        month_row.addWidget(self.year)
        month_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        form.addRow(self.tr("&Format:"), self.file_format)
        # A row of two fields gets no buddy from addRow: without one the label showed "&Month:".
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        form.addRow(month_label, month_row)
        form.addRow("", self.whole_month_only)
        form.addRow(self.tr("&Kabupaten:"), self.kabupaten)
        form.addRow(self.tr("&BA:"), self.author)
        return form

    # --- choices ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        def read() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            return self.review.kabupaten_choices(), self.review.authors()

        self.tasks.read(read, self._show_choices)

    def _show_choices(self, choices: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        kabupaten, authors = choices
        context = self.services.context
        current_kabupaten, current_author = self.kabupaten.currentData(), self.author.currentData()
        self.kabupaten.clear()
        # A PMO of one kabupaten has nothing to pick: it is chosen (the recap needs one), and
        # "all" would only mean the same.
        only_one = len(kabupaten) == 1
        if not only_one:
            self.kabupaten.addItem(self.tr("All kabupaten"), None)
        for code, name in kabupaten:
            self.kabupaten.addItem(name, code)
        self.kabupaten.setEnabled(not only_one)
        self.author.clear()
        # A BA reports on their own work ("Me" even before a first visit); a PMO is no BA: their
        # report is about one of the BAs whose visits they hold, the first by name unless chosen.
        own_report = context.role is Role.BA and bool(context.user_id)
        if own_report and context.user_id not in {a for a, _n in authors}:
            authors = [(context.user_id, ""), *authors]
        if not authors:
            self.author.addItem(self.tr("No BA with visits yet"), None)
        for author_id, name in authors:
            shown = name or (self.tr("Me") if author_id == context.user_id else "")
            self.author.addItem(author_label(author_id, shown), author_id)
        self.kabupaten.setCurrentIndex(max(0, self.kabupaten.findData(current_kabupaten)))
        preferred = current_author or (context.user_id if own_report else None)
        self.author.setCurrentIndex(max(0, self.author.findData(preferred)) if preferred else 0)
        self._kind_changed()

    def current_kind(self) -> ReportKind:
        # Qt hands a StrEnum stored as item data back as a plain str.
        return ReportKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._show_formats(kind)
        self.author.setEnabled(kind is ReportKind.BA_MONTHLY)
        self.whole_month_only.setEnabled(kind in (ReportKind.VISITS, ReportKind.OPPORTUNITIES))
        wants_month = kind.is_pdf or self.whole_month_only.isChecked()
        self.month.setEnabled(wants_month)
        self.year.setEnabled(wants_month)

    def _show_formats(self, kind: ReportKind) -> None:
        """A PDF report says PDF (greyed: it has no other); a spreadsheet offers its two."""
        formats = (
            [(self.tr("PDF document (.pdf)"), "pdf")]
            if kind.is_pdf
            else [
                (self.tr("Excel workbook (.xlsx)"), "xlsx"),
                (self.tr("CSV, UTF-8 (.csv)"), "csv"),
            ]
        )
        shown = [self.file_format.itemData(i) for i in range(self.file_format.count())]
        if shown != [value for _text, value in formats]:
            if self.file_format.currentData() in ("xlsx", "csv"):
                self._spreadsheet_format = self.file_format.currentData()
            self.file_format.clear()
            for text, value in formats:
                self.file_format.addItem(text, value)
            self.file_format.setCurrentIndex(
                max(0, self.file_format.findData(self._spreadsheet_format))
            )
        self.file_format.setEnabled(not kind.is_pdf)

    # --- running ------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period.month(self.year.value(), int(self.month.currentData()))

    def suggested_name(self) -> str:
        kind = self.current_kind()
        period = self.period()
        month = f"{period.start.year}-{period.start.month:02d}"
        area = self.kabupaten.currentText().lower().replace(" ", "-")
        names = {
            ReportKind.BA_MONTHLY: f"laporan-bulanan-{month}.pdf",
            ReportKind.PMO_RECAP: f"rekap-{area}-{month}.pdf",
            ReportKind.COOPERATIVES: "koperasi",
            ReportKind.VISITS: f"kunjungan-{month}",
            ReportKind.OPPORTUNITIES: f"peluang-usaha-{month}",
        }
        name = names[kind]
        return name if kind.is_pdf else f"{name}.{self.file_format.currentData()}"

    def export(self) -> None:
        if self.busy:
            return
        kind = self.current_kind()
        if kind is ReportKind.PMO_RECAP and not self.kabupaten.currentData():
            self._finished_with(self.tr("Choose the kabupaten of the recap."), error=True)
            return
        if kind is ReportKind.BA_MONTHLY and self.author.currentData() is None:
            self._finished_with(self.tr("Choose the BA of the report."), error=True)
            return
        target = self.choose_file(self.suggested_name(), self.file_format.currentData())
        if target is None:
            return
        self.busy = True
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.setVisible(True)
        theme.set_tone(self.status, None)
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))
        work = self._work(kind, target)
        self.tasks.read(work, lambda result: self._done(target, result), self._failed)

    def _work(self, kind: ReportKind, target: Path) -> Callable[[], int]:
        context = self.services.context
        database, catalog, today = context.database, context.catalog, context.today()
        period, kabupaten = self.period(), self.kabupaten.currentData()
        author = self.author.currentData()
        progress = self._relay.progressed.emit
        if kind is ReportKind.BA_MONTHLY:
            own_laptop = context.role is Role.BA
            return lambda: ba_monthly.write_report(
                database, catalog, period, author, target, today=today,
                all_cooperatives=own_laptop, progress=progress,
            )  # fmt: skip
        if kind is ReportKind.PMO_RECAP:
            return lambda: pmo_recap.write_report(
                database, catalog, period, kabupaten, target, today=today, progress=progress
            )
        dataset = ExportDataset(kind.value)
        area = context.area()
        monthly = self.whole_month_only.isChecked() and dataset is not ExportDataset.COOPERATIVES
        criteria = ExportFilter(
            area=area, kabupaten_code=kabupaten, period=period if monthly else None
        )
        write = (
            spreadsheet.export_xlsx
            if self.file_format.currentData() == "xlsx"
            else spreadsheet.export_csv
        )
        return lambda: write(database, dataset, criteria, target, progress)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, target: Path, result: int) -> None:
        kind = self.current_kind()
        counted = counts.pages(result) if kind.is_pdf else counts.rows(result)
        text = self.tr("Saved %1 (%2).")
        self._finished_with(text.replace("%1", str(target)).replace("%2", counted))
        self.report_written.emit(str(target))

    def _failed(self, error: Exception) -> None:
        self._finished_with(
            self.tr("The file could not be written: %1").replace("%1", str(error)), error=True
        )

    def _finished_with(self, message: str, *, error: bool = False) -> None:
        self.busy = False
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        theme.set_tone(self.status, theme.ERROR if error else None)
        self.status.setText(message)

    def _ask_for_file(self, suggested: str, file_format: str) -> Path | None:
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        extension = suggested.rsplit(".", 1)[-1]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(Path.home() / suggested), filters[extension]
        )
        return Path(chosen) if chosen else None
