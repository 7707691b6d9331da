"""Rows of the twenty-eighth held-out table: the first table's row builder, every row heldout28."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout28"


class Heldout28Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout28 (never tuned on)."""

    split = SPLIT
