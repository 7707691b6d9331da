"""Checks every held-out phrasing table must pass, shared by their data tests.

A row's gold places must exist in the gazette, its expected terms must be quoted from them,
its figures must be the independent reference's reading of its inputs, and no sentence may be
taken (or closely paraphrased) from the development set or from an earlier table.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference as ref
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings.scoring import label_key

STATUSES = {"answered", "calculated", "follow_up", "out_of_scope", "error"}
CLOSE = 0.7  # bigram Jaccard at or above which two questions are one phrasing


def expectations(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[dict, str, dict]]:
    """(row, user text, expectation) for every question row and every dialogue turn."""
    for row in rows:
        for turn in row.get("turns") or [{"user": row.get("question"), "expect": row}]:
            yield row, turn["user"], turn["expect"]


def squeeze(text: str) -> str:
    return "".join(text.split())


def _corpus_units(corpus, doc: str):
    for d in corpus.documents:
        if doc in d.title or (
            doc in (d.parent_title or "") and "印发" not in (d.parent_title or "")
        ):
            for unit in d.units:
                yield d, unit


def units_at(corpus, place: dict[str, str]) -> list:
    """(document, unit) pairs a gold place names: by article label or by a quoted phrase."""
    found = []
    for d, unit in _corpus_units(corpus, place["doc"]):
        if "article" in place:
            if label_key(unit.label) == label_key(place["article"]):
                found.append((d, unit))
        elif squeeze(place["quote"]) in squeeze(unit.text):
            found.append((d, unit))
    return found


def missing_places(rows, corpus) -> list[tuple[str, dict]]:
    return [
        (row["id"], place)
        for row, _, expect in expectations(rows)
        for key in ("gold", "related")
        for place in expect.get(key) or []
        if not units_at(corpus, place)
    ]


def terms_not_in_gold(rows, corpus) -> list[tuple[str, str]]:
    """An expected term is quoted from the gold clause (or names its document)."""
    absent = []
    for row, _, expect in expectations(rows):
        places = [u for g in expect.get("gold") or [] for u in units_at(corpus, g)]
        texts = [squeeze(u.text) for _, u in places] + [d.title for d, _ in places]
        for term in expect.get("answer_contains") or []:
            if not any(squeeze(term) in text for text in texts):
                absent.append((row["id"], term))
    return absent


def recompute(calculator: str, i: dict[str, Any]) -> dict[str, str]:
    """The reference's figures for a row's calculator and inputs."""
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
        if i["mode"] == "heads":
            return ref.custodian_heads(i["sites"])
        if i["mode"] == "budget":
            return ref.custodian_budget(i["sites"], i.get("months"), i.get("level_months"))
        return ref.custodian_person(
            i["site_level"], i["months"], i.get("accident", False), i.get("persons", 1)
        )
    if calculator == "road_subsidy":
        return ref.road_subsidy(i["counties"], i["prefecture"], i.get("years", 1))
    if i["mode"] == "late":
        return ref.late_payment(i["fiscal_subsidy"])
    if i["mode"] == "split":
        return ref.subsidy_split(i["total_subsidy"], i["central_subsidy"])
    if i.get("persons"):  # a household of that many, each paying the same (第十八条)
        each = {k: i.get(k) for k in ("identities", "sex", "age", "tier")}
        return ref.household([each] * i["persons"])
    return ref.contribution(i.get("identities"), i.get("sex"), i.get("age"), i.get("tier"))


def figures_checked(rows) -> int:
    """Asserts every expected figure is the reference's; returns how many were checked."""
    checked = 0
    for row, _, expect in expectations(rows):
        if expect.get("expected"):
            got = recompute(expect["calculator"], expect["inputs"])
            assert got == expect["expected"], (row["id"], got, expect["expected"])
            checked += 1
    return checked


def sentences(text: str) -> list[str]:
    """Sentences (and the whole text) long enough to be more than a stock phrase."""
    parts = re.split(r"[。？！?!；;\n]+", text) + [text]
    return [squeeze(p) for p in parts if len(squeeze(p)) >= 8]


def bigrams(text: str) -> set[str]:
    kept = "".join(ch for ch in text if ch.strip() and ch not in "，。？！、“”（）,.?!")
    return {kept[i : i + 2] for i in range(len(kept) - 1)}


def development_files(root: Path) -> list[Path]:
    """shared/eval next to the worktree or next to its parent; empty when absent."""
    places = [root.parent / "shared" / "eval", root.parent.parent / "shared" / "eval"]
    return [f for place in places if place.is_dir() for f in sorted(place.glob("*.jsonl"))]


def questions_of(files: Iterable[Path], tables: Iterable[Path]) -> list[str]:
    """Every question and dialogue turn of the development files and of earlier tables."""
    items = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines() if line]
    for folder in tables:
        items += load_rows(folder)
    texts = []
    for item in items:
        texts += [item["question"]] if item.get("question") else []
        texts += [t["user"] for t in item.get("turns", [])]
    return texts


def _prefix(grams: set[str], rank: dict[str, int]) -> list[str]:
    """The rarest bigrams of a set, as many as prefix filtering needs: two sets at or above
    CLOSE Jaccard share at least one bigram of their prefixes (same global order)."""
    ordered = sorted(grams, key=lambda g: (rank.get(g, 0), g))
    keep = len(ordered) - math.ceil(CLOSE * len(ordered) - 1e-9) + 1
    return ordered[:keep]


def _close_to_any(grams: set[str], earlier_grams: list[set[str]], index, rank) -> bool:
    """Whether any earlier set is at or above CLOSE Jaccard: only sets sharing a prefix bigram
    are compared (prefix filtering), so the answer is that of comparing with every set."""
    seen: set[int] = set()
    for gram in _prefix(grams, rank):
        for n in index.get(gram, ()):
            if n in seen:
                continue
            seen.add(n)
            g = earlier_grams[n]
            if len(grams & g) / len(grams | g) >= CLOSE:
                return True
    return False


def copied_or_close(rows, earlier: list[str]) -> tuple[list[str], list[str]]:
    """(sentences repeated verbatim, questions at or above CLOSE bigram Jaccard)."""
    earlier_sentences = {s for text in earlier for s in sentences(text)}
    earlier_grams = [g for g in map(bigrams, earlier) if g]
    counts = Counter(gram for g in earlier_grams for gram in g)
    rank = dict(counts)  # rarer bigrams first; a bigram no earlier text has comes first of all
    index: dict[str, list[int]] = {}
    for n, g in enumerate(earlier_grams):
        for gram in _prefix(g, rank):
            index.setdefault(gram, []).append(n)
    repeated, close = [], []
    for _, user, _ in expectations(rows):
        repeated += [s for s in sentences(user) if s in earlier_sentences]
        grams = bigrams(user)
        if grams and _close_to_any(grams, earlier_grams, index, rank):
            close.append(user)
    return repeated, close


def within_table_close(rows) -> list[tuple[str, str]]:
    """Pairs of questions inside one table that are one phrasing (bigram Jaccard ≥ CLOSE)."""
    users = [(user, bigrams(user)) for _, user, _ in expectations(rows) if user]
    pairs = []
    for n, (a, ga) in enumerate(users):
        for b, gb in users[n + 1 :]:
            if ga and gb and len(ga & gb) / len(ga | gb) >= CLOSE:
                pairs.append((a, b))
    return pairs
