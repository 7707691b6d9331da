"""The eleventh phrasing table (evaluation/phrasings11, tuning material): well formed, all tune11,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings10)."""

from __future__ import annotations

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings11 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
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
    "phrasings9",
    "phrasings10",
)
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


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_sizes_asked_for(rows) -> None:
    tables.assert_sizes(rows, SHAPE)


def test_split_and_ids(rows) -> None:
    tables.assert_split_and_ids(rows, SHAPE, EARLIER_TABLES)


def test_fact_absent_rows_cover_the_seven_documents(rows) -> None:
    tables.assert_fact_absent_spread(rows, SHAPE.per_document, every_row_related=True, typed=True)


def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(rows) -> None:
    """At least 20 ask a detail (how many times, online or not, which format, whether needed)
    with no unit or figure and no named body, place or date in the question."""
    tables.assert_bare_details(rows, 20)


def test_user_titles_cover_the_seven_documents_and_declines(rows) -> None:
    tables.assert_user_titles_cover(rows, declines=5, calculations=4)


def test_calculations_use_every_calculator(rows) -> None:
    tables.assert_every_calculator(rows)


def test_malformed_inputs_name_the_field(rows) -> None:
    tables.assert_malformed_inputs_name(rows, {"费用", "档次", "级别", "年龄", "月"})


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    tables.assert_dialogue_turn_kinds(rows, tables.TUNING_DIALOGUES)


def test_every_expectation_is_well_formed(rows) -> None:
    tables.assert_expectations_well_formed(rows)


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)


def test_every_expected_term_is_in_a_gold_place(rows, corpus) -> None:
    """An expected term is quoted from the gold clause (or names its document)."""
    assert not checks.terms_not_in_gold(rows, corpus)


def test_every_figure_is_the_reference_reading_of_the_inputs(rows) -> None:
    assert checks.figures_checked(rows) >= 60


def test_no_row_repeats_or_closely_paraphrases_earlier_questions(rows) -> None:
    tables.assert_no_copies(rows, HERE, EARLIER_TABLES)


def test_no_two_rows_of_this_table_are_one_phrasing(rows) -> None:
    assert not checks.within_table_close(rows)


def test_the_runner_reads_this_table() -> None:
    tables.assert_runner_reads("phrasings11", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings11", capsys)
