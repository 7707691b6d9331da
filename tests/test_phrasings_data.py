"""The phrasing table itself: well formed, split by a stable hash, regenerated identically,
and every gold place present in the bundled gazette."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from evaluation.phrasings import checks, generate
from evaluation.phrasings.checks import STATUSES, expectations
from evaluation.phrasings.rows import split_of
from evaluation.phrasings.runner import HERE, load_rows
from tests import phrasing_tables as tables


@pytest.fixture(scope="module")
def rows():
    return load_rows()


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    tables.assert_files_are_generated(generate, tmp_path)


def test_size_and_categories(rows) -> None:
    counts = Counter(r["category"] for r in rows)
    assert len(rows) >= 600
    assert counts["dialogue"] >= 40
    for category in (
        "out_of_scope_place",
        "in_scope_place",
        "out_of_scope_scheme",
        "out_of_scope_year",
        "fact_absent",
        "not_about_documents",
        "calculation",
        "eligibility",
        "lookup",
        "hostile_malformed",
    ):
        assert counts[category] >= 8, category
    calculators = {r["calculator"] for r in rows if r["category"] == "calculation"}
    assert calculators == tables.CALCULATORS


def test_ids_unique_and_split_by_hash(rows) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r["split"] == split_of(r["id"]) for r in rows)
    halves = Counter(r["split"] for r in rows)
    assert abs(halves["tune"] - halves["heldout"]) < len(rows) * 0.15


def test_every_expectation_is_well_formed(rows) -> None:
    for row, user, expect in expectations(rows):
        assert isinstance(user, str) and user, row["id"]
        status = expect["status"]
        assert set([status] if isinstance(status, str) else status) <= STATUSES, row["id"]
        if "calculator" in expect:
            assert expect["calculator"] in tables.CALCULATORS, row["id"]
        for value in (expect.get("expected") or {}).values():
            assert Decimal(value).as_tuple().exponent == -2, (row["id"], value)
        if "follow_up_for" in expect:
            assert status == "follow_up", row["id"]


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)


def test_questions_do_not_copy_or_closely_paraphrase_the_development_set(rows) -> None:
    """The first table is checked against the development questions (dev-*.jsonl) only, and
    for close paraphrases only; the later tables' tests ask more."""
    files = [f for f in checks.development_files(HERE.parents[1]) if f.name.startswith("dev-")]
    if not files:
        pytest.skip("development set not present on this machine")
    _, close = checks.copied_or_close(rows, checks.questions_of(files, []))
    assert not close
