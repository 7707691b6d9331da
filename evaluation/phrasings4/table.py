"""Rows of the fourth table: the first table's row builder, every row split tune4."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "tune4"


class Tune4Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always tune4 (the lead tunes on it)."""

    split = SPLIT
