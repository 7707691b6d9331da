"""Rows of the second held-out table: the first table's row builder, every row split heldout2."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout2"


class HeldoutTable(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout2 (never tuned on)."""

    split = SPLIT
