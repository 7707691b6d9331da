"""Rows of the tenth held-out table: the first table's row builder, every row split heldout10."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout10"


class Heldout10Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout10 (never tuned on)."""

    split = SPLIT
