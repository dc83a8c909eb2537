"""What every record form shares: tabs, messages beside fields, save off the GUI thread,
autosave while typing, and a question before unsaved work is thrown away.

A form remembers its base (the values it started from) and saves against it, so only what its
user changed is written; when that meets a change made elsewhere meanwhile, the user chooses
in a ClashDialog (docs/editing.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.disk_space import DiskFullError
from kopdes_desktop.domain import edits
from kopdes_desktop.domain.validation import ValidationError
from kopdes_desktop.services import autosave
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.services.errors import (
    EditClashError,
    NotAllowedError,
    NotEditableError,
    NotFoundError,
)
from kopdes_desktop.ui import counts, disk_full, labels, theme
from kopdes_desktop.ui.confirmation import confirm
from kopdes_desktop.ui.forms.clash_dialog import ClashDialog
from kopdes_desktop.ui.forms.field_errors import FieldErrors
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.tasks import TaskRunner

AUTOSAVE_DELAY_MS = 1500


@dataclass(frozen=True)
class CarriedForm:
    """An open form, carried into a window rebuilt in another language."""

    form: autosave.AutosavedForm
    changed: bool
    tab: int
    unread: tuple[tuple[int, str], ...]  # (line edit's place in the form, its text)
    boxes: int  # how many line edits the form had


def _unreadable(box: QLineEdit) -> bool:
    """A field's text it cannot read as a value (the box itself, or the picker it types in)."""
    for field in (box, box.parentWidget()):
        problem = getattr(field, "problem", None)
        if callable(problem) and problem():
            return True
    return False


# make_call(edited, base) -> the service call that saves them
SaveCall = Callable[[Detail, Detail | None], Callable[[], Detail]]


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that only ever scrolls up and down."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    scrollbar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(page.minimumSizeHint().width() + scrollbar)
    return area


