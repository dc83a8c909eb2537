"""Every string the user can see has its Indonesian (and English) translation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kopdes_desktop import paths
from kopdes_desktop.ui import i18n_build


@pytest.fixture
def refreshed_catalogues(tmp_path: Path) -> Path:
    """The committed catalogues, re-scanned against today's code (as a release would be)."""
    for language in i18n_build.LANGUAGES:
        shutil.copy(i18n_build.ts_file(language), tmp_path)
    i18n_build.update(tmp_path)
    return tmp_path


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_no_string_is_left_untranslated(refreshed_catalogues: Path, language: str) -> None:
    missing = i18n_build.unfinished_messages(i18n_build.ts_file(language, refreshed_catalogues))
    assert missing == [], f"untranslated in kopdes_{language}.ts: {missing}"


def test_the_catalogues_compile() -> None:
    i18n_build.release()
    for language in i18n_build.LANGUAGES:
        assert (paths.translations_dir() / f"kopdes_{language}.qm").stat().st_size > 0


def test_the_scan_finds_translatable_strings(refreshed_catalogues: Path) -> None:
    # Guards the guard: if the scan silently found nothing, the test above would pass vacuously.
    text = i18n_build.ts_file("id", refreshed_catalogues).read_text(encoding="utf-8")
    assert "<source>Cooperatives</source>" in text
    assert "<translation>Koperasi</translation>" in text
