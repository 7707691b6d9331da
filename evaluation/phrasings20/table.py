"""Rows of the twentieth held-out table: the first table's row builder, every row split heldout20."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout20"


class Heldout20Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout20 (never tuned on)."""

    split = SPLIT
