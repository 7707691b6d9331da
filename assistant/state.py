"""The conversation state: what later turns may refer to, and its one text form for stores.

Typed: the last frame's topic and slots, the last calculation with its steps, the pending
follow-up, the fund payments made so far this year in the conversation, and the last answer's
citations. Stores (memory, SQLite, Redis) hold `State.dumps()` text and give back
`State.loads(text)`; nothing outside this module reads the stored fields by string key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from assistant.citations import Citation

FORMAT = 4  # bumped when the stored shape changes; older text loads as a fresh state
MAX_ASKS = 2  # a follow-up is asked at most this often before the rule is answered instead


@dataclass
class Topic:
    """What the last question was about, so a turn of bare slots can lean on it."""

    calculator: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    query: str = ""  # the question as searched (with its context), for short follow-ups
    person: str = ""  # who it was about (我爸, 我妈…); a new person starts a new tally


@dataclass
class Calculation:
    calculator: str
    inputs: dict[str, Any]
    result: dict[str, str]
    steps: list[dict[str, str]]  # {rule, amount, citation}
    title: str = ""


@dataclass
class Pending:
    calculator: str
    inputs: dict[str, Any]
    missing: list[str]
    asked: int = 1
    queued: list[str] = field(default_factory=list)  # costs of later stays stated in one turn


@dataclass
class Payment:
    """A fund payment computed in this conversation; it counts against the yearly cap."""

    calculator: str
    amount: str  # decimal string
    admission: int | None = None  # inpatient stays only


@dataclass
class State:
    topic: Topic | None = None
    last_calc: Calculation | None = None
    pending: Pending | None = None
    payments: list[Payment] = field(default_factory=list)
    last_citations: list[Citation] = field(default_factory=list)
    # a follow-up set aside by a question on another subject: "好的，我交的120" picks it up again
    shelved: Pending | None = None

    def drop_pending(self) -> None:
        """The user asked something else: the follow-up is not asked again, but kept aside."""
        if self.pending is not None:
            self.shelved = self.pending
        self.pending = None

    def paid_this_year(self) -> Decimal:
        return sum((Decimal(p.amount) for p in self.payments), Decimal(0))

    def stays(self) -> int:
        return sum(1 for p in self.payments if p.calculator == "inpatient")

    def clear(self) -> None:
        self.__init__()

    def dumps(self) -> str:
        return json.dumps({"format": FORMAT, "state": asdict(self)}, ensure_ascii=False)

    @classmethod
    def loads(cls, text: str) -> State:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        raw = data["state"]
        return cls(
            topic=Topic(**raw["topic"]) if raw.get("topic") else None,
            last_calc=Calculation(**raw["last_calc"]) if raw.get("last_calc") else None,
            pending=Pending(**raw["pending"]) if raw.get("pending") else None,
            payments=[Payment(**p) for p in raw.get("payments", [])],
            last_citations=[Citation(**c) for c in raw.get("last_citations", [])],
            shelved=Pending(**raw["shelved"]) if raw.get("shelved") else None,
        )
