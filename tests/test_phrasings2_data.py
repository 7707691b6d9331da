"""The second held-out phrasing table (evaluation/phrasings2): well formed, all heldout2,
regenerated identically, every gold place and expected term found in the gazette, every
figure the independent reference's, and no sentence taken from the development set or
from the first phrasing table."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from evaluation.phrasings import reference as ref
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings.scoring import label_key
from evaluation.phrasings2 import generate

HERE = generate.HERE
FIRST_TABLE = HERE.parent / "phrasings"
STATUSES = {"answered", "calculated", "follow_up", "out_of_scope", "error"}
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


def expectations(rows):
    for row in rows:
        for turn in row.get("turns") or [{"user": row.get("question"), "expect": row}]:
            yield row, turn["user"], turn["expect"]


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


def _corpus_units(corpus, doc):
    for d in corpus.documents:
        if doc in d.title or (
            doc in (d.parent_title or "") and "印发" not in (d.parent_title or "")
        ):
            for unit in d.units:
                yield d, unit


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _units_at(corpus, place):
    found = []
    for d, unit in _corpus_units(corpus, place["doc"]):
        if "article" in place:
            if label_key(unit.label) == label_key(place["article"]):
                found.append((d, unit))
        elif _squeeze(place["quote"]) in _squeeze(unit.text):
            found.append((d, unit))
    return found


def test_every_gold_place_is_in_the_gazette(rows, corpus) -> None:
    missing = [
        (row["id"], place)
        for row, _, expect in expectations(rows)
        for key in ("gold", "related")
        for place in expect.get(key) or []
        if not _units_at(corpus, place)
    ]
    assert not missing


def test_every_expected_term_is_in_a_gold_place(rows, corpus) -> None:
    """An expected term is quoted from the gold clause (or names its document)."""
    absent = []
    for row, _, expect in expectations(rows):
        places = [u for g in expect.get("gold") or [] for u in _units_at(corpus, g)]
        texts = [_squeeze(u.text) for _, u in places] + [d.title for d, _ in places]
        for term in expect.get("answer_contains") or []:
            if not any(_squeeze(term) in text for text in texts):
                absent.append((row["id"], term))
    assert not absent


def test_every_figure_is_the_reference_reading_of_the_inputs(rows) -> None:
    def recompute(calculator, i):
        if calculator == "inpatient":
            if i.get("maternity"):
                return ref.inpatient(None, i["level"], i["cost"], maternity=True)
            return ref.inpatient(
                i["tier"],
                i["level"],
                i["cost"],
                i.get("admission", 1),
                i.get("in_area", True),
                i.get("poor", False),
                i.get("already_paid", "0"),
                i.get("bed_days"),
                i.get("bed_fee"),
            )
        if calculator == "special_outpatient":
            return ref.special_outpatient(
                i["tier"], i["cost"], i.get("poor", False), i.get("already_paid", "0")
            )
        if calculator == "two_diseases":
            return ref.two_diseases(
                i["diseases"],
                i["level"],
                i["class_a"],
                i.get("class_b", "0"),
                i.get("already_paid", "0"),
            )
        if calculator == "general_outpatient":
            return ref.general_outpatient(i["cost"], i.get("prior_cost", "0"))
        if calculator == "custodian_pay":
            if i["mode"] == "budget":
                return ref.custodian_budget(i["sites"], i["months"])
            return ref.custodian_person(i["site_level"], i["months"], i.get("accident", False))
        if calculator == "road_subsidy":
            return ref.road_subsidy(i["counties"], i["prefecture"], i["years"])
        if i["mode"] == "late":
            return ref.late_payment(i["fiscal_subsidy"])
        if i["mode"] == "split":
            return ref.subsidy_split(i["total_subsidy"], i["central_subsidy"])
        return ref.contribution(i.get("identities"), i.get("sex"), i.get("age"), i.get("tier"))

    checked = 0
    for row, _, expect in expectations(rows):
        if expect.get("expected"):
            assert recompute(expect["calculator"], expect["inputs"]) == expect["expected"], row[
                "id"
            ]
            checked += 1
    assert checked >= 70


def _sentences(text: str) -> list[str]:
    """Sentences (and the whole text) long enough to be more than a stock phrase."""
    parts = re.split(r"[。？！?!；;\n]+", text) + [text]
    return [_squeeze(p) for p in parts if len(_squeeze(p)) >= 8]


def _bigrams(text: str) -> set[str]:
    kept = "".join(ch for ch in text if ch.strip() and ch not in "，。？！、“”（）,.?!")
    return {kept[i : i + 2] for i in range(len(kept) - 1)}


def _earlier_questions() -> list[str]:
    root = HERE.parents[1]
    places = [root.parent / "shared" / "eval", root.parent.parent / "shared" / "eval"]
    files = [f for place in places if place.is_dir() for f in sorted(place.glob("*.jsonl"))]
    if not files:
        pytest.skip("development set not present on this machine")
    items = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines() if line]
    items += load_rows(FIRST_TABLE)
    texts = []
    for item in items:
        texts += [item["question"]] if item.get("question") else []
        texts += [t["user"] for t in item.get("turns", [])]
    return texts


def test_no_row_repeats_or_closely_paraphrases_earlier_questions(rows) -> None:
    earlier = _earlier_questions()
    earlier_sentences = {s for text in earlier for s in _sentences(text)}
    earlier_grams = [g for g in map(_bigrams, earlier) if g]
    repeated, close = [], []
    for _, user, _ in expectations(rows):
        repeated += [s for s in _sentences(user) if s in earlier_sentences]
        grams = _bigrams(user)
        if grams and any(len(grams & g) / len(grams | g) >= 0.7 for g in earlier_grams):
            close.append(user)
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