class RecordEditor(QDialog):
    saved = Signal(str)  # the record id, once the database holds the change

    def __init__(self, tasks: TaskRunner, *, is_new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.is_new = is_new
        self.tabs = QTabWidget()
        # On a netbook, tab titles shorten ("Identitas dan l…") before any tab hides behind the
        # scroll arrows (warning marks after a refused save make them wider).
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.errors = FieldErrors(self.tabs)
        self.errors.on_fixed = self._problems_left
        self._showing_problems = False
        self.summary = QLabel()
        theme.set_tone(self.summary, theme.ERROR)
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        # Why this form only shows the record (another author's visit, a locked profile field).
        self.notice = QLabel()
        self.notice.setObjectName("permissionNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        # The server refused this record's last change: why, with the inbox for the details.
        self.refused_note = QLabel()
        self.refused_note.setObjectName("refusedNotice")
        theme.set_tone(self.refused_note, theme.WARNING)
        self.refused_note.setWordWrap(True)
        self.refused_note.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._keyboard_ready = False  # tab order and first focus are set when first shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.refused_note)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._dirty = False
        self._loading = False
        self._busy = False
        # What the form started from (as loaded or last saved); None for a new record or an
        # autosaved form that did not record it.
        self.base: Detail | None = None
        self.clash_dialog: ClashDialog | None = None
        self._last_call: SaveCall = self.save_call
        self._view_only = False
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)

    # --- for subclasses -----------------------------------------------------------------

    def collect(self) -> Detail:
        raise NotImplementedError

    def load(self, detail: Detail) -> None:
        raise NotImplementedError

    def unreadable_fields(self) -> dict[str, str]:
        """Fields whose text cannot be read as a value (a letter in a number field)."""
        return {}

    def save_call(self, detail: Detail, base: Detail | None) -> Callable[[], Detail]:
        raise NotImplementedError

    def reload_call(self) -> Callable[[], Detail]:
        """The service call that reads this record as stored now."""
        raise NotImplementedError

    def form_page(self, rows: list[tuple[str, str, QWidget]]) -> QWidget:
        """A tab of labelled fields, each with its error line; rows are (label, field, widget).

        The tab scrolls, so a long form (or one grown by error lines) never pushes the Save
        buttons, which stay below the tabs, past the bottom of a small screen.
        """
        page = QWidget()
        form = QFormLayout(page)
        for text, field, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.attach(field, widget))
        return scrolling(page)

    @staticmethod
    def show_row(widget: QWidget, visible: bool) -> None:
        """Shows or hides a form_page row whole: a hidden field alone leaves its row's label
        and spacing, a blank band in the form."""
        widget.setVisible(visible)
        candidate, holder = widget, widget.parentWidget()
        while holder is not None:
            form = holder.layout()
            if isinstance(form, QFormLayout) and form.indexOf(candidate) >= 0:
                form.setRowVisible(candidate, visible)
                return
            candidate, holder = holder, holder.parentWidget()

    def show_refused(self, text: str) -> None:
        self.refused_note.setText("⚠ " + text)
        self.refused_note.setVisible(bool(text))

    def show_only(self, reason: str) -> None:
        """The user may look but not change: no Save, and a sentence saying who can."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            # A scrolling tab stays enabled, so a long form can still be read to its end.
            content = page.widget() if isinstance(page, QScrollArea) else page
            if content is not None:
                content.setEnabled(False)
                for child in content.findChildren(QPushButton):
                    child.setVisible(False)  # add/remove rows or photos: not this user's to do
        for button in self.buttons.buttons():
            if button is not self.cancel_button:
                button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.notice.setText(reason)
        self.notice.setVisible(True)
        self._view_only = True

    # --- shared behaviour ---------------------------------------------------------------

    def show_detail(self, detail: Detail) -> None:
        """Show a detail as stored: it becomes the form's base."""
        self._put_in_fields(detail)
        self.base = None if self.is_new else detail
        self._dirty = False

    def _put_in_fields(self, detail: Detail) -> None:
        self._loading = True
        try:
            self.load(detail)
        finally:
            self._loading = False

    def restore(self, form: autosave.AutosavedForm, *, changed: bool = True) -> None:
        """Continue a form a crash left open (or one rebuilt in another language): its typing,
        and the base it started from. ``changed``: the typing differs from the base, so closing
        asks first and autosave keeps it."""
        self.is_new = form.is_new
        self.base = form.base
        if changed:
            self.mark_changed()

    def carried(self) -> CarriedForm:
        """Everything needed to open this form again as it is now (another language)."""
        self.stop_autosave()
        detail = self.collect()
        form = autosave.AutosavedForm(
            kind=autosave.kind_of(detail),
            record_id=autosave.main_record(detail).id,
            is_new=self.is_new,
            detail=detail,
            saved_at=time.time(),
            base=self.base,
        )
        # Text a field cannot read yet ("12a" in a number) is not in the detail: kept as typed.
        boxes = self.findChildren(QLineEdit)
        unread = tuple((index, box.text()) for index, box in enumerate(boxes) if _unreadable(box))
        return CarriedForm(form, self._dirty, self.tabs.currentIndex(), unread, len(boxes))

    def continue_carried(self, carried: CarriedForm) -> None:
        """Go on where ``carried`` (see ``carried()``) left off."""
        self.restore(carried.form, changed=carried.changed)
        self.tabs.setCurrentIndex(carried.tab)
        boxes = self.findChildren(QLineEdit)
        if len(boxes) == carried.boxes:  # the same form: its fields in the same order
            for index, text in carried.unread:
                boxes[index].setText(text)

    @property
    def busy(self) -> bool:
        """A save is on its way to the database."""
        return self._busy

    def mark_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave_timer.start()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def autosave_now(self) -> None:
        # Saved now: the pending timer would only write the same again, possibly after the
        # form's data folder has changed (a test's, when the next test has begun).
        self._autosave_timer.stop()
        if self._dirty:
            autosave.save(self.collect(), is_new=self.is_new, base=self.base)

    def refresh_if_unchanged(self) -> None:
        """After a sync: a form with nothing typed shows the record as stored now (a visit sent
        back becomes editable); a form with typing keeps it and merges when saved."""
        if self._dirty or self._busy or self.is_new:
            return

        def reloaded(detail: Detail) -> None:
            if not (self._dirty or self._busy):
                self.show_detail(detail)

        self.tasks.read(self.reload_call(), reloaded, lambda _error: None)

    def stop_autosave(self) -> None:
        """The window is closing: write what is pending now, then no more (a late timer would
        write into whatever data folder, or sample/own data, is current by then)."""
        if self._autosave_timer.isActive():
            self._autosave_timer.stop()
            self.autosave_now()

    def save(self) -> None:
        self.run_save(self.save_call)

    def run_save(self, make_call: SaveCall) -> None:
        if self._busy or self._view_only:
            return
        unreadable = self.unreadable_fields()
        if unreadable:
            self._show_problems([], unreadable)
            return
        detail = self.collect()
        self.autosave_now()  # the file stays until the database confirms the save
        self._busy = True
        self._last_call = make_call
        self.save_button.setEnabled(False)
        self.tasks.write(make_call(detail, self.base), self._saved, self._save_failed)

    def _saved(self, detail: Detail) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        record = autosave.main_record(detail)
        autosave.discard(autosave.kind_of(detail), record.id)
        self.is_new = False
        self.show_detail(detail)
        self.summary.setVisible(False)
        self.errors.clear()
        self.saved.emit(record.id)
        self.after_save(detail)
        # Over the form if it stays open (a draft), else over the window it closed into.
        shown_over = self if self.isVisible() else self.parentWidget() or self
        confirm(shown_over, self.confirmation(detail))

    def confirmation(self, detail: Detail) -> str:
        """What a save did and what comes next, said once it is done."""
        raise NotImplementedError

    def after_save(self, detail: Detail) -> None:
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_problems(list(error.issues), {})
        elif isinstance(error, DiskFullError):
            self._show_summary(disk_full.save_refused())
        elif isinstance(error, EditClashError):
            self._ask_about_clashes(error)
        elif isinstance(error, NotEditableError):
            self._show_summary(
                self.tr(
                    'While this form was open, the visit became "%1": it can no longer be '
                    "changed here. What you typed is kept in this form."
                ).replace("%1", labels.label(error.status))
            )
        elif isinstance(error, NotFoundError):
            self._show_summary(
                self.tr(
                    "While this form was open, the record was deleted elsewhere, so it cannot "
                    "be saved. What you typed is kept in this form."
                )
            )
        elif isinstance(error, NotAllowedError):
            self._show_summary(refusal_text(error.refusal))
        else:
            self._show_summary(
                self.tr("Could not save: %1. What you typed is kept in this form.").replace(
                    "%1", str(error)
                )
            )

    def _ask_about_clashes(self, error: EditClashError) -> None:
        self._show_summary(
            self.tr(
                "Not saved yet: someone changed the same data while you were editing. "
                "Choose which values to keep."
            )
        )
        edited, base = self.collect(), self.base
        current = cast(Detail, error.current)  # the same kind of detail as this form's
        dialog = ClashDialog(error.clashes, self)
        self.clash_dialog = dialog

        def chosen() -> None:
            new_base, new_edited = edits.settle(
                base, edited, current, error.clashes, dialog.choices()
            )
            self.base = new_base
            self._put_in_fields(new_edited)  # the chosen values, still unsaved
            self.mark_changed()
            self.run_save(self._last_call)

        dialog.accepted.connect(chosen)
        dialog.open()  # not exec(): the form stays responsive (and testable)

    def problems_shown(self, issues: list[Any]) -> None:
        """Hook: a form may offer a way out of a problem (open the village's cooperative)."""

    def _show_problems(self, issues: list[Any], unreadable: dict[str, str]) -> None:
        self.problems_shown(issues)
        unplaced = self.errors.show(issues, unreadable)
        count = len(issues) + len(unreadable)
        text = self.tr("Please correct %1 marked in red.").replace("%1", counts.problems(count))
        if unplaced:
            text += " " + "; ".join(f"{i.field}" for i in issues)
        self._show_summary(text)
        self._showing_problems = True

    def _problems_left(self, count: int) -> None:
        """A field with a message was changed: its message went; the summary follows."""
        if not self._showing_problems:
            return
        if count == 0:
            self.summary.setVisible(False)
            self._showing_problems = False
        else:
            self.summary.setText(
                self.tr("Please correct %1 marked in red.").replace("%1", counts.problems(count))
            )

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(True)
        self._showing_problems = False

    # --- keyboard ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._keyboard_ready:
            self._keyboard_ready = True
            for text_box in self.findChildren(QPlainTextEdit):
                text_box.setTabChangesFocus(True)  # Tab goes on to the next field, not a tab
            self._order_buttons_after_fields()
            QTimer.singleShot(0, self, self.focus_first_field)  # not if closed meanwhile

    def _order_buttons_after_fields(self) -> None:
        """Tab goes through the fields first, then the buttons as they are seen, left to right,
        whatever order the form made them in."""
        last: QWidget = self.tabs
        widget = self.tabs.nextInFocusChain()
        while widget is not None and widget is not self.tabs:
            if self.tabs.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        for button in sorted(self.buttons.buttons(), key=lambda b: b.mapTo(self, QPoint()).x()):
            QWidget.setTabOrder(last, button)
            last = button

    def focus_first_field(self) -> None:
        """The first field of the tab shown has the focus, so typing can start at once."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            if takes_tab and page.isAncestorOf(widget) and widget.isVisible():
                if widget.isEnabled():
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field or a picker stays in the form: it never presses Save (a BA once
        saved a draft for the wrong cooperative that way). Enter on a focused button presses
        that button; saving is Ctrl+S (and submitting Ctrl+Enter in a visit)."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._confirm_discard():
            event.ignore()
            return
        self._autosave_timer.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._autosave_timer.stop()
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changes that are not saved. Close the form and discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        detail = self.collect()
        autosave.discard(autosave.kind_of(detail), autosave.main_record(detail).id)
        self._dirty = False
        return True
