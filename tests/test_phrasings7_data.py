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
SHAPE = tables.Shape(
    split="heldout7",
    prefix="h7",
    minimum={
        "calculation": 50,
        "fact_absent": 45,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 40,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 33,
    },
    lookups=80,
    declined=60,
    look_alikes=25,
    turns=115,
    per_document=5,
    missing_one=5,
)


class TestPhrasings7(tables.HeldOutChecks):
    generate = generate
    name = "phrasings7"
    earlier = EARLIER_TABLES
    figures = 90
    shape = SHAPE
