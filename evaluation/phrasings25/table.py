"""Rows of the twenty-fifth (tuning) table: the first table's row builder, every row tune25."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune25"


class Tune25Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune25 (the lead tunes on it)."""

    split = SPLIT
