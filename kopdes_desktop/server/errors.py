"""Errors the API answers with: always JSON (:class:`ErrorBody`), never a bare 500 for bad input."""

from __future__ import annotations

from typing import Any

from kopdes_desktop.sync.protocol import ErrorCode


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra


def not_found(what: str = "not found") -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, what)


def forbidden(message: str) -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, message)


def reset_required(message: str) -> ApiError:
    return ApiError(409, ErrorCode.RESET_REQUIRED, message)
