"""Rows of the thirty-first (tuning) table: the first table's row builder, every row tune31."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune31"


class Tune31Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune31 (the lead tunes on it)."""

    split = SPLIT
