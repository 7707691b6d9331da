"""The fifth held-out phrasing table (evaluation/phrasings5): well formed, all heldout5,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table."""

from __future__ import annotations

from evaluation.phrasings5 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.earlier_tables(HERE, "phrasings", "phrasings2", "phrasings3")
SHAPE = tables.shaped(tables.EARLY_HELD_OUT_SIZES, "heldout5", "h5")


class TestPhrasings5(tables.EarlyHeldOutChecks):
    generate = generate
    name = "phrasings5"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE

    def test_lookups_cover_all_seven_documents(self, rows) -> None:
        tables.assert_lookups_cover_seven_documents(rows)
