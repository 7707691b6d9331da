"""Rows of the eighteenth held-out table: the first table's row builder, every row split heldout18."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout18"


class Heldout18Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout18 (never tuned on)."""

    split = SPLIT
