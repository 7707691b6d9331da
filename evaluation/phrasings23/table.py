"""Rows of the twenty-third (tuning) table: the first table's row builder, every row tune23."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune23"


class Tune23Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune23 (the lead tunes on it)."""

    split = SPLIT
