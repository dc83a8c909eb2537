"""A visit shown in full for review: every field, agreed actions, photos and review history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from kopdes_desktop.services.photos import photo_file, thumbnail_file
from kopdes_desktop.services.review import VisitUnderReview
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.formatting import format_date, format_time
from kopdes_desktop.ui.review_columns import author_label

translate = QCoreApplication.translate
THUMBNAIL_EDGE = 220


def load_photos(shown: VisitUnderReview) -> dict[str, QImage]:
    """Thumbnails of the visit's photos that are on this laptop; runs on a worker thread."""
    images: dict[str, QImage] = {}
    for photo in shown.detail.photos:
        for path in (thumbnail_file(photo.sha256), photo_file(photo.sha256)):
            image = QImage(str(path))
            if not image.isNull():
                images[photo.sha256] = image.scaledToWidth(min(THUMBNAIL_EDGE, image.width()))
                break
    return images


def _row(label: str, value: str) -> str:
    text = escape(value).replace("\n", "<br/>") if value else "—"
    return f"<tr><td><b>{escape(label)}</b></td><td>{text}</td></tr>"


class VisitReviewView(QTextBrowser):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.setHtml(
            "<p>" + escape(translate("Review", "Choose a visit in the list to review it.")) + "</p>"
        )

    def show_visit(self, shown: VisitUnderReview, images: dict[str, QImage]) -> None:
        document = self.document()
        for sha, image in images.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{sha}"), image
            )
        self.setHtml(self._html(shown, images))

    def _html(self, shown: VisitUnderReview, images: dict[str, QImage]) -> str:
        visit = shown.detail.visit
        date_text = format_date(visit.visit_date, self._language)
        times = " – ".join(format_time(t) for t in (visit.start_time, visit.end_time) if t)
        people = ", ".join(labels.label(p) for p in visit.people_met)
        if visit.people_count:
            people = f"{people} ({visit.people_count})"
        gps = (
            labels.position_text(visit.latitude, visit.longitude, visit.gps_source, self._language)
            if visit.latitude is not None and visit.longitude is not None
            else ""
        )
        rows = [
            _row(
                translate("Review", "Cooperative"),
                f"{shown.cooperative_name} — {shown.village_name}",
            ),
            _row(translate("Review", "BA"), author_label(visit.author_id, shown.author_name)),
            _row(translate("Review", "Date"), f"{date_text} {times}".strip()),
            _row(translate("Review", "Status"), labels.label(visit.status)),
            _row(translate("Review", "Travel by"), labels.label(visit.travel_mode)),
            _row(translate("Review", "People met"), people),
            _row(
                translate("Review", "Purposes"), ", ".join(labels.label(p) for p in visit.purposes)
            ),
            _row(translate("Review", "Findings"), visit.findings),
            _row(translate("Review", "Problems"), visit.problems),
            _row(
                translate("Review", "Next visit"),
                " ".join(
                    part
                    for part in (
                        visit.next_visit_plan,
                        format_date(visit.next_visit_date, self._language),
                    )
                    if part
                ),
            ),
            _row(translate("Review", "GPS"), gps),
        ]
        parts = [
            f"<h3>{escape(shown.cooperative_name)}</h3>",
            f"<table cellpadding='3'>{''.join(rows)}</table>",
        ]
        if shown.detail.actions:
            heading = translate("Review", "Agreed actions")
            parts.append(f"<h4>{escape(heading)}</h4><ul>")
            for action in shown.detail.actions:
                due = format_date(action.due_date, self._language)
                done = translate("Review", "done") if action.done else ""
                details = ", ".join(part for part in (action.owner, due, done) if part)
                parts.append(f"<li>{escape(action.description)} ({escape(details)})</li>")
            parts.append("</ul>")
        if shown.detail.photos:
            heading = translate("Review", "Photos")
            parts.append(f"<h4>{escape(heading)}</h4><p>")
            for photo in shown.detail.photos:
                if photo.sha256 in images:
                    parts.append(f"<img src='photo:{photo.sha256}'/> ")
                else:
                    parts.append(escape(translate("Review", "(photo not downloaded yet)")) + " ")
                taken = photo.taken_at.date() if photo.taken_at else None
                about = [f"<i>{escape(photo.caption)}</i>"] if photo.caption else []
                about += [escape(format_date(taken, self._language))] if taken else []
                if about:  # what the photo shows and when it was taken, as under a thumbnail
                    parts.append(" · ".join(about) + "<br/>")
            parts.append("</p>")
        heading = translate("Review", "Review history")
        parts.append(f"<h4>{escape(heading)}</h4>")
        history = [
            (
                format_date(c.created_at.date() if c.created_at else None, self._language),
                c.author_name,
                labels.label(c.to_status),
                c.comment,
            )
            for c in shown.detail.review_comments
        ]
        history += [
            (
                translate("Review", "waiting to be sent"),
                translate("Review", "you"),
                labels.label(p.to_status),
                p.comment,
            )
            for p in shown.pending
        ]
        if not history:
            parts.append("<p>—</p>")
        for when, who, status, comment in history:
            line = f"{escape(when)} · {escape(who)} · <b>{escape(status)}</b>"
            if comment:
                line += f": {escape(comment)}"
            parts.append(f"<p>{line}</p>")
        return "".join(parts)
