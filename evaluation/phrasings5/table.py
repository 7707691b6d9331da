"""Rows of the fifth held-out table: the first table's row builder, every row split heldout5."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout5"


class Heldout5Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout5 (never tuned on)."""

    split = SPLIT
