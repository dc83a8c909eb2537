"""List pages of records that belong to a cooperative (visits, opportunities): their editors need
the list of cooperatives to choose from, read off the GUI thread before the form opens."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal

from kopdes_desktop.domain.listing import CooperativeOption
from kopdes_desktop.services import autosave
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import AutosavedForm, Detail
from kopdes_desktop.ui.forms.record_editor import CarriedForm, RecordEditor
from kopdes_desktop.ui.record_list_page import RecordListPage

ItemT = TypeVar("ItemT")
CriteriaT = TypeVar("CriteriaT")
Choices = list[CooperativeOption]


class ChildRecordPage(RecordListPage[ItemT, CriteriaT], Generic[ItemT, CriteriaT]):
    record_saved = Signal(str)
    services: AppServices
    editor: Any

    # --- for subclasses -------------------------------------------------------------------

    def load_detail(self, record_id: str) -> Detail:
        raise NotImplementedError

    def make_editor(self, choices: Choices, detail: Detail | None) -> RecordEditor:
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------

    def new_record(self) -> None:
        self._with_choices(lambda choices: self._open_editor(choices, None))

    def open_record(self, record_id: str) -> None:
        def opened(detail: Detail) -> None:
            self._with_choices(lambda choices: self._open_editor(choices, detail))

        self.tasks.read(lambda: self.load_detail(record_id), opened)

    def open_restored(self, form: AutosavedForm) -> None:
        def opened(choices: Choices) -> None:
            self._open_editor(choices, form.detail).restore(form)

        self._with_choices(opened)

    def reopen(self, carried: CarriedForm) -> None:
        """A form of the window before it was rebuilt in another language, as it was."""

        def opened(choices: Choices) -> None:
            self._open_editor(choices, carried.form.detail).continue_carried(carried)

        self._with_choices(opened)

    def _with_choices(self, then: Any) -> None:
        self.tasks.read(self.services.cooperatives.options, then)

    def _open_editor(self, choices: Choices, detail: Detail | None) -> RecordEditor:
        editor = self.make_editor(choices, detail)
        editor.saved.connect(self._saved)
        if detail is not None:
            self.mark_refused(editor, autosave.main_record(detail).id)
        editor.open()
        self.editor = editor
        return editor

    def _saved(self, record_id: str) -> None:
        self.refresh()
        self.record_saved.emit(record_id)
