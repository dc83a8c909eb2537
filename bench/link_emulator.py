"""A TCP proxy that behaves like a village link: slow, far away, and cut every few seconds.

The kernel here has no netem, so the link is emulated in user space: each direction is limited
to ``kbit_per_s`` (bytes leave one after another, like on a real serial link), every chunk
arrives ``rtt_s / 2`` after it was sent, and every ``drop_every_s`` seconds all open connections
are aborted. Bytes are counted in both directions: what crossed the "air".
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field

CHUNK = 1024


@dataclass
class LinkCounters:
    bytes_up: int = 0  # laptop → server
    bytes_down: int = 0  # server → laptop
    connections: int = 0
    drops: int = 0
    started: float = field(default_factory=time.monotonic)


class _Direction:
    """One direction of the link: a queue served at the link's rate, delivered after latency."""

    def __init__(self, rate_bytes_per_s: float, latency_s: float) -> None:
        self.rate = rate_bytes_per_s
        self.latency = latency_s
        self.free_at = 0.0  # when the "wire" is free again (shared by all connections)

    def schedule(self, size: int) -> float:
        now = time.monotonic()
        start = max(now, self.free_at)
        self.free_at = start + size / self.rate
        return self.free_at + self.latency  # when the last byte arrives at the far end


class LinkEmulator:
    _server: asyncio.Server  # made on the link's own thread, before the constructor returns

    def __init__(
        self,
        upstream_host: str,
        upstream_port: int,
        *,
        kbit_per_s: float,
        rtt_s: float,
        drop_every_s: float | None,
    ) -> None:
        rate = kbit_per_s * 1000 / 8
        self.upstream = (upstream_host, upstream_port)
        self.up = _Direction(rate, rtt_s / 2)
        self.down = _Direction(rate, rtt_s / 2)
        self.drop_every_s = drop_every_s
        self.counters = LinkCounters()
        # Every byte that crossed, per connection and direction, when a bench asks for the
        # breakdown of a round (``capture = {}`` before it): {(connection, "up"|"down"): bytes}.
        self.capture: dict[tuple[int, str], bytearray] | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.port = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError):  # the loop has ended already
            asyncio.run_coroutine_threadsafe(self._shut_down(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    async def _shut_down(self) -> None:
        # Ends every pump and timer before the loop stops, so none is left pending (Python
        # would print each one's traceback at exit).
        self._server.close()
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._loop.create_task(self._drop_periodically())
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _drop_periodically(self) -> None:
        # drop_every_s may be switched on and off while the link runs (None: no drops).
        while True:
            every = self.drop_every_s
            await asyncio.sleep(every or 0.5)
            if not every or not self.drop_every_s:
                continue
            if self._writers:
                self.counters.drops += 1
            for writer in list(self._writers):
                with contextlib.suppress(Exception):
                    writer.transport.abort()
            self._writers.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.counters.connections += 1
        connection = self.counters.connections
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        # Cancelled only when the link closes: end quietly (Python 3.11's stream server reports a
        # connection task that ends cancelled as an error).
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(
                self._pump(reader, up_writer, self.up, upstream=True, connection=connection),
                self._pump(up_reader, writer, self.down, upstream=False, connection=connection),
                return_exceptions=True,
            )
        for one in (writer, up_writer):
            self._writers.discard(one)
            with contextlib.suppress(Exception):
                one.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        direction: _Direction,
        *,
        upstream: bool,
        connection: int = 0,
    ) -> None:
        # Reading and delivering are separate, so a chunk in flight does not hold up the next
        # one: the link carries `rate` bytes per second *and* each byte takes `latency` to cross.
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def read() -> None:
            while True:
                chunk = await reader.read(CHUNK)
                await queue.put((direction.schedule(len(chunk)) if chunk else 0.0, chunk))
                if not chunk:
                    return

        async def deliver() -> None:
            while True:
                arrives, chunk = await queue.get()
                if not chunk:
                    with contextlib.suppress(Exception):
                        writer.write_eof()
                    return
                await asyncio.sleep(max(0.0, arrives - time.monotonic()))
                if writer.is_closing():
                    return
                writer.write(chunk)
                await writer.drain()
                if self.capture is not None:
                    key = (connection, "up" if upstream else "down")
                    self.capture.setdefault(key, bytearray()).extend(chunk)
                if upstream:
                    self.counters.bytes_up += len(chunk)
                else:
                    self.counters.bytes_down += len(chunk)

        await asyncio.gather(read(), deliver())
