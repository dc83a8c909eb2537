"""Input widgets for the record forms: each knows how to show a value and read it back.

Reading never raises: text that cannot be understood is reported through ``problem()`` so the
form can show a message beside the field and keep what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QPoint, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain import clock
from kopdes_desktop.domain.typed_dates import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    parse_date,
    parse_time,
)
from kopdes_desktop.ui import icons, labels, theme
from kopdes_desktop.ui.formatting import format_date, format_time
from kopdes_desktop.ui.forms.issue_messages import unreadable_date
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.screen_fit import usable_area

E = TypeVar("E", bound=StrEnum)

EMPTY_MARK = "—"


class EnumCombo(QComboBox, Generic[E]):
    def __init__(self, enum_type: type[E], *, allow_empty: bool = True) -> None:
        super().__init__()
        if allow_empty:
            self.addItem(EMPTY_MARK, None)
        for text, value in labels.choices(enum_type):
            self.addItem(text, value)

    def value(self) -> E | None:
        data = self.currentData()
        return data if data is not None else None

    def set_value(self, value: E | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class MultiChoice(QWidget, Generic[E]):
    """A checkbox per choice, in columns: every option visible at once, no hidden menu."""

    changed = Signal()

    def __init__(self, enum_type: type[E], columns: int = 2) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[tuple[QCheckBox, E]] = []
        for index, (text, value) in enumerate(labels.choices(enum_type)):
            box = QCheckBox(text)
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self._boxes.append((box, value))

    def value(self) -> tuple[E, ...]:
        return tuple(value for box, value in self._boxes if box.isChecked())

    def set_value(self, values: tuple[E, ...]) -> None:
        for box, value in self._boxes:
            box.setChecked(value in values)

    def boxes(self) -> list[QCheckBox]:
        return [box for box, _value in self._boxes]


class DateEdit(QLineEdit):
    """A date, typed the way people write it (``domain.typed_dates``: "15032025", "15/3/2025",
    "15 Maret 2025"...) or picked from a calendar (the button, F4 or Alt+↓) that opens at the
    date shown, else at today. Shown as "15 Mar 2025"; empty means not filled in.

    Typed text that cannot be read stays as typed, marked, and ``problem()`` says so: the form
    explains it beside the field instead of guessing.
    """

    value_changed = Signal()  # a date was picked, typed and confirmed, or cleared

    def __init__(self, today: Callable[[], date] = clock.today) -> None:
        super().__init__()
        self._today = today
        self._committed: date | None = None
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setClearButtonEnabled(True)
        self.calendar_action = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (F4)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._typed)
        self.textChanged.connect(self._text_changed)

    def value(self) -> date | None:
        return parse_date(self.text(), self._today())

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value, current_language()) if value else "")
        self._commit()

    def problem(self) -> bool:
        return bool(self.text().strip()) and self.value() is None

    def open_calendar(self) -> None:
        shown = self.value() or self._today()
        popup = QFrame(self, Qt.WindowType.Popup)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        today = self._today()
        today_button = QPushButton(self.tr("Today"))
        today_button.clicked.connect(
            lambda: self._picked(QDate(today.year, today.month, today.day), popup)
        )
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(calendar)
        layout.addWidget(today_button)
        calendar.clicked.connect(lambda picked: self._picked(picked, popup))
        calendar.activated.connect(lambda picked: self._picked(picked, popup))
        popup.adjustSize()
        popup.move(self._popup_position(popup.sizeHint()))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        self.calendar = calendar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _picked(self, picked: QDate, popup: QFrame) -> None:
        popup.close()
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _popup_position(self, size: QSize) -> QPoint:
        """Below the field, or above it when the screen ends first; never past an edge."""
        area = usable_area(self)
        below = self.mapToGlobal(QPoint(0, self.height()))
        above = self.mapToGlobal(QPoint(0, -size.height()))
        spot = below if below.y() + size.height() <= area.bottom() else above
        x = min(max(spot.x(), area.left()), area.right() - size.width())
        return QPoint(x, max(spot.y(), area.top()))

    def _typed(self) -> None:
        value = self.value()
        if value is not None:
            shown = format_date(value, current_language())
            if shown != self.text():
                self.setText(shown)
        self._commit()

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted
            self._commit()
        else:
            self._mark(unreadable=False)

    def _commit(self) -> None:
        self._mark(unreadable=self.problem())
        value = self.value()
        if value != self._committed:
            self._committed = value
            self.value_changed.emit()

    def _mark(self, *, unreadable: bool) -> None:
        theme.set_tone(self, theme.ERROR if unreadable else None)  # a red border
        self.setToolTip(unreadable_date() if unreadable else "")


class TimeEdit(QLineEdit):
    """A time of day: "9", "0930", "9:30" or "09.30" are read as 09:30; empty means not
    filled in. Unreadable text stays as typed and ``problem()`` says so."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(8)
        self.editingFinished.connect(self._typed)

    def value(self) -> time | None:
        return parse_time(self.text())

    def set_value(self, value: time | None) -> None:
        self.setText(format_time(value))

    def problem(self) -> bool:
        return bool(self.text().strip()) and self.value() is None

    def _typed(self) -> None:
        value = self.value()
        if value is not None and format_time(value) != self.text():
            self.set_value(value)


