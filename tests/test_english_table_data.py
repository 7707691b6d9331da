"""The English phrasing table (evaluation/english_table): regenerated identically, split by a
stable hash into two halves, every gold place and expected term found in the gazette, every
figure the independent reference's, and no question copied from the development set or the
first phrasing table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evaluation.english_table.__main__ import FILES, HERE
from evaluation.phrasings import checks
from evaluation.phrasings.generate import write_all
from evaluation.phrasings.rows import split_of
from evaluation.phrasings.runner import load_rows

FIRST_TABLE = HERE.parent / "phrasings"


@pytest.fixture(scope="module")
def rows():
    return load_rows(HERE)


def test_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    write_all(tmp_path, FILES)
    for path in tmp_path.glob("*.jsonl"):
        assert path.read_text("utf-8") == (HERE / path.name).read_text("utf-8"), path.name


def test_size_halves_and_kinds(rows) -> None:
    assert len(rows) >= 120
    assert all(r["category"] == "english" for r in rows)
    assert all(r["split"] == split_of(r["id"]) for r in rows)
    halves = Counter(r["split"] for r in rows)
    assert min(halves.values()) >= 0.35 * len(rows)
    kinds = Counter(r.get("fact_type") for r in rows if r.get("fact_type"))
    for kind in ("amount", "ratio", "date", "body", "list", "procedure", "yes_no"):
        assert kinds[kind] >= 5, kind
    assert sum(r["status"] == "out_of_scope" for r in rows) >= 5
    assert sum(r["status"] == "calculated" for r in rows) >= 4


def test_statuses_and_gold_are_in_the_gazette(rows, corpus) -> None:
    for row in rows:
        status = row["status"]
        assert set([status] if isinstance(status, str) else status) <= checks.STATUSES
        if status != "out_of_scope" and "calculator" not in row:
            assert row.get("gold"), row["id"]
    assert not checks.missing_places(rows, corpus)
    by_id = {r["id"]: r for r in rows}
    for row_id, term in checks.terms_not_in_gold(rows, corpus):
        # a stage's dates are in its section heading ("正式评审阶段(时间：2021年6月至8月)")
        titles = [
            "".join(unit.title.split())
            for gold in by_id[row_id]["gold"]
            for _, unit in checks.units_at(corpus, gold)
        ]
        assert any(term in title for title in titles), (row_id, term)


def test_figures_are_the_references(rows) -> None:
    assert checks.figures_checked(rows) >= 4


def test_questions_are_english_and_not_copied(rows) -> None:
    assert all(r["question"].isascii() or "档" not in r["question"] for r in rows)
    root = HERE.parents[1]
    earlier = checks.questions_of(checks.development_files(root), [FIRST_TABLE])
    repeated, close = checks.copied_or_close(rows, earlier)
    assert not repeated and not close
    assert not checks.within_table_close(rows)
