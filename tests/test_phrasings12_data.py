"""The twelfth held-out phrasing table (evaluation/phrasings12): well formed, all heldout12,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings10)."""

from __future__ import annotations

from evaluation.phrasings12 import generate
from tests import phrasing_tables as tables


class TestPhrasings12(tables.LaterTableChecks):
    generate = generate
    name = "phrasings12"
    # every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
    earlier = tables.tables_before(generate.HERE, 12)
    shape = tables.shaped(tables.HELD_OUT_SIZES, "heldout12", "h12")
