"""Beranda's to-do in plain words: section titles, one line per item, the kind empty state.

Everything is built here, each time it is shown, through ``translate``: a page that re-renders
after a language change reads in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.todo import (
    COUNT_CAP,
    NOT_VISITED_BANDS,
    HomeTodo,
    TodoItem,
    TodoKind,
    TodoSection,
)
from kopdes_desktop.ui import counts
from kopdes_desktop.ui.cooperative_names import distinguishing_name
from kopdes_desktop.ui.field_labels import field_label
from kopdes_desktop.ui.formatting import format_count, format_date
from kopdes_desktop.ui.inbox_page import not_applied_reason, record_kind
from kopdes_desktop.ui.refusal_text import reason_text
from kopdes_desktop.ui.review_columns import author_label

translate = QCoreApplication.translate


def section_title(section: TodoSection, language: str) -> str:
    titles = {
        TodoKind.SENT_BACK: translate("Home", "Sent back by the PMO (%1)"),
        TodoKind.REFUSED: translate("Home", "Changes to check (%1)"),
        TodoKind.ACTION_DUE: translate("Home", "Agreed actions due (%1)"),
        TodoKind.DRAFT: translate("Home", "Drafts to finish (%1)"),
        TodoKind.PLANNED: translate("Home", "Visits planned this week (%1)"),
        TodoKind.NOT_VISITED: translate("Home", "Not visited for 30 days or more (%1)"),
        TodoKind.REVIEW: translate("Home", "Visits waiting for your review (%1)"),
        TodoKind.CONFLICT: translate("Home", "Clashes to settle (%1)"),
        TodoKind.QUIET_BA: translate("Home", "BAs without a visit this month (%1)"),
    }
    return titles[section.kind].replace("%1", count_text(section, language))


def count_text(section: TodoSection, language: str) -> str:
    """The section's count, "999+" beyond COUNT_CAP."""
    if section.capped:
        return format_count(COUNT_CAP, language) + "+"
    return format_count(section.total, language)


def section_hint(section: TodoSection, language: str) -> str:
    """A line under the title: what the section is for, or how its items spread."""
    if section.kind is TodoKind.NOT_VISITED:
        counts = dict(section.bands)
        oldest, middle, youngest = NOT_VISITED_BANDS
        return (
            translate("Home", "90 days or more, or never: %1 · 60–89 days: %2 · 30–59 days: %3")
            .replace("%1", format_count(counts.get(oldest, 0), language))
            .replace("%2", format_count(counts.get(middle, 0), language))
            .replace("%3", format_count(counts.get(youngest, 0), language))
        )
    hints = {
        TodoKind.SENT_BACK: translate("Home", "Fix what the PMO asks, then submit again."),
        TodoKind.REFUSED: translate(
            "Home", "The server refused these changes, or this laptop could not apply them."
        ),
        TodoKind.REVIEW: translate("Home", "The longest waiting first."),
    }
    return hints.get(section.kind, "")


def sync_line(status: str) -> str:
    """The sync state as the status bar words it, introduced."""
    return translate("Home", "Sync: %1").replace("%1", status) if status else ""


def show_all(section: TodoSection, language: str) -> str:
    return translate("Home", "Show all (%1)").replace("%1", count_text(section, language))


def first_shown(count: int, language: str) -> str:
    """Under a section shown in full that holds more than "Lihat semua" loads."""
    return translate("Home", "Showing the first %1.").replace("%1", format_count(count, language))


def show_fewer() -> str:
    return translate("Home", "Show fewer")


def _name(item: TodoItem) -> str:
    return distinguishing_name(item.cooperative_name) or translate("Home", "(cooperative unknown)")


def _day(day: date | None, language: str) -> str:
    return format_date(day, language) if day else translate("Home", "no date")


def _days(count: int) -> str:
    return counts.days(count)


def due_text(due: date | None, today: date) -> str:
    if due is None:
        return ""
    days = (due - today).days
    if days < 0:
        return translate("Home", "Overdue by %1").replace("%1", _days(-days))
    if days == 0:
        return translate("Home", "Due today")
    if days == 1:
        return translate("Home", "Due tomorrow")
    return translate("Home", "Due in %1").replace("%1", _days(days))


def item_text(item: TodoItem, today: date, language: str) -> str:
    """One line: what and where first, then the detail that says why it is here."""
    return _LINES[item.kind](item, today, language)


def _visit_line(item: TodoItem, _today: date, language: str) -> str:
    line = (
        translate("Home", "%1 — visit of %2")
        .replace("%1", _name(item))
        .replace("%2", _day(item.when, language))
    )
    if item.kind is TodoKind.SENT_BACK and item.text:
        said = f"{item.who}: {item.text}" if item.who else item.text
        line = f"{line} · {said}"
    return line


