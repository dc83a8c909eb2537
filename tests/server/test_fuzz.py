"""API fuzzing from the server's own OpenAPI description (schemathesis): no input makes a 5xx.

Every generated request carries valid version headers and a valid admin token, so generation
reaches the routes' bodies instead of stopping at the 401/426 gates (those have tests of their
own); 4xx answers must still say why. Schemathesis is used as a library (its pytest plugin lags
behind pytest), one Hypothesis run per operation.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from kopdes_desktop.domain.enums import Role
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
