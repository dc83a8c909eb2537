"""Bantuan (F1): a short guide to the screen in front, and the keyboard shortcuts.

Each screen (page, form or dialog) names its guide in a ``help_topic`` class attribute; the
guides are Markdown files in resources/help/<language>/<topic>.md, written for a BA who has
never used a database (docs/help.md). The shortcut list is built from sections of (keys, what
they do) and sits on a second tab.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths
from kopdes_desktop.ui import screen_fit
from kopdes_desktop.ui.i18n import current_language

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Section = tuple[str, list[tuple[str, str]]]
KEYS_WIDTH = 220  # px: one column of keys for every section
HOME = "home"


def topics() -> dict[str, str]:
    """Every screen with a guide, in the order of the navigation, and its name."""
    return {
        HOME: translate("Help", "Home"),
        "cooperatives": translate("Help", "Cooperatives"),
        "cooperative_form": translate("Help", "Cooperative form"),
        "visits": translate("Help", "Visits"),
        "visit_form": translate("Help", "Visit form"),
        "opportunities": translate("Help", "Business opportunities"),
        "inbox": translate("Help", "Inbox"),
        "review": translate("Help", "Review"),
        "dashboard": translate("Help", "Dashboard"),
        "map": translate("Help", "Map"),
        "reports": translate("Help", "Reports"),
        "settings": translate("Help", "Settings"),
        "sign_in": translate("Help", "Signing in"),
    }


def guide_file(topic: str, language: str) -> Path:
    return paths.help_dir() / language / f"{topic}.md"


def guide_text(topic: str, language: str) -> str:
    """The guide's Markdown; a missing file says so rather than leaving the tab blank."""
    try:
        return guide_file(topic, language).read_text(encoding="utf-8")
    except OSError:
        log.warning("no help guide at %s", guide_file(topic, language))
        return translate("Help", "There is no guide for this screen yet.")


def shortcut_sections() -> list[Section]:
    return [
        (
            translate("Help", "Everywhere"),
            [
                ("F1", translate("Help", "This help")),
                (
                    "Ctrl+1 … Ctrl+9, Ctrl+0",
                    translate("Help", "Go to a page of the list on the left, counted from the top"),
                ),
                ("F5", translate("Help", "Sync now")),
                ("Tab / Shift+Tab", translate("Help", "Next / previous field or button")),
                (
                    "Alt + " + translate("Help", "underlined letter"),
                    translate("Help", "Go straight to that field or button"),
                ),
                (
                    translate("Help", "Space"),
                    translate("Help", "Press the button, or tick the box, that has the focus"),
                ),
            ],
        ),
        (
            translate("Help", "Lists"),
            [
                ("Ctrl+F", translate("Help", "Search in the list")),
                ("Ctrl+N", translate("Help", "New record")),
                ("↑ ↓ PgUp PgDn", translate("Help", "Move in the list")),
                ("Enter", translate("Help", "Open the chosen row")),
                ("Tab", translate("Help", "Leave the list for the next field")),
                (
                    "← ↑ → ↓, Enter",
                    translate("Help", "Dashboard charts: choose a bar, list what is behind it"),
                ),
            ],
        ),
        (
            translate("Help", "Forms"),
            [
                ("Ctrl+S", translate("Help", "Save (a visit: save as draft)")),
                ("Ctrl+Enter", translate("Help", "Submit the visit for review")),
                (
                    "Esc",
                    translate("Help", "Close the form (it asks first if something is not saved)"),
                ),
                ("Ctrl+Tab / Ctrl+Shift+Tab", translate("Help", "Next / previous tab of the form")),
                (
                    "F4, Alt+↓",
                    translate("Help", "Open the calendar of a date field; arrows and Enter pick"),
                ),
                (
                    "↓",
                    translate("Help", "Cooperative field: show the suggestions; Enter takes one"),
                ),
                ("Ctrl+Shift+A", translate("Help", "Visit form: add an agreed action")),
            ],
        ),
        (
            translate("Help", "Photos"),
            [
                ("Enter", translate("Help", "Photos tab: show the chosen photo large")),
                (
                    "+ / −",
                    translate("Help", "Photo shown large: zoom in / out (the mouse wheel too)"),
                ),
                ("0", translate("Help", "Photo shown large: fit the whole photo in the window")),
                (
                    "← ↑ → ↓",
                    translate("Help", "Photo shown large: move a zoomed photo (or drag it)"),
                ),
                ("Esc", translate("Help", "Close the photo")),
            ],
        ),
        (
            translate("Help", "Map"),
            [
                ("← ↑ → ↓", translate("Help", "Move the map")),
                ("+ / −", translate("Help", "Zoom in / out (the mouse wheel too)")),
                ("Enter", translate("Help", "Find field: fly to the village typed")),
                ("Enter", translate("Help", "On the map: open the cooperative of that village")),
                (
                    translate("Help", "Menu key"),
                    translate("Help", "On the map: that village's menu (its visits)"),
                ),
            ],
        ),
    ]


def sections_html(sections: list[Section]) -> str:
    parts = []
    for heading, rows in sections:
        parts.append(f"<h3>{escape(heading)}</h3><table cellpadding='4'>")
        parts.extend(
            f"<tr><td width='{KEYS_WIDTH}'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append("</table>")
    return "".join(parts)


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    # Nothing to click inside: Tab leaves the text (arrows and PgUp/PgDn scroll it).
    browser.setTabChangesFocus(True)
    return browser


class HelpDialog(QDialog):
    """The guide of ``topic`` (a screen's ``help_topic``) in the language shown, any other
    screen's guide one choice away, and the keyboard shortcuts on the second tab."""

    def __init__(
        self, topic: str = HOME, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self.setWindowTitle(self.tr("Help"))
        self.topic = QComboBox()
        for key, name in topics().items():
            self.topic.addItem(name, key)
        self.topic.setCurrentIndex(max(0, self.topic.findData(topic)))
        topic_label = QLabel(self.tr("&Guide to:"))
        topic_label.setBuddy(self.topic)
        chooser = QHBoxLayout()
        chooser.addWidget(topic_label)
        chooser.addWidget(self.topic, 1)
        self.guide = _browser()
        self.text = _browser()  # the shortcuts
        self.text.setHtml(sections_html(shortcut_sections()))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("Guide"))
        self.tabs.addTab(self.text, self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.topic.currentIndexChanged.connect(self._show_guide)
        self._show_guide()
        screen_fit.size_dialog(self, QSize(680, 620))

    def _show_guide(self) -> None:
        self.guide.setMarkdown(guide_text(self.topic.currentData(), self.language))

    def show_shortcuts(self) -> None:
        self.tabs.setCurrentWidget(self.text)


class HelpKey(QObject):
    """F1 anywhere in the app, a form or dialog in front included, calls ``show``.

    A window shortcut cannot do it: Qt ignores the shortcuts of a window while a modal form
    blocks it, and every form opens modal over the main window.
    """

    def __init__(self, show: Callable[[], None], owner: QWidget) -> None:
        super().__init__(owner)
        self._show = show
        self._owner = owner
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self._owner.isVisible()  # a closed window (being replaced) helps no more
        ):
            self._show()
            return True
        return super().eventFilter(watched, event)
