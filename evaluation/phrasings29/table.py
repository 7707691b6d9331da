"""Rows of the twenty-ninth (tuning) table: the first table's row builder, every row tune29."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune29"


class Tune29Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune29 (the lead tunes on it)."""

    split = SPLIT