def _refused_line(item: TodoItem, _today: date, _language: str) -> str:
    if item.kind is TodoKind.NOT_APPLIED:
        text = translate("Home", "%1 (%2): a change from the server was not applied, %3")
        reason = not_applied_reason(item.text)
    else:
        text, reason = translate("Home", "%1 (%2): %3"), reason_text(item.text)
    return (
        text.replace("%1", _name(item))
        .replace("%2", record_kind(item.record_type))
        .replace("%3", reason)
    )


def _action_line(item: TodoItem, today: date, _language: str) -> str:
    line = f"{due_text(item.when, today)} · {_name(item)}: {item.text}"
    return f"{line} ({item.who})" if item.who else line


def _not_visited_line(item: TodoItem, today: date, language: str) -> str:
    if item.when is None:
        return translate("Home", "%1 — never visited").replace("%1", _name(item))
    return (
        translate("Home", "%1 — last visit %2 (%3 ago)")
        .replace("%1", _name(item))
        .replace("%2", _day(item.when, language))
        .replace("%3", _days((today - item.when).days))
    )


def _planned_line(item: TodoItem, _today: date, language: str) -> str:
    line = f"{_day(item.when, language)} · {_name(item)}"
    return f"{line}: {item.text}" if item.text else line


def _review_line(item: TodoItem, today: date, language: str) -> str:
    line = (
        translate("Home", "%1 — %2, visit of %3")
        .replace("%1", _name(item))
        .replace("%2", item.who or translate("Home", "a BA"))
        .replace("%3", _day(item.when, language))
    )
    if item.since is None:  # no submit time from the server: how long is not known
        return line
    waiting = max(0, (today - item.since).days)
    return (
        translate("Home", "%1 · waiting since %2 (%3)")
        .replace("%1", line)
        .replace("%2", _day(item.since, language))
        .replace("%3", _days(waiting) if waiting else translate("Home", "today"))
    )


def _quiet_ba_line(item: TodoItem, _today: date, language: str) -> str:
    who = author_label(item.record_id, item.who)
    if item.when is None:
        return translate("Home", "%1 — no visit yet").replace("%1", who)
    return (
        translate("Home", "%1 — last visit %2")
        .replace("%1", who)
        .replace("%2", _day(item.when, language))
    )


def _clash_line(item: TodoItem, _today: date, _language: str) -> str:
    line = f"{_name(item)}: {field_label(item.text)}"
    if not item.who:
        return line
    return translate("Home", "%1 (other value by %2)").replace("%1", line).replace("%2", item.who)


_LINES: dict[TodoKind, Callable[[TodoItem, date, str], str]] = {
    TodoKind.DRAFT: _visit_line,
    TodoKind.SENT_BACK: _visit_line,
    TodoKind.REFUSED: _refused_line,
    TodoKind.NOT_APPLIED: _refused_line,
    TodoKind.ACTION_DUE: _action_line,
    TodoKind.NOT_VISITED: _not_visited_line,
    TodoKind.PLANNED: _planned_line,
    TodoKind.REVIEW: _review_line,
    TodoKind.QUIET_BA: _quiet_ba_line,
    TodoKind.CONFLICT: _clash_line,
}


def all_done(todo: HomeTodo) -> str:
    if not todo.has_cooperatives:
        return translate(
            "Home",
            "No cooperative is on this laptop yet. Sign in and sync to receive the cooperatives "
            "you coach, or try the sample data on the Cooperatives page.",
        )
    if todo.supervising:
        return translate(
            "Home", "Nothing waits for you: no visit to review, no clash, every BA visited."
        )
    return translate(
        "Home", "All done for now: no drafts, nothing sent back, no action due. Good work!"
    )


def next_action_text(action: NextAction) -> str:
    texts = {
        NextAction.COOPERATIVES: translate("Home", "Go to Cooperatives"),
        NextAction.DASHBOARD: translate("Home", "Open the dashboard"),
        NextAction.NEW_VISIT: translate("Home", "Log a new visit"),
    }
    return texts[action]


class NextAction(StrEnum):
    """What the empty to-do's one button does."""

    COOPERATIVES = "cooperatives"  # where signing in and the sample data are offered
    DASHBOARD = "dashboard"
    NEW_VISIT = "new_visit"

    @classmethod
    def after(cls, todo: HomeTodo) -> NextAction:
        if not todo.has_cooperatives:
            return cls.COOPERATIVES
        return cls.DASHBOARD if todo.supervising else cls.NEW_VISIT
