"""Page-side glue to the session store: the browser holds only a server-issued token.

Every turn loads the conversation from the store and saves it back, so the store (memory now,
the shared SQLite/Redis one later) is the only place a conversation lives. Clearing the page
drops the conversation and issues a new token; closing the tab drops it too, and the store's
expiry forgets conversations nobody closed.
"""

from __future__ import annotations

import logging
import threading

from assistant.sessions import MemoryStore, SessionStore, UnknownSession
from assistant.state import State

log = logging.getLogger(__name__)


class PageSessions:
    """Tokens for browser tabs, backed by any `SessionStore`."""

    def __init__(self, store: SessionStore | None = None) -> None:
        self.store: SessionStore = store if store is not None else MemoryStore()
        self._tabs: dict[str, str] = {}  # gradio's per-tab hash -> the tab's current token
        self._lock = threading.Lock()

    def load(self, token: str | None, tab: str | None = None) -> tuple[str, State, bool]:
        """(token, state, expired): a missing token starts a conversation; an expired one
        starts a fresh one and says so, never another tab's conversation."""
        expired = False
        if token:
            try:
                state = self.store.load(token)
                self._bind(tab, token)
                return token, state, False
            except UnknownSession:
                log.info("page session expired or unknown; starting a new conversation")
                expired = True
        token = self.store.create()
        self._bind(tab, token)
        return token, State(), expired

    def save(self, token: str, state: State) -> str:
        """Store the turn's state; if the store forgot the token meanwhile, keep it under a new one."""
        try:
            self.store.save(token, state)
            return token
        except UnknownSession:
            fresh = self.store.create()
            self.store.save(fresh, state)
            return fresh

    def reset(self, token: str | None, tab: str | None = None) -> str:
        """Every way of clearing the page: the conversation is dropped, a new token issued."""
        if token:
            self.store.drop(token)
        fresh = self.store.create()
        self._bind(tab, fresh)
        return fresh

    def drop(self, token: str | None) -> None:
        """The browser's state expired (gradio's delete callback): forget the conversation."""
        if token:
            self.store.drop(token)

    def close_tab(self, tab: str | None) -> None:
        """The tab was closed or reloaded: its conversation goes with it."""
        with self._lock:
            token = self._tabs.pop(tab, None) if tab else None
        self.drop(token)

    def _bind(self, tab: str | None, token: str) -> None:
        if not tab:
            return
        with self._lock:
            old = self._tabs.get(tab)
            self._tabs[tab] = token
        if old and old != token:
            self.store.drop(old)
