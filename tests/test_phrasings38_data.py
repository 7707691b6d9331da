"""The thirty-eighth held-out phrasing table (evaluation/phrasings38): well formed, all heldout38,
regenerated identically, of the held-out sizes, every gold place and expected term found in the
gazette, every figure the independent reference's, every fact-absent row typed (the bare ones
naming nothing), at least half of its lookups, in-scope details and fact-absent rows on a rarely
asked clause, and no sentence taken or closely paraphrased from the development set or any
earlier table (phrasings … phrasings36)."""

from __future__ import annotations

import functools
import statistics
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings38 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every table before the parallel tuning table phrasings37 (phrasings … phrasings36)
EARLIER_TABLES = tables.tables_before(HERE, 37)
SHAPE = tables.Shape(
    split="heldout38",
    prefix="h38",
    minimum={
        "calculation": 60,
        "fact_absent": 90,
        "hostile_malformed": 40,
        "english": 40,
        "user_titles": 60,
        "multi_part": 20,
        "not_about_documents": 12,
        "dialogue": 40,
        "in_scope_detail": 80,
        "eligibility": 60,
        "lookup": 130,
    },
    rows=745,
    answers=820,
    lookups=190,
    declined=60,
    look_alikes=25,
    turns=110,
    per_document=10,
    missing_one=8,
)
DETAIL_KINDS = {"period", "deadline", "frequency", "charge", "who_pays", "channel", "form", "count"}
BARE_YES_NO = 45  # bare yes/no predicates among the fact-absent rows
LISTS = 50  # list lookups (all seven documents)
BODIES = 20  # body lookups (归谁管/找谁/由谁)
GIVEN_PROCEDURES = 12  # procedures the text gives, asked as lookups
YES_NO = 60  # eligibility yes/no rows
ENGLISH_DECLINED = 8  # English rows declined (the rest answered with a gold place and terms)
SIDE_WORDS = ("买单", "最晚哪天", "有效期", "几回", "网上")  # in-scope details' side words


class TestPhrasings38(tables.LaterTableChecks):
    generate = generate
    name = "phrasings38"
    earlier = EARLIER_TABLES
    shape = SHAPE
    figures = 100
    bare_details = 55

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        details = tables.in_scope_details(rows, 80)
        assert {r["detail"] for r in details} == DETAIL_KINDS
        assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_bare_yes_no_predicates_are_weighted(self, rows) -> None:
        bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "yes_no"]
        assert len(bare) >= BARE_YES_NO
        for r in bare:
            assert not tables.UNIT_OR_FIGURE.search(r["question"]), r["question"]
            assert not tables.NAMED.search(r["question"]), r["question"]

    def test_lists_bodies_and_procedures_are_weighted(self, rows) -> None:
        lookups = [r for r in rows if r["category"] == "lookup"]
        lists = [r for r in lookups if r["fact_type"] == "list"]
        assert len(lists) >= LISTS
        assert {g["doc"] for r in lists for g in r["gold"]} == set(tables.SEVEN_DOCS)
        assert sum(r["fact_type"] == "body" for r in lookups) >= BODIES
        assert sum(r["fact_type"] == "procedure" for r in lookups) >= GIVEN_PROCEDURES

    def test_yes_no_rows_cover_the_seven_documents_both_ways(self, rows) -> None:
        """At least YES_NO eligibility rows over all seven documents."""
        yes_no = [r for r in rows if r["category"] == "eligibility"]
        assert len(yes_no) >= YES_NO
        assert {g["doc"] for r in yes_no for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_english_rows_are_answered_from_the_chinese_text_or_declined(self, rows) -> None:
        english = [r for r in rows if r["category"] == "english"]
        declined = [r for r in english if r["status"] == "out_of_scope"]
        assert len(declined) >= ENGLISH_DECLINED
        for r in english:
            assert r["question"].isascii(), r["question"]
            if r["status"] != "out_of_scope":
                assert r["gold"] and r["answer_contains"], r["id"]
                assert not all(t.isascii() for t in r["answer_contains"]), r["id"]

    def test_in_scope_details_use_side_words_the_text_does_not(self, rows, corpus) -> None:
        details = [r["question"] for r in rows if r["category"] == "in_scope_detail"]
        text = "".join(u.text for d in corpus.documents for u in d.units)
        for word in SIDE_WORDS:
            assert any(word in q for q in details), word
            assert word not in text, word

    def test_user_titles_cover_the_seven_documents_declines_and_calculations(self, rows) -> None:
        tables.assert_user_titles_cover(rows, declines=6, calculations=8)

    def test_calculations_use_every_calculator(self, rows) -> None:
        tables.assert_every_calculator(rows)

    def test_dialogues_continue_lookups_and_explain_results(self, rows) -> None:
        """At least 40 dialogues; whys and sources after lookups as well as after results."""
        dialogues = [r["turns"] for r in rows if r["category"] == "dialogue"]
        assert len(dialogues) >= 40
        after_lookup = [
            b["user"]
            for d in dialogues
            for a, b in zip(d, d[1:], strict=False)
            if a["expect"].get("status") == "answered"
            and b["user"].startswith(("为什么", "为啥", "怎么"))
        ]
        assert len(after_lookup) >= 5

    def test_rarely_asked_clauses_are_favoured(self, rows, corpus) -> None:
        """At least half of the lookup, in-scope detail and fact-absent rows ask a clause that the
        earlier tables' gold and related places name no more often than its document's median."""

        @functools.cache
        def clause_set(key: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
            return frozenset((d.id, u.label) for d, u in checks.units_at(corpus, dict(key)))

        def clauses(place: dict) -> frozenset[tuple[str, str]]:
            return clause_set(tuple(sorted(place.items())))

        asked: Counter = Counter()
        for folder in EARLIER_TABLES:
            for _, _, expect in checks.expectations(load_rows(folder)):
                for place in (expect.get("gold") or []) + (expect.get("related") or []):
                    asked.update(clauses(place))
        median = {
            d.id: statistics.median(asked[(d.id, u.label)] for u in d.units)
            for d in corpus.documents
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
