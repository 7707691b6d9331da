"""The thirty-fourth held-out phrasing table (evaluation/phrasings34): well formed, all heldout34,
regenerated identically, of the held-out sizes, every gold place and expected term found in the
gazette, every figure the independent reference's, every fact-absent row typed (the bare ones
naming nothing), at least half of its lookups, in-scope details and fact-absent rows on a rarely
asked clause, and no sentence taken or closely paraphrased from the development set or any
earlier table (phrasings … phrasings32)."""

from __future__ import annotations

import statistics
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings34 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every table before the parallel tuning table phrasings31 (phrasings … phrasings32)
EARLIER_TABLES = tables.tables_before(HERE, 33)
SHAPE = tables.Shape(
    split="heldout34",
    prefix="h34",
    minimum={
        "calculation": 80,
        "fact_absent": 55,
        "hostile_malformed": 50,
        "english": 20,
        "user_titles": 60,
        "multi_part": 12,
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
BARE_YES_NO = 25  # bare yes/no predicates among the fact-absent rows (this round's extra weight)
LISTS = 50  # list lookups (all seven documents)
BODIES = 25  # body lookups (归哪个部门管/找谁)
SCHEMES = 20  # declined rows on another scheme named as people name it
PROCEDURES = 25  # procedure questions (怎么办/怎么申请/去哪办), about half of them never given
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


class TestPhrasings34(tables.LaterTableChecks):
    generate = generate
    name = "phrasings34"
    earlier = EARLIER_TABLES
    shape = SHAPE
    figures = 130
    bare_details = 30

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        """A length of time, deadline, frequency, charge, form or channel, count or payer that the
        gazette states: answered with its clause and the stated figure or body, never declined."""
        details = tables.in_scope_details(rows, 65)
        assert {r["detail"] for r in details} == DETAIL_KINDS
        assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_bare_yes_no_predicates_are_weighted(self, rows) -> None:
        """At least BARE_YES_NO fact-absent rows ask a yes/no the text never settles about a topic
        it covers, naming no unit, figure, body, place or date."""
        bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "yes_no"]
        assert len(bare) >= BARE_YES_NO
        for r in bare:
            assert not tables.UNIT_OR_FIGURE.search(r["question"]), r["question"]
            assert not tables.NAMED.search(r["question"]), r["question"]

    def test_lists_and_bodies_are_weighted(self, rows) -> None:
        """At least LISTS list lookups over all seven documents and BODIES body lookups."""
        lookups = [r for r in rows if r["category"] == "lookup"]
        lists = [r for r in lookups if r["fact_type"] == "list"]
        assert len(lists) >= LISTS
        assert {g["doc"] for r in lists for g in r["gold"]} == set(tables.SEVEN_DOCS)
        assert sum(r["fact_type"] == "body" for r in lookups) >= BODIES

    def test_procedures_are_asked_both_given_and_never_given(self, rows) -> None:
        """At least PROCEDURES procedure questions: lookups the text answers and fact-absent rows
        whose procedure the text never gives, at least 10 of each."""
        given = [r for r in rows if r["category"] == "lookup" and r["fact_type"] == "procedure"]
        absent = [
            r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "procedure"
        ]
        assert len(given) + len(absent) >= PROCEDURES
        assert min(len(given), len(absent)) >= 10

    def test_in_scope_details_use_side_words_the_text_does_not(self, rows, corpus) -> None:
        """Each SIDE_WORDS word asks at least one in-scope detail, and the gazette never uses it."""
        details = [r["question"] for r in rows if r["category"] == "in_scope_detail"]
        text = "".join(u.text for d in corpus.documents for u in d.units)
        for word in SIDE_WORDS:
            assert any(word in q for q in details), word
            assert word not in text, word

    def test_other_schemes_are_named_as_people_name_them(self, rows) -> None:
        """At least SCHEMES declined rows name another scheme the way people do."""
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
        """At least half of the lookup, in-scope detail and fact-absent rows ask a clause (an article,
        or a section of the plans) that the earlier tables' gold and related places name no more often
        than the median clause of its document does."""

        def clauses(place: dict) -> set[tuple[str, str]]:
            return {(d.id, u.label) for d, u in checks.units_at(corpus, place)}

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
