"""Input widgets for the record forms: each knows how to show a value and read it back.

Reading never raises: text that cannot be understood is reported through ``problem()`` so the
form can show a message beside the field and keep what the user typed.
"""

from __future__ import annotations

import re
from datetime import date, time
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QRegularExpression, QTime, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from kopdes_desktop.ui import labels

E = TypeVar("E", bound=StrEnum)

# QDateEdit/QTimeEdit cannot be empty: their minimum stands for "not filled in" and shows as a
# dash, the usual Qt idiom for an optional date.
_NO_DATE = QDate(1900, 1, 1)
_NO_TIME = QTime(0, 0)
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


class OptionalDateEdit(QDateEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(EMPTY_MARK)
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        if current == _NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


class OptionalTimeEdit(QTimeEdit):
    """00:00 stands for "not filled in": village visits do not start at midnight."""

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(_NO_TIME)
        self.setSpecialValueText(EMPTY_MARK)
        self.setTime(_NO_TIME)

    def value(self) -> time | None:
        current = self.time()
        if current == _NO_TIME:
            return None
        return time(current.hour(), current.minute())

    def set_value(self, value: time | None) -> None:
        self.setTime(QTime(value.hour, value.minute) if value else _NO_TIME)


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
