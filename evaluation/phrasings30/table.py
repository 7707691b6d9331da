"""Rows of the thirtieth held-out table: the first table's row builder, every row heldout30."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout30"


class Heldout30Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout30 (never tuned on)."""

    split = SPLIT
