"""Rows of the thirty-seventh (tuning) table: the first table's row builder, every row tune37."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune37"


class Tune37Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune37 (the lead tunes on it)."""

    split = SPLIT
