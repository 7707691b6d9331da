"""Rows of the sixth table: the first table's row builder, every row split tune6."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune6"


class Tune6Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune6 (the lead tunes on it)."""

    split = SPLIT
