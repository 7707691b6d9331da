"""The fourth phrasing table (evaluation/phrasings4, tuning material): well formed, all tune4,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or an earlier table."""

from __future__ import annotations

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings4 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.earlier_tables(HERE, "phrasings", "phrasings2", "phrasings3")
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


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_sizes_asked_for(rows) -> None:
    tables.assert_sizes(rows, SHAPE)


def test_fact_absent_rows_cover_the_seven_documents(rows) -> None:
    tables.assert_fact_absent_spread(rows, SHAPE.per_document, every_row_related=True, typed=False)


def test_malformed_inputs_must_name_the_field(rows) -> None:
    tables.assert_malformed_inputs_name(
        rows, {"费用", "档次", "级别", "年龄", "月", "中文"}, named=30
    )


def test_split_and_ids(rows) -> None:
    tables.assert_split_and_ids(rows, SHAPE, EARLIER_TABLES)


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    tables.assert_dialogue_turn_kinds(rows, DIALOGUES)
    asked_twice = [
        r
        for r in rows
        if "turns" in r
        if sum("follow_up_for" in t["expect"] for t in r["turns"]) >= 2
    ]
    assert len(asked_twice) >= 3


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
    tables.assert_runner_reads("phrasings4", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings4", capsys)
