"""Rows of the thirty-eighth held-out table: the first table's row builder, every row heldout38."""

from __future__ import annotations

from evaluation.phrasings.rows import FixedSplitTable

SPLIT = "heldout38"


class Heldout38Table(FixedSplitTable):
    """Ids prefix-NNN as in the first table; the split is always heldout38 (never tuned on)."""

    split = SPLIT
