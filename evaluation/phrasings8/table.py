"""Rows of the eighth (tuning) table: the first table's row builder, every row split tune8."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune8"


class Tune8Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune8 (tuning material)."""

    split = SPLIT
