"""Rows of the twenty-second held-out table: the first table's row builder, every row heldout22."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout22"


class Heldout22Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout22 (never tuned on)."""

    split = SPLIT
