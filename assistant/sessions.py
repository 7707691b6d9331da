"""Conversation state outside any one process, behind one small interface.

A session id is an unguessable token the server issues (`create`); a client can only name a
session it was given, and an unknown or expired id is an error the caller reports, never a
silent new conversation. Implementations: memory (tests, one process), SQLite (default on one
machine; WAL, safe across worker processes), Redis/Valkey (several machines).

`open_store(url)` picks one: `memory://`, `sqlite:///path/to/file` or `redis://host:port/0`
(also `rediss://`, `valkey://`); without a url, `NGARI_SESSION_STORE`, else a SQLite file in the
cache folder. States expire after `NGARI_SESSION_TTL` seconds idle (default two hours); there is
no cap on the number of live sessions, so a burst of new ones never evicts anyone's.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

from assistant.state import State

TTL_SECONDS = 2 * 60 * 60  # a conversation idle this long is forgotten
MAX_STATE_CHARS = 64_000  # one session's stored state may not grow past this
TOKEN_BYTES = 24  # 192 random bits, 32 url-safe characters
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32}")

log = logging.getLogger(__name__)


class UnknownSession(LookupError):
    """The id was never issued here, or its conversation expired."""


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def well_formed(sid: object) -> bool:
    """Only strings shaped like our tokens reach a store (no surrogates, no megabyte ids)."""
    return isinstance(sid, str) and _TOKEN.fullmatch(sid) is not None


def _key(sid: str) -> str:
    """Stores keep a hash of the token, so a copied database file reveals no live session id."""
    return hashlib.sha256(sid.encode("ascii")).hexdigest()


def _bounded(state: State) -> str:
    text = state.dumps()
    if len(text) > MAX_STATE_CHARS:
        log.warning("session state of %d characters over the bound; starting afresh", len(text))
        text = State().dumps()  # never let one conversation grow without bound
    return text


class SessionStore(Protocol):
    def create(self) -> str: ...
    def load(self, sid: str) -> State: ...  # raises UnknownSession
    def save(self, sid: str, state: State) -> None: ...  # raises UnknownSession
    def drop(self, sid: str) -> None: ...


class MemoryStore:
    """One process's sessions; for tests and the single-process page."""

    kind = "memory"

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
        if not well_formed(sid):
            raise UnknownSession(sid)
        with self._lock:
            self._expire(time.monotonic())
            row = self._rows.get(sid)
            if row is None:
                raise UnknownSession(sid)
            self._rows[sid] = (time.monotonic(), row[1])
            return State.loads(row[1])

    def save(self, sid: str, state: State) -> None:
        text = _bounded(state)
        with self._lock:
            self._expire(time.monotonic())
            if not well_formed(sid) or sid not in self._rows:
                raise UnknownSession(sid)
            self._rows[sid] = (time.monotonic(), text)

    def drop(self, sid: str) -> None:
        if isinstance(sid, str):
            with self._lock:
                self._rows.pop(sid, None)

    def ping(self) -> None:
        return None


