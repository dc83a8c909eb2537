"""Validation messages shown beside the fields they concern, never in a lost popup."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kopdes_desktop.domain.validation import Issue
from kopdes_desktop.ui.forms.issue_messages import issue_message

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
# Needs a look, but nothing is broken: a refused change, a sync that did not fully succeed.
WARNING_COLOUR = "#8a4b00"
WARNING_STYLE = f"color: {WARNING_COLOUR}; font-weight: 600;"


class FieldErrors:
    """Keeps an error label under each registered field and fills them from issues."""

    def __init__(self, tabs: QTabWidget | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._tabs = tabs

    def attach(self, field: str, widget: QWidget) -> QWidget:
        """Wrap ``widget`` with an (initially hidden) error line; returns the wrapper."""
        wrapper = QWidget()
        layout = QVBoxLayout(wrapper)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        error.setObjectName(f"error_{field}")
        layout.addWidget(error)
        self._labels[field] = error
        self._widgets[field] = widget
        return wrapper

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.setVisible(False)

    def show(self, issues: Iterable[Issue], extra: dict[str, str] | None = None) -> int:
        """Show each issue beside its field; returns how many could not be placed."""
        self.clear()
        messages: dict[str, list[str]] = {}
        for issue in issues:
            messages.setdefault(self._owner(issue.field), []).append(self._describe(issue))
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
            first = first or self._widgets[field]
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

    @staticmethod
    def _describe(issue: Issue) -> str:
        if "[" in issue.field:
            row = int(issue.field.split("[")[1].split("]")[0]) + 1
            return f"#{row}: {issue_message(issue)}"
        return issue_message(issue)

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
