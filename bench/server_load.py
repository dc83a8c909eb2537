"""Load benchmark of the central server: 245 laptops syncing at once against PostgreSQL.

One simulated client per pendamping (215 BAs, 30 PMOs) over real HTTP to a real uvicorn server
(``kopdes-server serve --workers N``) on a throwaway, durable PostgreSQL cluster. Every client
first downloads its scope, then does ``--rounds`` sync rounds: a BA pushes a batch of edits
(new visits, profile edits, submits) and pulls; a PMO reviews what is waiting and pulls. All
requests are gzip both ways, as the laptop sends them.

    .venv/bin/python bench/server_load.py            # 245 clients, 3 rounds
    .venv/bin/python bench/server_load.py --clients 50 --rounds 1
    .venv/bin/python bench/server_load.py --pmo-download 20000   # one busy PMO's first sync
    .venv/bin/python bench/server_load.py --workers 4 --sign-in-flood 100   # sync under attack

Prints p50/p95/max latency per request kind, throughput and errors. The load generator runs on
the same 2 cores as the server and the database, so the figures are a floor, not a ceiling.

``--sign-in-flood N`` adds N attackers that send wrong passwords, as fast as answers come, for
the whole run: for real usernames and made-up ones (which cost the server a full password check
too), each from a made-up address (``X-Forwarded-For``, trusted from loopback with
``--proxy-headers``). Beside them a colleague signs in with the right password every few
seconds, as the app does (waiting out 503 and short 429). The memory of the server's processes
and of PostgreSQL is sampled twice a second; the peaks are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kopdes_desktop.domain.enums import Role  # noqa: E402
from kopdes_desktop.domain.ids import new_id  # noqa: E402
from kopdes_desktop.domain.regions import RegionCatalog  # noqa: E402
from kopdes_desktop.paths import regions_dir  # noqa: E402
from kopdes_desktop.server import accounts, migrate  # noqa: E402
from kopdes_desktop.server.accounts import now  # noqa: E402
from kopdes_desktop.server.assignments import (  # noqa: E402
    assign_cooperatives,
    assign_kabupaten,
    cooperatives_of_kabupaten,
)
from kopdes_desktop.server.db import Database  # noqa: E402
from kopdes_desktop.server.demo import seed_cooperatives  # noqa: E402
from kopdes_desktop.server.models import RecordRow  # noqa: E402
from kopdes_desktop.server.passwords import hash_password  # noqa: E402
from kopdes_desktop.server.versioning import PENDING, WriteBatch  # noqa: E402
from kopdes_desktop.sync.protocol import PROTOCOL_HEADER, SCHEMA_HEADER  # noqa: E402
from tests.server.pgcluster import free_port, start_cluster  # noqa: E402

BA_SHARE = 215 / 245
ATTEMPTS = 5
COOPERATIVES_PER_BA = 10


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    retries: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # Rule rejections the scenario produces on purpose: two PMOs of one kabupaten review the
    # same queue, so the slower one finds some visits already approved (stale_status).
    rejections: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mutations: int = 0
    records_pulled: int = 0
    bytes_sent: int = 0


@dataclass
class FloodStats:
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    sign_ins: list[float] = field(default_factory=list)  # seconds, right password, retries in
    failed_sign_ins: int = 0
    dropped_sign_ins: int = 0  # the colleague's attempts whose connection the server dropped


@dataclass
class Account:
    role: Role
    user_id: str
    token: str
    cooperatives: list[str]


BENCH_PASSWORD = "bench-password"


def seed(db: Database, clients: int) -> list[Account]:
    catalog = RegionCatalog.from_directory(regions_dir())
    shared_hash = hash_password(BENCH_PASSWORD)
    kabupaten = sorted(region.code for region in catalog.kabupaten())
    known = frozenset(kabupaten)
    bas = round(clients * BA_SHARE)
    made: list[Account] = []
    with db.write() as session:
        seed_cooperatives(session, catalog)
        pools = {code: sorted(cooperatives_of_kabupaten(session, code)) for code in kabupaten}
        for number in range(clients):
            role = Role.BA if number < bas else Role.PMO
            user = accounts.create_user(
                session, username=f"bench-{role.value}-{number}", role=role,
                full_name=f"Bench {role.value} {number}", password_hash=shared_hash,
            )  # fmt: skip
            code = kabupaten[number % len(kabupaten)]
            mine: list[str] = []
            if role is Role.BA:
                # Walk each kabupaten's cooperatives, ten per BA, as the programme assigns them.
                offset = (number // len(kabupaten)) * COOPERATIVES_PER_BA
                pool = pools[code]
                mine = [pool[(offset + i) % len(pool)] for i in range(COOPERATIVES_PER_BA)]
                assign_cooperatives(session, user.username, mine)
            else:
                assign_kabupaten(session, user.username, [code], known)
            _device, token = accounts.issue_device_token(session, user, "bench laptop")
            made.append(Account(role, user.id, token, mine))
    return made


class Laptop:
    def __init__(self, http: httpx.AsyncClient, account: Account, stats: Stats) -> None:
        self.http = http
        self.account = account
        self.stats = stats
        self.client_id = new_id()
        self.next_mutation_id = 1
        self.cursor: str | None = None
        self.records: dict[str, dict[str, Any]] = {}
        self.headers = {
            "Authorization": f"Bearer {account.token}",
            PROTOCOL_HEADER: "1",
            SCHEMA_HEADER: "1",
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Accept-Encoding": "gzip",
        }

    async def _post(self, kind: str, path: str, body: dict[str, Any]) -> dict[str, Any] | None:
        """POST like the laptop does: on 5xx or a dropped connection, resend the same body."""
        payload = gzip.compress(json.dumps(body).encode(), compresslevel=6)
        for attempt in range(1, ATTEMPTS + 1):
            self.stats.bytes_sent += len(payload)
            started = time.perf_counter()
            try:
                response = await self.http.post(path, content=payload, headers=self.headers)
            except httpx.HTTPError as error:
                self.stats.retries[f"{kind}: {type(error).__name__}"] += 1
                await asyncio.sleep(attempt)
                continue
            self.stats.latencies[kind].append(time.perf_counter() - started)
            if response.status_code >= 500:
                self.stats.retries[f"{kind}: HTTP {response.status_code}"] += 1
                await asyncio.sleep(attempt)
                continue
            if response.status_code != 200:
                self.stats.errors[f"{kind}: HTTP {response.status_code}"] += 1
                return None
            answer: dict[str, Any] = response.json()
            return answer
        self.stats.errors[f"{kind}: gave up after {ATTEMPTS} attempts"] += 1
        return None

    async def pull(self, kind: str) -> None:
        cursor = self.cursor
        while True:
            page = await self._post(
                kind,
                "/sync/v1/pull",
                {"client_id": self.client_id, "cursor": cursor, "limit": 1000},
            )
            if page is None:
                return
            for change in page["changes"]:
                self.records[change["record_id"]] = change
            self.stats.records_pulled += len(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                self.cursor = cursor
                return

    def _mutation(self, record_type: str, record_id: str, op: str, **parts: Any) -> dict[str, Any]:
        mutation = {"mutation_id": self.next_mutation_id, "record_type": record_type,
                    "record_id": record_id, "op": op, "device_time": "2026-11-28T08:00:00+07:00",
                    "schema_version": 1, **parts}  # fmt: skip
        self.next_mutation_id += 1
        return mutation

    def ba_batch(self, size: int, rng: random.Random) -> list[dict[str, Any]]:
        batch = []
        while len(batch) < size:
            cooperative = rng.choice(self.account.cooperatives)
            visit_id = new_id()
            batch.append(self._mutation("visit", visit_id, "create", fields={
                "cooperative_id": cooperative, "visit_date": "2026-11-20",
                "start_time": "09:00:00", "end_time": "11:00:00", "travel_mode": "river",
                "people_met": ["pengurus"], "purposes": ["kelembagaan", "monitoring"],
                "people_count": rng.randint(3, 20),
                "findings": "Rapat pengurus; gerai sembako mulai buka. " * 3,
            }))  # fmt: skip
            submit = {"from": "draft", "to": "submitted"}
            batch.append(self._mutation("visit", visit_id, "intent", intent="set_visit_status",
                                        intent_args=submit))  # fmt: skip
            known = self.records.get(cooperative, {}).get("field_versions", {})
            base = {"member_count": known.get("member_count", 0)}
            batch.append(self._mutation("cooperative", cooperative, "patch",
                                        fields={"member_count": rng.randint(20, 400)},
                                        base_versions=base))  # fmt: skip
        batch = batch[:size]
        self.next_mutation_id = batch[-1]["mutation_id"] + 1  # ids of the cut-off tail are reused
        return batch

    def pmo_batch(self, size: int) -> list[dict[str, Any]]:
        waiting = [
            record_id for record_id, change in self.records.items()
            if change["record_type"] == "visit" and change.get("fields")
            and change["fields"].get("status") == "submitted"
        ][:size]  # fmt: skip
        return [
            self._mutation("visit", record_id, "intent", intent="set_visit_status",
                           intent_args={"from": "submitted", "to": "approved", "comment": "OK"})
            for record_id in waiting
        ]  # fmt: skip

    async def push(self, batch: list[dict[str, Any]]) -> None:
        if not batch:
            return
        answer = await self._post(
            "push", "/sync/v1/push", {"client_id": self.client_id, "mutations": batch}
        )
        if answer is not None:
            self.stats.mutations += len(batch)
            rejected = [r for r in answer["results"] if r["status"] != "applied"]
            for result in rejected:
                self.stats.rejections[result["reason"]] += 1


async def run_client(
    base_url: str, account: Account, stats: Stats, *, rounds: int, batch: int, seed_value: int
) -> None:
    rng = random.Random(seed_value)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        laptop = Laptop(http, account, stats)
        await asyncio.sleep(rng.random())  # laptops do not all connect in the same millisecond
        await laptop.pull("initial pull")
        for _ in range(rounds):
            if account.role is Role.BA:
                await laptop.push(laptop.ba_batch(batch, rng))
            else:
                await laptop.push(laptop.pmo_batch(batch))
            await laptop.pull("pull")
            await asyncio.sleep(rng.random())


def _made_up_address(rng: random.Random) -> str:
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


async def _login(
    http: httpx.AsyncClient, username: str, password: str, address: str
) -> httpx.Response:
    return await http.post(
        "/auth/v1/login",
        json={"username": username, "password": password, "device_name": "bench"},
        headers={PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1", "X-Forwarded-For": address},
    )


async def attacker(
    base_url: str, usernames: list[str], flood: FloodStats, stop: asyncio.Event, number: int
) -> None:
    rng = random.Random(10_000 + number)
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
        while not stop.is_set():
            username = rng.choice(usernames) if rng.random() < 0.5 else f"guess-{rng.random()}"
            try:
                response = await _login(
                    http, username, f"tebak-{rng.random()}", _made_up_address(rng)
                )
            except httpx.HTTPError:
                flood.statuses[0] += 1
                continue
            flood.statuses[response.status_code] += 1
            await asyncio.sleep(0.01)


async def colleague(base_url: str, username: str, flood: FloodStats, stop: asyncio.Event) -> None:
    """Signs in with the right password every few seconds, retrying 503 and short 429 like the
    app (sync.client.SyncClient.login)."""
    rng = random.Random(7)
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
        while not stop.is_set():
            started = time.perf_counter()
            status = 0
            for _attempt in range(8):
                try:
                    response = await _login(http, username, BENCH_PASSWORD, _made_up_address(rng))
                except httpx.HTTPError:
                    flood.dropped_sign_ins += 1  # the person clicks Masuk again
                    await asyncio.sleep(1)
                    continue
                status = response.status_code
                wait = float(response.headers.get("Retry-After", "0") or 0)
                if status in (429, 503) and wait <= 10:
                    await asyncio.sleep(wait)
                    continue
                break
            if status == 200:
                flood.sign_ins.append(time.perf_counter() - started)
            else:
                flood.failed_sign_ins += 1
            await asyncio.sleep(3)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children[parent].append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _memory_mib(pids: list[int]) -> float:
    """Proportional set size: shared pages (PostgreSQL's buffers) are counted once, not once
    per process."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


async def sample_memory(attack: Attack, stop: asyncio.Event) -> None:
    peaks, postgres_pid = attack.memory_peaks, attack.postgres_pid
    while not stop.is_set():
        server_pids = _tree(attack.server_pid)
        attack.server_processes_at_start = attack.server_processes_at_start or len(server_pids)
        attack.server_pids.update(server_pids)
        server = _memory_mib(server_pids)
        database = _memory_mib(_tree(postgres_pid)) if postgres_pid else 0.0
        peaks["server"] = max(peaks.get("server", 0.0), server)
        peaks["postgres"] = max(peaks.get("postgres", 0.0), database)
        peaks["both"] = max(peaks.get("both", 0.0), server + database)
        await asyncio.sleep(0.5)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(stats: Stats, elapsed: float, clients: int) -> None:
    requests = sum(len(v) for v in stats.latencies.values())
    print(f"\n{clients} clients, {elapsed:.1f} s wall clock")
    print(f"{'request':14} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, values in sorted(stats.latencies.items()):
        print(f"{kind:14} {len(values):6d} {statistics.median(values) * 1000:8.0f} "
              f"{percentile(values, 0.95) * 1000:8.0f} {max(values) * 1000:8.0f}")  # fmt: skip
    print(f"throughput: {requests / elapsed:.1f} requests/s, "
          f"{stats.mutations / elapsed:.1f} mutations/s, "
          f"{stats.records_pulled / elapsed:.0f} records pulled/s")  # fmt: skip
    print(f"errors: {dict(stats.errors) or 'none'}; retried: {dict(stats.retries) or 'none'}")
    print(f"rejected mutations (by rule): {dict(stats.rejections) or 'none'}")


def start_server(
    database_url: str, workers: int, data_dir: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "KOPDES_SERVER_DATABASE_URL": database_url,
           "KOPDES_SERVER_DATA_DIR": str(data_dir)}  # fmt: skip
    log = (data_dir / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "kopdes_desktop.server.cli", "serve", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--proxy-headers"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                return process, base_url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


@dataclass
class Attack:
    attackers: int
    usernames: list[str]
    server_pid: int
    postgres_pid: int | None
    flood: FloodStats = field(default_factory=FloodStats)
    memory_peaks: dict[str, float] = field(default_factory=dict)
    server_pids: set[int] = field(default_factory=set)  # every server process seen
    server_processes_at_start: int = 0


async def load(
    base_url: str, accounts_: list[Account], rounds: int, batch: int, attack: Attack
) -> tuple[Stats, float]:
    stats = Stats()
    stop = asyncio.Event()
    background = [asyncio.create_task(sample_memory(attack, stop))]
    if attack.attackers:
        background += [
            asyncio.create_task(attacker(base_url, attack.usernames, attack.flood, stop, n))
            for n in range(attack.attackers)
        ]
        background.append(
            asyncio.create_task(colleague(base_url, attack.usernames[0], attack.flood, stop))
        )
        await asyncio.sleep(5)  # the flood is under way before the laptops come
    started = time.perf_counter()
    await asyncio.gather(*(
        run_client(base_url, account, stats, rounds=rounds, batch=batch, seed_value=number)
        for number, account in enumerate(accounts_)
    ))  # fmt: skip
    elapsed = time.perf_counter() - started
    stop.set()
    await asyncio.gather(*background)
    return stats, elapsed


def report_attack(attack: Attack) -> None:
    peaks = attack.memory_peaks
    print(
        f"memory peaks: server processes {peaks.get('server', 0):.0f} MiB, PostgreSQL "
        f"{peaks.get('postgres', 0):.0f} MiB, together {peaks.get('both', 0):.0f} MiB"
    )
    # uvicorn's supervisor kills a worker that misses its 5 s health ping and starts another;
    # the connections that worker held are dropped (seen by the clients as ReadError).
    replaced = len(attack.server_pids) - attack.server_processes_at_start
    print(f"server workers replaced during the run: {replaced}")
    if not attack.attackers:
        return
    flood = attack.flood
    print(f"sign-in flood: {sum(flood.statuses.values())} attempts, by answer "
          f"{dict(sorted(flood.statuses.items()))}")  # fmt: skip
    if flood.sign_ins:
        print(f"a colleague's sign-ins during the flood: {len(flood.sign_ins)} in, "
              f"{flood.failed_sign_ins} failed, {flood.dropped_sign_ins} attempts dropped; "
              f"p50 {statistics.median(flood.sign_ins):.2f} s, "
              f"max {max(flood.sign_ins):.2f} s")  # fmt: skip


def seed_busy_pmo(db: Database, visits: int) -> str:
    """A PMO of Kabupaten Sambas whose area holds ``visits`` visits; returns their token."""
    with db.write() as session:
        seed_cooperatives(session, RegionCatalog.from_directory(regions_dir()))
        cooperatives = sorted(cooperatives_of_kabupaten(session, "61.01"))
        user = accounts.create_user(
            session, username="bench-busy-pmo", role=Role.PMO, full_name="Busy PMO",
            password_hash=hash_password("bench-password"),
        )  # fmt: skip
        assign_kabupaten(session, user.username, ["61.01"], frozenset({"61.01"}))
        _device, token = accounts.issue_device_token(session, user, "bench laptop")
    fields = {"visit_date": "2026-11-20", "start_time": "09:00:00", "end_time": "11:00:00",
              "travel_mode": "river", "people_met": ["pengurus"], "purposes": ["kelembagaan"],
              "people_count": 12, "findings": "Rapat pengurus; gerai sembako mulai buka. " * 3,
              "status": "approved"}  # fmt: skip
    for start in range(0, visits, 5000):
        with db.write() as session:
            batch = WriteBatch(session, user_id=user.id, client_id="bench-seed")
            for number in range(start, min(visits, start + 5000)):
                cooperative = cooperatives[number % len(cooperatives)]
                row = RecordRow(
                    record_id=new_id(), record_type="visit", cooperative_id=cooperative,
                    parent_id=cooperative, author_id=user.id, data={}, field_meta={},
                    version=PENDING, deleted=False, created_at=now(), updated_at=now(),
                )  # fmt: skip
                session.add(row)
                batch.write_fields(
                    row, {**fields, "cooperative_id": cooperative, "author_id": user.id}
                )
            batch.finish()
    return token


def pmo_download(base_url: str, token: str, limit: int) -> None:
    headers = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1",
               "Accept-Encoding": "gzip"}  # fmt: skip
    cursor: str | None = None
    records = pages = wire = 0
    started = time.perf_counter()
    with httpx.Client(base_url=base_url, timeout=120) as http:
        while True:
            body = {"client_id": f"busy-pmo-{limit}", "cursor": cursor, "limit": limit}
            response = http.post("/sync/v1/pull", json=body, headers=headers)
            response.raise_for_status()
            wire += int(response.headers.get("content-length") or 0)
            page = response.json()
            records += len(page["changes"])
            pages += 1
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    print(f"busy PMO download, pages of {limit}: {records} records in {pages} pages, "
          f"{time.perf_counter() - started:.1f} s, {wire / 1e6:.2f} MB gzip")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=245)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=30, help="mutations per push")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--sign-in-flood", type=int, metavar="ATTACKERS", default=0,
        help="this many concurrent attackers sending wrong passwords during the run",
    )  # fmt: skip
    parser.add_argument(
        "--pmo-download", type=int, metavar="VISITS", default=0,
        help="instead: time one PMO's first download of a kabupaten with this many visits",
    )  # fmt: skip
    args = parser.parse_args()
    # The deploy guide's postgresql.conf for a 4 GB machine.
    cluster = start_cluster(durable=True, shared_buffers="1GB")
    data_dir = Path(tempfile.mkdtemp(prefix="kopdes-bench-"))
    process = None
    try:
        url = cluster.create_database("bench")
        db = Database(url)
        migrate.upgrade(db)
        if args.pmo_download:
            token = seed_busy_pmo(db, args.pmo_download)
            db.dispose()
            process, base_url = start_server(url, 1, data_dir)
            for limit in (500, 2000):
                pmo_download(base_url, token, limit)
            return
        seeded_at = time.perf_counter()
        accounts_ = seed(db, args.clients)
        print(f"seeded 2,145 cooperatives and {len(accounts_)} accounts "
              f"in {time.perf_counter() - seeded_at:.1f} s")  # fmt: skip
        db.dispose()
        process, base_url = start_server(url, args.workers, data_dir)
        attack = Attack(
            attackers=args.sign_in_flood,
            usernames=[f"bench-{a.role.value}-{n}" for n, a in enumerate(accounts_)],
            server_pid=process.pid,
            postgres_pid=cluster.postmaster_pid(),
        )
        stats, elapsed = asyncio.run(load(base_url, accounts_, args.rounds, args.batch, attack))
        report(stats, elapsed, len(accounts_))
        report_attack(attack)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        cluster.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
