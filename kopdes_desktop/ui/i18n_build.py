"""Translation sources → compiled catalogues, and refreshing sources from the code.

``python -m kopdes_desktop.ui.i18n_build`` compiles resources/translations/*.ts into .qm files
(run by ``make run`` and ``make test``; .qm files are build output and never committed).
``python -m kopdes_desktop.ui.i18n_build update`` re-scans the code for tr() strings and adds new
ones to the .ts files as unfinished, for a translator to fill in (Qt Linguist, or by hand).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from kopdes_desktop import paths

LANGUAGES = ("id", "en")
# Qt ships no Indonesian catalogue for its own strings (standard buttons, the file dialog, text
# field menus...): ours is kept by hand, since lupdate cannot scan Qt's sources, and compiled
# with the rest.
QT_CATALOGUES = ("kopdes_qt_id",)
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "server" not in p.parts)


def ts_file(language: str, directory: Path | None = None) -> Path:
    return (directory or paths.translations_dir()) / f"kopdes_{language}.ts"


def update(directory: Path | None = None) -> None:
    files = [str(p) for p in source_files()]
    for language in LANGUAGES:
        target = ts_file(language, directory)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *files,
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
    _mirror_source_language(ts_file("en", directory))


def _mirror_source_language(path: Path) -> None:
    """The source strings are English, so the English catalogue is the source itself; a counted
    noun (``tr("%Ln day(s)", "", n)``, ui/counts.py) gets its two English forms from the "(s)":
    "%Ln day" for one, "%Ln days" for more ("(es)", "(y/ies)" alike: ``english_form``)."""
    tree = ElementTree.parse(path)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            text = source.text or ""
            translation.clear()
            for form in (english_form(text, one=True), english_form(text, one=False)):
                ElementTree.SubElement(translation, "numerusform").text = form
            continue
        translation.text = source.text
    write_ts(tree, path)


# "day(s)", "clash(es)", "opportunit(y/ies)": the form for one before the slash (none when
# there is no slash), the form for more after it.
_ENGLISH_PLURAL = re.compile(r"\((?:([^()/]*)/)?([^()/]*)\)")


def english_form(text: str, *, one: bool) -> str:
    """The English singular or plural of a counted noun written as in ui/counts.py."""
    return _ENGLISH_PLURAL.sub(
        lambda found: (found.group(1) or "") if one else found.group(2), text
    )


def write_ts(tree: ElementTree.ElementTree[ElementTree.Element], path: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(header + body + "\n", encoding="utf-8")


def unfinished_messages(path: Path) -> list[str]:
    """Source texts in ``path`` that have no finished translation."""
    missing = []
    for message in ElementTree.parse(path).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        texts = (
            [f.text for f in forms]
            if forms
            else [translation.text if translation is not None else ""]
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all((text or "").strip() for text in texts)
        ):
            missing.append(source)
    return missing


def qt_ts_files(directory: Path | None = None) -> list[Path]:
    return [(directory or paths.translations_dir()) / f"{name}.ts" for name in QT_CATALOGUES]


def release() -> None:
    """Compile every catalogue whose .qm is older than its .ts.

    A running app (or test run) maps its .qm files: rewriting one in place changes the texts
    under it or kills it with a bus error. So each file is written beside and renamed over the
    old one (the running process keeps the old file), and only when its catalogue changed.
    """
    for source in [ts_file(language) for language in LANGUAGES] + qt_ts_files():
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        fresh = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(fresh)],
                check=True,
            )
            os.replace(fresh, target)
        finally:
            fresh.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        update()
    else:
        release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
