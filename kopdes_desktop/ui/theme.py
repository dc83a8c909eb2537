"""The app's one look: its palette, font size and stylesheet, light (default) or dark.

Every colour the screens use is named here once, for both themes. Widgets say what a text *is*
(``set_tone(label, ERROR)``, ``setObjectName("pageTitle")``, ``setProperty("primary", True)``)
and the stylesheet below decides how that looks, so a theme switch in Pengaturan restyles the
whole window at once. Chosen for a cheap matte screen in daylight: warm off-white pages, near
black text, firm field borders, and the Merah Putih red as the one accent (selected navigation,
main buttons, selection), dark enough that white text on it reads (tests/ui/test_theme.py checks
WCAG AA contrast for every text/background pair below, in both themes).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kopdes_desktop import paths
from kopdes_desktop.settings import THEMES

LIGHT, DARK = THEMES
DEFAULT_THEME = LIGHT
# Qt's 9 pt default is small on a 14" 1366×768 screen read at arm's length in daylight.
BASE_POINT_SIZE = 10
TITLE_POINT_SIZE = 15
EMPTY_POINT_SIZE = 11
_THEME_PROPERTY = "kopdesTheme"  # on the QApplication: which theme is applied

# The tick of a ticked box, white on the red of a selection (Phosphor's check, MIT); "/" also on
# Windows, as Qt's stylesheets want.
_TICK = (paths.icons_dir() / "check-on-accent.png").as_posix()
# Giving a combo or spin box a visible edge takes Qt's own arrows away: these bring them back, one
# colour per theme (resources/icons/arrow-*-<theme>.svg).
_ARROWS = paths.icons_dir().as_posix()

# Tones a label (or a frame) can take: what the text means, not its colour.
ERROR, WARNING, SUCCESS, MUTED = "error", "warning", "success", "muted"


@dataclass(frozen=True, slots=True)
class Palette:
    window: str  # page background
    surface: str  # inputs, tables, lists, cards
    surface_alt: str  # every other table row
    text: str
    muted: str  # secondary text: counts, hints, empty states
    placeholder: str  # hint text in an empty field
    disabled: str
    field_border: str  # inputs and buttons: firm enough to see in daylight
    divider: str  # lines between areas
    hover: str
    accent: str  # Merah Putih red: the selected page's bar, focus rings, chart cursor
    selection: str  # selected rows and main buttons, under on_selection text
    on_selection: str
    nav: str  # the navigation column
    nav_selected: str  # the selected page's row
    on_nav_selected: str
    link: str
    error: str
    warning: str
    success: str
    banner: str  # the sample-data band
    on_banner: str
    banner_border: str
    notice: str  # the "Saved" confirmation
    on_notice: str
    chart_grid: str


PALETTES: dict[str, Palette] = {
    LIGHT: Palette(
        window="#f5f3f1",
        surface="#ffffff",
        surface_alt="#f2efec",
        text="#1c1b1a",
        muted="#57524d",
        placeholder="#6b655f",
        disabled="#8a847f",
        field_border="#8c847e",
        divider="#d8d1cb",
        hover="#efe8e4",
        accent="#c8102e",
        selection="#b3141e",
        on_selection="#ffffff",
        nav="#ffffff",
        nav_selected="#fbe5e6",
        on_nav_selected="#7c0d13",
        link="#a3151b",
        error="#b00020",
        warning="#8a4b00",
        success="#1b5e20",
        banner="#fff4ce",
        on_banner="#3d3000",
        banner_border="#c9a100",
        notice="#1e5631",
        on_notice="#ffffff",
        chart_grid="#e2dcd7",
    ),
    DARK: Palette(
        window="#1b1c1e",
        surface="#242629",
        surface_alt="#2b2d31",
        text="#ecebe9",
        muted="#b6b1ac",
        placeholder="#a09a95",
        disabled="#7c7772",
        field_border="#7d7873",
        divider="#3b3d42",
        hover="#303237",
        accent="#ef5350",
        selection="#b3262b",
        on_selection="#ffffff",
        nav="#202124",
        nav_selected="#3d2327",
        on_nav_selected="#ffc9c9",
        link="#ff9a9a",
        error="#ff8a80",
        warning="#ffb74d",
        success="#8fd694",
        banner="#3b3217",
        on_banner="#f7e7b4",
        banner_border="#8c7420",
        notice="#1e5631",
        on_notice="#ffffff",
        chart_grid="#3b3d42",
    ),
}


def text_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """(what, text colour, background colour): every pairing the screens show."""
    return [
        ("text on page", palette.text, palette.window),
        ("text in a field or table", palette.text, palette.surface),
        ("text on an alternate row", palette.text, palette.surface_alt),
        ("text on a hovered row", palette.text, palette.hover),
        ("secondary text on page", palette.muted, palette.window),
        ("secondary text in a field or table", palette.muted, palette.surface),
        ("placeholder in a field", palette.placeholder, palette.surface),
        ("selected row, main button", palette.on_selection, palette.selection),
        ("navigation", palette.text, palette.nav),
        ("selected page in the navigation", palette.on_nav_selected, palette.nav_selected),
        ("link", palette.link, palette.window),
        ("error on page", palette.error, palette.window),
        ("error in a form", palette.error, palette.surface),
        ("warning on page", palette.warning, palette.window),
        ("success on page", palette.success, palette.window),
        ("sample-data band", palette.on_banner, palette.banner),
        ("saved confirmation", palette.on_notice, palette.notice),
        ("chart text", palette.text, palette.surface),
    ]


def edge_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """(what, edge colour, background colour): what marks a control or the focus, which WCAG 2.1
    SC 1.4.11 wants at 3:1 against what lies beside it."""
    return [
        ("field or box edge on page", palette.field_border, palette.window),
        ("field or box edge in a form or table", palette.field_border, palette.surface),
        ("list or table frame on page", palette.field_border, palette.window),
        ("ticked box edge on page", palette.accent, palette.window),
        ("ticked box edge in a form", palette.accent, palette.surface),
        ("focus mark on page", palette.accent, palette.window),
        ("focus mark in a form or table", palette.accent, palette.surface),
        ("focus mark on a hovered control", palette.accent, palette.hover),
        ("focused main button's edge on page", palette.text, palette.window),
        ("main button's edge on page", palette.accent, palette.window),
        ("focused box's edge in a form", palette.text, palette.surface),
        ("focused box's edge against its unfocused edge", palette.text, palette.field_border),
    ]


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    parsed = QColor(colour)
    return (
        0.2126 * linear(parsed.red())
        + 0.7152 * linear(parsed.green())
        + 0.0722 * linear(parsed.blue())
    )


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio (1 to 21); AA asks 4.5 for normal text."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def qt_palette(palette: Palette) -> QPalette:
    """Qt's own palette, so Fusion draws every standard widget in the theme's colours."""
    qt = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, palette.window),
        (role.WindowText, palette.text),
        (role.Base, palette.surface),
        (role.AlternateBase, palette.surface_alt),
        (role.Text, palette.text),
        (role.Button, palette.surface),
        (role.ButtonText, palette.text),
        (role.BrightText, palette.on_selection),
        (role.Highlight, palette.selection),
        (role.HighlightedText, palette.on_selection),
        (role.ToolTipBase, palette.surface),
        (role.ToolTipText, palette.text),
        (role.PlaceholderText, palette.placeholder),
        (role.Link, palette.link),
        (role.LinkVisited, palette.link),
        (role.Light, palette.surface),
        (role.Midlight, palette.hover),
        (role.Mid, palette.divider),
        (role.Dark, palette.field_border),
        (role.Shadow, palette.field_border),
    ):
        qt.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        qt.setColor(disabled, which, QColor(palette.disabled))
    return qt


def stylesheet(palette: Palette) -> str:
    """The few things Qt's palette cannot say: titles, navigation, main buttons, edges, tones."""
    p = palette
    name = next(key for key, value in PALETTES.items() if value is palette)
    return f"""
QLabel#pageTitle {{ font-size: {TITLE_POINT_SIZE}pt; font-weight: 600; padding: 0 0 4px 0; }}
QListWidget#navigation {{
    background: {p.nav}; border: none; border-right: 1px solid {p.divider}; outline: 0;
    color: {p.text};
}}
QListWidget#navigation::item {{
    padding: 6px 6px; border-left: 4px solid transparent; color: {p.text};
}}
QListWidget#navigation::item:hover {{ background: {p.hover}; }}
QListWidget#navigation::item:selected {{
    background: {p.nav_selected}; color: {p.on_nav_selected}; border-left: 4px solid {p.accent};
}}
QListWidget#navigation:focus {{ border-right: 2px solid {p.accent}; }}
QPushButton, QToolButton {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.field_border};
    border-radius: 3px; padding: 2px 10px;
}}
QToolButton {{ padding: 3px; }}
QPushButton:hover, QToolButton:hover {{ background: {p.hover}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {p.divider}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {p.accent}; padding: 1px 9px; }}
QToolButton:focus {{ padding: 2px; }}
QPushButton:disabled, QToolButton:disabled {{ color: {p.disabled}; border-color: {p.divider}; }}
QComboBox, QAbstractSpinBox {{
    border: 1px solid {p.field_border}; border-radius: 2px; padding: 2px 4px;
    background: {p.surface}; color: {p.text};
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    width: 16px; border-left: 1px solid {p.divider}; background: {p.surface};
}}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {p.hover};
}}
QComboBox::drop-down {{ width: 18px; border: none; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url({_ARROWS}/arrow-down-{name}.svg); width: 10px; height: 6px;
}}
QAbstractSpinBox::up-arrow {{
    image: url({_ARROWS}/arrow-up-{name}.svg); width: 10px; height: 6px;
}}
QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {p.accent}; padding: 1px 3px; }}
QComboBox:disabled, QAbstractSpinBox:disabled {{
    border-color: {p.divider}; background: {p.window}; color: {p.disabled};
}}
QPushButton[primary="true"] {{
    background: {p.selection}; color: {p.on_selection}; border: 1px solid {p.accent};
    border-radius: 3px; padding: 4px 12px; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {p.accent}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {p.hover}; color: {p.disabled}; border-color: {p.divider};
}}
QPushButton[flat="true"] {{
    background: transparent; color: {p.link}; border: 2px solid transparent; border-radius: 3px;
    padding: 2px 8px;
}}
QPushButton[flat="true"]:hover {{ background: {p.hover}; }}
QPushButton[flat="true"]:focus {{ border-color: {p.accent}; }}
QPushButton[flat="true"]:disabled {{ color: {p.disabled}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {p.field_border}; border-radius: 2px; padding: 2px 3px;
    background: {p.surface};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {p.accent}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{
    border-color: {p.divider}; background: {p.window};
}}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid {p.field_border}; background: {p.surface};
}}
QCheckBox::indicator {{ border-radius: 2px; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked {{
    background: {p.selection}; border-color: {p.accent}; image: url({_TICK});
}}
QRadioButton::indicator:checked {{
    border-color: {p.accent};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {p.selection}, stop: 0.55 {p.selection},
        stop: 0.6 {p.surface}, stop: 1 {p.surface});
}}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {p.text}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {p.divider}; background: {p.window};
}}
QHeaderView::section {{
    background: {p.window}; color: {p.text}; padding: 3px 6px; border: none;
    border-right: 1px solid {p.divider}; border-bottom: 1px solid {p.field_border};
}}
QTableView, QListView, QTreeView {{
    gridline-color: {p.divider}; border: 1px solid {p.field_border};
}}
QCalendarWidget QTableView {{ border: none; }}
QStatusBar {{ background: {p.nav}; border-top: 1px solid {p.divider}; }}
QToolTip {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.field_border}; }}
*[tone="{ERROR}"] {{ color: {p.error}; }}
*[tone="{WARNING}"] {{ color: {p.warning}; font-weight: 600; }}
*[tone="{SUCCESS}"] {{ color: {p.success}; }}
*[tone="{MUTED}"] {{ color: {p.muted}; }}
QLineEdit[tone="{ERROR}"] {{ border: 1px solid {p.error}; color: {p.text}; }}
QFrame#sampleBanner {{
    background: {p.banner}; border: 1px solid {p.banner_border}; border-radius: 4px;
}}
QFrame#sampleBanner QLabel {{ color: {p.on_banner}; }}
QLabel#confirmation {{
    background: {p.notice}; color: {p.on_notice}; border-radius: 6px; padding: 10px 16px;
    font-weight: 600;
}}
QWidget#emptyState QLabel {{ color: {p.muted}; font-size: {EMPTY_POINT_SIZE}pt; }}
"""


def current_name() -> str:
    app = QApplication.instance()
    name = app.property(_THEME_PROPERTY) if app is not None else None
    return name if name in THEMES else DEFAULT_THEME


def current() -> Palette:
    return PALETTES[current_name()]


def apply(name: str, app: QApplication | None = None) -> None:
    """Restyle the whole application; cheap when ``name`` is already applied."""
    target = app or QApplication.instance()
    if not isinstance(target, QApplication):
        return
    name = name if name in THEMES else DEFAULT_THEME
    if target.property(_THEME_PROPERTY) == name:
        return
    if target.style().name().lower() != "fusion":
        # The same drawing on Windows and Linux, and one that follows the palette (Windows'
        # native styles ignore a dark palette).
        target.setStyle("Fusion")
    font = QFont(target.font())
    font.setPointSize(BASE_POINT_SIZE)
    target.setFont(font)
    palette = PALETTES[name]
    target.setPalette(qt_palette(palette))
    target.setStyleSheet(stylesheet(palette))
    target.setProperty(_THEME_PROPERTY, name)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Mark what a text means (error, warning, success, muted, or plain for None)."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    # Qt restyles a widget on a property change only when asked.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
