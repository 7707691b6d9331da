"""Rows of the thirty-fourth held-out table: the first table's row builder, every row heldout34."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout34"


class Heldout34Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout34 (never tuned on)."""

    split = SPLIT
