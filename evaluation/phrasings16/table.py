"""Rows of the sixteenth held-out table: the first table's row builder, every row split heldout16."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout16"


class Heldout16Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout16 (never tuned on)."""

    split = SPLIT
