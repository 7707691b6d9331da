"""The third held-out phrasing table (evaluation/phrasings3): well formed, all heldout3,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, and no
sentence taken or closely paraphrased from the development set or an earlier table."""

from __future__ import annotations

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings3 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.earlier_tables(HERE, "phrasings", "phrasings2")
SHAPE = tables.Shape(
    split="heldout3",
    prefix="h3",
    minimum={
        "calculation": 50,
        "fact_absent": 40,
        "hostile_malformed": 40,
        "english": 15,
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


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_sizes_weighted_toward_the_weakest_categories(rows) -> None:
    tables.assert_sizes(rows, SHAPE)


def test_split_ids_and_coverage(rows) -> None:
    tables.assert_split_ids_and_coverage(rows, SHAPE, EARLIER_TABLES)


def test_fact_absent_rows_are_balanced_across_the_seven_documents(rows) -> None:
    tables.assert_fact_absent_spread(rows, SHAPE.per_document, every_row_related=False, typed=False)


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    tables.assert_dialogue_turn_kinds(rows, tables.EARLY_HELD_OUT_DIALOGUES)


def test_every_expectation_is_well_formed(rows) -> None:
    tables.assert_expectations_well_formed(rows)


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)


def test_every_expected_term_is_in_a_gold_place(rows, corpus) -> None:
    """An expected term is quoted from the gold clause (or names its document)."""
    assert not checks.terms_not_in_gold(rows, corpus)


def test_every_figure_is_the_reference_reading_of_the_inputs(rows) -> None:
    assert checks.figures_checked(rows) >= 90


def test_no_row_repeats_or_closely_paraphrases_earlier_questions(rows) -> None:
    tables.assert_no_copies(rows, HERE, EARLIER_TABLES)


def test_no_two_rows_of_this_table_are_one_phrasing(rows) -> None:
    assert not checks.within_table_close(rows)


def test_the_runner_reads_this_table() -> None:
    tables.assert_runner_reads("phrasings3", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings3", capsys)
