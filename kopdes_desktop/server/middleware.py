"""Request bodies: size limits and gzip inflation, before any route sees them.

Bodies are read whole here (they are small: a push batch, a login), which lets the limit apply to
the *inflated* size too, so a few kilobytes of gzip cannot expand into gigabytes. Photo uploads
are the exception: their route streams the body to disk as it arrives (so a cut request keeps
what it carried) and bounds it by the announced ``Upload-Length``; here they only have to be
uncompressed and announce no more than a photo may hold.
"""

from __future__ import annotations

import json
import zlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kopdes_desktop.server.headers import ascii_int
from kopdes_desktop.sync import push_codec, wire_codec
from kopdes_desktop.sync.protocol import (
    COMPACT_PUSH_PROTOCOL,
    MAX_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    ErrorCode,
)

PHOTO_PREFIX = "/photos/"
PUSH_PATH = "/sync/v1/push"
# Where the ids of a compact push's table wait for its answer (the route reads them).
PUSH_IDS = "kopdes.push_ids"
_SLACK = 64 * 1024


async def _error(send: Send, status: int, code: ErrorCode, message: str) -> None:
    body = json.dumps({"code": code.value, "message": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _inflate(data: bytes, limit: int) -> bytes | None:
    """Gunzip at most ``limit`` bytes; None if the result would be larger."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        return None
    if not inflater.eof:
        raise zlib.error("truncated gzip stream")
    return out


class _RefusedError(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _DisconnectedError(Exception):
    pass


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _DisconnectedError
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _too_large(limit: int) -> _RefusedError:
    return _RefusedError(413, ErrorCode.TOO_LARGE, f"request bodies may be at most {limit} bytes")


def _check_declared_length(headers: Headers, limit: int) -> None:
    declared = headers.get("content-length")
    if declared is None:
        return
    size = ascii_int(declared)
    if size is None:
        raise _RefusedError(400, ErrorCode.INVALID_REQUEST, "Content-Length must be a whole number")
    if size > limit:
        raise _too_large(limit)


def _is_photo_upload(scope: Scope) -> bool:
    return scope.get("method") == "PATCH" and str(scope.get("path", "")).startswith(PHOTO_PREFIX)


class RequestBodyMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_photo_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_photo_bytes = max_photo_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _is_photo_upload(scope):
            refused = self._check_photo_upload(scope)
            if refused is not None:
                await _error(send, refused.status, refused.code, refused.message)
                return
            await self.app(scope, receive, send)
            return
        try:
            scope, body = await self._prepare(scope, receive)
        except _RefusedError as refused:
            await _error(send, refused.status, refused.code, refused.message)
            return
        except _DisconnectedError:
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _check_photo_upload(self, scope: Scope) -> _RefusedError | None:
        headers = Headers(scope=scope)
        if headers.get("content-encoding", "identity").strip().lower() != "identity":
            return _RefusedError(415, ErrorCode.INVALID_REQUEST, "photo bytes are sent as they are")
        try:
            _check_declared_length(headers, self.max_photo_bytes)
        except _RefusedError as refused:
            return refused
        return None

    async def _prepare(self, scope: Scope, receive: Receive) -> tuple[Scope, bytes]:
        headers = Headers(scope=scope)
        path: str = scope.get("path", "")
        limit = (
            self.max_photo_bytes + _SLACK if path.startswith(PHOTO_PREFIX) else self.max_body_bytes
        )
        _check_declared_length(headers, limit)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", wire_codec.CODING):
            raise _RefusedError(
                415,
                ErrorCode.INVALID_REQUEST,
                f"only gzip and {wire_codec.CODING} (protocol 2 and later) bodies are accepted",
            )
        body = await _read_body(receive, limit)
        if encoding != "identity":
            body = self._inflated(body, encoding, limit)
        replaced: dict[bytes, bytes] = {}
        if _speaks_protocol_3(headers):
            # Protocol 3 leaves out Content-Type: a body is JSON, a push the compact body.
            if "content-type" not in headers:
                replaced[b"content-type"] = b"application/json"
            if path == PUSH_PATH and scope.get("method") == "POST":
                body, ids = _plain_push(body)
                scope = {**scope, PUSH_IDS: ids}
                if len(body) > limit:
                    raise _too_large(limit)
                replaced[b"content-type"] = b"application/json"
        if encoding == "identity" and not replaced:
            return scope, body
        replaced[b"content-length"] = str(len(body)).encode()
        return _with_headers(scope, replaced), body

    @staticmethod
    def _inflated(body: bytes, encoding: str, limit: int) -> bytes:
        try:
            if encoding == "gzip":
                inflated = _inflate(body, limit)
            else:
                inflated = wire_codec.decompress(body, limit)
        except (zlib.error, wire_codec.DamagedBodyError) as error:
            raise _RefusedError(
                400, ErrorCode.INVALID_REQUEST, f"the {encoding} body is damaged"
            ) from error
        if inflated is None:
            raise _too_large(limit)
        return inflated


def _speaks_protocol_3(headers: Headers) -> bool:
    """Written in protocol 3 or later (one this server speaks: others get their 426)."""
    spoken = ascii_int(headers.get(PROTOCOL_HEADER)) or 0
    return COMPACT_PUSH_PROTOCOL <= spoken <= MAX_PROTOCOL_VERSION


def _plain_push(body: bytes) -> tuple[bytes, list[str]]:
    """A protocol-3 push body as the protocol-1 JSON the push route reads (and validates) for
    every protocol: one decoder, the same mutations. Also the ids of its table, which the
    answer names by number."""
    try:
        plain, ids = push_codec.decode_plain_with_ids(body)
        # ASCII with escapes: whatever the JSON part held reaches the route as it would in JSON.
        return json.dumps(plain).encode(), ids
    except push_codec.CompactBodyError as error:
        raise _RefusedError(
            400, ErrorCode.INVALID_REQUEST, f"not a compact push body (protocol 3): {error}"
        ) from error


def _with_headers(scope: Scope, replaced: dict[bytes, bytes]) -> Scope:
    """The scope with these headers set, and no Content-Encoding (the body is inflated now)."""
    gone = {*replaced, b"content-encoding"}
    kept = [(k, v) for k, v in scope["headers"] if k.lower() not in gone]
    return {**scope, "headers": [*kept, *replaced.items()]}


class AnswerCompressionMiddleware:
    """JSON answers coded with the protocol-2 dictionary for clients that accept it (the
    Accept-Encoding is then hidden from the gzip layer inside); everything else passes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        asked = Headers(scope=scope) if scope["type"] == "http" else None
        # Protocol 3 clients always read the coding, without naming it.
        if asked is None or not (
            wire_codec.accepts(asked.get("accept-encoding")) or _speaks_protocol_3(asked)
        ):
            await self.app(scope, receive, send)
            return
        inner = {
            **scope,
            "headers": [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"],
        }
        lean = _speaks_protocol_3(asked)
        start: Message | None = None
        chunks: list[bytes] = []

        async def coding_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if _is_json(message):
                    start = message  # held until the whole body is in
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            await _send_coded(send, start, b"".join(chunks), lean=lean)

        await self.app(inner, receive, coding_send)


def _is_json(start: Message) -> bool:
    headers = Headers(raw=start.get("headers", []))
    return headers.get("content-type", "").startswith("application/json") and (
        "content-encoding" not in headers
    )


async def _send_coded(send: Send, start: Message, body: bytes, *, lean: bool) -> None:
    """``lean`` (protocol 3): without Content-Type and Vary, which the client does not read (it
    knows it asked for JSON, and POST answers are not cached)."""
    dropped = (b"content-length", b"content-type", b"vary") if lean else (b"content-length",)
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in dropped]
    if len(body) >= wire_codec.MIN_BYTES:
        body = wire_codec.compress(body)
        headers.append((b"content-encoding", wire_codec.CODING.encode()))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
