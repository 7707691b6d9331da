"""The second held-out phrasing table (evaluation/phrasings2): well formed, all heldout2,
regenerated identically, every gold place and expected term found in the gazette, every
figure the independent reference's, and no sentence taken from the development set or
from the first phrasing table."""

from __future__ import annotations

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings2 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.earlier_tables(HERE, "phrasings")
SHAPE = tables.Shape(
    split="heldout2",
    prefix=None,  # the second table's ids are not checked for a prefix
    minimum={
        "calculation": 55,
        "lookup": 55,
        "eligibility": 25,
        "fact_absent": 20,
        "out_of_scope_place": 30,
        "out_of_scope_scheme": 10,
        "out_of_scope_year": 10,
        "not_about_documents": 15,
        "hostile_malformed": 20,
        "english": 10,
        "user_titles": 35,
        "dialogue": 12,
    },
    rows=380,
    look_alikes=25,
    turns=55,
)


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_size_categories_and_split(rows) -> None:
    tables.assert_sizes(rows, SHAPE)
    tables.assert_split_ids_and_coverage(rows, SHAPE, EARLIER_TABLES)


def test_every_expectation_is_well_formed(rows) -> None:
    tables.assert_expectations_well_formed(rows)


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)


def test_every_expected_term_is_in_a_gold_place(rows, corpus) -> None:
    """An expected term is quoted from the gold clause (or names its document)."""
    assert not checks.terms_not_in_gold(rows, corpus)


def test_every_figure_is_the_reference_reading_of_the_inputs(rows) -> None:
    assert checks.figures_checked(rows) >= 70


def test_no_row_repeats_or_closely_paraphrases_earlier_questions(rows) -> None:
    tables.assert_no_copies(rows, HERE, EARLIER_TABLES)


def test_the_runner_reads_this_table() -> None:
    tables.assert_runner_reads("phrasings2", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings2", capsys)
