"""Every control can be seen and so can the one that has the focus (QA F7, F23): WCAG 2.1 SC
1.4.11 asks 3:1 for a control's edge and for the focus mark against what lies beside them, in
both themes. Checked on the palette and on the drawn pixels of real widgets, focus reached by Tab
as a keyboard user reaches it (Qt draws some focus marks only after a key moved the focus)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kopdes_desktop import settings
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import theme
from kopdes_desktop.ui.home_page import TodoKind
from kopdes_desktop.ui.main_window import INBOX, REVIEW
from tests.ui.helpers import screenshot
from tests.ui.test_home_page import (
    ba_data,
    home_shown,
    open_window_as,
    pmo_data,
    shown_sections,
)

__all__ = [
    "ba_data",
    "pmo_data",
]  # the crafted BA to-do, a fixture shared with tests/ui/test_home_page.py

NON_TEXT = 3.0


@pytest.fixture(params=theme.THEMES)
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[theme.Palette]:
    settings.save(settings.Settings(theme=request.param))  # what a window opened now reads
    theme.apply(request.param, qapp)
    yield theme.PALETTES[request.param]
    theme.apply(theme.LIGHT, qapp)


def _flat() -> QPushButton:
    button = QPushButton("Lihat semua (9)")
    button.setFlat(True)
    return button


def _primary() -> QPushButton:
    button = QPushButton("Simpan")
    button.setProperty("primary", True)
    return button


def _tool() -> QToolButton:
    button = QToolButton()
    button.setText("+")
    return button


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Semua kabupaten", "Sambas"])
    return combo


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "flat button": _flat,
    "button": lambda: QPushButton("Sinkronkan"),
    "main button": _primary,
    "tool button": _tool,
    "check box": lambda: QCheckBox("Selesai"),
    "radio button": lambda: QRadioButton("Ya"),
    "text field": QLineEdit,
    "text box": QPlainTextEdit,
    "choice": _combo,
    "number": QSpinBox,
    "date": QDateEdit,
}


def _pixels(image: QImage, edge_only: bool) -> Iterator[tuple[int, int]]:
    width, height = image.width(), image.height()
    for x in range(width):
        for y in range(height):
            if not edge_only or min(x, y, width - 1 - x, height - 1 - y) <= 3:
                yield x, y


def edge_contrast(widget: QWidget, background: str) -> float:
    """The strongest contrast of the widget's outer band (its edge) against the page."""
    image = widget.grab().toImage()
    return max(
        theme.contrast_ratio(image.pixelColor(x, y).name(), background)
        for x, y in _pixels(image, edge_only=True)
    )


def focus_contrast(before: QImage, after: QImage) -> float:
    """How strongly the focus changed the widget's look: the best contrast, pixel by pixel."""
    assert before.size() == after.size()
    return max(
        (
            theme.contrast_ratio(after.pixelColor(x, y).name(), before.pixelColor(x, y).name())
            for x, y in _pixels(after, edge_only=False)
            if after.pixel(x, y) != before.pixel(x, y)
        ),
        default=1.0,
    )


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if target.hasFocus():
            return
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert target.hasFocus(), "Tab never reached it"


def focus_mark_seen(qtbot: QtBot, target: QWidget, away: QWidget) -> float:
    tab_to(qtbot, away)
    before = target.grab().toImage()
    tab_to(qtbot, target)
    return focus_contrast(before, target.grab().toImage())


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_edge_and_focus_colour_meets_non_text_contrast(name: str) -> None:
    faint = [
        f"{what}: {edge} on {background} is {theme.contrast_ratio(edge, background):.2f}:1"
        for what, edge, background in theme.edge_pairs(theme.PALETTES[name])
        if theme.contrast_ratio(edge, background) < NON_TEXT
    ]
    assert faint == []


@pytest.mark.parametrize("kind", CONTROLS)
def test_each_control_shows_its_edge_and_its_focus(
    qtbot: QtBot, themed: theme.Palette, kind: str
) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    start = QLineEdit()
    control = CONTROLS[kind]()
    control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(start)
    layout.addWidget(control)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    if kind != "flat button":  # a flat button is a link in text: its words are its edge
        assert edge_contrast(control, themed.window) >= NON_TEXT, kind
    assert focus_mark_seen(qtbot, control, start) >= NON_TEXT, kind


LISTS: dict[str, Callable[[], QWidget]] = {
    "list": QListWidget,
    "list view": QListView,
    "tree": QTreeView,
    "table": QTableView,
}


@pytest.mark.parametrize("kind", LISTS)
def test_each_list_frame_stands_out_from_the_page(
    qtbot: QtBot, themed: theme.Palette, kind: str
) -> None:
    """QA (dark theme): a list's frame was 1.1:1 against the page, 1.7:1 in the light theme;
    where a list ends must be seen as a field's edge is."""
    page = QWidget()
    layout = QVBoxLayout(page)
    listed = LISTS[kind]()
    layout.addWidget(listed)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert edge_contrast(listed, themed.window) >= NON_TEXT, kind


@pytest.mark.usefixtures("pmo_data")
def test_the_lists_of_beranda_inbox_and_review_show_their_frame(
    qtbot: QtBot, context: ServiceContext, themed: theme.Palette
) -> None:
    window = open_window_as(qtbot, context, Role.PMO, "pmo-1")
    home = home_shown(qtbot, window)
    to_do = home.sections[TodoKind.REVIEW].list
    window.navigation.setCurrentRow(INBOX)
    inbox = window.inbox.list
    qtbot.waitUntil(inbox.isVisible)
    window.navigation.setCurrentRow(REVIEW)
    queue = window.review.table
    qtbot.waitUntil(lambda: queue.isVisible() and queue.model().rowCount() > 0)
    faint = {
        name: round(edge_contrast(listed, themed.window), 2)
        for name, listed in (("Beranda", to_do), ("Kotak masuk", inbox), ("Tinjauan", queue))
        if edge_contrast(listed, themed.window) < NON_TEXT
    }
    assert faint == {}
    dark = themed is theme.PALETTES[theme.DARK]
    screenshot(qtbot, window, f"review-queue-frame-{'dark' if dark else 'light'}")


@pytest.mark.usefixtures("ba_data")
def test_lihat_semua_on_beranda_shows_the_focus(
    qtbot: QtBot, context: ServiceContext, themed: theme.Palette
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    window.activateWindow()
    home = home_shown(qtbot, window)
    not_visited = home.sections[TodoKind.NOT_VISITED]
    assert TodoKind.NOT_VISITED in shown_sections(home)
    assert not not_visited.more.isHidden()
    not_visited.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(not_visited.list.hasFocus)
    assert focus_mark_seen(qtbot, not_visited.more, not_visited.list) >= NON_TEXT
    dark = themed is theme.PALETTES[theme.DARK]
    screenshot(qtbot, window, f"focus-lihat-semua-{'dark' if dark else 'light'}")
