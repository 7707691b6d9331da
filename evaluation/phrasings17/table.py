"""Rows of the seventeenth (tuning) table: the first table's row builder, every row split tune17."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune17"


class Tune17Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune17 (the lead tunes on it)."""

    split = SPLIT
