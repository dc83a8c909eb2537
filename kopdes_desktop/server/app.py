"""The FastAPI application: wiring, error answers, compression."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.paths import regions_dir
from kopdes_desktop.server.api import unversioned, versioned
from kopdes_desktop.server.api_deps import Services
from kopdes_desktop.server.blobs import FilesystemBlobStore
from kopdes_desktop.server.config import ServerConfig
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.middleware import AnswerCompressionMiddleware, RequestBodyMiddleware
from kopdes_desktop.server.passwords import PasswordCheckGate, return_check_memory_to_the_system
from kopdes_desktop.sync.protocol import ErrorCode

log = logging.getLogger(__name__)

_STATUS_CODES = {
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    413: ErrorCode.TOO_LARGE,
    429: ErrorCode.RATE_LIMITED,
}


def _error(status: int, code: ErrorCode, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"code": code.value, "message": message, **extra}, status_code=status)


def _sendable(text: object) -> str:
    """Echoed request text (a dict key naming the bad field, say) may hold lone surrogates,
    which no UTF-8 answer can carry: escape them instead of failing while reporting."""
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


def _plain_details(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the offending input echoed back (it may be huge or binary)."""
    return [
        {
            "loc": [_sendable(part) for part in error.get("loc", ())],
            "msg": _sendable(error.get("msg", "")),
        }
        for error in errors
    ]


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        response = _error(error.status, error.code, error.message, **error.extra)
        response.headers.update(error.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        return _error(
            422,
            ErrorCode.INVALID_REQUEST,
            "the request does not match the API schema",
            details=_plain_details(error.errors()),
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(error.status_code, ErrorCode.INVALID_REQUEST)
        response = _error(error.status_code, code, str(error.detail))
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(OperationalError)
    async def busy(_request: Request, error: OperationalError) -> JSONResponse:
        log.warning("database busy: %s", error.orig)
        response = _error(503, ErrorCode.BUSY, "the server is busy; retry shortly")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(Exception)
    async def internal(_request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=error)
        return _error(500, ErrorCode.INTERNAL, "unexpected server error; resend later")


def create_app(config: ServerConfig, database: Database | None = None) -> FastAPI:
    db = database or Database(config.database_url)
    app = FastAPI(
        title="Kopdes sync server",
        version="1",
        description="Central sync server of Kopdes Desktop. Protocol: docs/sync-protocol.md.",
    )
    app.state.services = Services(
        config=config,
        db=db,
        blobs=FilesystemBlobStore(config.blob_dir),
        catalog=RegionCatalog.from_directory(regions_dir()),
        password_checks=PasswordCheckGate(
            config.limits.password_checks_per_worker,
            config.limits.password_check_queue_per_worker,
        ),
    )
    app.include_router(unversioned)
    app.include_router(versioned)
    _install_error_handlers(app)
    # Outermost first: responses are compressed, request bodies inflated and bounded.
    app.add_middleware(
        RequestBodyMiddleware,
        max_body_bytes=config.limits.max_body_bytes,
        max_photo_bytes=config.limits.max_photo_bytes,
    )
    app.add_middleware(
        GZipMiddleware,
        minimum_size=1024,
        compresslevel=6,
        exclude_content_types=("image/jpeg", "application/octet-stream"),
    )
    app.add_middleware(AnswerCompressionMiddleware)  # protocol 2's dictionary coding, outermost
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (and ``kopdes-server serve``)."""
    return_check_memory_to_the_system()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return create_app(ServerConfig.from_env())
