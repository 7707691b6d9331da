"""Rows of the thirteenth (tuning) table: the first table's row builder, every row split tune13."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune13"


class Tune13Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune13 (the lead tunes on it)."""

    split = SPLIT
