"""HTTP to the central server: one keep-alive session, gzip both ways, timeouts, retries.

Every call either returns a parsed answer or raises one of the errors below. Transient trouble
(a dropped link, a timeout, a 5xx or 503 busy) is retried here a few times with jittered
exponential backoff and ``Retry-After``; after that it surfaces as :class:`TransientError` and the
engine resumes later from where it stopped. Resending is always safe: the protocol makes every
request idempotent.

Security: TLS certificates are always verified, against the settings' CA file when one is set
(whatever ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` say); plain ``http://`` is refused unless the
server is on this computer or the user allowed it; redirects are never followed, so a token is
only ever sent to the address the user gave.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3
from pydantic import BaseModel, ValidationError

from kopdes_desktop.domain.mutations import RECORD_SCHEMA_VERSION
from kopdes_desktop.sync import wire_codec
from kopdes_desktop.sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    ErrorBody,
    ErrorCode,
    VersionRefusal,
    request_json,
)

log = logging.getLogger(__name__)
A = TypeVar("A", bound=BaseModel)

CONNECT_TIMEOUT = 10.0
# A 64 kbit/s link needs ~30 s for a 256 KB batch; leave room for a busy server on top.
READ_TIMEOUT = 90.0
RETRIES = 3
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
GZIP_MIN_BYTES = 512
# The server cannot store photos now (full, or the account's upload quota): retrying at once is
# pointless, so it is a refusal the photo stage handles, not a transient failure.
INSUFFICIENT_STORAGE = 507
# A request body and its headers, made for the protocol version spoken.
Payload = Callable[[int], tuple[bytes | None, dict[str, str]]]
# A body of its own for some protocol versions (None: the message's JSON in that version).
OwnPayload = Callable[[int], tuple[bytes, dict[str, str]] | None]


class SyncError(Exception):
    """Base of every failure a sync can meet; ``code`` is stable for the UI to translate."""

    code = "sync_error"
    # Set by the engine when a round fails: the stage it was in, and what the round had done.
    stage = ""
    report: object = None


class TransientError(SyncError):
    """The link or the server failed for now; try again later, nothing is lost.

    Raised as such when the server could not be reached at all (no connection could be made);
    the subclasses say what else happened, so the user is told the truth.
    """

    code = "unreachable"


class LinkDroppedError(TransientError):
    """The server was reached, then the link failed mid-exchange (cut, reset, timed out, or an
    answer that arrived truncated)."""

    code = "link_dropped"


class ServerTroubleError(TransientError):
    """The server answered but could not serve the request (a 5xx): trouble on its side."""

    code = "server_busy"


class AuthError(SyncError):
    """The device token is unknown or revoked: the user must sign in again."""

    code = "sign_in_required"


class ServerBusyError(ServerTroubleError):
    """503: the server asks to come back after ``retry_after`` seconds (it is never an error of
    the request, so resending it then is right)."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class InsecureConnectionError(SyncError):
    """The server address is plain http to another computer, and the user did not allow that:
    the password, the token and every record would cross the network readable by anyone."""

    code = "insecure_http"


class VersionRefusedError(SyncError):
    """The server no longer speaks this app's protocol: the app must be updated."""

    code = "update_required"


class RateLimitedError(SyncError):
    code = "rate_limited"

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerRefusedError(SyncError):
    """A 4xx the protocol names (gap, reset, offset...): carries the server's error body."""

    code = "refused"

    def __init__(self, status: int, body: ErrorBody) -> None:
        super().__init__(f"{status} {body.code.value}: {body.message}")
        self.status = status
        self.body = body


class CancelledError(SyncError):
    code = "cancelled"


