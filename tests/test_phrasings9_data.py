"""The ninth phrasing table (evaluation/phrasings9, tuning material): well formed, all tune9,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings8)."""

from __future__ import annotations

from evaluation.phrasings9 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 9)
SHAPE = tables.Shape(
    split="tune9",
    prefix="t9",
    minimum={
        "dialogue": 35,
        "fact_absent": 60,
        "user_titles": 60,
        "hostile_malformed": 30,
        "calculation": 25,
    },
    turns=105,
    declined_and_look_alikes=50,
    look_alikes=15,
    declined=35,
    lookups=30,
    answers=300,
    per_document=6,
)


class TestPhrasings9(tables.LaterTuningChecks):
    generate = generate
    name = "phrasings9"
    earlier = EARLIER_TABLES
    figures = 60
    shape = SHAPE
    bare_details = 25
