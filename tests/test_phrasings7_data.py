"""The seventh held-out phrasing table (evaluation/phrasings7): well formed, all heldout7,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table."""

from __future__ import annotations

from evaluation.phrasings7 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
EARLIER_TABLES = tables.earlier_tables(
    HERE, "phrasings", "phrasings2", "phrasings3", "phrasings4", "phrasings5"
)
SHAPE = tables.shaped(tables.HELD_OUT_SIZES, "heldout7", "h7")


class TestPhrasings7(tables.HeldOutChecks):
    generate = generate
    name = "phrasings7"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE
