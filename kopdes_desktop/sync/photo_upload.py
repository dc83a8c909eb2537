"""Sending photo bytes so that they use the whole link and lose nothing to a drop.

- One round trip tells where every photo's upload stands (``POST /photos/v1/status``).
- Each photo then goes as **one streaming request** from the server's offset to its end, read
  from disk a piece at a time and paced by :class:`LinkPacer` at the rate the link carries.
- The next photo's request starts the moment the previous body is out, on a second connection,
  so the link does not idle for a round trip while the previous answer comes back.
- The server keeps every byte that reaches it, even of a request cut by a drop. After a drop one
  status round trip tells how far each cut photo got, and sending resumes there.
- Against a server that keeps nothing of a cut request (older than this client: it has no batch
  status call), a cut halves the request size and a request that completes grows it by a
  quarter: chunks shrink to what the link carries between drops.

A photo the server refuses (too large, not an image, hash mismatch) is set aside and the others
go on; a full server or a used-up quota stops the photos but never the records.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from kopdes_desktop.sync.client import OffsetMismatchError, SyncClient
from kopdes_desktop.sync.link_pacer import PROBE_BYTES, LinkPacer
from kopdes_desktop.sync.protocol import ErrorCode, PhotoUploadResult
from kopdes_desktop.sync.transport import (
    ServerRefusedError,
    StreamedBody,
    SyncError,
    TransientError,
)

log = logging.getLogger(__name__)

PARALLEL = 2  # one request sending its body, one waiting for its answer
MIN_REQUEST_BYTES = 16 * 1024
MAX_FAILURES_WITHOUT_PROGRESS = 4
_POLL_S = 0.02
HASH_PIECE = 64 * 1024

# Refusals that concern the server, not the photo: stop sending photos, keep them for later.
SERVER_SIDE_CODES = frozenset({"storage_full", "upload_quota"})


class PhotoChangedError(SyncError):
    """The photo file changed on disk while it was being sent."""

    code = "photo_changed"


@dataclass
class Upload:
    sha256: str
    path: Path
    size: int
    offset: int = 0


@dataclass
class _Request:
    upload: Upload
    offset: int
    length: int
    written: int = 0
    first_at: float | None = None
    last_at: float | None = None
    body_out: threading.Event = field(default_factory=threading.Event)
    result: PhotoUploadResult | None = None
    error: SyncError | None = None
    answered_at: float = 0.0
    server_work: float = 0.0


@dataclass
class UploadOutcome:
    done: list[str] = field(default_factory=list)
    skipped: int = 0  # of the done ones, those the server had before this round
    refused: dict[str, str] = field(default_factory=dict)  # sha256 → reason
    waiting: list[str] = field(default_factory=list)  # left for a later round
    # Why photos were left for later: "link" (it kept dropping before any byte got through),
    # "storage_full" / "upload_quota" (the server takes no more photos for now).
    stopped_by: str = ""
    bytes_sent: int = 0
    bytes_kept: int = 0
    requests: int = 0
    drops: int = 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while piece := handle.read(HASH_PIECE):
            digest.update(piece)
    return digest.hexdigest()


class PhotoUploader:
    """Kept by the engine across rounds, so the learnt link rate and request size carry over."""

    def __init__(
        self,
        pacer: LinkPacer | None = None,
        *,
        parallel: int = PARALLEL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pacer = pacer or LinkPacer(clock)
        self.parallel = parallel
        self.max_request: int | None = None  # None: the whole rest of the photo
        self._clock = clock
        # When the last completed request's last byte reached the server: the next request's
        # bytes queued behind it (None after a drop: a new connection starts on an empty line).
        self._last_arrival: float | None = None
        self._link_up_since: float | None = None  # since the last drop, while sending

    def run(
        self,
        client: SyncClient,
        uploads: list[Upload],
        on_done: Callable[[str], None] = lambda sha: None,
    ) -> UploadOutcome:
        outcome = UploadOutcome()
        if not uploads:
            return outcome
        self._link_up_since = None  # holds are measured within a round
        pending = self._where_they_stand(client, uploads, outcome, on_done)
        local = threading.local()
        workers: list[SyncClient] = []

        def worker_client() -> SyncClient:
            if not hasattr(local, "client"):
                local.client = SyncClient(client.transport.fork())
                workers.append(local.client)
            found: SyncClient = local.client
            return found

        try:
            with ThreadPoolExecutor(self.parallel, thread_name_prefix="photo-up") as pool:
                self._send_all(
                    client=client,
                    pool=pool,
                    worker_client=worker_client,
                    pending=pending,
                    outcome=outcome,
                    on_done=on_done,
                )
        finally:
            for worker in workers:
                worker.transport.close()
        return outcome

    # --- the loop -----------------------------------------------------------------------

    def _where_they_stand(
        self,
        client: SyncClient,
        uploads: list[Upload],
        outcome: UploadOutcome,
        on_done: Callable[[str], None],
    ) -> deque[Upload]:
        started = self._clock()
        statuses = client.photo_statuses([upload.sha256 for upload in uploads])
        self.pacer.observe_round_trip(self._clock() - started)
        pending: deque[Upload] = deque()
        for upload in uploads:
            status = statuses.get(upload.sha256)
            if status is not None and status.complete:
                outcome.done.append(upload.sha256)
                outcome.skipped += 1
                on_done(upload.sha256)
                continue
            upload.offset = min(status.offset if status else 0, upload.size)
            pending.append(upload)
        return pending

    def _send_all(
        self,
        *,
        client: SyncClient,
        pool: ThreadPoolExecutor,
        worker_client: Callable[[], SyncClient],
        pending: deque[Upload],
        outcome: UploadOutcome,
        on_done: Callable[[str], None],
    ) -> None:
        running: dict[Future[_Request], _Request] = {}
        cut: list[_Request] = []
        failures = 0
        try:
            while pending or running or cut:
                if not running and cut:
                    progressed = self._resume_after_drop(client, cut, pending, outcome, on_done)
                    cut = []
                    failures = 0 if progressed else failures + 1
                    if failures >= MAX_FAILURES_WITHOUT_PROGRESS:
                        outcome.stopped_by = "link"  # it keeps dropping before any byte
                        break
                    if not progressed:
                        client.transport.sleep(client.transport.backoff(failures))
                    continue
                if pending and not cut and self._may_start(running):
                    if self._link_up_since is None:
                        self._link_up_since = self._clock()
                    request = self._next_request(pending.popleft())
                    log.debug(
                        "photo %s: sending %d B from byte %d at %s B/s",
                        request.upload.sha256[:8],
                        request.length,
                        request.offset,
                        self.pacer.rate,
                    )
                    future = pool.submit(self._send, worker_client, request)
                    running[future] = request
                    outcome.requests += 1
                    continue
                finished, _ = wait(list(running), timeout=_POLL_S, return_when=FIRST_COMPLETED)
                for future in finished:
                    request = running.pop(future)
                    future.result()
                    self._settle(request, pending, cut, outcome, on_done)
                    if request.error is None:
                        failures = 0  # a request went through: the link works
                    if outcome.stopped_by:
                        break
                if outcome.stopped_by:
                    break
        finally:
            for request in running.values():
                request.body_out.wait()
            outcome.waiting.extend(upload.sha256 for upload in pending)
            outcome.waiting.extend(request.upload.sha256 for request in cut)
            # Still going when the photos stopped: their answers are not looked at this round
            # (the next status call tells how far they got).
            outcome.waiting.extend(request.upload.sha256 for request in running.values())

    def _may_start(self, running: dict[Future[_Request], _Request]) -> bool:
        if len(running) >= self.parallel:
            return False
        if not running:
            return True
        # Overlap only once the link's pace is known, and only after the previous body is out:
        # bytes of two photos never compete for the link.
        return self.pacer.rate is not None and all(r.body_out.is_set() for r in running.values())

    def _next_request(self, upload: Upload) -> _Request:
        remaining = upload.size - upload.offset
        length = remaining
        if self.pacer.rate is None:
            length = min(remaining, PROBE_BYTES)
        elif self.max_request is not None:
            length = min(remaining, self.max_request)
        return _Request(upload, upload.offset, length)

    # --- one request (on a worker thread) ---------------------------------------------

    def _send(self, worker_client: Callable[[], SyncClient], request: _Request) -> _Request:
        try:
            client = worker_client()
            body = StreamedBody(self._pieces(request), request.length)
            request.result, request.server_work = client.send_photo_bytes(
                request.upload.sha256, request.offset, request.upload.size, body
            )
        except OffsetMismatchError as mismatch:
            request.result = PhotoUploadResult(
                sha256=request.upload.sha256, complete=False, offset=mismatch.offset
            )
        except SyncError as error:
            request.error = error
        finally:
            request.answered_at = self._clock()
            request.body_out.set()
        return request

    def _pieces(self, request: _Request) -> Iterator[bytes]:
        # A file error must not look like a dropped link (urllib3 takes any OSError for one).
        try:
            handle = request.upload.path.open("rb")
        except OSError as error:
            raise PhotoChangedError(f"{request.upload.path.name}: {error}") from None
        with handle:
            handle.seek(request.offset)
            remaining = request.length
            while remaining:
                size = min(self.pacer.piece_size(), remaining)
                self.pacer.wait_to_send(size)
                try:
                    piece = handle.read(size)
                except OSError as error:
                    raise PhotoChangedError(f"{request.upload.path.name}: {error}") from None
                if len(piece) != size:
                    raise PhotoChangedError(f"{request.upload.path.name} changed while sent")
                if request.first_at is None:
                    request.first_at = self._clock()
                request.written += size
                remaining -= size
                yield piece
        request.last_at = self._clock()
        request.body_out.set()

    # --- after a request ----------------------------------------------------------------

    def _settle(
        self,
        request: _Request,
        pending: deque[Upload],
        cut: list[_Request],
        outcome: UploadOutcome,
        on_done: Callable[[str], None],
    ) -> None:
        outcome.bytes_sent += request.written
        upload = request.upload
        if request.error is not None:
            self._refused_or_cut(request, pending, cut, outcome)
            return
        result = request.result
        assert result is not None
        kept = max(0, result.offset - request.offset)
        outcome.bytes_kept += min(kept, request.written)
        log.debug(
            "photo %s: %d B delivered, answer %.2f s after the last byte",
            upload.sha256[:8],
            request.written,
            request.answered_at - (request.last_at or request.answered_at),
        )
        if request.first_at is not None and request.last_at is not None:
            self.pacer.delivered(
                size=request.written,
                first_at=request.first_at,
                last_at=request.last_at,
                answered_at=request.answered_at,
                behind=self._last_arrival,
                server_work=request.server_work,
            )
            self._last_arrival = request.answered_at - self.pacer.round_trip / 2
        if self.max_request is not None and request.written >= request.length:
            # Gently: the last cut showed where the link's limit is.
            self.max_request = int(self.max_request * 1.25)
        if result.complete:
            outcome.done.append(upload.sha256)
            on_done(upload.sha256)
            return
        upload.offset = result.offset
        pending.appendleft(upload)

    def _refused_or_cut(
        self, request: _Request, pending: deque[Upload], cut: list[_Request], outcome: UploadOutcome
    ) -> None:
        error = request.error
        assert error is not None
        sha = request.upload.sha256
        if isinstance(error, TransientError):
            cut.append(request)
            return
        if isinstance(error, ServerRefusedError):
            code = error.body.code.value
            if code in SERVER_SIDE_CODES:
                outcome.stopped_by = code
                pending.appendleft(request.upload)
                log.warning("server refuses photos for now (%s): %s", code, error)
                return
            if error.body.code is ErrorCode.HASH_MISMATCH:
                request.upload.offset = 0  # the server discarded the bytes
            outcome.refused[sha] = code
            log.error("photo %s refused: %s", sha, error)
            return
        if isinstance(error, PhotoChangedError):
            outcome.refused[sha] = error.code
            return
        raise error  # signed out, update needed, cancelled: the round stops here

    def _resume_after_drop(
        self,
        client: SyncClient,
        cut: list[_Request],
        pending: deque[Upload],
        outcome: UploadOutcome,
        on_done: Callable[[str], None],
    ) -> bool:
        """Ask where the cut photos stand (one round trip); True if any byte got through."""
        outcome.drops += 1
        self._last_arrival = None
        cut_at = max(request.answered_at for request in cut)
        if self._link_up_since is not None:
            self.pacer.observe_hold(cut_at - self._link_up_since)
        self._link_up_since = None
        try:
            started = self._clock()
            statuses = client.photo_statuses([request.upload.sha256 for request in cut])
            self.pacer.observe_round_trip(self._clock() - started)
        except TransientError:
            for request in reversed(cut):
                pending.appendleft(request.upload)
            return False
        progressed = False
        for request in reversed(cut):
            upload = request.upload
            status = statuses.get(upload.sha256)
            held = status.offset if status is not None and not status.complete else upload.size
            kept = max(0, held - request.offset)
            outcome.bytes_kept += min(kept, request.written)
            log.debug(
                "photo %s: cut after %d B written, %d B kept",
                upload.sha256[:8],
                request.written,
                kept,
            )
            progressed = progressed or kept > 0
            if request.first_at is not None:
                self.pacer.cut(
                    written=request.written, kept=kept, first_at=request.first_at, cut_at=cut_at
                )
            if kept == 0 and client.keeps_cut_uploads is False:
                # This server drops cut requests whole: send less per request.
                self.max_request = max(MIN_REQUEST_BYTES, request.length // 2)
            if status is not None and status.complete:
                outcome.done.append(upload.sha256)
                on_done(upload.sha256)
                continue
            upload.offset = held
            pending.appendleft(upload)
        return progressed
