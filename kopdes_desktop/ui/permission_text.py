"""What the role rules refuse, said as who can do it instead, in the user's language.

Shown where the action would have been (a button left out, a form that stays read-only) and when
a save is refused, so nobody has to guess why something is not there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.permissions import Action, Denial, Refusal
from kopdes_desktop.domain.records import RecordType

translate = QCoreApplication.translate


def refusal_text(refusal: Refusal) -> str:
    """One sentence: who may do this, and what the user can do meanwhile."""
    return _specific(refusal) or _general(refusal.denial)


def _general(denial: Denial) -> str:
    texts = {
        Denial.NOT_AUTHOR: translate("Permissions", "Only the person who wrote it can change it."),
        Denial.LOCKED: translate(
            "Permissions",
            "The visit is waiting for review or was approved; it can be changed again if the "
            "PMO sends it back.",
        ),
        Denial.NOT_A_DRAFT: translate("Permissions", "Only a draft visit can be deleted."),
        Denial.WRONG_STATUS: translate(
            "Permissions", "The visit's status does not allow this now."
        ),
        Denial.OUTSIDE_AREA: translate("Permissions", "This is outside your kabupaten/kota."),
        Denial.SERVER_ONLY: translate(
            "Permissions", "This is written by the server, not on a laptop."
        ),
    }
    return texts.get(denial, translate("Permissions", "Your role does not allow this."))


def _specific(refusal: Refusal) -> str:
    key = (refusal.record_type, refusal.action, refusal.denial)
    cooperative = RecordType.COOPERATIVE
    texts = {
        (cooperative, Action.CREATE, Denial.ROLE): translate(
            "Permissions",
            "New cooperatives are added by the PMO. Ask your PMO to assign this cooperative "
            "to you.",
        ),
        (cooperative, Action.CREATE, Denial.OUTSIDE_AREA): translate(
            "Permissions",
            "You add cooperatives in your own kabupaten/kota: choose a village there. "
            "Elsewhere, the PMO of that area adds them.",
        ),
        (cooperative, Action.MOVE, Denial.ROLE): translate(
            "Permissions", "Only an admin can move a cooperative to another village."
        ),
        (cooperative, Action.DELETE, Denial.ROLE): translate(
            "Permissions", "Only an admin can delete a cooperative."
        ),
        (RecordType.VISIT, Action.REVIEW, Denial.ROLE): translate(
            "Permissions", "Visits are reviewed by the PMO of their kabupaten/kota."
        ),
        (RecordType.VISIT, Action.REVIEW, Denial.OUTSIDE_AREA): translate(
            "Permissions", "Only a PMO of this visit's kabupaten/kota can review it."
        ),
        (RecordType.VISIT, Action.EDIT, Denial.NOT_AUTHOR): translate(
            "Permissions", "This visit was written by someone else; only they can change it."
        ),
        (RecordType.VISIT, Action.SUBMIT, Denial.NOT_AUTHOR): translate(
            "Permissions", "This visit was written by someone else; only they can submit it."
        ),
        (RecordType.OPPORTUNITY, Action.EDIT, Denial.NOT_AUTHOR): translate(
            "Permissions", "This note was written by someone else; only they can change it."
        ),
    }
    return texts.get(key, "")
