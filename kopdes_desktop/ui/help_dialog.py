"""Bantuan (F1): the keyboard shortcuts, so everything can be done without a mouse.

The text is built from sections of (keys, what they do); a per-screen guide can be added as
more sections in front of the shortcuts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kopdes_desktop.ui import screen_fit

translate = QCoreApplication.translate
Section = tuple[str, list[tuple[str, str]]]
KEYS_WIDTH = 220  # px: one column of keys for every section


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


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help: keyboard shortcuts"))
        self.text = QTextBrowser()
        self.text.setHtml(sections_html(shortcut_sections()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        screen_fit.size_dialog(self, QSize(640, 620))
