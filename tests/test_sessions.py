"""The session store contract: issued ids only, state round-trips, dropped means gone."""

import pytest

from assistant.sessions import MemoryStore, UnknownSession
from assistant.state import State, Topic


def test_issued_ids_round_trip_and_are_unguessable():
    store = MemoryStore()
    a, b = store.create(), store.create()
    assert a != b and len(a) >= 24
    store.save(a, State(topic=Topic(query="住院起付线是多少？")))
    assert store.load(a).topic.query == "住院起付线是多少？"
    assert store.load(b).topic is None


def test_unknown_and_dropped_ids_are_refused():
    store = MemoryStore()
    with pytest.raises(UnknownSession):
        store.load("my-own-name")
    with pytest.raises(UnknownSession):
        store.save("my-own-name", State())
    sid = store.create()
    store.drop(sid)
    with pytest.raises(UnknownSession):
        store.load(sid)


def test_expired_sessions_are_forgotten():
    store = MemoryStore(ttl=-1)
    sid = store.create()
    with pytest.raises(UnknownSession):
        store.load(sid)
