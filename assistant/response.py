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

    def __post_init__(self) -> None:
        self._check_status()

    def _check_status(self) -> None:
        """A wrong status is a programming error: fail loudly where it is made, also under -O."""
        if self.status not in STATUSES:
            raise ValueError(f"unknown response status {self.status!r}; expected one of {STATUSES}")

    def to_dict(self) -> dict[str, Any]:
        self._check_status()  # the status may have been changed after construction
        answer = "\n".join([*self.notices, self.answer]) if self.notices else self.answer
        return {
            "status": self.status,
            "answer": answer,
            "citations": [c.to_dict() for c in self.citations],
            "calculation": self.calculation,
            "follow_up": self.follow_up,
            "error": self.error,
        }


def calculation_grounds(calculation: dict[str, Any]) -> list[str]:
    """What a calculation's figures stand on: its steps, result, inputs and notes."""
    sources = [f"{s['rule']} {s['amount']}" for s in calculation["steps"]]
    sources += list(calculation["result"].values())
    sources += [str(v) for v in calculation["inputs"].values()]
    return sources + list(calculation.get("notes", []))
