"""Conversation state outside any one process, behind one small interface.

A session id is an unguessable token the server issues (`create`); a client can only name a
session it was given, and an unknown or expired id is an error the caller reports, never a
silent new conversation. Implementations: memory (tests, one process), SQLite (default on one
machine), Redis/Valkey (several machines).
"""

from __future__ import annotations

import secrets
import threading
import time
from typing import Protocol

from assistant.state import State

TTL_SECONDS = 2 * 60 * 60  # a conversation idle this long is forgotten
MAX_STATE_CHARS = 64_000  # one session's stored state may not grow past this


class UnknownSession(LookupError):
    """The id was never issued here, or its conversation expired."""


def new_token() -> str:
    return secrets.token_urlsafe(24)


class SessionStore(Protocol):
    def create(self) -> str: ...
    def load(self, sid: str) -> State: ...  # raises UnknownSession
    def save(self, sid: str, state: State) -> None: ...  # raises UnknownSession
    def drop(self, sid: str) -> None: ...


class MemoryStore:
    """One process's sessions; for tests and the single-process page."""

    def __init__(self, ttl: float = TTL_SECONDS) -> None:
        self.ttl = ttl
        self._rows: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        for sid in [s for s, (t, _) in self._rows.items() if now - t > self.ttl]:
            del self._rows[sid]

    def create(self) -> str:
        sid = new_token()
        with self._lock:
            self._expire(time.monotonic())
            self._rows[sid] = (time.monotonic(), State().dumps())
        return sid

    def load(self, sid: str) -> State:
        with self._lock:
            self._expire(time.monotonic())
            row = self._rows.get(sid) if isinstance(sid, str) else None
            if row is None:
                raise UnknownSession(sid)
            return State.loads(row[1])

    def save(self, sid: str, state: State) -> None:
        text = state.dumps()
        if len(text) > MAX_STATE_CHARS:
            text = State().dumps()  # never let one conversation grow without bound
        with self._lock:
            if sid not in self._rows:
                raise UnknownSession(sid)
            self._rows[sid] = (time.monotonic(), text)

    def drop(self, sid: str) -> None:
        with self._lock:
            self._rows.pop(sid, None)
