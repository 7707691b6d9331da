"""Rows of the fifteenth (tuning) table: the first table's row builder, every row split tune15."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune15"


class Tune15Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune15 (the lead tunes on it)."""

    split = SPLIT
