"""The second English phrasing table (evaluation/english_table/second): regenerated identically,
split tune2/heldout2 by the stable hash, every gold place and expected term found in the
gazette, figures the independent reference's, and no question copied from or close to the
development set, the first phrasing table or the first English table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evaluation.english_table import gen2
from evaluation.english_table.__main__ import HERE, SECOND
from evaluation.phrasings import checks
from evaluation.phrasings.generate import write_all
from evaluation.phrasings.rows import split_of
from evaluation.phrasings.runner import load_rows


@pytest.fixture(scope="module")
def rows():
    return load_rows(SECOND)


def test_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    write_all(tmp_path, {"questions": ("en2", gen2.build)}, gen2.SecondTable)
    assert (tmp_path / "questions.jsonl").read_text("utf-8") == (
        SECOND / "questions.jsonl"
    ).read_text("utf-8")


def test_size_halves_kinds_and_documents(rows) -> None:
    assert len(rows) >= 120
    assert all(r["split"] == split_of(r["id"]) + "2" for r in rows)
    halves = Counter(r["split"] for r in rows)
    assert set(halves) == {"tune2", "heldout2"}
    assert min(halves.values()) >= 0.35 * len(rows)
    kinds = Counter(r.get("fact_type") for r in rows if r.get("fact_type"))
    for kind in ("amount", "ratio", "date", "body", "list", "procedure", "yes_no"):
        assert kinds[kind] >= 5, kind
    docs = Counter(g["doc"] for r in rows for g in r.get("gold") or [])
    assert len(docs) == 7  # every one of the seven documents is asked about
    assert sum(r["status"] == "out_of_scope" for r in rows) >= 5
    assert sum(r["status"] == "calculated" for r in rows) >= 4


def test_gold_places_and_terms_are_in_the_gazette(rows, corpus) -> None:
    assert not checks.missing_places(rows, corpus)
    assert not checks.terms_not_in_gold(rows, corpus)
    assert checks.figures_checked(rows) >= 4


def test_questions_are_english_and_not_copied(rows) -> None:
    assert all(r["question"].isascii() for r in rows)
    root = HERE.parents[1]
    earlier = checks.questions_of(checks.development_files(root), [HERE.parent / "phrasings", HERE])
    repeated, close = checks.copied_or_close(rows, earlier)
    assert not repeated and not close, (repeated, close)
    assert not checks.within_table_close(rows)
