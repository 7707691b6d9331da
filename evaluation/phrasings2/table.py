"""Rows of the second held-out table: the first table's row builder, every row split heldout2."""

from __future__ import annotations

from typing import Any

from evaluation.phrasings.rows import Table

SPLIT = "heldout2"


class HeldoutTable(Table):
    """Ids prefix-NNN as in the first table; the split is always heldout2 (never tuned on)."""

    def add(self, category: str, question: str | None = None, **expect: Any) -> dict[str, Any]:
        row = super().add(category, question, **expect)
        row["split"] = SPLIT
        return row
