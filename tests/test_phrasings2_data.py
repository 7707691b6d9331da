"""The second held-out phrasing table (evaluation/phrasings2): well formed, all heldout2,
regenerated identically, every gold place and expected term found in the gazette, every
figure the independent reference's, and no sentence taken from the development set or
from the first phrasing table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.checks import STATUSES, expectations
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings2 import generate

HERE = generate.HERE
FIRST_TABLE = HERE.parent / "phrasings"
MINIMUM = {
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
}


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    generate.write_all(tmp_path)
    written = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert written == sorted(p.name for p in HERE.glob("*.jsonl"))
    for name in written:
        assert (tmp_path / name).read_text(encoding="utf-8") == (HERE / name).read_text(
            encoding="utf-8"
        ), name


def test_size_categories_and_split(rows) -> None:
    counts = Counter(r["category"] for r in rows)
    assert len(rows) >= 380
    for category, least in MINIMUM.items():
        assert counts[category] >= least, category
    look_alikes = counts["in_scope_place"] + counts["scheme_alias"] + counts["in_scope_year"]
    assert look_alikes >= 25
    assert sum(len(r["turns"]) for r in rows if r["category"] == "dialogue") >= 55
    assert {r["split"] for r in rows} == {"heldout2"}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {r["id"] for r in load_rows(FIRST_TABLE)}
    fact_types = {r["fact_type"] for r in rows if r["category"] == "lookup"}
    assert fact_types == {"amount", "ratio", "date", "body", "list", "procedure"}
    calculators = {r["calculator"] for r in rows if r["category"] == "calculation"}
    assert len(calculators) == 7


def test_every_expectation_is_well_formed(rows) -> None:
    for row, user, expect in expectations(rows):
        assert isinstance(user, str) and user.strip() or "error" in str(expect["status"]), row
        status = expect["status"]
        assert set([status] if isinstance(status, str) else status) <= STATUSES, row["id"]
        if "follow_up_for" in expect:
            assert status == "follow_up", row["id"]
        if status == "out_of_scope":
            assert not expect.get("gold") and not expect.get("answer_contains"), row["id"]


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)


def test_every_expected_term_is_in_a_gold_place(rows, corpus) -> None:
    """An expected term is quoted from the gold clause (or names its document)."""
    assert not checks.terms_not_in_gold(rows, corpus)


def test_every_figure_is_the_reference_reading_of_the_inputs(rows) -> None:
    assert checks.figures_checked(rows) >= 70


def test_no_row_repeats_or_closely_paraphrases_earlier_questions(rows) -> None:
    files = checks.development_files(HERE.parents[1])
    if not files:
        pytest.skip("development set not present on this machine")
    repeated, close = checks.copied_or_close(rows, checks.questions_of(files, [FIRST_TABLE]))
    assert not repeated, repeated
    assert not close, close


def test_the_runner_reads_this_table() -> None:
    from evaluation.phrasings.__main__ import TABLES

    assert Path(TABLES["phrasings2"]) == HERE


def test_the_runner_takes_the_table_by_name(capsys) -> None:
    """No assistant is loaded when no row is chosen: the plumbing alone."""
    from evaluation.phrasings.__main__ import main

    assert main(["--table", "phrasings2", "--category", "无此类别"]) == 2
    assert "没有符合条件的行" in capsys.readouterr().err
