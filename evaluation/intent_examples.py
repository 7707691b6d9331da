"""Labelled examples for the nearest-example classifier, derived from the phrasing table.

python -m evaluation.intent_examples   # rewrites evaluation/data/intent_examples.tsv (tune rows)

Only `tune` rows become examples; the held-out rows are labelled by the same function so that
evaluation/intent_knn.py can score against them. The label is the routing decision that
matters: answer (with the coarse intent when the row tells it), out_of_scope (another place,
scheme or year, or a fact the text never gives) or off_topic (not about the documents).
Hostile, English and dialogue rows are left out: their routing is decided by other layers
(the guard, the translation, the conversation state).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.nearest import EXAMPLES, Decision, Example
from evaluation.phrasings.runner import load_rows

DECLINE_KINDS = {
    "out_of_scope_place": "place",
    "out_of_scope_scheme": "scheme",
    "out_of_scope_year": "year",
    "fact_absent": "absent",
}
ANSWERED = ("in_scope_place", "in_scope_year", "scheme_alias", "multi_part", "user_titles")
LOOKUP_INTENTS = {"list": "list", "procedure": "procedure"}


@dataclass(frozen=True)
class Labelled:
    row_id: str
    split: str
    category: str
    example: Example


def _statuses(row: dict[str, Any]) -> list[str]:
    status = row.get("status") or []
    return [status] if isinstance(status, str) else list(status)


def label(row: dict[str, Any]) -> Labelled | None:
    """The routing label of one single-question row, or None when the row does not test routing."""
    category, question = row["category"], row.get("question")
    if not question:
        return None
    statuses = _statuses(row)
    decision: Decision
    intent, kind = "", ""
    if category in DECLINE_KINDS:
        decision, kind = "out_of_scope", DECLINE_KINDS[category]
    elif category == "not_about_documents":
        decision = "off_topic"
    elif category == "calculation":
        decision, intent = "answer", "calculate"
    elif category == "eligibility":
        decision, intent = "answer", "eligibility"
    elif category == "lookup":
        decision, intent = "answer", LOOKUP_INTENTS.get(row.get("fact_type", ""), "lookup")
    elif category in ANSWERED:
        if statuses == ["out_of_scope"]:
            decision = "out_of_scope"  # user titles: another place or scheme, or off topic
        else:
            decision = "answer"
            intent = "calculate" if statuses == ["calculated"] else ""
    else:
        return None
    return Labelled(row["id"], row["split"], category, Example(question, decision, intent, kind))


def labelled_rows(split: str) -> list[Labelled]:
    return [x for row in load_rows() if (x := label(row)) is not None and x.split == split]


HEADER = (
    "# Routing examples for evaluation/nearest.py, generated from the TUNE rows of the phrasing\n"
    "# table by `python -m evaluation.intent_examples` (do not edit by hand).\n"
    "# decision\tintent\tkind\tquestion\n"
)


def render(rows: list[Labelled]) -> str:
    lines = [
        f"{x.example.decision}\t{x.example.intent}\t{x.example.kind}\t{x.example.text}"
        for x in rows
    ]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    rows = labelled_rows("tune")
    path = Path(argv[0]) if argv else EXAMPLES
    path.write_text(render(rows), encoding="utf-8")
    print(f"{path}: {len(rows)} 条示例（只取 tune 行）")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
