"""The eighth phrasing table (evaluation/phrasings8, tuning material): well formed, all tune8,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings7)."""

from __future__ import annotations

from dataclasses import replace

from evaluation.phrasings8 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 8)
SHAPE = tables.Shape(
    split="tune8",
    prefix="t8",
    minimum={"dialogue": 25, "fact_absent": 45, "user_titles": 50, "hostile_malformed": 30},
    turns=85,
    declined=30,
    look_alikes=15,
    rows=200,
    per_document=5,
)
DIALOGUES = replace(tables.TUNING_DIALOGUES, sources=4)


class TestPhrasings8(tables.TuningChecks):
    generate = generate
    name = "phrasings8"
    earlier = EARLIER_TABLES
    figures = 40
    shape = SHAPE
    dialogue_kinds = DIALOGUES

    def test_sizes_asked_for(self, rows) -> None:
        tables.assert_sizes(rows, SHAPE)

    def test_user_titles_cover_the_seven_documents_and_declines(self, rows) -> None:
        tables.assert_user_titles_cover(rows, declines=4)
