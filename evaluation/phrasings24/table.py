"""Rows of the twenty-fourth held-out table: the first table's row builder, every row heldout24."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout24"


class Heldout24Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout24 (never tuned on)."""

    split = SPLIT
