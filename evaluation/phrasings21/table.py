"""Rows of the twenty-first (tuning) table: the first table's row builder, every row tune21."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune21"


class Tune21Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune21 (the lead tunes on it)."""

    split = SPLIT
