"""Tentang: the app's version, and the credits and licences of the data it ships.

The region codes and the map's boundaries come from MIT-licensed datasets whose notice must
travel with them; this is where a user (and an auditor) finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import __version__
from kopdes_desktop.ui import screen_fit

MIT_NOTICE = """\
MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy of this software \
and associated documentation files (the "Software"), to deal in the Software without \
restriction, including without limitation the rights to use, copy, modify, merge, publish, \
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the \
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or \
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING \
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND \
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, \
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, \
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

# (what, source, copyright line): the notices of resources/regions and resources/boundaries.
DATA_SOURCES = (
    (
        "regions",
        "https://github.com/cahyadsn/wilayah",
        "Copyright (c) 2017-2025 Cahya DSN",
    ),
    (
        "boundaries",
        "https://github.com/cahyadsn/wilayah_boundaries",
        "Copyright (c) 2024 Cahya DSN",
    ),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kopdes Desktop"))
        heading = QLabel(
            "<h3>"
            + self.tr("Kopdes Desktop %1").replace("%1", __version__)
            + "</h3><p>"
            + self.tr(
                "For the business assistants and PMOs who coach the Koperasi Desa/Kelurahan "
                "Merah Putih. Works without internet."
            )
            + "</p>"
        )
        heading.setWordWrap(True)
        what = {
            "regions": self.tr("Kemendagri region codes and names of Kalimantan Barat"),
            "boundaries": self.tr(
                "Map boundaries of the kabupaten, kecamatan and desa (simplified; 15 of the "
                "newest desa have none yet)"
            ),
        }
        credits = "".join(
            f"<li>{what[key]}: <a href='{url}'>{url.removeprefix('https://github.com/')}</a>, "
            f"{notice}, MIT License</li>"
            for key, url, notice in DATA_SOURCES
        )
        icons = self.tr(
            "Icons: Phosphor Icons (MIT License) through QtAwesome (MIT License); see "
            "resources/icons/ICONS-LICENSE.md."
        )
        self.credits = QLabel(
            "<p>" + self.tr("Data shipped with the app:") + f"</p><ul>{credits}</ul><p>{icons}</p>"
        )
        self.credits.setWordWrap(True)
        self.credits.setOpenExternalLinks(True)
        licence = QPlainTextEdit(MIT_NOTICE)
        licence.setReadOnly(True)
        licence.setMinimumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.credits)
        layout.addWidget(QLabel(self.tr("Licence of the data:")))
        layout.addWidget(licence, 1)
        layout.addWidget(buttons)
        screen_fit.size_dialog(self, QSize(560, 480))
