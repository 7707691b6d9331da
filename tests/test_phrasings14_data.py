"""The fourteenth held-out phrasing table (evaluation/phrasings14): well formed, all heldout14,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings12)."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings14 import generate
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
)
MINIMUM = {
    "calculation": 60,
    "fact_absent": 55,
    "hostile_malformed": 40,
    "english": 12,
    "user_titles": 45,
    "multi_part": 10,
    "not_about_documents": 15,
    "dialogue": 36,
    "in_scope_detail": 30,
}
SEVEN = (MI, RP, RC, RT, HP, RD, GE)


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_sizes_weighted_toward_the_weakest_categories(rows) -> None:
    counts = Counter(r["category"] for r in rows)
    for category, least in MINIMUM.items():
        assert counts[category] >= least, category
    assert counts["lookup"] + counts["eligibility"] >= 90
    declined = counts["out_of_scope_place"] + counts["out_of_scope_scheme"]
    assert declined + counts["out_of_scope_year"] >= 60
    look_alikes = counts["in_scope_place"] + counts["scheme_alias"] + counts["in_scope_year"]
    assert look_alikes >= 30
    assert sum(len(r["turns"]) for r in rows if r["category"] == "dialogue") >= 120


def test_split_ids_and_coverage(rows) -> None:
    assert {r["split"] for r in rows} == {"heldout14"}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("h14") for i in ids)
    earlier = {r["id"] for folder in EARLIER_TABLES for r in load_rows(folder)}
    assert not set(ids) & earlier
    fact_types = {r["fact_type"] for r in rows if r["category"] == "lookup"}
    assert fact_types == {"amount", "ratio", "date", "body", "list", "procedure"}
    calculators = {r["calculator"] for r in rows if r["category"] == "calculation"}
    assert len(calculators) == 7


def test_lookups_cover_all_seven_documents(rows) -> None:
    docs = {g["doc"] for r in rows if r["category"] == "lookup" for g in r["gold"]}
    assert docs == set(SEVEN)


def test_fact_absent_rows_are_balanced_across_the_seven_documents(rows) -> None:
    per_doc = Counter(
        r["related"][0]["doc"] for r in rows if r["category"] == "fact_absent" and r.get("related")
    )
    assert set(per_doc) == set(SEVEN)
    assert min(per_doc.values()) >= 6, per_doc
    assert all(r.get("fact_type") for r in rows if r["category"] == "fact_absent")


def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(rows) -> None:
    """At least 25 ask a detail (how many, online or not, which form, whether needed) with no
    unit or figure and no named body, place or date in the question."""
    tables.assert_bare_details(rows, 25)


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    dialogue = [(t["user"], t["expect"]) for r in rows if "turns" in r for t in r["turns"]]
    assert sum(bool(x.get("not_follow_up_for")) for _, x in dialogue) >= 6
    assert sum(x.get("status") == "error" for _, x in dialogue) >= 3
    assert sum(u.startswith(("为什么", "为啥", "怎么")) for u, _ in dialogue) >= 8
    assert sum(("哪个文件" in u or "哪一条" in u or "哪条" in u) for u, _ in dialogue) >= 5
    assert any(u.isascii() for u, _ in dialogue)
    capped = [x for _, x in dialogue if "uncapped_payment" in (x.get("expected") or {})]
    assert len({x["calculator"] for x in capped}) >= 2  # stays and outpatient months
    calculators = {x.get("calculator") for _, x in dialogue if x.get("expected")}
    assert {"custodian_pay", "road_subsidy"} <= calculators


def test_dialogues_correct_malformed_input_and_switch_documents(rows) -> None:
    dialogues = [[t["expect"] for t in r["turns"]] for r in rows if "turns" in r]
    corrected = [
        d
        for d in dialogues
        for a, b in zip(d, d[1:], strict=False)
        if a.get("status") == "error" and b.get("expected")
    ]
    assert len(corrected) >= 3

    def docs(d):
        return {g["doc"] for x in d for g in x.get("gold") or []}

    assert sum({RP, MI} <= docs(d) for d in dialogues) >= 2  # relic <-> medical


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
    assert {g["doc"] for r in details for g in r["gold"]} == set(SEVEN)


def test_calculations_missing_one_input(rows) -> None:
    missing = [
        r["follow_up_for"]
        for r in rows
        if r["category"] == "calculation" and r.get("follow_up_for")
    ]
    assert len(missing) >= 6 and all(len(m) == 1 for m in missing)


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
    tables.assert_runner_reads("phrasings14", HERE)


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    tables.assert_runner_takes_name("phrasings14", capsys)
