""" "Disk penuh": what to tell the user when the laptop has no space left to write.

Every place that writes (a save, a photo, a backup, the settings, a sync) says the same two
things: nothing already kept is lost, and the same action works again once space is freed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def save_refused() -> str:
    return translate(
        "DiskFull",
        "Disk full: there is no space left to save. What you typed stays in this form; free up "
        "space on this laptop, then save again.",
    )


def sign_in_refused() -> str:
    return translate(
        "DiskFull",
        "Disk full: the sign-in could not be kept on this laptop. Free up space, then sign in "
        "again.",
    )


def photo_refused() -> str:
    return translate(
        "DiskFull", "Disk full: the photo could not be stored. Free up space, then add it again."
    )


def backup_refused() -> str:
    return translate(
        "DiskFull",
        "Disk full: the backup could not be written. Nothing was changed; free up space (or "
        "choose another drive), then back up again.",
    )


def restore_refused() -> str:
    return translate(
        "DiskFull",
        "Disk full: there is no room to restore the backup. Nothing was changed; free up space, "
        "then restore again.",
    )


def settings_refused() -> str:
    return translate(
        "DiskFull", "Disk full: the settings could not be saved. Free up space, then save again."
    )


def daily_backup_skipped() -> str:
    return translate(
        "DiskFull",
        "Disk full: today's automatic backup could not be made, and saving new work may fail "
        "too. Free up space on this laptop (delete or move files you no longer need).",
    )


def cannot_start() -> str:
    return translate(
        "DiskFull",
        "Kopdes Desktop cannot open because this laptop's disk is full. Nothing is lost. Free "
        "up space (delete or move files you no longer need), then open the app again.",
    )
