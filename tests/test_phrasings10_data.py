"""The tenth held-out phrasing table (evaluation/phrasings10): well formed, all heldout10,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or any earlier table
(phrasings … phrasings8)."""

from __future__ import annotations

from evaluation.phrasings10 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
EARLIER_TABLES = tables.earlier_tables(
    HERE,
    "phrasings",
    "phrasings2",
    "phrasings3",
    "phrasings4",
    "phrasings5",
    "phrasings6",
    "phrasings7",
    "phrasings8",
)
SHAPE = tables.shaped(tables.HELD_OUT_SIZES, "heldout10", "h10")


class TestPhrasings10(tables.HeldOutChecks):
    generate = generate
    name = "phrasings10"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE
