"""Rows of the eleventh (tuning) table: the first table's row builder, every row split tune11."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune11"


class Tune11Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune11 (tuning material)."""

    split = SPLIT
