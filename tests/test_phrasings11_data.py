"""The eleventh phrasing table (evaluation/phrasings11, tuning material): well formed, all tune11,
regenerated identically, the sizes asked for, every gold place and expected term found in the
gazette, every figure the independent reference's, and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings10)."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT
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
MINIMUM = {
    "dialogue": 35,
    "fact_absent": 60,
    "user_titles": 50,
    "hostile_malformed": 30,
    "calculation": 60,
}
SEVEN = (MI, RP, RC, RT, HP, RD, GE)


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_sizes_asked_for(rows) -> None:
    counts = Counter(r["category"] for r in rows)
    for category, least in MINIMUM.items():
        assert counts[category] >= least, category
    assert sum(len(r["turns"]) for r in rows if r["category"] == "dialogue") >= 110
    declined = sum(
        counts[c] for c in ("out_of_scope_place", "out_of_scope_scheme", "out_of_scope_year")
    )
    look_alikes = counts["in_scope_place"] + counts["scheme_alias"] + counts["in_scope_year"]
    assert declined + look_alikes >= 40 and look_alikes >= 12 and declined >= 25
    assert counts["lookup"] + counts["eligibility"] >= 40
    answers = sum(len(r.get("turns") or [r]) for r in rows)
    assert answers >= 380


def test_split_and_ids(rows) -> None:
    assert {r["split"] for r in rows} == {"tune11"}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("t11") for i in ids)
    earlier = {r["id"] for folder in EARLIER_TABLES for r in load_rows(folder)}
    assert not set(ids) & earlier


def test_fact_absent_rows_cover_the_seven_documents(rows) -> None:
    absent = [r for r in rows if r["category"] == "fact_absent"]
    per_doc = Counter(r["related"][0]["doc"] for r in absent)
    assert set(per_doc) == set(SEVEN)
    assert min(per_doc.values()) >= 7, per_doc
    assert all(r.get("fact_type") for r in absent)


def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(rows) -> None:
    """At least 20 ask a detail (how many times, online or not, which format, whether needed)
    with no unit or figure and no named body, place or date in the question."""
    tables.assert_bare_details(rows, 20)


def test_user_titles_cover_the_seven_documents_and_declines(rows) -> None:
    titles = [r for r in rows if r["category"] == "user_titles"]
    docs = {g["doc"] for r in titles for g in r.get("gold", [])}
    assert set(SEVEN) <= docs
    assert sum(r.get("status") == "out_of_scope" for r in titles) >= 5
    assert sum("calculator" in r for r in titles) >= 4


def test_calculations_use_every_calculator(rows) -> None:
    calculators = {
        r["calculator"] for r in rows if r["category"] == "calculation" and "calculator" in r
    }
    assert {
        "inpatient",
        "special_outpatient",
        "two_diseases",
        "general_outpatient",
        "contribution",
        "custodian_pay",
        "road_subsidy",
    } <= calculators


def test_malformed_inputs_name_the_field(rows) -> None:
    named = [r for r in rows if r["category"] == "hostile_malformed" and r.get("error_contains")]
    fields = {f for r in named for f in r["error_contains"]}
    assert {"费用", "档次", "级别", "年龄", "月"} <= fields


def test_dialogues_hold_the_turn_kinds_asked_for(rows) -> None:
    dialogue = [(t["user"], t["expect"]) for r in rows if "turns" in r for t in r["turns"]]
    assert sum(bool(x.get("not_follow_up_for")) for _, x in dialogue) >= 8
    assert sum(x.get("status") == "error" for _, x in dialogue) >= 2
    assert sum(u.startswith(("为什么", "为啥", "怎么")) for u, _ in dialogue) >= 10
    assert (
        sum(any(w in u for w in ("哪个文件", "哪一条", "哪条", "出自哪")) for u, _ in dialogue) >= 5
    )
    assert (
        sum(u.startswith(("那", "要是", "如果", "换成")) or u.endswith("呢") for u, _ in dialogue)
        >= 12
    )
    assert sum(x.get("status") == "out_of_scope" for _, x in dialogue) >= 3
    capped = [x for _, x in dialogue if "uncapped_payment" in (x.get("expected") or {})]
    assert len({x["calculator"] for x in capped}) >= 2  # stays and two-disease visits
    calculators = {x.get("calculator") for _, x in dialogue}
    assert {"custodian_pay", "road_subsidy", "contribution"} <= calculators


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
