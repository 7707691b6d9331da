"""Rows of the thirty-third (tuning) table: the first table's row builder, every row tune33."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune33"


class Tune33Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune33 (the lead tunes on it)."""

    split = SPLIT