class SQLiteStore:
    """Sessions in one SQLite file shared by every worker process on this machine.

    WAL lets readers and one writer work at once; each statement is its own transaction and a
    busy writer is waited for (busy_timeout), so concurrent workers never see half a row.
    """

    kind = "sqlite"

    def __init__(self, path: str | Path, ttl: float = TTL_SECONDS) -> None:
        self.path = Path(path)
        self.ttl = ttl
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.touch(mode=0o600, exist_ok=True)  # conversations are personal: owner only
        self._local = threading.local()
        with self._db() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS sessions ("
                " key TEXT PRIMARY KEY, expires REAL NOT NULL, state TEXT NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires)")

    def _db(self) -> sqlite3.Connection:
        """One connection per thread (sqlite3 connections are not shared across threads)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=10000")
            self._local.db = db
        return db

    def create(self) -> str:
        sid, now = new_token(), time.time()
        db = self._db()
        db.execute("DELETE FROM sessions WHERE expires < ?", (now,))
        db.execute(
            "INSERT INTO sessions (key, expires, state) VALUES (?, ?, ?)",
            (_key(sid), now + self.ttl, State().dumps()),
        )
        return sid

    def load(self, sid: str) -> State:
        if not well_formed(sid):
            raise UnknownSession(sid)
        now = time.time()
        row = (
            self._db()
            .execute(
                "UPDATE sessions SET expires = ? WHERE key = ? AND expires >= ? RETURNING state",
                (now + self.ttl, _key(sid), now),
            )
            .fetchone()
        )
        if row is None:
            raise UnknownSession(sid)
        return State.loads(row[0])

    def save(self, sid: str, state: State) -> None:
        if not well_formed(sid):
            raise UnknownSession(sid)
        now = time.time()
        changed = (
            self._db()
            .execute(
                "UPDATE sessions SET expires = ?, state = ? WHERE key = ? AND expires >= ?",
                (now + self.ttl, _bounded(state), _key(sid), now),
            )
            .rowcount
        )
        if changed != 1:
            raise UnknownSession(sid)

    def drop(self, sid: str) -> None:
        if well_formed(sid):
            self._db().execute("DELETE FROM sessions WHERE key = ?", (_key(sid),))

    def ping(self) -> None:
        self._db().execute("SELECT 1").fetchone()


class RedisStore:
    """Sessions in Redis or Valkey, for workers on several machines behind one load balancer.

    Expiry is the server's own (PX); `SET … XX` updates only a live key, so a save can never
    bring an expired conversation back. Run the server with `maxmemory-policy noeviction`.
    """

    kind = "redis"
    PREFIX = "ngari:session:"

    def __init__(self, url: str, ttl: float = TTL_SECONDS) -> None:
        import redis

        self.ttl = ttl
        self._ms = max(1, int(ttl * 1000))
        self._redis = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)

    def _name(self, sid: str) -> str:
        return self.PREFIX + _key(sid)

    def create(self) -> str:
        sid = new_token()
        self._redis.set(self._name(sid), State().dumps(), px=self._ms, nx=True)
        return sid

    def load(self, sid: str) -> State:
        if not well_formed(sid):
            raise UnknownSession(sid)
        text = self._redis.getex(self._name(sid), px=self._ms)
        if text is None:
            raise UnknownSession(sid)
        return State.loads(text.decode("utf-8"))

    def save(self, sid: str, state: State) -> None:
        if not well_formed(sid):
            raise UnknownSession(sid)
        if not self._redis.set(self._name(sid), _bounded(state), px=self._ms, xx=True):
            raise UnknownSession(sid)

    def drop(self, sid: str) -> None:
        if well_formed(sid):
            self._redis.delete(self._name(sid))

    def ping(self) -> None:
        self._redis.ping()


class StoreConfigError(ValueError):
    """NGARI_SESSION_STORE names something we cannot open; the message says what is allowed."""


def default_path() -> Path:
    from index.model_builder import cache_dir

    return cache_dir() / "sessions.sqlite3"


def open_store(url: str | None = None, ttl: float | None = None) -> SessionStore:
    """The store a url names (see the module docstring); SQLite in the cache folder by default."""
    url = url or os.environ.get("NGARI_SESSION_STORE", "").strip() or None
    if ttl is None:
        raw = os.environ.get("NGARI_SESSION_TTL", "").strip()
        try:
            ttl = float(raw) if raw else TTL_SECONDS
        except ValueError as exc:
            raise StoreConfigError(f"NGARI_SESSION_TTL 应为秒数，收到“{raw}”。") from exc
        if not ttl > 0:
            raise StoreConfigError(f"NGARI_SESSION_TTL 应为正数秒，收到“{raw}”。")
    if url is None:
        return SQLiteStore(default_path(), ttl)
    scheme = urlparse(url).scheme.lower()
    if scheme == "memory":
        return MemoryStore(ttl)
    if scheme == "sqlite":
        path = url[len("sqlite://") :]
        if not path or path == "/":
            raise StoreConfigError("sqlite 会话库需要文件路径，例如 sqlite:///var/lib/ngari/s.db。")
        return SQLiteStore(path, ttl)
    if scheme in ("redis", "rediss", "valkey", "valkeys", "unix"):
        if scheme.startswith("valkey"):
            url = "redis" + url[len("valkey") :]
        return RedisStore(url, ttl)
    raise StoreConfigError(
        f"不认识的会话存储“{url}”。可用：memory://、sqlite:///文件路径、redis://主机:端口/库号。"
    )


def store_errors() -> tuple[type[Exception], ...]:
    """What a store raises when its database or server is unreachable (not a caller's fault)."""
    errors: list[type[Exception]] = [sqlite3.Error, OSError]
    try:
        from redis.exceptions import RedisError
    except ImportError:  # pragma: no cover - requirements install redis
        return tuple(errors)
    return (*errors, RedisError)
