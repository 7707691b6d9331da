"""The thirty-sixth held-out phrasing table (evaluation/phrasings36): well formed, all heldout36,
regenerated identically, of the held-out sizes, every gold place and expected term found in the
gazette, every figure the independent reference's, every fact-absent row typed (the bare ones
naming nothing), at least half of its lookups, in-scope details and fact-absent rows on a rarely
asked clause, and no sentence taken or closely paraphrased from the development set or any
earlier table (phrasings … phrasings34)."""

from __future__ import annotations

import functools
import statistics
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings36 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every table before the parallel tuning table phrasings35 (phrasings … phrasings34)
EARLIER_TABLES = tables.tables_before(HERE, 35)
SHAPE = tables.Shape(
    split="heldout36",
    prefix="h36",
    minimum={
        "calculation": 80,
        "fact_absent": 55,
        "hostile_malformed": 50,
        "english": 20,
        "user_titles": 60,
        "multi_part": 25,
        "not_about_documents": 15,
        "dialogue": 45,
        "in_scope_detail": 65,
        "eligibility": 22,
        "lookup": 110,
    },
    rows=600,
    answers=680,
    lookups=130,
    declined=70,
    look_alikes=30,
    turns=120,
    per_document=6,
    missing_one=8,
)
DETAIL_KINDS = {"period", "deadline", "frequency", "charge", "who_pays", "channel", "form", "count"}
BARE_YES_NO = 25  # bare yes/no predicates among the fact-absent rows
LISTS = 50  # list lookups (all seven documents)
BODIES = 25  # body lookups (归哪个部门管/找谁)
SCHEMES = 20  # declined rows on another scheme named as people name it
PROCEDURES = 25  # procedure questions (怎么办/怎么申请/去哪办), about half of them never given
YES_NO = 45  # eligibility yes/no rows
SIDE_WORDS = ("折扣", "格式", "线上", "几号", "每年最多")  # in-scope details' side words
SCHEME_NAMES = (
    "新农合",
    "职工医保",
    "商业",
    "重疾险",
    "医疗险",
    "意外险",
    "公务员医疗补助",
    "异地医保",
)


class TestPhrasings36(tables.LaterTableChecks):
    generate = generate
    name = "phrasings36"
    earlier = EARLIER_TABLES
    shape = SHAPE
    figures = 100
    bare_details = 30

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        details = tables.in_scope_details(rows, 65)
        assert {r["detail"] for r in details} == DETAIL_KINDS
        assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_bare_yes_no_predicates_are_weighted(self, rows) -> None:
        bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "yes_no"]
        assert len(bare) >= BARE_YES_NO
        for r in bare:
            assert not tables.UNIT_OR_FIGURE.search(r["question"]), r["question"]
            assert not tables.NAMED.search(r["question"]), r["question"]

    def test_lists_and_bodies_are_weighted(self, rows) -> None:
        lookups = [r for r in rows if r["category"] == "lookup"]
        lists = [r for r in lookups if r["fact_type"] == "list"]
        assert len(lists) >= LISTS
        assert {g["doc"] for r in lists for g in r["gold"]} == set(tables.SEVEN_DOCS)
        assert sum(r["fact_type"] == "body" for r in lookups) >= BODIES

    def test_procedures_are_asked_both_given_and_never_given(self, rows) -> None:
        given = [r for r in rows if r["category"] == "lookup" and r["fact_type"] == "procedure"]
        absent = [
            r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "procedure"
        ]
        assert len(given) + len(absent) >= PROCEDURES
        assert min(len(given), len(absent)) >= 10

    def test_yes_no_rows_cover_the_seven_documents(self, rows) -> None:
        """At least YES_NO eligibility rows over all seven documents."""
        yes_no = [r for r in rows if r["category"] == "eligibility"]
        assert len(yes_no) >= YES_NO
        assert {g["doc"] for r in yes_no for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_in_scope_details_use_side_words_the_text_does_not(self, rows, corpus) -> None:
        details = [r["question"] for r in rows if r["category"] == "in_scope_detail"]
        text = "".join(u.text for d in corpus.documents for u in d.units)
        for word in SIDE_WORDS:
            assert any(word in q for q in details), word
            assert word not in text, word

    def test_other_schemes_are_named_as_people_name_them(self, rows) -> None:
        schemes = [r for r in rows if r["category"] == "out_of_scope_scheme"]
        named = [r for r in schemes if any(n in r["question"] for n in SCHEME_NAMES)]
        assert len(named) >= SCHEMES

    def test_user_titles_cover_the_seven_documents_declines_and_calculations(self, rows) -> None:
        tables.assert_user_titles_cover(rows, declines=5, calculations=6)

    def test_calculations_use_every_calculator(self, rows) -> None:
        tables.assert_every_calculator(rows)

    def test_dialogues_continue_lookups_and_explain_results(self, rows) -> None:
        """At least 45 dialogues; whys and sources after lookups as well as after results."""
        dialogues = [r["turns"] for r in rows if r["category"] == "dialogue"]
        assert len(dialogues) >= 45
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
