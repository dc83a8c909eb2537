"""The same laptop as another role: tests set up what only a PMO or an admin may create."""

from __future__ import annotations

import dataclasses

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext


def as_role(
    context: ServiceContext, role: Role, *kabupaten: str, user: str | None = None
) -> ServiceContext:
    """A copy of ``context`` (same database) acting as ``role``; the user id stays unless given."""
    return dataclasses.replace(
        context, role=role, kabupaten_codes=kabupaten, user_id=user or context.user_id
    )


def as_admin(context: ServiceContext) -> ServiceContext:
    """Cooperatives are added by PMOs and admins: tests that need some make them as an admin."""
    return as_role(context, Role.ADMIN)
