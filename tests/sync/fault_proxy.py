"""An HTTP proxy on loopback that breaks requests the way a village link does.

It forwards to the real server, and for a chosen share of requests it instead drops the
connection (before or after the server acted), delays, sends the request twice, cuts the answer
short, answers 502 (before or after), or resets the connection. Faults come from a seeded random
generator, so a failing run can be repeated. ``CUT_BODY`` forwards the first part of a request
body and then kills both connections, as a link dropping mid-upload does.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass(frozen=True)
class Upstream:
    status: int
    headers: dict[str, str]
    content: bytes


class Fault(StrEnum):
    NONE = "none"
    DROP_BEFORE = "drop_before"  # the server never sees the request
    DROP_AFTER = "drop_after"  # the server acts; the answer is lost
    DELAY = "delay"
    DUPLICATE = "duplicate"  # the server gets the request twice
    TRUNCATE = "truncate"  # the answer is cut off halfway
    ERROR_BEFORE = "error_before"  # 502 without reaching the server
    ERROR_AFTER = "error_after"  # the server acts; the client sees 502
    RESET = "reset"  # TCP reset after the server acted
    CUT_BODY = "cut_body"  # the server gets part of the body, then the link is gone


class FaultProxy:
    def __init__(
        self, upstream: str, *, fault_rate: float = 0.3, seed: int = 0, delay_s: float = 0.05
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.delay_s = delay_s
        self.fault_rate = fault_rate
        self.random = random.Random(seed)
        self.counts: dict[Fault, int] = dict.fromkeys(Fault, 0)
        self.enabled = True
        self.plan: Callable[[str, str], Fault | None] | None = None
        self._kinds = [f for f in Fault if f is not Fault.NONE]
        self.cut_share = 0.5  # of the body that reaches the server on CUT_BODY
        self.body_bytes_forwarded: dict[str, int] = {}  # by method: what reached the server
        self.requests_seen: list[tuple[str, str, dict[str, str]]] = []
        # Paths answered 404 by the proxy itself: a server older than a call looks like this.
        self.missing_paths: set[str] = set()
        self._next_kind = 0
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=60)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output quiet

            def do_GET(self) -> None:
                proxy.handle(self)

            def do_POST(self) -> None:
                proxy.handle(self)

            def do_PATCH(self) -> None:
                proxy.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._http.close()

    def choose(self, method: str, path: str) -> Fault:
        """Whether a request fails is random; how it fails goes round the list, so even a short
        run meets every kind of failure. A ``plan`` overrides both for scripted scenarios."""
        with self._lock:
            fault = Fault.NONE
            planned = self.plan(method, path) if self.plan is not None else None
            if planned is not None:
                fault = planned
            elif self.enabled and self.random.random() < self.fault_rate:
                fault = self._kinds[self._next_kind % len(self._kinds)]
                self._next_kind += 1
            self.counts[fault] += 1
            return fault

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        with self._lock:  # before choosing: a plan may look at the request's headers
            self.requests_seen.append((handler.command, handler.path, dict(handler.headers)))
        if handler.path in self.missing_paths:
            self._answer(handler, 404, {"Content-Type": "application/json"},
                         b'{"code": "not_found", "message": "Not Found"}')  # fmt: skip
            return
        fault = self.choose(handler.command, handler.path)
        if self._fail_before(handler, fault, body):
            return
        if fault is Fault.DELAY:
            time.sleep(self.delay_s)
        response = self._forward(handler, body)
        if fault is Fault.DUPLICATE:
            response = self._forward(handler, body)
        if fault is Fault.DROP_AFTER:
            handler.close_connection = True
            return
        if fault is Fault.RESET:
            handler.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            handler.close_connection = True
            return
        if fault is Fault.ERROR_AFTER:
            self._answer(handler, 502, {"Content-Type": "text/plain"}, b"bad gateway")
            return
        headers, content = response.headers, response.content
        if fault is Fault.TRUNCATE and len(content) > 1:
            handler.send_response(response.status)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(content)))
            handler.end_headers()
            handler.wfile.write(content[: len(content) // 2])
            handler.close_connection = True
            return
        self._answer(handler, response.status, headers, content)

    def _fail_before(self, handler: BaseHTTPRequestHandler, fault: Fault, body: bytes) -> bool:
        """Faults where the server never sees the whole request; True if one happened."""
        if fault is Fault.CUT_BODY:
            self._cut_body(handler, body)
        elif fault is Fault.DROP_BEFORE:
            handler.close_connection = True
        elif fault is Fault.ERROR_BEFORE:
            self._answer(handler, 502, {"Content-Type": "text/plain"}, b"bad gateway")
        else:
            return False
        return True

    def _cut_body(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        """Send the head and the first ``cut_share`` of the body, then let the line go dead."""
        address = urlsplit(self.upstream)
        sent = int(len(body) * self.cut_share)
        head = f"{handler.command} {handler.path} HTTP/1.1\r\n".encode() + b"".join(
            f"{key}: {value}\r\n".encode()
            for key, value in handler.headers.items()
            if key.lower() not in ("connection", "keep-alive")
        )
        with socket.create_connection((address.hostname, address.port)) as upstream:
            upstream.sendall(head + b"Connection: close\r\n\r\n" + body[:sent])
            time.sleep(0.3)  # the server takes in what arrived before the line goes dead
        self._count_forwarded(handler.command, sent)
        handler.close_connection = True

    def _count_forwarded(self, method: str, size: int) -> None:
        with self._lock:
            self.body_bytes_forwarded[method] = self.body_bytes_forwarded.get(method, 0) + size

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> Upstream:
        self._count_forwarded(handler.command, len(body))
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP}
        request = self._http.build_request(
            handler.command, self.upstream + handler.path, headers=headers, content=body
        )
        response = self._http.send(request, stream=True)
        try:
            # Raw bytes: a gzip answer passes through compressed, as on a real network.
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        kept = {k: v for k, v in response.headers.items() if k.lower() not in HOP_BY_HOP}
        return Upstream(response.status_code, kept, raw)

    @staticmethod
    def _answer(
        handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], content: bytes
    ) -> None:
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)
