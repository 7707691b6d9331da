"""Rows of the seventh held-out table: the first table's row builder, every row split heldout7."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout7"


class Heldout7Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout7 (never tuned on)."""

    split = SPLIT
