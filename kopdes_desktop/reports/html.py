"""Small HTML builders for report pages (the subset QTextDocument renders)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape


def text(value: object) -> str:
    """Escaped, with line breaks kept (findings are typed in paragraphs)."""
    return escape(str(value)).replace("\n", "<br/>")


def heading(level: int, value: str, *, new_page: bool = False) -> str:
    """``new_page``: the heading starts a page (what follows it is too tall to be split from it,
    and Qt's layout does not keep a heading with what comes next)."""
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h{level}{style}>{text(value)}</h{level}>"


def paragraph(value: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{text(value)}</p>"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
) -> str:
    """A bordered data table; ``numeric`` columns are right-aligned."""

    def cell(tag: str, index: int, value: object) -> str:
        align = ' class="number"' if index in numeric else ""
        width = f' width="{widths[index]}%"' if index < len(widths) else ""
        return f"<{tag}{align}{width}>{text(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        '<table class="data" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def fields(pairs: Iterable[tuple[str, object]]) -> str:
    """A two-column label/value table without borders."""
    rows = "".join(
        f'<tr><td class="label" width="32%">{text(label)}</td><td>{text(value)}</td></tr>'
        for label, value in pairs
    )
    return f'<table cellspacing="0" cellpadding="2" width="100%">{rows}</table>'


def document(title: str, body: Iterable[str]) -> str:
    return (
        f'<html><head><meta charset="utf-8"/><title>{text(title)}</title></head>'
        f"<body>{''.join(body)}</body></html>"
    )
