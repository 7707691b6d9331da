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
    shape = tables.Shape(
        split="heldout12",
        prefix="h12",
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
