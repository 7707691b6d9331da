"""The phrasing table itself: well formed, split by a stable hash, regenerated identically,
and every gold place present in the bundled gazette."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from evaluation.phrasings import generate
from evaluation.phrasings.rows import split_of
from evaluation.phrasings.runner import HERE, load_rows
from evaluation.phrasings.scoring import label_key

STATUSES = {"answered", "calculated", "follow_up", "out_of_scope", "error"}
CALCULATORS = {
    "inpatient",
    "special_outpatient",
    "two_diseases",
    "general_outpatient",
    "contribution",
    "custodian_pay",
    "road_subsidy",
}


@pytest.fixture(scope="module")
def rows():
    return load_rows()


def expectations(rows):
    for row in rows:
        for turn in row.get("turns") or [{"user": row.get("question"), "expect": row}]:
            yield row, turn["user"], turn["expect"]


def test_files_are_what_the_generator_writes(tmp_path) -> None:
    generate.write_all(tmp_path)
    for path in tmp_path.glob("*.jsonl"):
        assert path.read_text(encoding="utf-8") == (HERE / path.name).read_text(encoding="utf-8"), (
            path.name
        )


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
    assert calculators == CALCULATORS


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
            assert expect["calculator"] in CALCULATORS, row["id"]
        for value in (expect.get("expected") or {}).values():
            assert Decimal(value).as_tuple().exponent == -2, (row["id"], value)
        if "follow_up_for" in expect:
            assert status == "follow_up", row["id"]


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    def units_of(doc):
        for d in corpus.documents:
            if doc in d.title or (
                doc in (d.parent_title or "") and "印发" not in (d.parent_title or "")
            ):
                yield from d.units

    missing = []
    for row, _, expect in expectations(rows):
        for key in ("gold", "related"):
            for place in expect.get(key) or []:
                units = list(units_of(place["doc"]))
                if "article" in place:
                    found = any(label_key(u.label) == label_key(place["article"]) for u in units)
                else:
                    squeezed = "".join(place["quote"].split())
                    found = any(squeezed in "".join(u.text.split()) for u in units)
                if not found:
                    missing.append((row["id"], place))
    assert not missing


def _bigrams(text: str) -> set[str]:
    kept = "".join(ch for ch in text if ch.strip() and ch not in "，。？！、“”（）,.?!")
    return {kept[i : i + 2] for i in range(len(kept) - 1)}


def test_questions_do_not_copy_or_closely_paraphrase_the_development_set(rows) -> None:
    root = HERE.parents[1]
    places = [root.parent / "shared" / "eval", root.parent.parent / "shared" / "eval"]
    files = [f for place in places if place.is_dir() for f in sorted(place.glob("dev-*.jsonl"))]
    if not files:
        pytest.skip("development set not present on this machine")
    dev = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            dev += [item["question"]] if item.get("question") else []
            dev += [t["user"] for t in item.get("turns", [])]
    dev_grams = [g for g in map(_bigrams, dev) if g]
    close = []
    for _, user, _ in expectations(rows):
        grams = _bigrams(user)
        if grams and any(len(grams & g) / len(grams | g) >= 0.7 for g in dev_grams):
            close.append(user)
    assert not close
