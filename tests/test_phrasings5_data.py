"""The fifth held-out phrasing table (evaluation/phrasings5): well formed, all heldout5,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table."""

from __future__ import annotations

from evaluation.phrasings5 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.earlier_tables(HERE, "phrasings", "phrasings2", "phrasings3")
SHAPE = tables.Shape(
    split="heldout5",
    prefix="h5",
    minimum={
        "calculation": 50,
        "fact_absent": 40,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 40,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 30,
    },
    lookups=80,
    declined=60,
    look_alikes=25,
    turns=110,
    per_document=5,
)


class TestPhrasings5(tables.EarlyHeldOutChecks):
    generate = generate
    name = "phrasings5"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE

    def test_lookups_cover_all_seven_documents(self, rows) -> None:
        tables.assert_lookups_cover_seven_documents(rows)
