"""The eleventh phrasing table (evaluation/phrasings11, tuning material): well formed, all tune11,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings10)."""

from __future__ import annotations

from evaluation.phrasings11 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 11)
SHAPE = tables.Shape(
    split="tune11",
    prefix="t11",
    minimum={
        "dialogue": 35,
        "fact_absent": 60,
        "user_titles": 50,
        "hostile_malformed": 30,
        "calculation": 60,
    },
    turns=110,
    declined_and_look_alikes=40,
    look_alikes=12,
    declined=25,
    lookups=40,
    answers=380,
    per_document=7,
)


class TestPhrasings11(tables.LaterTuningChecks):
    generate = generate
    name = "phrasings11"
    earlier = EARLIER_TABLES
    figures = 60
    shape = SHAPE
    bare_details = 20
