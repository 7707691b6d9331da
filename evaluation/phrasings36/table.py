"""Rows of the thirty-sixth held-out table: the first table's row builder, every row heldout36."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout36"


class Heldout36Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout36 (never tuned on)."""

    split = SPLIT