def normalise_server_url(text: str) -> str:
    """The address a person typed, as the app uses it: a bare host name means https."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_plain_http_to_another_computer(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname or "")


@dataclass
class TransferCounters:
    """What crossed the wire, shared by a transport and its forks (parallel photo uploads)."""

    bytes_sent: int = 0
    bytes_received: int = 0
    requests_made: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, *, sent: int = 0, received: int = 0, requests: int = 0) -> None:
        with self.lock:
            self.bytes_sent += sent
            self.bytes_received += received
            self.requests_made += requests


class StreamedBody:
    """A request body produced piece by piece (never held whole), with a known length so it goes
    out with ``Content-Length`` rather than chunked."""

    def __init__(self, pieces: Iterator[bytes], length: int) -> None:
        self._pieces = pieces
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[bytes]:
        return self._pieces


@dataclass
class Answer:
    status: int
    body: bytes
    headers: Mapping[str, str]

    def server_time(self) -> str | None:
        raw = self.headers.get("Date")
        try:
            return parsedate_to_datetime(raw).isoformat() if raw else None
        except (TypeError, ValueError):
            return None


class Transport:
    def __init__(
        self,
        base_url: str,
        *,
        token: str = "",
        ca_bundle: str = "",
        allow_insecure_http: bool = False,
        retries: int = RETRIES,
        sleep: Callable[[float], None] = time.sleep,
        is_cancelled: Callable[[], bool] = lambda: False,
        protocol: int = PROTOCOL_VERSION,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # Lowered once when the server says it speaks only an older protocol (426).
        self.protocol = protocol
        self.token = token
        self.retries = retries
        self.sleep = sleep  # between retries; tests make it instant
        self.is_cancelled = is_cancelled
        self.allow_insecure_http = allow_insecure_http
        self.session = requests.Session()
        # Passed with every request: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a
        # session-wide setting, never a per-request one. Verification is never switched off.
        self.verify: str | bool = ca_bundle or True
        self.session.headers.update(
            {
                PROTOCOL_HEADER: str(protocol),
                SCHEMA_HEADER: str(RECORD_SCHEMA_VERSION),
                "Accept-Encoding": _accepted_codings(protocol),
            }
        )
        self._name_the_app(protocol)
        # HTTP/1.1 keeps connections alive anyway, and no answer depends on Accept: bytes a
        # village link need not carry with every request.
        for needless in ("Accept", "Connection"):
            self.session.headers.pop(needless, None)
        self.counters = TransferCounters()
        self.last_server_time: str | None = None

    @property
    def bytes_sent(self) -> int:
        return self.counters.bytes_sent

    @property
    def bytes_received(self) -> int:
        return self.counters.bytes_received

    @property
    def requests_made(self) -> int:
        return self.counters.requests_made

    def fork(self) -> Transport:
        """Another connection to the same server with the same credentials, for a second thread
        (a ``requests.Session`` is not shared between threads); it counts into the same totals."""
        twin = Transport(
            self.base_url,
            token=self.token,
            allow_insecure_http=self.allow_insecure_http,
            retries=self.retries,
            sleep=self.sleep,
            is_cancelled=self.is_cancelled,
            protocol=self.protocol,
        )
        twin.verify = self.verify
        twin.session.headers.update(self.session.headers)
        twin.counters = self.counters
        return twin

    def close(self) -> None:
        self.session.close()

    # --- calls --------------------------------------------------------------------------

    def post_json(
        self,
        path: str,
        message: BaseModel,
        answer_type: type[A],
        *,
        payload: OwnPayload | None = None,
        expand: Callable[[bytes], Any] | None = None,
    ) -> A:
        """POST a message and read the answer. ``payload`` makes the body for a protocol version
        when it is not the message's JSON; ``expand`` reads the answer's body into the full
        shape (for compact answers)."""

        def as_json(protocol: int) -> tuple[bytes, dict[str, str]]:
            body = request_json(message, protocol)
            # Protocol 3 leaves out Content-Type: the server reads every body as JSON unless
            # the protocol says otherwise (a push).
            headers = {} if protocol >= 3 else {"Content-Type": "application/json"}
            if protocol >= 2 and len(body) >= wire_codec.MIN_BYTES:
                body = wire_codec.compress(body)
                headers["Content-Encoding"] = wire_codec.CODING
            elif len(body) >= GZIP_MIN_BYTES:
                body = gzip.compress(body, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
            return body, headers

        def chosen(protocol: int) -> tuple[bytes | None, dict[str, str]]:
            made = payload(protocol) if payload else None
            return made if made is not None else as_json(protocol)

        answer = self.request("POST", path, payload=chosen)
        if expand is None:
            return self.parse(answer, answer_type)
        try:
            return answer_type.model_validate(expand(answer.body))
        except (ValueError, ValidationError) as error:
            raise LinkDroppedError(f"unreadable answer: {error}") from error

    def get_json(self, path: str, answer_type: type[A]) -> A:
        return self.parse(self.request("GET", path), answer_type)

    def request(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok: tuple[int, ...] = (200,),
        payload: Payload | None = None,
    ) -> Answer:
        """Send with retries; returns an answer whose status is in ``ok`` or raises.

        ``payload`` makes the body (and its headers) for a protocol version: when the server
        speaks only an older one, the request is made again in that version."""
        self._refuse_plain_http()
        attempt = 0
        while True:
            if self.is_cancelled():
                raise CancelledError("sync cancelled")
            body, body_headers = payload(self.protocol) if payload else (data, {})
            sent_headers = {**(headers or {}), **body_headers}
            try:
                answer = self._send_once(method, path, body, sent_headers)
            except (
                requests.exceptions.InvalidURL,
                requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema,
            ) as error:
                raise SyncError(f"not a usable server address: {self.base_url}") from error
            except requests.RequestException as error:
                # Dropped, reset, timed out or cut off mid-answer: the outcome is unknown and
                # resending is safe.
                failure: SyncError = link_failure(f"{method} {path}", error)
                wait = None
            else:
                if answer.status in ok:
                    return answer
                if self._speak_older_protocol(answer, sent_headers):
                    continue
                failure, wait = self._failure(answer)
            if not isinstance(failure, TransientError) or attempt >= self.retries:
                raise failure
            attempt += 1
            delay = wait if wait is not None else self.backoff(attempt)
            log.info("%s %s failed (%s); retry %d in %.1f s", method, path, failure, attempt, delay)
            self.sleep(delay)

    def _send_once(
        self, method: str, path: str, data: bytes | None, headers: Mapping[str, str] | None
    ) -> Answer:
        merged = dict(headers or {})
        if self.token:
            merged["Authorization"] = f"Bearer {self.token}"
        response = self.session.request(
            method,
            self.base_url + path,
            data=data,
            headers=merged,
            timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            verify=self.verify,
            allow_redirects=False,
        )
        # Count the bytes as they crossed the wire (compressed), not as decoded.
        self.counters.add(
            requests=1,
            sent=len(data or b""),
            received=int(response.headers.get("Content-Length") or len(response.content)),
        )
        answer = Answer(response.status_code, _decoded(response), response.headers)
        self.last_server_time = answer.server_time() or self.last_server_time
        return answer

    def open(
        self,
        method: str,
        path: str,
        *,
        body: StreamedBody | None = None,
        headers: Mapping[str, str] | None = None,
        ok: tuple[int, ...] = (200,),
    ) -> requests.Response:
        """One attempt, no retries, the answer's body left unread: for photo bytes, where a retry
        must start from what already arrived rather than resend the same request.

        Raises like :meth:`request` (a dropped link is a :class:`TransientError`); the caller
        reads the answer with :meth:`read_pieces` or ``.content`` and closes it.
        """
        self._refuse_plain_http()
        if self.is_cancelled():
            raise CancelledError("sync cancelled")
        merged = dict(headers or {})
        if self.token:
            merged["Authorization"] = f"Bearer {self.token}"
        counted = body if body is None else StreamedBody(self._count_sent(body), len(body))
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=counted,
                headers=merged,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                stream=True,
                verify=self.verify,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            self.counters.add(requests=1)
            raise link_failure(f"{method} {path}", error) from error
        self.counters.add(requests=1)
        if response.status_code in ok:
            return response
        try:
            content = _decoded(response)
        except requests.RequestException as error:
            raise LinkDroppedError(f"{method} {path}: {error}") from error
        finally:
            response.close()
        self.counters.add(received=len(content))
        answer = Answer(response.status_code, content, response.headers)
        if body is None and self._speak_older_protocol(answer):
            return self.open(method, path, headers=headers, ok=ok)
        failure, _wait = self._failure(answer)
        raise failure

    def _count_sent(self, body: StreamedBody) -> Iterator[bytes]:
        for piece in body:
            self.counters.add(sent=len(piece))
            yield piece

    def read_pieces(self, response: requests.Response, size: int) -> Iterator[bytes]:
        """The answer's body as it arrives (at most ``size`` bytes at a time), counted; a cut
        link is a :class:`TransientError`.

        ``read1`` hands over whatever has arrived: reading whole pieces (``iter_content``) would
        throw away the last partial piece when the link drops, which a resumed download needs.
        """
        try:
            while piece := response.raw.read1(size, decode_content=True):
                self.counters.add(received=len(piece))
                yield piece
        except (urllib3.exceptions.HTTPError, requests.RequestException, OSError) as error:
            raise LinkDroppedError(f"answer cut off: {error}") from error

    def _failure(self, answer: Answer) -> tuple[SyncError, float | None]:
        retry_after = _retry_after(answer.headers)
        if answer.status == 503:
            return ServerBusyError("server busy (503)", retry_after or 5.0), retry_after
        if answer.status >= 500 and answer.status != INSUFFICIENT_STORAGE:
            return ServerTroubleError(f"server error {answer.status}"), retry_after
        body = _error_body(answer)
        if answer.status == 401:
            return AuthError(body.message), None
        if answer.status == 426:
            return VersionRefusedError(body.message), None
        if answer.status == 429:
            return RateLimitedError(body.message, retry_after or 60.0), None
        return ServerRefusedError(answer.status, body), None

    def use_protocol(self, version: int) -> None:
        self.protocol = version
        self.session.headers[PROTOCOL_HEADER] = str(version)
        self.session.headers["Accept-Encoding"] = _accepted_codings(version)
        self._name_the_app(version)

    def _name_the_app(self, protocol: int) -> None:
        """Protocol 3 sends no User-Agent (its version header names the app to the server's
        logs already; older servers' operators got used to seeing it) and no Accept-Encoding."""
        if protocol >= 3:
            # Not just left out: urllib3 would put its own in. Protocol 3 answers are coded
            # with the dictionary without being asked (Accept-Encoding) either.
            self.session.headers["User-Agent"] = urllib3.util.SKIP_HEADER
            self.session.headers["Accept-Encoding"] = urllib3.util.SKIP_HEADER
        else:
            self.session.headers["User-Agent"] = "kopdes-desktop"

    def _speak_older_protocol(self, answer: Answer, sent: Mapping[str, str] | None = None) -> bool:
        """A 426 from a server that speaks only an older protocol this app still knows: switch
        to it (for every later request too) and say so; False for any other answer.

        A server from before protocol 2 refuses a body coded with its dictionary (415) before
        it looks at the version: that too means "speak protocol 1"."""
        if answer.status == 415 and (sent or {}).get("Content-Encoding") == wire_codec.CODING:
            log.info("the server does not read protocol-2 bodies; this app uses protocol 1")
            self.use_protocol(MIN_PROTOCOL_VERSION)
            return True
        if answer.status != 426:
            return False
        try:
            refusal = VersionRefusal.model_validate_json(answer.body)
        except ValidationError:
            return False
        spoken = refusal.max_protocol_version
        if not MIN_PROTOCOL_VERSION <= spoken < self.protocol:
            return False
        log.info("the server speaks sync protocol %d; this app uses it", spoken)
        self.use_protocol(spoken)
        return True

    def _refuse_plain_http(self) -> None:
        if is_plain_http_to_another_computer(self.base_url) and not self.allow_insecure_http:
            raise InsecureConnectionError(
                f"{self.base_url} is not encrypted (http://); use https:// or allow unencrypted "
                "connections in the settings"
            )

    def backoff(self, attempt: int) -> float:
        # Full jitter: laptops coming back online together do not hit the server in step.
        return random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))

    @staticmethod
    def parse(answer: Answer, answer_type: type[A]) -> A:
        try:
            return answer_type.model_validate_json(answer.body)
        except ValidationError as error:
            # A truncated or garbled answer is a transport failure: the request is resent.
            raise LinkDroppedError(f"unreadable answer: {error.errors()[:1]}") from error


