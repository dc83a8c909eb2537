"""Every count shown with its noun, in Qt's plural forms: "1 day", "2 days"; Indonesian has one
form ("1 hari", "2 hari").

QA found "Overdue by 1 days", "1 changes", "1 cooperatives": a sentence built as "%1 days"
cannot be right for one. Each counted noun is one ``tr(source, "", n)`` here, whose English
catalogue entry carries the singular and the plural (``numerus="yes"`` in kopdes_en.ts) and whose
Indonesian entry one form. The number is written as every count in the window is (``format_count``:
"1.234" in Indonesian, "1,234" in English). Sentences take the counted noun whole ("Terlambat
%1", "%1 waiting for review"): list counts, the status bar, Beranda and every other page count
through here, so no sentence has a singular twin of its own. Qt's lupdate finds plural forms
only in ``self.tr`` of a class: one QObject holds them all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kopdes_desktop.ui.formatting import format_count
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.i18n_build import english_form


class Counts(QObject):
    def days(self, n: int) -> str:
        return _grouped(self.tr("%n day(s)", "", n), n)

    def visits(self, n: int, *, more: bool = False) -> str:
        return _grouped(self.tr("%n visit(s)", "", n), n, more=more)

    def cooperatives(self, n: int, *, more: bool = False) -> str:
        return _grouped(self.tr("%n cooperative(s)", "", n), n, more=more)

    def opportunities(self, n: int, *, more: bool = False) -> str:
        return _grouped(self.tr("%n opportunit(y/ies)", "", n), n, more=more)

    def clashes(self, n: int) -> str:
        return _grouped(self.tr("%n clash(es)", "", n), n)

    def server_changes(self, n: int) -> str:
        return _grouped(self.tr("%n server change(s)", "", n), n)

    def hours(self, n: int) -> str:
        return _grouped(self.tr("%n hour(s)", "", n), n)

    def problems(self, n: int) -> str:
        return _grouped(self.tr("%n problem(s)", "", n), n)

    def forms(self, n: int) -> str:
        return _grouped(self.tr("%n form(s)", "", n), n)

    def changes(self, n: int) -> str:
        return _grouped(self.tr("%n change(s)", "", n), n)

    def minutes(self, n: int) -> str:
        return _grouped(self.tr("%n minute(s)", "", n), n)

    def photos(self, n: int) -> str:
        return _grouped(self.tr("%n photo(s)", "", n), n)

    def unsent_changes(self, n: int) -> str:
        return _grouped(self.tr("%n unsent change(s)", "", n), n)

    def seconds(self, n: int) -> str:
        return _grouped(self.tr("%n second(s)", "", n), n)

    def rows(self, n: int) -> str:
        return _grouped(self.tr("%n row(s)", "", n), n)

    def pages(self, n: int) -> str:
        return _grouped(self.tr("%n page(s)", "", n), n)


def _grouped(text: str, n: int, *, more: bool = False) -> str:
    """``more``: at least n (a list that stopped counting at its cap): "999+ visits"."""
    # Without a compiled catalogue (English before `make translations`, a test without a
    # language) Qt hands back the source: its "(s)" still reads right.
    text = english_form(text, one=n == 1)
    number = format_count(n, current_language()) + ("+" if more else "")
    return text.replace(str(n), number, 1)


_COUNTS = Counts()
days = _COUNTS.days
visits = _COUNTS.visits
cooperatives = _COUNTS.cooperatives
opportunities = _COUNTS.opportunities
clashes = _COUNTS.clashes
server_changes = _COUNTS.server_changes
hours = _COUNTS.hours
problems = _COUNTS.problems
forms = _COUNTS.forms
changes = _COUNTS.changes
minutes = _COUNTS.minutes
photos = _COUNTS.photos
unsent_changes = _COUNTS.unsent_changes
seconds = _COUNTS.seconds
rows = _COUNTS.rows
pages = _COUNTS.pages
