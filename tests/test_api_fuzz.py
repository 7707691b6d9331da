"""Arbitrary JSON and text at every endpoint: never a traceback, never a non-JSON error body."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.engine import Assistant
from assistant.sessions import MemoryStore
from index.search import Searcher
from serving.api import Services, create_app
from tests.fakes import FakeEmbedder

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
POSTS = ["/v1/ask", "/v1/calc", "/v1/quiz"]
# text with the awkward parts in it: CJK, surrogates, markup, control characters, long digits
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from(list("住院起付线档三级医院万元第条（）？〔〕") + ["\ud800", "<", "\x00"]),
    ),
    max_size=80,
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
FIELDS = {
    "/v1/ask": st.fixed_dictionaries(
        {"question": st.one_of(TEXT, JSON)}, optional={"session": st.one_of(TEXT, JSON)}
    ),
    "/v1/calc": st.fixed_dictionaries(
        {
            "calculator": st.one_of(
                st.sampled_from(["inpatient", "contribution", "custodian_pay", "road_subsidy"]),
                TEXT,
            ),
            "inputs": st.one_of(st.dictionaries(TEXT, JSON, max_size=5), JSON),
        }
    ),
    "/v1/quiz": st.fixed_dictionaries(
        {},
        optional={
            "n": JSON,
            "types": st.one_of(st.lists(st.sampled_from(["单选", "多选", "判断", "填空"])), JSON),
            "docs": st.one_of(st.lists(TEXT, max_size=2), JSON),
            "seed": JSON,
        },
    ),
}


@pytest.fixture(scope="module")
def client(corpus, tmp_path_factory) -> TestClient:
    assistant = Assistant(Searcher(corpus, FakeEmbedder(), tmp_path_factory.mktemp("idx") / "f"))
    return TestClient(create_app(Services(assistant, MemoryStore())), raise_server_exceptions=False)


def check(response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json"), response.text[:200]
    data = response.json()
    assert "Traceback" not in response.text
    if response.status_code >= 400 and isinstance(data, dict):
        assert data["status"] == "error" and isinstance(data["error"], str) and data["error"]


def encode(value) -> bytes:
    return json.dumps(value, ensure_ascii=True).encode()  # surrogates travel as \ud800 escapes


@pytest.mark.parametrize("path", POSTS)
@FUZZ
@given(data=st.data())
def test_shaped_json_bodies(client, path, data):
    body = data.draw(FIELDS[path])
    check(client.post(path, content=encode(body), headers={"content-type": "application/json"}))


@pytest.mark.parametrize("path", POSTS)
@FUZZ
@given(body=JSON)
def test_any_json_body(client, path, body):
    check(client.post(path, content=encode(body), headers={"content-type": "application/json"}))


@pytest.mark.parametrize("path", POSTS)
@FUZZ
@given(
    raw=st.binary(max_size=300),
    content_type=st.sampled_from(["application/json", "text/plain", ""]),
)
def test_any_bytes_body(client, path, raw, content_type):
    headers = {"content-type": content_type} if content_type else {}
    check(client.post(path, content=raw, headers=headers))


@FUZZ
@given(doc=TEXT.filter(lambda s: s.strip("/")), label=TEXT.filter(lambda s: s.strip("/")))
def test_any_document_and_label(client, doc, label):
    from urllib.parse import quote

    safe = [quote(part.encode("utf-8", "surrogatepass"), safe="") for part in (doc, label)]
    check(client.get(f"/v1/documents/{safe[0]}/units/{safe[1]}"))