class _ParsedLineEdit(QLineEdit):
    """A line edit whose text parses to a value; ``problem()`` says when it does not."""

    def __init__(self, pattern: str) -> None:
        super().__init__()
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))

    def problem(self) -> bool:
        text = self.text().strip()
        return bool(text) and self._parse(text) is None

    def _parse(self, text: str) -> int | float | None:
        raise NotImplementedError


class NumberEdit(_ParsedLineEdit):
    """A whole number, typed with or without thousands dots (1.250 or 1250)."""

    def __init__(self) -> None:
        super().__init__(r"[0-9.\s]*")

    def _parse(self, text: str) -> int | None:
        digits = re.sub(r"[.\s]", "", text)
        return int(digits) if digits.isdigit() else None

    def value(self) -> int | None:
        text = self.text().strip()
        return self._parse(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else f"{value:,}".replace(",", "."))


class YearEdit(_ParsedLineEdit):
    """A year, four digits ("2024"); empty means not known or not yet."""

    def __init__(self) -> None:
        super().__init__(r"[0-9]{0,4}")
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", "2024"))
        self.setMaxLength(4)

    def _parse(self, text: str) -> int | None:
        year = int(text) if text.isdigit() and len(text) == 4 else None
        return year if year is not None and EARLIEST_YEAR <= year <= LATEST_YEAR else None

    def value(self) -> int | None:
        text = self.text().strip()
        return self._parse(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class RupiahEdit(NumberEdit):
    """Rupiah, regrouped with thousands dots when the user leaves the field."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText("Rp")
        self.editingFinished.connect(self._regroup)

    def _regroup(self) -> None:
        value = self.value()
        if value is not None:
            self.set_value(value)


class DecimalEdit(_ParsedLineEdit):
    """A decimal number; a comma or a dot as the decimal mark (Indonesian uses the comma)."""

    def __init__(self) -> None:
        super().__init__(r"-?[0-9]*[.,]?[0-9]*")

    def _parse(self, text: str) -> float | None:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def value(self) -> float | None:
        text = self.text().strip()
        return self._parse(text) if text else None

    def set_value(self, value: float | None) -> None:
        # Ten significant digits: enough for GPS to the centimetre ("{:g}" would cut to six).
        self.setText("" if value is None else f"{value:.10g}".replace(".", ","))


class CoordinateEdit(DecimalEdit):
    """Latitude or longitude in decimal degrees. The hint starts with "e.g." ("mis." in
    Indonesian): a bare grey "-0,0263" in the field was read as a value already taken."""

    def __init__(self, *, latitude: bool) -> None:
        super().__init__()
        if latitude:
            self.setPlaceholderText(self.tr("e.g. -0.0263"))
            self.setToolTip(self.tr("Degrees; minus south of the equator. Comma or dot both work."))
        else:
            self.setPlaceholderText(self.tr("e.g. 109.3425"))
            self.setToolTip(
                self.tr("Degrees east (West Kalimantan: 108 to 115). Comma or dot both work.")
            )


class TriStateCheck(QComboBox):
    """Yes / no / not known: a missing answer is not the same as "no"."""

    def __init__(self, yes: str, no: str) -> None:
        super().__init__()
        self.addItem(EMPTY_MARK, None)
        self.addItem(yes, True)
        self.addItem(no, False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


def calendar_icon() -> QIcon:
    """The calendar button of a date field, in the theme's colours."""
    return icons.icon(icons.CALENDAR)
