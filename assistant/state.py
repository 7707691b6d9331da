"""The conversation state: what later turns may refer to, and its one text form for stores.

Stores (memory, SQLite, Redis) hold `State.dumps()` text and give back `State.loads(text)`;
nothing outside this module reads the state's fields by string key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = 1  # bumped when the stored shape changes; older text loads as a fresh state


@dataclass
class State:
    last_calc: dict[str, Any] | None = None  # {"calculator", "inputs"}
    pending: dict[str, Any] | None = None  # {"calculator", "inputs", "missing"}
    last_citations: list[dict[str, Any]] = field(default_factory=list)
    last_question: str = ""

    def dumps(self) -> str:
        return json.dumps({"format": FORMAT, "state": asdict(self)}, ensure_ascii=False)

    @classmethod
    def loads(cls, text: str) -> State:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        return cls(**data["state"])
