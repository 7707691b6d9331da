"""The session store contract, run against memory, SQLite and a real Redis/Valkey server.

Issued ids only; state round-trips; dropped or expired means gone (and stays gone); one state
cannot grow without bound; a burst of new sessions never evicts a live one.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time

import pytest

from assistant import sessions
from assistant.sessions import (
    MAX_STATE_CHARS,
    MemoryStore,
    RedisStore,
    SQLiteStore,
    StoreConfigError,
    UnknownSession,
    open_store,
)
from assistant.state import Pending, State, Topic
from tests.redis_server import binary, redis_server

KINDS = ["memory", "sqlite", "redis"]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    pytest.importorskip("redis", reason="the redis client is not installed (requirements.txt)")
    if binary() is None:
        pytest.skip("valkey-server/redis-server not installed (apt-get install -y redis-server)")
    try:
        with redis_server(tmp_path_factory.mktemp("redis")) as url:
            yield url
    except RuntimeError as exc:
        pytest.skip(f"the Redis/Valkey server could not start: {exc}")


@pytest.fixture(params=KINDS)
def make_store(request, tmp_path):
    """A factory: make_store(ttl) → a fresh store of this kind (same backing data each call)."""
    if request.param == "memory":
        shared: dict[float, MemoryStore] = {}
        return lambda ttl=sessions.TTL_SECONDS: shared.setdefault(ttl, MemoryStore(ttl))
    if request.param == "sqlite":
        return lambda ttl=sessions.TTL_SECONDS: SQLiteStore(tmp_path / "sessions.db", ttl)
    url = request.getfixturevalue("redis_url")
    RedisStore(url)._redis.flushdb()
    return lambda ttl=sessions.TTL_SECONDS: RedisStore(url, ttl)


def test_issued_ids_round_trip_and_are_unguessable(make_store):
    store = make_store()
    ids = {store.create() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 32 and sessions.well_formed(i) for i in ids)
    a, b = sorted(ids)[:2]
    store.save(
        a,
        State(topic=Topic(query="住院起付线是多少？"), pending=Pending("inpatient", {}, ["tier"])),
    )
    assert store.load(a).topic.query == "住院起付线是多少？"
    assert store.load(a).pending == Pending("inpatient", {}, ["tier"])
    assert store.load(b) == State()


@pytest.mark.parametrize(
    "sid", ["my-own-name", "", "a" * 10_000, "\ud800" * 32, "A" * 32, 12345, None, ["x"]]
)
def test_ids_the_server_did_not_issue_are_refused(make_store, sid):
    store = make_store()
    store.create()
    with pytest.raises(UnknownSession):
        store.load(sid)
    with pytest.raises(UnknownSession):
        store.save(sid, State(topic=Topic(query="我的数据")))  # a client cannot pick its own id
    store.drop(sid)  # harmless


def test_dropped_sessions_stay_gone(make_store):
    store = make_store()
    sid = store.create()
    store.drop(sid)
    with pytest.raises(UnknownSession):
        store.load(sid)
    with pytest.raises(UnknownSession):
        store.save(sid, State())


def test_idle_sessions_expire_and_use_keeps_them_alive(make_store):
    store = make_store(0.6)
    kept, idle = store.create(), store.create()
    time.sleep(0.35)
    store.load(kept)
    time.sleep(0.35)  # idle: 0.7 s since creation; kept: 0.35 s since last use
    with pytest.raises(UnknownSession):
        store.load(idle)
    store.save(kept, State(topic=Topic(query="还在")))
    time.sleep(0.7)
    with pytest.raises(UnknownSession):
        store.save(kept, State(topic=Topic(query="复活？")))  # an expired session never comes back
    with pytest.raises(UnknownSession):
        store.load(kept)


def test_one_state_cannot_grow_without_bound(make_store):
    store = make_store()
    sid = store.create()
    store.save(sid, State(topic=Topic(query="问" * (MAX_STATE_CHARS + 1))))
    assert store.load(sid) == State()  # started afresh, still usable
    store.save(sid, State(topic=Topic(query="住院呢？")))
    assert store.load(sid).topic.query == "住院呢？"


def test_a_burst_of_new_sessions_evicts_no_one(make_store):
    store = make_store()
    mine = store.create()
    store.save(mine, State(topic=Topic(query="我的对话")))
    for _ in range(2_000):
        store.create()
    assert store.load(mine).topic.query == "我的对话"


def test_two_handles_on_one_store_share_sessions(make_store):
    first, second = make_store(), make_store()
    sid = first.create()
    first.save(sid, State(topic=Topic(query="第一台")))
    assert second.load(sid).topic.query == "第一台"
    second.drop(sid)
    with pytest.raises(UnknownSession):
        first.load(sid)


def test_sqlite_keeps_only_a_hash_of_each_id(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    sid = store.create()
    store.save(sid, State(topic=Topic(query="x")))
    keys = [
        row[0] for row in sqlite3.connect(tmp_path / "s.db").execute("SELECT key FROM sessions")
    ]
    assert keys and sid not in keys and all(len(k) == 64 for k in keys)


def _worker(path: str, rounds: int, out) -> None:
    store = SQLiteStore(path)
    try:
        for n in range(rounds):
            sid = store.create()
            store.save(sid, State(topic=Topic(query=f"问题{n}")))
            assert store.load(sid).topic.query == f"问题{n}"
        out.put("ok")
    except Exception as exc:  # reported to the parent, which fails the test
        out.put(f"{type(exc).__name__}: {exc}")


def test_sqlite_is_safe_across_processes_and_threads(tmp_path):
    path = str(tmp_path / "shared.db")
    SQLiteStore(path)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [context.Process(target=_worker, args=(path, 100, out)) for _ in range(3)]
    threads = [threading.Thread(target=_worker, args=(path, 100, out)) for _ in range(4)]
    for worker in processes + threads:
        worker.start()
    for worker in processes + threads:
        worker.join(timeout=60)
    results = [out.get(timeout=5) for _ in range(len(processes) + len(threads))]
    assert results == ["ok"] * len(results)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    count = sqlite3.connect(path).execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert count == 700


def test_open_store_picks_by_url(tmp_path, monkeypatch):
    pytest.importorskip("redis", reason="the redis client is not installed (requirements.txt)")
    monkeypatch.setenv("NGARI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NGARI_SESSION_STORE", raising=False)
    default = open_store()
    assert isinstance(default, SQLiteStore)
    assert default.path == tmp_path / "cache" / "sessions.sqlite3"
    assert isinstance(open_store("memory://"), MemoryStore)
    chosen = open_store(f"sqlite://{tmp_path}/other.db")
    assert isinstance(chosen, SQLiteStore) and chosen.path == tmp_path / "other.db"
    monkeypatch.setenv("NGARI_SESSION_STORE", "redis://127.0.0.1:1/0")
    assert isinstance(open_store(), RedisStore)  # connects lazily
    assert isinstance(open_store("valkey://127.0.0.1:1/0"), RedisStore)
    monkeypatch.setenv("NGARI_SESSION_TTL", "60")
    assert open_store("memory://").ttl == 60


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "files"])
def test_open_store_names_what_is_allowed(url):
    with pytest.raises(StoreConfigError, match="sqlite|memory"):
        open_store(url)


def test_open_store_refuses_a_bad_ttl(monkeypatch):
    monkeypatch.setenv("NGARI_SESSION_TTL", "两小时")
    with pytest.raises(StoreConfigError, match="NGARI_SESSION_TTL"):
        open_store("memory://")


def test_redis_keeps_only_a_hash_of_each_id(redis_url):
    store = RedisStore(redis_url)
    sid = store.create()
    names = [k.decode() for k in store._redis.keys("*")]
    assert names and not any(sid in name for name in names)
    assert 0 < store._redis.pttl(RedisStore.PREFIX + sessions._key(sid)) <= store.ttl * 1000


def test_an_unreachable_redis_is_a_store_error_not_an_unknown_session():
    pytest.importorskip("redis", reason="the redis client is not installed (requirements.txt)")
    store = RedisStore("redis://127.0.0.1:1/0")
    with pytest.raises(sessions.store_errors()):
        store.create()
    sid = "A" * 32
    with pytest.raises(sessions.store_errors()):
        store.load(sid)


def test_person_keys_name_one_relative_one_way() -> None:
    from assistant.state import person_key

    assert person_key("我爸") == person_key("老爸") == person_key("我爸爸") == "爸"
    assert person_key("我") == person_key("她") == ""
