"""When two edits of one field disagree: the rule behind conflicts on shared records.

A conflict asks a person to choose, so it is raised only where two people really chose different
values (docs/sync-protocol.md, *When a clash is a conflict*):

- values that are the same once written the same way are not a clash: empty is empty (``None``,
  ``""``, blank text, ``[]``), text is compared in Unicode NFC with surrounding blanks ignored,
  and a multi-select is the same set of choices in any order;
- an empty value on either side is not a disagreement: nobody chose something else there. An
  edit that fills a field someone emptied simply wins; an edit that empties a field someone has
  meanwhile filled in does not remove their value;
- values the server wrote itself (an admin's import, data set up on the server) are not a
  person's choice: a person's edit replaces them without a conflict.

Encoded (wire) values are compared, so the laptop and the server apply the same rule.
"""

from __future__ import annotations

import unicodedata
from typing import Any


def is_empty(value: Any) -> bool:
    """Nothing chosen: ``None``, empty or blank text, an empty multi-select."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return not value
    return False


def _normal(value: Any) -> Any:
    if is_empty(value):
        return None
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value.strip())
    if isinstance(value, list | tuple):
        return frozenset(_normal(item) for item in value)
    if isinstance(value, bool):
        return ("bool", value)  # True == 1 in Python; a yes is not the number one
    return value


def same_value(a: Any, b: Any) -> bool:
    """Whether two encoded values of one field say the same thing."""
    try:
        return bool(_normal(a) == _normal(b))
    except TypeError:  # unhashable items in a list: compare them as they are
        return bool(a == b)


def disagree(current: Any, incoming: Any) -> bool:
    """Whether an edit that arrives after someone else's write of the field is a real clash:
    both chose something, and not the same thing."""
    return not (is_empty(current) or is_empty(incoming) or same_value(current, incoming))
