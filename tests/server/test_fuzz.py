"""API fuzzing from the server's own OpenAPI description (schemathesis): no input makes a 5xx.

Every generated request carries valid version headers and a valid admin token, so generation
reaches the routes' bodies instead of stopping at the 401/426 gates (those have tests of their
own); 4xx answers must still say why. Schemathesis is used as a library (its pytest plugin lags
behind pytest), one Hypothesis run per operation.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from tests.server.helpers import VERSION_HEADERS, LiveServer

EXAMPLES_PER_OPERATION = 40


@schemathesis.serializer("application/offset+octet-stream")
def _photo_chunk(_context: Any, value: Any) -> dict[str, Any]:
    return {"data": value if isinstance(value, bytes) else str(value).encode()}


def _httpx_kwargs(case: Any, base_url: str, headers: dict[str, str]) -> dict[str, Any]:
    """Schemathesis prepares requests-style arguments; translate them for httpx."""
    kwargs = case.as_transport_kwargs(base_url=base_url)
    request: dict[str, Any] = {
        "method": kwargs["method"],
        "url": kwargs["url"].removeprefix(base_url),
        "headers": {**(kwargs.get("headers") or {}), **headers},
        "params": kwargs.get("params"),
    }
    if "json" in kwargs:
        request["json"] = kwargs["json"]
    elif isinstance(kwargs.get("data"), bytes | str):
        request["content"] = kwargs["data"]
    return request


def operations(server: LiveServer) -> list[Any]:
    spec = httpx.get(f"{server.base_url}/openapi.json").json()
    schema = schemathesis.openapi.from_dict(spec)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.slow
def test_no_input_causes_a_server_error(server: LiveServer) -> None:
    admin = server.user(Role.ADMIN)
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(admin)}"}
    checked = []
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        for operation in operations(server):

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,  # the same inputs every run: CI stays reproducible
                database=None,
            )
            def call(case: Any) -> None:
                request = _httpx_kwargs(case, server.base_url, headers)
                response = http.request(**request)
                assert response.status_code < 500, (request, response.text)
                if 400 <= response.status_code < 500:
                    body = response.json()
                    assert body["code"], body
                    assert body["message"], body

            call()
            checked.append(f"{operation.method.upper()} {operation.path}")
    assert len(checked) == 11, checked  # the photo status and preview batches among them


# --- stateful: pushes and pulls that are really accepted ------------------------------------
#
# The stateless run above mostly meets validation (random mutation ids leave gaps, random client
# ids and cursors are unknown). Here schemathesis follows the OpenAPI links the server publishes
# (push → pull with the same client id, pull → next page with the returned cursor, → push again)
# and generates mutations from a narrowed copy of the push schema: besides the generic Mutation,
# exact schemas of a BA's real work (a new visit in one of their cooperatives, a member count
# edit), so a good share is applied. Each scenario is one install: its client id, and mutation
# ids continuing where the server's last answer left off.

STATEFUL_SCENARIOS = 30
STEPS_PER_SCENARIO = 10
_TEXT = {"type": "string", "maxLength": 300, "pattern": "^[^\\x00]*$"}


def _valid_mutations(cooperatives: list[str]) -> list[dict[str, Any]]:
    base = {"mutation_id": {"type": "integer", "minimum": 1, "maximum": 10},
            "device_time": {"type": "string", "maxLength": 0}}  # fmt: skip
    visit_create = {
        "type": "object",
        "additionalProperties": False,
        "required": ["mutation_id", "record_type", "record_id", "op", "fields"],
        "properties": {
            **base,
            "record_type": {"enum": ["visit"]},
            "record_id": {"type": "string", "format": "uuid"},
            "op": {"enum": ["create"]},
            "fields": {
                "type": "object",
                "additionalProperties": False,
                "required": ["cooperative_id", "visit_date"],
                "properties": {
                    "cooperative_id": {"enum": cooperatives},
                    "visit_date": {"type": "string",
                                   "pattern": "^2025-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$"},
                    "findings": _TEXT,
                    "people_count": {"type": "integer", "minimum": 0, "maximum": 500},
                    "travel_mode": {"enum": ["road", "river", "other"]},
                },
            },
        },
    }  # fmt: skip
    member_count_edit = {
        "type": "object",
        "additionalProperties": False,
        "required": ["mutation_id", "record_type", "record_id", "op", "fields", "base_versions"],
        "properties": {
            **base,
            "record_type": {"enum": ["cooperative"]},
            "record_id": {"enum": cooperatives},
            "op": {"enum": ["patch"]},
            "fields": {
                "type": "object",
                "additionalProperties": False,
                "required": ["member_count"],
                "properties": {"member_count": {"type": "integer", "minimum": 0,
                                                "maximum": 1_000_000}},
            },
            "base_versions": {
                "type": "object",
                "additionalProperties": False,
                "required": ["member_count"],
                "properties": {"member_count": {"enum": [0]}},
            },
        },
    }  # fmt: skip
    return [visit_create, member_count_edit, {"$ref": "#/components/schemas/Mutation"}]


@dataclass
class Tally:
    pushes: int = 0
    pulls: int = 0
    applied: int = 0
    rejected: int = 0
    statuses: Counter[int] = field(default_factory=Counter)


@pytest.mark.slow
def test_stateful_pushes_and_pulls_are_accepted_and_never_fail(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    cooperatives = [server.cooperative() for _ in range(3)]
    server.assign(ba, *cooperatives)
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(ba)}"}
    spec = httpx.get(f"{server.base_url}/openapi.json").json()
    push_schema = spec["components"]["schemas"]["PushRequest"]["properties"]["mutations"]
    push_schema["items"] = {"anyOf": _valid_mutations(cooperatives)}
    push_schema.update(minItems=1, maxItems=20)
    schema = schemathesis.openapi.from_dict(spec).include(path_regex="^/sync/v1/(push|pull)$")
    tally = Tally()

    class OneInstall(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            self.client_id = new_id()
            self.next_mutation_id = 1

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": server.base_url, "headers": headers}

        def before_call(self, case: Any) -> None:
            # Valid version headers and token: the gates have tests of their own.
            case.headers = {**(case.headers or {}), **headers}
            body = case.body
            if not isinstance(body, dict):
                return
            body["client_id"] = self.client_id  # links carry it too; roots start with it
            if case.operation.path == "/sync/v1/push":
                mutations = body.get("mutations")
                for offset, mutation in enumerate(mutations if isinstance(mutations, list) else []):
                    # Whatever else the generator sends (a bare number in a link's body) goes as
                    # it is: the server must refuse it with a 4xx, which validate_response checks.
                    if isinstance(mutation, dict):
                        mutation["mutation_id"] = self.next_mutation_id + offset

        def after_call(self, response: Any, case: Any) -> None:
            tally.statuses[response.status_code] += 1
            if response.status_code != 200:
                return
            answer = response.json()
            if case.operation.path == "/sync/v1/push":
                tally.pushes += 1
                self.next_mutation_id = answer["last_mutation_id"] + 1
                for result in answer["results"]:
                    tally.applied += result["status"] == "applied"
                    tally.rejected += result["status"] == "rejected"
            else:
                tally.pulls += 1

        def validate_response(self, response: Any, case: Any, *args: Any, **kwargs: Any) -> None:
            assert response.status_code < 500, (case.body, response.text)
            if response.status_code >= 400:
                body = response.json()
                assert body["code"], body
                assert body["message"], body

    OneInstall.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STEPS_PER_SCENARIO,
            phases=[Phase.generate],  # no shrinking: a failure is reported as it happened
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
    )
    print(
        f"\nstateful fuzz ({server.backend}): {tally.pushes} pushes and {tally.pulls} pulls "
        f"accepted, {tally.applied} mutations applied, {tally.rejected} rejected; "
        f"statuses {dict(sorted(tally.statuses.items()))}"
    )
    assert not any(status >= 500 for status in tally.statuses)
    assert tally.pushes >= STATEFUL_SCENARIOS
    assert tally.pulls >= STATEFUL_SCENARIOS
    assert tally.applied >= STATEFUL_SCENARIOS
