"""The eighteenth held-out phrasing table (evaluation/phrasings18): well formed, all heldout18,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings16)."""

from __future__ import annotations

import statistics
from collections import Counter

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings18 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
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
    "phrasings11",
    "phrasings12",
    "phrasings13",
    "phrasings14",
    "phrasings15",
    "phrasings16",
)
SHAPE = tables.Shape(
    split="heldout18",
    prefix="h18",
    minimum={
        "calculation": 60,
        "fact_absent": 55,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 45,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 36,
        "in_scope_detail": 30,
    },
    lookups=90,
    declined=60,
    look_alikes=30,
    turns=120,
    per_document=6,
    missing_one=6,
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


def test_lookups_and_fact_absent_rows_cover_the_seven_documents(rows) -> None:
    tables.assert_documents_covered(rows, SHAPE)


def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(rows) -> None:
    """At least 25 ask a detail (how many, online or not, which form, whether needed) with no
    unit or figure and no named body, place or date in the question."""
    tables.assert_bare_details(rows, 25)


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    tables.assert_dialogue_kinds(rows)


def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(rows) -> None:
    """A length of time, deadline, frequency, charge, form or channel, count or payer that the
    gazette states: answered with its clause and the stated figure or body, never declined."""
    details = [r for r in rows if r["category"] == "in_scope_detail"]
    assert len(details) >= 30
    assert all(r["status"] == "answered" and r["gold"] and r["answer_contains"] for r in details)
    kinds = {r["detail"] for r in details}
    assert kinds == {
        "period",
        "deadline",
        "frequency",
        "charge",
        "who_pays",
        "channel",
        "form",
        "count",
    }
    assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)


def test_rarely_asked_clauses_are_favoured(rows, corpus) -> None:
    """At least half of the lookup, in-scope detail and fact-absent rows ask a clause (an article,
    or a section of the plans) that the earlier tables' gold and related places name no more often
    than the median clause of its document does."""

    def clauses(place: dict) -> set[tuple[str, str]]:
        return {(d.id, u.label) for d, u in checks.units_at(corpus, place)}

    asked: Counter = Counter()
    for folder in EARLIER_TABLES:
        for _, _, expect in checks.expectations(load_rows(folder)):
            for place in (expect.get("gold") or []) + (expect.get("related") or []):
                asked.update(clauses(place))
    median = {
        d.id: statistics.median(asked[(d.id, u.label)] for u in d.units) for d in corpus.documents
    }
    for category in ("lookup", "in_scope_detail", "fact_absent"):
        chosen = [r for r in rows if r["category"] == category]
        rare = [
            r
            for r in chosen
            if any(
                asked[c] <= median[c[0]]
                for place in r.get("gold") or r.get("related")
                for c in clauses(place)
            )
        ]
        assert 2 * len(rare) >= len(chosen), (category, len(rare), len(chosen))


def test_the_runner_scores_an_in_scope_detail_like_a_lookup() -> None:
    """A made-up row (never one of this table's): the category needs no change to the scoring —
    answered with the clause and term it is right; declined it is wrong and a false decline."""
    from evaluation.phrasings.runner import run, tally

    row = {
        "id": "x",
        "category": "in_scope_detail",
        "split": "heldout18",
        "question": "q",
        "detail": "period",
        "status": "answered",
        "gold": [{"doc": "城乡居民基本医疗保险实施办法", "article": "第二十二条"}],
        "answer_contains": ["180天"],
    }
    cited = {"doc_title": "阿里地区城乡居民基本医疗保险实施办法", "article": "第二十二条"}
    good = {"status": "answered", "answer": "每180天结算一次", "citations": [cited]}
    declined = {"status": "out_of_scope", "answer": "公报没有写", "citations": []}
    answers = iter([good, declined])
    table = tally(run([row, row], lambda text, state: next(answers), dict))["in_scope_detail"]
    assert (table.items, table.right, table.answerable, table.false_declines) == (2, 1, 2, 1)


def test_calculations_missing_one_input(rows) -> None:
    tables.assert_missing_one_input(rows, SHAPE)


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
    tables.assert_runner_reads("phrasings18", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings18", capsys)
