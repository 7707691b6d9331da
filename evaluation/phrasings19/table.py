"""Rows of the nineteenth (tuning) table: the first table's row builder, every row split tune19."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune19"


class Tune19Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune19 (the lead tunes on it)."""

    split = SPLIT
