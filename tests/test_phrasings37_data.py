"""The thirty-seventh phrasing table (evaluation/phrasings37, a tuning table): well formed, all
tune37, regenerated identically, of the brief's sizes, weighted toward fact-absent questions of
every kind (bare yes/no, amounts, dates, bodies, hotlines, procedures the text never gives, counts,
formats), English in several registers, yes/no eligibility on all seven documents, stated details
asked with side words the gazette never uses, lookups on rarely asked clauses, Q&A titles,
declines with their look-alikes, calculations, hostile input, multi-part questions and dialogues;
every gold place and expected term found in the gazette, every figure the independent reference's,
and no sentence taken or closely paraphrased from the development set or any earlier table
(phrasings … phrasings36)."""

from __future__ import annotations

import functools
import statistics
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings37 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
EARLIER_TABLES = tables.tables_before(HERE, 37)
# the brief's minimums
SHAPE = tables.Shape(
    split="tune37",
    prefix="t37",
    minimum={
        "calculation": 60,
        "in_scope_detail": 80,
        "fact_absent": 90,
        "hostile_malformed": 40,
        "english": 40,
        "user_titles": 60,
        "multi_part": 20,
        "dialogue": 45,
        "lookup": 130,
        "eligibility": 60,
        "not_about_documents": 12,
    },
    rows=740,
    answers=830,
    declined=60,
    look_alikes=25,
    turns=130,
    per_document=10,
    missing_one=8,
)
DETAIL_KINDS = {"period", "deadline", "frequency", "charge", "who_pays", "channel", "form", "count"}
# the kinds of fact the gazette never states that the fact-absent rows ask
ABSENT_KINDS = {"yes_no", "amount", "date", "body", "channel", "procedure", "count", "format"}
SIDE_WORDS = ("掏腰包", "网上", "截止日", "多久一回", "纸质")  # in-scope details' side words
# Tibet's other prefectures: declined as the subject place of a question
TIBET_TOWNS = ("日喀则", "那曲", "林芝", "昌都", "山南")


def statuses(row: dict) -> set[str]:
    return {row["status"]} if isinstance(row["status"], str) else set(row["status"])


class TestPhrasings37(tables.LaterTableChecks):
    generate = generate
    name = "phrasings37"
    earlier = EARLIER_TABLES
    shape = SHAPE
    figures = 90
    bare_details = 45

    def test_fact_absent_rows_ask_every_kind_of_unstated_fact(self, rows) -> None:
        """At least 90 rows, at least 10 a document, of every kind; at least 30 bare yes/no
        predicates naming no unit, figure, body, place or date."""
        absent = [r for r in rows if r["category"] == "fact_absent"]
        assert len(absent) >= 90
        assert {r["fact_type"] for r in absent} >= ABSENT_KINDS
        bare = [r for r in absent if r["fact_type"] == "yes_no"]
        assert len(bare) >= 30
        for r in bare:
            assert not tables.UNIT_OR_FIGURE.search(r["question"]), r["question"]
            assert not tables.NAMED.search(r["question"]), r["question"]

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        details = tables.in_scope_details(rows, 80)
        assert {r["detail"] for r in details} == DETAIL_KINDS
        assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_in_scope_details_use_side_words_the_text_does_not(self, rows, corpus) -> None:
        details = [r["question"] for r in rows if r["category"] == "in_scope_detail"]
        text = "".join(u.text for d in corpus.documents for u in d.units)
        for word in SIDE_WORDS:
            assert any(word in q for q in details), word
            assert word not in text, word

    def test_english_rows_are_answered_from_the_chinese_text_or_declined(self, rows) -> None:
        """At least 32 answered with a gold place and a Chinese term, at least 8 declined."""
        english = [r for r in rows if r["category"] == "english"]
        answered = [r for r in english if r["status"] == "answered"]
        assert len(answered) >= 32
        for r in answered:
            assert r["question"].isascii() and r["gold"], r["id"]
            assert all(not term.isascii() for term in r["answer_contains"]), r["id"]
        assert sum(r["status"] == "out_of_scope" for r in english) >= 8

    def test_eligibility_rows_cover_the_seven_documents(self, rows) -> None:
        yes_no = [r for r in rows if r["category"] == "eligibility"]
        assert len(yes_no) >= 60
        assert {g["doc"] for r in yes_no for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_lookups_of_every_kind_on_rarely_asked_clauses(self, rows, corpus) -> None:
        """At least 130 lookups over the seven documents, at least 50 of them lists; at least half
        ask a clause the earlier tables' gold and related places name no more often than its
        document's median clause."""
        lookups = [r for r in rows if r["category"] == "lookup"]
        assert len(lookups) >= 130
        lists = [r for r in lookups if r["fact_type"] == "list"]
        assert len(lists) >= 50
        assert {g["doc"] for r in lists for g in r["gold"]} == set(tables.SEVEN_DOCS)

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
        rare = [
            r
            for r in lookups
            if any(asked[c] <= median[c[0]] for place in r["gold"] for c in clauses(place))
        ]
        assert 2 * len(rare) >= len(lookups), (len(rare), len(lookups))

    def test_declines_and_look_alikes(self, rows) -> None:
        counts = Counter(r["category"] for r in rows)
        declined = sum(
            counts[c] for c in ("out_of_scope_place", "out_of_scope_scheme", "out_of_scope_year")
        )
        assert declined >= 60
        assert min(counts["out_of_scope_scheme"], counts["out_of_scope_year"]) >= 12
        assert min(counts["in_scope_place"], counts["scheme_alias"], counts["in_scope_year"]) >= 5
        tibet = [
            r
            for r in rows
            if r["category"] == "out_of_scope_place" and r["question"].startswith(TIBET_TOWNS)
        ]
        assert len({town for r in tibet for town in TIBET_TOWNS if town in r["question"]}) == 5

    def test_multi_part_rows_join_parts(self, rows) -> None:
        """At least 20 multi-part rows, each with two or more parts, joined in several ways."""
        parts = [r for r in rows if r["category"] == "multi_part"]
        assert len(parts) >= 20
        joins = ("还有", "另外", "顺便问下", "；", "\n", "？")
        assert {j for r in parts for j in joins if j in r["question"]} == set(joins)
        for r in parts:
            assert len(r["gold"]) >= 2 or statuses(r) == {"answered", "calculated"}, r["id"]
            assert len(r["answer_contains"]) >= 2 or len(r["gold"]) == 1, r["id"]

    def test_user_titles_cover_the_seven_documents_declines_and_calculations(self, rows) -> None:
        tables.assert_user_titles_cover(rows, declines=5, calculations=6)

    def test_calculations_use_every_calculator(self, rows) -> None:
        tables.assert_every_calculator(rows)

    def test_dialogue_continuations_on_lists_and_lookups(self, rows) -> None:
        """45 dialogues; 那/要是/…呢 follow-ons answered from a rule, and 为什么/为啥/哪条/这 asked
        after lookups as well as after results."""
        dialogues = [r["turns"] for r in rows if "turns" in r]
        assert len(dialogues) >= 45
        turns = [t for d in dialogues for t in d]
        follow_ons = [
            t
            for t in turns
            if (t["user"].startswith(("那", "要是")) or t["user"].endswith("呢"))
            and t["expect"].get("status") == "answered"
        ]
        assert len(follow_ons) >= 20
        after_lookups = [
            b
            for d in dialogues
            for a, b in zip(d, d[1:], strict=False)
            if a["expect"].get("status") == "answered"
            and b["user"].startswith(("为什么", "为啥", "哪条", "这"))
        ]
        assert len(after_lookups) >= 5
