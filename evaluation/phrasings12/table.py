"""Rows of the twelfth held-out table: the first table's row builder, every row split heldout12."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout12"


class Heldout12Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout12 (never tuned on)."""

    split = SPLIT
