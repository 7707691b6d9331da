"""Rows of the ninth (tuning) table: the first table's row builder, every row split tune9."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune9"


class Tune9Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune9 (tuning material)."""

    split = SPLIT
