"""The thirty-fifth phrasing table (evaluation/phrasings35, a tuning table): well formed, all
tune35, regenerated identically, weighted toward the weakest classes of the last tables (list
questions with sub-lists, procedures the text gives and never gives, stated details asked with
side words, bare fact-absent yes/no details, declines for Tibet towns and other provinces and their
look-alikes, answers deep inside long articles, calculations, hostile input, English, eligibility,
user titles, multi-part questions joined in several ways, yes/no rows on all seven documents,
dialogues continuing lookups), every gold place and expected
term found in the gazette, every figure the independent reference's, and no sentence taken or
closely paraphrased from the development set or any earlier table (phrasings … phrasings34)."""

from __future__ import annotations

from collections import Counter

from evaluation.phrasings35 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
EARLIER_TABLES = tables.tables_before(HERE, 35)
# the brief's minimums
SHAPE = tables.Shape(
    split="tune35",
    prefix="t35",
    minimum={
        "calculation": 80,
        "in_scope_detail": 70,
        "fact_absent": 55,
        "hostile_malformed": 50,
        "user_titles": 60,
        "multi_part": 30,
        "dialogue": 45,
        "lookup": 80,
        "eligibility": 25,
        "english": 20,
        "not_about_documents": 8,
    },
    rows=600,
    answers=680,
    declined=70,
    look_alikes=30,
    turns=120,
    per_document=6,
    missing_one=8,
)
# what a stated detail is asked about, beyond the usual seven kinds
EXTRA_DETAIL_KINDS = {"charge", "yes_no", "budget", "name"}
# Tibet's other prefectures: declined as the subject place of a question
TIBET_TOWNS = ("日喀则", "那曲", "林芝", "昌都", "山南")


def statuses(row: dict) -> set[str]:
    return {row["status"]} if isinstance(row["status"], str) else set(row["status"])


class TestPhrasings35(tables.LaterTableChecks):
    generate = generate
    name = "phrasings35"
    earlier = EARLIER_TABLES
    shape = SHAPE
    bare_details = 30

    def test_in_scope_details_are_answered_from_the_text(self, rows) -> None:
        """A detail the gazette states, asked with odd side words: answered with its gold place,
        never declined (a payer a contribution calculation also names may be computed)."""
        details = [r for r in rows if r["category"] == "in_scope_detail"]
        assert len(details) >= 70
        assert all(
            "answered" in statuses(r) and statuses(r) <= {"answered", "calculated"} for r in details
        )
        assert all(r["gold"] and r["answer_contains"] for r in details)
        kinds = {r["fact_type"] for r in details}
        assert kinds >= tables.DETAIL_FACT_TYPES | EXTRA_DETAIL_KINDS

    def test_bare_yes_no_fact_absent_details(self, rows) -> None:
        """At least 25 bare yes/no predicates the text never states about a topic it covers."""
        bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "yes_no"]
        assert len(bare) >= 25
        for r in bare:
            assert not tables.UNIT_OR_FIGURE.search(r["question"]), r["question"]
            assert not tables.NAMED.search(r["question"]), r["question"]

    def test_lookups_deep_in_long_articles_and_lists(self, rows) -> None:
        """At least 40 lookups on the long articles and plans the brief names, and at least 50
        list questions on all seven documents, 40 of them expecting three or more items."""
        lookups = [r for r in rows if r["category"] == "lookup"]
        long_places = {"第五条", "第八条", "第十八条", "第二十二条", "第二十九条", "第三十条"}

        def deep(r: dict) -> bool:
            return any(
                g.get("article") in long_places or g["doc"] in (tables.HP, tables.RD, tables.GE)
                for g in r["gold"]
            )

        assert sum(deep(r) for r in lookups) >= 40
        lists = [r for r in lookups if r["fact_type"] == "list"]
        assert len(lists) >= 50
        assert sum(len(r["answer_contains"]) >= 3 for r in lists) >= 40
        assert {g["doc"] for r in lists for g in r["gold"]} == set(tables.SEVEN_DOCS)

    def test_procedure_questions_given_and_never_given(self, rows) -> None:
        """At least 25 procedure questions (怎么办/怎么申请/去哪办): at least 12 the text gives
        (lookups) and at least 12 it never gives (declined); and at least 12 body questions."""
        given = [r for r in rows if r["category"] == "lookup" and r["fact_type"] == "procedure"]
        never = [
            r for r in rows if r["category"] == "fact_absent" and r["fact_type"] == "procedure"
        ]
        assert len(given) >= 12 and len(never) >= 12 and len(given) + len(never) >= 25
        assert sum(r["category"] == "lookup" and r["fact_type"] == "body" for r in rows) >= 12

    def test_declines_and_look_alikes(self, rows) -> None:
        counts = Counter(r["category"] for r in rows)
        assert counts["out_of_scope_place"] + counts["out_of_scope_scheme"] >= 50
        assert counts["out_of_scope_year"] >= 12
        assert min(counts["in_scope_place"], counts["scheme_alias"], counts["in_scope_year"]) >= 6
        tibet = [
            r
            for r in rows
            if r["category"] == "out_of_scope_place" and r["question"].startswith(TIBET_TOWNS)
        ]
        assert len({town for r in tibet for town in TIBET_TOWNS if town in r["question"]}) == 5

    def test_multi_part_rows_join_parts(self, rows) -> None:
        """At least 30 multi-part rows, each with two or more parts, joined in several ways."""
        parts = [r for r in rows if r["category"] == "multi_part"]
        assert len(parts) >= 30
        joins = ("还有", "另外", "顺便问下", "；", "\n", "？")
        assert {j for r in parts for j in joins if j in r["question"]} == set(joins)
        for r in parts:
            assert len(r["gold"]) + ("calculator" in r) >= 2, r["id"]
            assert len(r["answer_contains"]) + ("calculator" in r) >= 2, r["id"]
        assert sum("calculator" in r for r in parts) >= 4

    def test_yes_no_rows_over_the_seven_documents(self, rows) -> None:
        """At least 50 yes/no questions (eligibility, stated yes/no details, bare fact-absent
        predicates) over all seven documents, some true and some false by the text."""
        yes_no = [
            r
            for r in rows
            if r["category"] == "eligibility"
            or (r["category"] in ("in_scope_detail", "fact_absent") and r["fact_type"] == "yes_no")
        ]
        assert len(yes_no) >= 50
        docs = {p["doc"] for r in yes_no for p in (r.get("gold") or r.get("related") or [])}
        assert docs == set(tables.SEVEN_DOCS)

    def test_dialogue_continuations_on_lists_and_lookups(self, rows) -> None:
        """那/要是/…呢 follow-ons answered from a rule (not only deltas of a calculation), and
        为什么/哪条 asked after lookups as well as after results."""
        dialogues = [r["turns"] for r in rows if "turns" in r]
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
