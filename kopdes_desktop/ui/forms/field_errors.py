"""Validation messages shown beside the fields they concern, never in a lost popup."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QScrollArea, QStyle, QTabWidget, QVBoxLayout, QWidget

from kopdes_desktop.domain.validation import Issue
from kopdes_desktop.ui import theme
from kopdes_desktop.ui.forms.issue_messages import issue_message

# Prefer theme.set_tone(label, theme.ERROR / theme.WARNING): it follows the light or dark theme.
# These fixed light-theme styles stay for code not moved to tones yet.
ERROR_COLOUR = theme.PALETTES[theme.LIGHT].error
ERROR_STYLE = f"color: {ERROR_COLOUR};"
# Needs a look, but nothing is broken: a refused change, a sync that did not fully succeed.
WARNING_COLOUR = theme.PALETTES[theme.LIGHT].warning
WARNING_STYLE = f"color: {WARNING_COLOUR}; font-weight: 600;"


class RowsOfCells(Protocol):
    """A child table that can name a row and a column ("Tindakan #1 · Siapa")."""

    def describe(self, path: str, message: str) -> str: ...


class FieldErrors:
    """Keeps an error label under each registered field and fills them from issues.

    A field's message goes as soon as that field is changed (saving checks again), and each tab
    holding a message shows a warning mark, so a problem on a tab out of sight is not missed.
    """

    def __init__(self, tabs: QTabWidget | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._counts: dict[str, int] = {}  # messages shown per field
        self._tabs = tabs
        # Told how many messages are left whenever one goes because its field changed.
        self.on_fixed: Callable[[int], None] = lambda _left: None

    def attach(self, field: str, widget: QWidget) -> QWidget:
        """Wrap ``widget`` with an (initially hidden) error line; returns the wrapper."""
        wrapper = QWidget()
        layout = QVBoxLayout(wrapper)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        theme.set_tone(error, theme.ERROR)
        error.setWordWrap(True)
        error.setVisible(False)
        error.setObjectName(f"error_{field}")
        layout.addWidget(error)
        self._labels[field] = error
        self._widgets[field] = widget
        _when_changed(widget, lambda: self._fixed(field))
        return wrapper

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.setVisible(False)
        self._counts.clear()
        self._mark_tabs()

    def left(self) -> int:
        """How many messages are still shown."""
        return sum(self._counts.values())

    def _fixed(self, field: str) -> None:
        if field not in self._counts:
            return
        del self._counts[field]
        self._labels[field].clear()
        self._labels[field].setVisible(False)
        self._mark_tabs()
        self.on_fixed(self.left())

    def _mark_tabs(self) -> None:
        if self._tabs is None:
            return
        warning = self._tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            marked = page is not None and any(
                page.isAncestorOf(self._labels[field]) for field in self._counts
            )
            self._tabs.setTabIcon(index, warning if marked else QIcon())
            self._tabs.setTabToolTip(
                index,
                QCoreApplication.translate("FieldErrors", "Something on this tab needs correcting")
                if marked
                else "",
            )

    def show(self, issues: Iterable[Issue], extra: dict[str, str] | None = None) -> int:
        """Show each issue beside its field; returns how many could not be placed."""
        self.clear()
        messages: dict[str, list[str]] = {}
        for issue in issues:
            owner = self._owner(issue.field)
            messages.setdefault(owner, []).append(self._describe(owner, issue))
        for field, text in (extra or {}).items():
            messages.setdefault(self._owner(field), []).append(text)
        unplaced = 0
        first: QWidget | None = None
        for field, texts in messages.items():
            label = self._labels.get(field)
            if label is None:
                unplaced += len(texts)
                continue
            label.setText(" ".join(texts))
            label.setVisible(True)
            self._counts[field] = len(texts)
            first = first or self._widgets[field]
        self._mark_tabs()
        if first is not None:
            self._reveal(first)
        return unplaced

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _owner(self, field: str) -> str:
        # "actions[2].due_date" belongs to the actions table unless it has a label of its own.
        if field in self._labels:
            return field
        return field.split("[", maxsplit=1)[0].split(".", maxsplit=1)[0]

    def _describe(self, owner: str, issue: Issue) -> str:
        if "[" not in issue.field:
            return issue_message(issue)
        table = self._widgets.get(owner)
        if hasattr(table, "describe"):
            return cast(RowsOfCells, table).describe(issue.field, issue_message(issue))
        row = int(issue.field.split("[")[1].split("]")[0]) + 1
        return f"#{row}: {issue_message(issue)}"

    def _reveal(self, widget: QWidget) -> None:
        if self._tabs is not None:
            for index in range(self._tabs.count()):
                page = self._tabs.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    self._tabs.setCurrentIndex(index)
                    break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = widget.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:  # a long form's tab: bring the field into view
            scroll.ensureWidgetVisible(widget)


def _when_changed(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call back when the user changes the value ``widget`` holds."""
    for name in ("changed", "textChanged", "currentIndexChanged", "toggled"):
        signal = getattr(widget, name, None)
        if signal is not None:
            signal.connect(lambda *_args: callback())
            return
