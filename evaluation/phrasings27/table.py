"""Rows of the twenty-seventh (tuning) table: the first table's row builder, every row tune27."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune27"


class Tune27Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune27 (the lead tunes on it)."""

    split = SPLIT
