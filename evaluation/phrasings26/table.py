"""Rows of the twenty-sixth held-out table: the first table's row builder, every row heldout26."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout26"


class Heldout26Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout26 (never tuned on)."""

    split = SPLIT
