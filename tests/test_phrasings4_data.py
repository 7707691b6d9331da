"""The fourth phrasing table (evaluation/phrasings4, tuning material): well formed, all tune4,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or an earlier table."""

from __future__ import annotations

from evaluation.phrasings4 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 4)
SHAPE = tables.Shape(
    split="tune4",
    prefix="t4",
    minimum={
        "dialogue": 40,
        "hostile_malformed": 60,
        "fact_absent": 40,
        "user_titles": 40,
        "not_about_documents": 15,
    },
    turns=150,
    declined_and_look_alikes=50,
    look_alikes=20,
    per_document=5,
)
DIALOGUES = tables.DialogueKinds(switches=10, errors=5, whys=10, sources=5, english=False)


class TestPhrasings4(tables.DistinctTableChecks):
    generate = generate
    name = "phrasings4"
    earlier = EARLIER_TABLES
    figures = 60

    def test_sizes_asked_for(self, rows) -> None:
        tables.assert_sizes(rows, SHAPE)

    def test_fact_absent_rows_cover_the_seven_documents(self, rows) -> None:
        tables.assert_fact_absent_spread(
            rows, SHAPE.per_document, every_row_related=True, typed=False
        )

    def test_malformed_inputs_must_name_the_field(self, rows) -> None:
        tables.assert_malformed_inputs_name(
            rows, {"费用", "档次", "级别", "年龄", "月", "中文"}, named=30
        )

    def test_split_and_ids(self, rows) -> None:
        tables.assert_split_and_ids(rows, SHAPE, EARLIER_TABLES)

    def test_dialogues_hold_the_turn_kinds_asked_for(self, rows) -> None:
        tables.assert_dialogue_turn_kinds(rows, DIALOGUES)
        asked_twice = [
            r
            for r in rows
            if "turns" in r
            if sum("follow_up_for" in t["expect"] for t in r["turns"]) >= 2
        ]
        assert len(asked_twice) >= 3
