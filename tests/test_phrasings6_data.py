"""The sixth phrasing table (evaluation/phrasings6, tuning material): well formed, all tune6,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table
(phrasings4 and phrasings5 included)."""

from __future__ import annotations

from dataclasses import replace

from evaluation.phrasings6 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 6)
SHAPE = tables.Shape(
    split="tune6",
    prefix="t6",
    minimum={
        "dialogue": 45,
        "fact_absent": 50,
        "user_titles": 45,
        "hostile_malformed": 40,
        "english": 10,
    },
    turns=160,
    declined=40,
    look_alikes=20,
    lookups=40,
    per_document=6,
)
# more of each kind than the later tuning tables, and an English turn
DIALOGUES = replace(
    tables.TUNING_DIALOGUES,
    switches=10,
    errors=5,
    whys=15,
    sources=6,
    follow_ons=15,
    english=True,
    declines=4,
)


class TestPhrasings6(tables.TuningChecks):
    generate = generate
    name = "phrasings6"
    earlier = EARLIER_TABLES
    figures = 80
    shape = SHAPE
    dialogue_kinds = DIALOGUES
    malformed_fields = frozenset({"费用", "档次", "级别", "年龄", "月", "中文"})

    def test_sizes_weighted_toward_the_weakest_categories(self, rows) -> None:
        tables.assert_sizes(rows, SHAPE)
