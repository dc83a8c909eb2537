"""Dependencies every route shares: the app's services, version headers and the caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.accounts import Caller, caller_for_token
from kopdes_desktop.server.blobs import BlobStore
from kopdes_desktop.server.config import ServerConfig
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.headers import ascii_int, malformed
from kopdes_desktop.server.passwords import PasswordCheckGate
from kopdes_desktop.sync.protocol import (
    MAX_PROTOCOL_VERSION,
    MAX_SCHEMA_VERSION,
    MIN_PROTOCOL_VERSION,
    MIN_SCHEMA_VERSION,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    ErrorCode,
)


@dataclass(frozen=True, slots=True)
class Services:
    config: ServerConfig
    db: Database
    blobs: BlobStore
    catalog: RegionCatalog
    password_checks: PasswordCheckGate


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


ServicesDep = Annotated[Services, Depends(services)]


def _version(raw: str | None, name: str, low: int, high: int) -> int | None:
    """The version in a header; None when missing or unsupported (426: a client from before or
    after this server), 400 when it is not a number at all (no app ever sends that)."""
    if raw is None:
        return None
    value = ascii_int(raw)
    if value is None:
        raise malformed(name, "a whole number (the protocol or schema version)")
    return value if low <= value <= high else None


def refusal(message: str) -> ApiError:
    return ApiError(
        426,
        ErrorCode.UNSUPPORTED_VERSION,
        message,
        min_protocol_version=MIN_PROTOCOL_VERSION,
        max_protocol_version=MAX_PROTOCOL_VERSION,
        min_schema_version=MIN_SCHEMA_VERSION,
        max_schema_version=MAX_SCHEMA_VERSION,
    )


def require_versions(
    protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER, max_length=20)] = None,
    schema: Annotated[str | None, Header(alias=SCHEMA_HEADER, max_length=20)] = None,
) -> None:
    """Refuse clients whose protocol or record schema this server cannot speak (426)."""
    if _version(protocol, PROTOCOL_HEADER, MIN_PROTOCOL_VERSION, MAX_PROTOCOL_VERSION) is None:
        raise refusal(
            f"protocol version {protocol!r} is not supported; update the app "
            f"(supported {MIN_PROTOCOL_VERSION}-{MAX_PROTOCOL_VERSION})"
        )
    if _version(schema, SCHEMA_HEADER, MIN_SCHEMA_VERSION, MAX_SCHEMA_VERSION) is None:
        raise refusal(
            f"record schema {schema!r} is not supported; update the app "
            f"(supported {MIN_SCHEMA_VERSION}-{MAX_SCHEMA_VERSION})"
        )


def spoken_protocol(
    protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER, max_length=20)] = None,
) -> int:
    """The protocol version the request is written in (checked by :func:`require_versions`):
    the answer is written in the same one."""
    return ascii_int(protocol) or MIN_PROTOCOL_VERSION


ProtocolDep = Annotated[int, Depends(spoken_protocol)]

_bearer = HTTPBearer(auto_error=False, description="The device token from /auth/v1/login")


def current_caller(
    svc: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    unauthenticated = ApiError(
        401,
        ErrorCode.UNAUTHENTICATED,
        "sign in again: the device token is missing, revoked or unknown",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if credentials is None or not credentials.credentials or len(credentials.credentials) > 200:
        raise unauthenticated
    with svc.db.read() as session:
        caller = caller_for_token(session, credentials.credentials)
    if caller is None:
        raise unauthenticated
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]
