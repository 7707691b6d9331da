"""Rows of the fourteenth held-out table: the first table's row builder, every row split heldout14."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout14"


class Heldout14Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout14 (never tuned on)."""

    split = SPLIT
