"""Helpers for tests that hold a conversation with the real assistant."""

from __future__ import annotations

from assistant.engine import Assistant, State


def ask_turns(assistant: Assistant, *turns: str) -> list:
    """Each turn asked in one conversation, in order: their responses."""
    state = State()
    return [assistant.ask(t, state) for t in turns]


def labels(response) -> list[str]:
    return [c.label for c in response.citations]
