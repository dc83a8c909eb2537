"""Train the protocol-2 compression dictionary, and compare codecs on sync bodies.

    .venv/bin/python bench/wire_dictionary.py train     # writes resources/sync/protocol-2.zdict
    .venv/bin/python bench/wire_dictionary.py compare   # gzip vs zstd vs zstd+dictionary

The dictionary is trained on the *shapes* of our messages: push batches and pull pages of every
record type, with every field name and enum value the domain has, and random values (ids, dates,
numbers, random letters for text). It holds no words of the benchmark's notes, so what it gains
on the benchmark is what it gains on real records: the structure, not the content. The same file
ships with the laptop and the server (resources/sync/); a new dictionary is a new protocol
version, since both sides must use the same one.
"""

from __future__ import annotations

import argparse
import gzip
import random
import string
import sys
import types
import typing
from datetime import date, datetime, time, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zstandard  # noqa: E402

from kopdes_desktop.domain import codec  # noqa: E402
from kopdes_desktop.domain.ids import new_id  # noqa: E402
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType  # noqa: E402
from kopdes_desktop.sync import wire_codec  # noqa: E402
from kopdes_desktop.sync.protocol import (  # noqa: E402
    Change,
    Mutation,
    MutationResult,
    MutationStatus,
    PullResponse,
    PushRequest,
    PushResponse,
    answer_json,
    request_json,
)

SAMPLES = 3000
# Record types a laptop writes (the others only come down).
WRITTEN = [t for t in RecordType if t not in (RecordType.REVIEW_COMMENT, RecordType.CONFLICT)]


def _text(rng: random.Random, longest: int) -> str:
    words = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randrange(2, 10)))
        for _ in range(rng.randrange(1, longest))
    ]
    return " ".join(words).capitalize()


def _value(rng: random.Random, name: str, annotation: Any) -> Any:  # noqa: PLR0911 - one per kind
    options = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        if rng.random() < 0.3:
            return None
        annotation = next(option for option in options if option is not type(None))
    origin = typing.get_origin(annotation)
    if origin is tuple:
        members = list(typing.get_args(annotation)[0])
        return sorted({rng.choice(members).value for _ in range(rng.randrange(1, 3))})
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return rng.choice(list(annotation)).value
    if annotation is bool:
        return rng.random() < 0.5
    if annotation is int:
        return rng.choice([rng.randrange(0, 50), rng.randrange(0, 10**4), rng.randrange(10**8)])
    if annotation is float:
        return round(rng.uniform(-3, 110), rng.choice([1, 6]))
    if annotation is datetime:
        return (datetime(2026, 1, 1) + timedelta(seconds=rng.randrange(10**8))).isoformat()
    if annotation is date:
        return (date(2026, 1, 1) + timedelta(days=rng.randrange(700))).isoformat()
    if annotation is time:
        return time(rng.randrange(24), rng.choice([0, 15, 30, 45])).isoformat()
    if name.endswith("_id") or name == "id":
        return new_id()
    if name == "sha256":
        return "".join(rng.choice("0123456789abcdef") for _ in range(64))
    return "" if rng.random() < 0.3 else _text(rng, 12)


def _fields(rng: random.Random, record_type: RecordType, share: float) -> dict[str, Any]:
    types_ = codec.field_types(RECORD_CLASSES[record_type])
    return {
        name: _value(rng, name, annotation)
        for name, annotation in types_.items()
        if name != "id" and rng.random() < share
    }


def _mutation(rng: random.Random, number: int) -> Mutation:
    record_type = rng.choice(WRITTEN)
    op = rng.choice(["create", "create", "patch", "patch", "delete"])
    fields = {} if op == "delete" else _fields(rng, record_type, 0.8 if op == "create" else 0.2)
    fields = {k: v for k, v in fields.items() if v not in (None, "", [])}
    bases = {name: rng.randrange(1, 10**6) for name in fields} if op == "patch" else {}
    if op == "delete":
        bases = {"*": rng.randrange(1, 10**6)}
    when = datetime(2026, 11, 1) + timedelta(seconds=rng.randrange(10**7))
    return Mutation(
        mutation_id=number,
        record_type=record_type,
        record_id=new_id(),
        op=op,
        fields=fields,
        base_versions=bases,
        device_time=when.isoformat(timespec="milliseconds") + "+00:00",
    )


def _change(rng: random.Random, version: int) -> Change:
    record_type = rng.choice(list(RecordType))
    deleted = rng.random() < 0.05
    fields = None if deleted else _fields(rng, record_type, 1.0)
    versions = {name: rng.choice([version, rng.randrange(1, version + 1)]) for name in fields or {}}
    return Change(
        record_type=record_type,
        record_id=new_id(),
        cooperative_id=new_id(),
        version=version,
        deleted=deleted,
        fields=fields,
        field_versions=versions,
    )


def samples(rng: random.Random) -> list[bytes]:
    """Protocol-2 bodies (as they go before compression): pushes, their answers, pull pages."""
    made: list[bytes] = []
    for _ in range(SAMPLES):
        kind = rng.random()
        first = rng.randrange(1, 5000)
        if kind < 0.4:
            mutations = [_mutation(rng, first + n) for n in range(rng.randrange(1, 12))]
            made.append(request_json(PushRequest(client_id=new_id(), mutations=mutations), 2))
        elif kind < 0.55:
            version = rng.randrange(1, 10**6)
            results = [
                MutationResult(
                    mutation_id=first + n, status=MutationStatus.APPLIED, version=version
                )
                for n in range(rng.randrange(1, 12))
            ]
            answer = PushResponse(results=results, last_mutation_id=first, server_version=version)
            made.append(answer_json(answer, 2))
        else:
            version = rng.randrange(2, 10**6)
            changes = [_change(rng, version) for _ in range(rng.randrange(1, 8))]
            page = PullResponse(
                changes=changes, cursor=_text(rng, 3), has_more=False, target_version=version
            )
            made.append(answer_json(page, 2))
    return made


def train(args: argparse.Namespace) -> None:
    trained = zstandard.train_dictionary(args.size, samples(random.Random(2026)))
    args.output.write_bytes(trained.as_bytes())
    print(f"wrote {args.output} ({len(trained.as_bytes())} B, dictionary id {trained.dict_id()})")


def compare(args: argparse.Namespace) -> None:
    """Each codec on fresh sample bodies (another seed than the training's)."""
    bodies = samples(random.Random(7))[:300]
    plain = zstandard.ZstdCompressor(level=wire_codec.LEVEL)
    totals = {"raw": 0, "gzip -6": 0, "gzip -9": 0, "zstd": 0, "zstd + dictionary": 0}
    for body in bodies:
        totals["raw"] += len(body)
        totals["gzip -6"] += len(gzip.compress(body, 6))
        totals["gzip -9"] += len(gzip.compress(body, 9))
        totals["zstd"] += len(plain.compress(body))
        totals["zstd + dictionary"] += len(wire_codec.compress(body))
    for name, size in totals.items():
        print(f"{name:>18}: {size:>9} B ({size / totals['gzip -6']:.2f}x gzip -6)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    trainer = commands.add_parser("train")
    trainer.add_argument("--size", type=int, default=16 * 1024)
    trainer.add_argument("--output", type=Path, default=wire_codec.DICTIONARY_PATH)
    commands.add_parser("compare")
    args = parser.parse_args()
    {"train": train, "compare": compare}[args.command](args)


if __name__ == "__main__":
    main()