def _accepted_codings(protocol: int) -> str:
    return f"{wire_codec.CODING}, gzip" if protocol >= 2 else "gzip"


ANSWER_LIMIT = 64 * 1024 * 1024  # a pull page of 2,000 records is a few MB


def _decoded(response: requests.Response) -> bytes:
    """The answer's body; one coded with the protocol-2 dictionary is decoded here (requests
    knows gzip only). A damaged one reads as garbage, which parsing then treats as a cut link."""
    if response.headers.get("Content-Encoding", "").strip().lower() != wire_codec.CODING:
        return response.content
    try:
        return wire_codec.decompress(response.content, ANSWER_LIMIT) or b""
    except wire_codec.DamagedBodyError:
        return b""


# Failures before a connection existed: the server was not reached at all.
_NOT_CONNECTED = (
    urllib3.exceptions.NewConnectionError,  # refused, no route, DNS (NameResolutionError)
    urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.SSLError,  # the TLS handshake failed: no conversation took place
    urllib3.exceptions.ProxyError,
)


def link_failure(request: str, error: requests.RequestException) -> TransientError:
    """A failed exchange as the error that says what happened; the library's own text stays in
    the message, for the log only."""
    detail = f"{request}: {error}"
    cause: object = error.args[0] if error.args else None
    if isinstance(cause, urllib3.exceptions.MaxRetryError):
        cause = cause.reason
    if isinstance(error, requests.exceptions.ConnectTimeout | requests.exceptions.SSLError):
        return TransientError(detail)
    if isinstance(cause, _NOT_CONNECTED):
        return TransientError(detail)
    return LinkDroppedError(detail)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("Retry-After")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None


def _error_body(answer: Answer) -> ErrorBody:
    try:
        data: Any = json.loads(answer.body or b"{}")
        return ErrorBody.model_validate(data)
    except (ValueError, ValidationError):
        return ErrorBody(code=ErrorCode.INVALID_REQUEST, message=f"HTTP {answer.status}")
