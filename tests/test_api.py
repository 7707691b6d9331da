"""The HTTP API: the CLI's JSON objects, sessions across workers, limits and errors in Chinese."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.calculators.service import calculate
from assistant.engine import Assistant
from assistant.sessions import MemoryStore, SQLiteStore
from index.search import Searcher
from serving.api import Services, create_app
from serving.bodies import MAX_BODY_BYTES
from serving.errors import INTERNAL
from serving.models import MAX_QUESTION_CHARS
from tests.api_server import free_port
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parents[1]
FIRST = "我在三级医院第一次住院花了2万，能报多少？"  # asks back for the tier
SECOND = "250档"  # only means something after FIRST


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory) -> Assistant:
    return Assistant(Searcher(corpus, FakeEmbedder(), tmp_path_factory.mktemp("idx") / "fake"))


@pytest.fixture
def client(assistant) -> TestClient:
    return TestClient(create_app(Services(assistant, MemoryStore())), raise_server_exceptions=False)


def is_chinese_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["status"] == "error"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in data["error"]), data
    assert "Traceback" not in response.text
    return data


def test_ask_issues_a_session_and_continues_the_conversation(client):
    first = client.post("/v1/ask", json={"question": FIRST})
    assert first.status_code == 200
    data = first.json()
    assert set(data) == {
        "status",
        "answer",
        "citations",
        "calculation",
        "follow_up",
        "error",
        "session",
    }
    assert data["status"] == "follow_up" and len(data["session"]) == 32
    second = client.post("/v1/ask", json={"question": SECOND, "session": data["session"]})
    assert second.json()["status"] == "calculated"
    assert second.json()["session"] == data["session"]
    assert "16660.00" in second.json()["answer"]


def test_without_a_session_each_question_stands_alone(client):
    client.post("/v1/ask", json={"question": FIRST})
    alone = client.post("/v1/ask", json={"question": SECOND}).json()
    assert alone["status"] != "calculated"


def test_another_users_conversation_cannot_be_reached(client):
    mine = client.post("/v1/ask", json={"question": FIRST}).json()["session"]
    theirs = client.post("/v1/ask", json={"question": "住院起付线是多少？"}).json()["session"]
    assert mine != theirs
    answer = client.post("/v1/ask", json={"question": SECOND, "session": theirs}).json()
    assert answer["status"] != "calculated"  # my pending follow-up is not theirs to answer
    for made_up in ["load-1", "my-session", mine[:-1] + ("A" if mine[-1] != "A" else "B")]:
        data = is_chinese_error(
            client.post("/v1/ask", json={"question": SECOND, "session": made_up}), 404
        )
        assert data["code"] == "unknown_session" and "过期" in data["error"]


def test_expired_and_ended_sessions_get_404(assistant):
    store = MemoryStore(ttl=0.2)
    client = TestClient(create_app(Services(assistant, store)), raise_server_exceptions=False)
    sid = client.post("/v1/ask", json={"question": FIRST}).json()["session"]
    time.sleep(0.3)
    is_chinese_error(client.post("/v1/ask", json={"question": SECOND, "session": sid}), 404)
    sid = client.post("/v1/ask", json={"question": FIRST}).json()["session"]
    assert client.delete(f"/v1/sessions/{sid}").status_code == 204
    is_chinese_error(client.post("/v1/ask", json={"question": SECOND, "session": sid}), 404)


def test_consecutive_turns_on_two_app_instances_sharing_sqlite(corpus, tmp_path):
    """Turn 1 on worker A, turn 2 on worker B: each has its own assistant and store handle."""
    apps = [
        create_app(
            Services(
                Assistant(Searcher(corpus, FakeEmbedder(), tmp_path / f"idx{n}")),
                SQLiteStore(tmp_path / "sessions.db"),
            )
        )
        for n in (1, 2)
    ]
    a, b = (TestClient(app) for app in apps)
    sid = a.post("/v1/ask", json={"question": FIRST}).json()["session"]
    turn2 = b.post("/v1/ask", json={"question": SECOND, "session": sid}).json()
    assert turn2["status"] == "calculated" and "16660.00" in turn2["answer"]
    turn3 = a.post("/v1/ask", json={"question": "那第二次住院呢？", "session": sid}).json()
    assert turn3["status"] == "calculated" and "280.00" in turn3["answer"]


def test_consecutive_turns_on_two_server_processes(tmp_path):
    """Two real server processes (uvicorn) on one SQLite file; turns alternate between them."""
    env = {**os.environ, "NGARI_SESSION_STORE": f"sqlite://{tmp_path}/sessions.db"}
    env["NGARI_CACHE_DIR"] = str(tmp_path / "cache")
    servers, urls = [], []
    try:
        port = 7879
        for n in (1, 2):
            port = free_port(first=port + 1)  # the first is not bound yet when the second starts
            servers.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tests.api_server", str(port), str(tmp_path / f"w{n}")],
                    cwd=ROOT,
                    env=env,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url, server in zip(urls, servers, strict=True):  # both load the model at once
            _wait(url, server, seconds=120)
        pids = {httpx.get(url + "/healthz").json()["pid"] for url in urls}
        assert len(pids) == 2
        sid = httpx.post(urls[0] + "/v1/ask", json={"question": FIRST}).json()["session"]
        turn2 = httpx.post(urls[1] + "/v1/ask", json={"question": SECOND, "session": sid}).json()
        assert turn2["status"] == "calculated" and "16660.00" in turn2["answer"]
        stranger = httpx.post(urls[1] + "/v1/ask", json={"question": SECOND, "session": "x" * 32})
        assert stranger.status_code == 404
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


def _wait(url: str, process: subprocess.Popen, seconds: float = 60, workers: int = 1) -> None:
    """Until `workers` distinct worker processes have answered /healthz (each on a new
    connection): a worker still loading the model would leave all the traffic to the first."""
    deadline = time.monotonic() + seconds
    ready: set[int] = set()
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}")
        try:
            answer = httpx.get(url + "/healthz", timeout=1)
            if answer.status_code == 200:
                ready.add(answer.json().get("pid"))
                if len(ready) >= workers:
                    return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not come up with {workers} worker(s): {len(ready)} answered")


def test_calc_is_the_cli_object_with_exact_money(client, corpus):
    inputs = {"tier": 250, "level": "三级", "cost": 20000.05}
    response = client.post("/v1/calc", json={"calculator": "inpatient", "inputs": inputs})
    assert response.status_code == 200
    assert response.json() == calculate("inpatient", {**inputs, "cost": "20000.05"}, corpus)
    assert response.json()["result"]["payment"] == "16660.04"  # 0.85 × 19600.05, not a float
    missing = client.post("/v1/calc", json={"calculator": "inpatient", "inputs": {}})
    assert missing.status_code == 200 and missing.json()["status"] == "follow_up"


def test_calc_errors_name_the_field(client):
    data = is_chinese_error(client.post("/v1/calc", json={"calculator": "税", "inputs": {}}), 400)
    assert "inpatient" in data["error"] and data["field"] == "calculator"
    bad = {"calculator": "contribution", "inputs": {"identities": ["外星人"]}}
    data = is_chinese_error(client.post("/v1/calc", json=bad), 400)
    assert data["field"] == "identities"
    wrong_type = {"calculator": "contribution", "inputs": {"identities": [1]}}
    assert "identities" in is_chinese_error(client.post("/v1/calc", json=wrong_type), 422)["error"]


def test_quiz_returns_the_json_bank_and_writes_no_files(client, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    data = client.post("/v1/quiz", json={"n": 5, "types": ["单选", "判断"], "seed": 3}).json()
    assert data["status"] == "ok" and len(data["items"]) == 5
    assert {i["type"] for i in data["items"]} <= {"单选", "判断"}
    assert (
        data == client.post("/v1/quiz", json={"n": 5, "types": ["单选", "判断"], "seed": 3}).json()
    )
    assert list(tmp_path.iterdir()) == []
    is_chinese_error(client.post("/v1/quiz", json={"n": 5, "types": ["作文"]}), 400)
    assert "seed" in is_chinese_error(client.post("/v1/quiz", json={"seed": 1e30}), 422)["error"]
    assert "n" in is_chinese_error(client.post("/v1/quiz", json={"n": 0}), 422)["field"]


def test_quiz_pair_returns_paper_b_beside_paper_a(client):
    data = client.post("/v1/quiz", json={"n": 12, "seed": 4, "ab": True}).json()
    assert data["status"] == "ok" and data["paper"] == "A卷"
    second = data["paper_b"]
    assert second["paper"] == "B卷" and len(second["items"]) == len(data["items"])
    assert not {i["stem"] for i in data["items"]} & {i["stem"] for i in second["items"]}
    assert "paper_b" not in client.post("/v1/quiz", json={"n": 5, "seed": 4}).json()


def test_documents_and_units_are_the_corpus_cli_objects(client, corpus):
    docs = client.get("/v1/documents").json()
    assert docs == [d.summary() for d in corpus.documents]
    unit = client.get("/v1/documents/医保办法/units/第二十二条").json()
    assert unit["id"] == "medical-insurance/art-22" and "400元" in unit["text"]
    assert unit["doc_title"] == corpus.document("medical-insurance").title
    is_chinese_error(client.get("/v1/documents/医保办法/units/第九百条"), 404)
    is_chinese_error(client.get("/v1/documents/没有的文件/units/1"), 404)
    is_chinese_error(client.get("/v1/documents/医保办法/units/" + "9" * 5000), 422)


def test_healthz_and_openapi(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["documents"] == 12 and health["sessions"] == "memory"
    schema = client.get("/openapi.json").json()
    assert {
        "/v1/ask",
        "/v1/calc",
        "/v1/quiz",
        "/v1/documents",
        "/v1/documents/{doc}/units/{label}",
        "/healthz",
    } <= set(schema["paths"])
    ask = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert ask["maxLength"] == MAX_QUESTION_CHARS


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (b"x" * (MAX_BODY_BYTES + 1), 413, "too_large"),
        (b"[" * 50_000, 400, "too_deep"),
        (json.dumps({"question": "问", "x": [[[[[[[[[1]]]]]]]]]}).encode(), 400, "too_deep"),
        (b'{"question": 1' + b"0" * 5000 + b"}", 400, "number_too_long"),
        (b'{"question": NaN}', 400, "invalid_number"),
        (b'{"question": "\xff\xfe"}', 400, "invalid_utf8"),
        (b'{"question": "\\ud800"}', 400, "invalid_text"),
        (b'{"question": ', 400, "invalid_json"),
        (b'["question"]', 422, "invalid"),
        (b'{"question": null}', 422, "invalid"),
        (b'{"question": "a", "sesion": "x"}', 422, "invalid"),
        (json.dumps({"question": "问" * (MAX_QUESTION_CHARS + 1)}).encode(), 422, "invalid"),
    ],
)
def test_limits_and_malformed_bodies_get_chinese_4xx(client, raw, status, code):
    response = client.post("/v1/ask", content=raw, headers={"content-type": "application/json"})
    assert is_chinese_error(response, status)["code"] == code


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        ("/v1/calc", b'{"calculator": "inpatient", "inputs": {"level": "\\ud800"}}'),
        ("/v1/calc", b'{"calculator": "inpatient", "inputs": {"\\udfff": 1}}'),
        ("/v1/quiz", b'{"docs": ["\\ud800"]}'),
        ("/v1/ask", b'{"question": "\\u4f4f\\u9662", "session": "\\ud800"}'),
    ],
)
def test_lone_surrogates_anywhere_are_refused(client, path, raw):
    response = client.post(path, content=raw, headers={"content-type": "application/json"})
    assert is_chinese_error(response, 400)["code"] == "invalid_text"


def test_a_streamed_body_over_the_limit_is_refused(client):
    chunks = (b"x" * 4096 for _ in range(MAX_BODY_BYTES // 4096 + 2))
    response = client.post("/v1/ask", content=chunks, headers={"content-type": "application/json"})
    assert is_chinese_error(response, 413)["code"] == "too_large"


def test_unknown_routes_and_methods_answer_json(client):
    is_chinese_error(client.get("/v2/ask"), 404)
    is_chinese_error(client.get("/v1/ask"), 405)
    is_chinese_error(
        client.post("/v1/ask", content=b"hello", headers={"content-type": "text/plain"}), 422
    )


class Broken:
    corpus = None

    def ask(self, text, state):
        raise RuntimeError("secret internal detail /etc/passwd")


def test_internal_errors_are_logged_not_shown(caplog):
    client = TestClient(
        create_app(Services(Broken(), MemoryStore())), raise_server_exceptions=False
    )
    with caplog.at_level(logging.ERROR, logger="serving"):
        response = client.post("/v1/ask", json={"question": "住院"})
    assert response.status_code == 500 and response.json()["error"] == INTERNAL
    assert "secret" not in response.text and "Traceback" not in response.text
    assert any("secret internal detail" in str(r.exc_info) for r in caplog.records)


class DownStore(MemoryStore):
    kind = "sqlite"

    def create(self) -> str:
        raise sqlite3.OperationalError("disk I/O error")

    def ping(self) -> None:
        raise sqlite3.OperationalError("disk I/O error")


def test_an_unavailable_store_is_503_in_chinese(assistant):
    client = TestClient(create_app(Services(assistant, DownStore())), raise_server_exceptions=False)
    data = is_chinese_error(client.post("/v1/ask", json={"question": "住院"}), 503)
    assert data["code"] == "store_unavailable" and "disk" not in data["error"]
    is_chinese_error(client.get("/healthz"), 503)


def test_serve_command_refuses_bad_settings_before_starting(capsys):
    from assistant.__main__ import main

    assert main(["serve", "--workers", "0"]) == 2
    assert main(["serve", "--store", "mysql://db/x"]) == 2
    assert "sqlite" in capsys.readouterr().err


@pytest.mark.slow
def test_serve_command_runs_workers_that_share_conversations(tmp_path):
    """`python -m assistant serve --workers 2` with the real model: turns of one conversation
    answered by different worker processes still continue it."""
    from concurrent.futures import ThreadPoolExecutor

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "NGARI_SESSION_STORE": f"sqlite://{tmp_path}/sessions.db"}
    server = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--workers", "2", "--port", str(port)],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        _wait(url, server, seconds=300, workers=2)

        def conversation(_: int) -> tuple[set[str], dict]:
            pids = set()
            with httpx.Client(base_url=url, timeout=60) as one:
                first = one.post("/v1/ask", json={"question": FIRST})
                pids.add(first.headers["x-worker-pid"])
            with httpx.Client(base_url=url, timeout=60) as other:  # a new connection
                body = {"question": SECOND, "session": first.json()["session"]}
                second = other.post("/v1/ask", json=body)
                pids.add(second.headers["x-worker-pid"])
            return pids, second.json()

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(conversation, range(24)))
        assert all(r["status"] == "calculated" and "16660.00" in r["answer"] for _, r in results)
        assert len(set().union(*(p for p, _ in results))) == 2  # both workers answered
        assert any(len(p) == 2 for p, _ in results)  # some conversation crossed workers
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
