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


class TestPhrasings9(tables.DistinctTableChecks):
    generate = generate
    name = "phrasings9"
    earlier = EARLIER_TABLES
    figures = 60

    def test_sizes_asked_for(self, rows) -> None:
        tables.assert_sizes(rows, SHAPE)

    def test_split_and_ids(self, rows) -> None:
        tables.assert_split_and_ids(rows, SHAPE, EARLIER_TABLES)

    def test_fact_absent_rows_cover_the_seven_documents(self, rows) -> None:
        tables.assert_fact_absent_spread(
            rows, SHAPE.per_document, every_row_related=True, typed=True
        )

    def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(self, rows) -> None:
        """At least 25 ask a detail (how many times, online or not, which format, whether needed)
        with no unit or figure and no named body, place or date in the question."""
        tables.assert_bare_details(rows, 25)

    def test_user_titles_cover_the_seven_documents_and_declines(self, rows) -> None:
        tables.assert_user_titles_cover(rows, declines=5, calculations=4)

    def test_calculations_use_every_calculator(self, rows) -> None:
        tables.assert_every_calculator(rows)

    def test_malformed_inputs_name_the_field(self, rows) -> None:
        tables.assert_malformed_inputs_name(rows, {"费用", "档次", "级别", "年龄", "月"})

    def test_dialogues_hold_the_turn_kinds_asked_for(self, rows) -> None:
        tables.assert_dialogue_turn_kinds(rows, tables.TUNING_DIALOGUES)
