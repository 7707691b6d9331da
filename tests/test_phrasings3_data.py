"""The third held-out phrasing table (evaluation/phrasings3): well formed, all heldout3,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table."""

from __future__ import annotations

from evaluation.phrasings3 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 3)
SHAPE = tables.shaped(tables.EARLY_HELD_OUT_SIZES, "heldout3", "h3", {"english": 15})


class TestPhrasings3(tables.EarlyHeldOutChecks):
    generate = generate
    name = "phrasings3"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE
