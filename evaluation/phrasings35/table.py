"""Rows of the thirty-fifth (tuning) table: the first table's row builder, every row tune35."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune35"


class Tune35Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune35 (the lead tunes on it)."""

    split = SPLIT
