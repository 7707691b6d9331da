"""The one JSON shape every entry point returns (CLI, batch, app, evaluation)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.citations import Citation

STATUSES = ("answered", "calculated", "follow_up", "out_of_scope", "error")


@dataclass
class Response:
    status: str
    answer: str = ""
    citations: list[Citation] = field(default_factory=list)
    calculation: dict[str, Any] | None = None
    follow_up: dict[str, Any] | None = None
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    # document metadata shown in the answer (文号, 日期), for the grounding check
    facts: list[str] = field(default_factory=list)
    query: str = ""  # the question as read with its context, for the next turn
    quoted: list[str] = field(default_factory=list)  # passages quoted, so other parts quote others

    def to_dict(self) -> dict[str, Any]:
        assert self.status in STATUSES, self.status
        answer = "\n".join([*self.notices, self.answer]) if self.notices else self.answer
        return {
            "status": self.status,
            "answer": answer,
            "citations": [c.to_dict() for c in self.citations],
            "calculation": self.calculation,
            "follow_up": self.follow_up,
            "error": self.error,
        }
