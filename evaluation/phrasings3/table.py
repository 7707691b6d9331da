"""Rows of the third held-out table: the first table's row builder, every row split heldout3."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout3"


class Heldout3Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout3 (never tuned on)."""

    split = SPLIT
