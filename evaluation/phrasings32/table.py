"""Rows of the thirty-second held-out table: the first table's row builder, every row heldout32."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout32"


class Heldout32Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout32 (never tuned on)."""

    split = SPLIT
