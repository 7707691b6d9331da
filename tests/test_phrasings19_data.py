"""The nineteenth phrasing table (evaluation/phrasings19, a tuning table): well formed, all
tune19, regenerated identically, weighted toward the weakest categories of the last fresh table
(multi-part, lookups, user titles, calculations, hostile input, dialogues), every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings18)."""

from __future__ import annotations

from collections import Counter

from evaluation.phrasings19 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
EARLIER_TABLES = tables.tables_before(HERE, 19)
# the brief's minimums: multi-part, lookups, user titles, calculations, hostile input and
# dialogues weighted up (the weakest categories of the last fresh table)
SHAPE = tables.Shape(
    split="tune19",
    prefix="t19",
    minimum={
        "calculation": 80,
        "lookup": 100,
        "eligibility": 35,
        "fact_absent": 66,
        "hostile_malformed": 50,
        "english": 12,
        "user_titles": 55,
        "multi_part": 24,
        "not_about_documents": 15,
        "dialogue": 45,
        "in_scope_detail": 36,
    },
    rows=560,
    answers=650,
    lookups=135,
    declined=72,
    look_alikes=30,
    turns=150,
    per_document=6,
    missing_one=8,
)


# the document a calculator's rule stands in
CALCULATOR_DOCUMENT = {"custodian_pay": tables.RC, "road_subsidy": tables.RD}


def documents(row: dict) -> set[str]:
    """The documents a row's parts come from: its gold places' and its calculator's."""
    docs = {g["doc"] for g in row["gold"]}
    if "calculator" in row:
        docs.add(CALCULATOR_DOCUMENT.get(row["calculator"], tables.MI))
    return docs


class TestPhrasings19(tables.LaterTableChecks):
    generate = generate
    name = "phrasings19"
    earlier = EARLIER_TABLES
    shape = SHAPE

    def test_in_scope_details_are_answered_from_the_text(self, rows) -> None:
        """A length of time, deadline, frequency, payer, form, channel or count the gazette
        states: answered with its gold place, never declined (these catch false declines); a
        payer a contribution calculation also names may be computed (fixed after the run)."""
        details = [r for r in rows if r["category"] == "in_scope_detail"]
        assert len(details) >= 36

        def statuses(r):
            return {r["status"]} if isinstance(r["status"], str) else set(r["status"])

        assert all(
            "answered" in statuses(r) and statuses(r) <= {"answered", "calculated"} for r in details
        )
        assert all(r["gold"] and r["answer_contains"] for r in details)
        assert {r["fact_type"] for r in details} >= tables.DETAIL_FACT_TYPES

    def test_multi_part_rows_join_parts_from_several_places(self, rows) -> None:
        """Every multi-part row names two or more gold places (or a calculation and a rule) and
        expects the answer to hold a term of each rule part; some join parts of different
        documents, some carry a calculation."""
        parts = [r for r in rows if r["category"] == "multi_part"]
        assert len(parts) >= 24
        for r in parts:
            assert len(r["gold"]) + ("calculator" in r) >= 2, r["id"]
            assert len(r["answer_contains"]) + ("calculator" in r) >= 2, r["id"]
        assert sum(len(documents(r)) >= 2 for r in parts) >= 5
        assert sum("calculator" in r for r in parts) >= 5

    def test_lookups_reach_the_long_articles(self, rows) -> None:
        """Lookups on the long articles the brief names (医保 第八条, 第十八条, 第二十二条,
        第三十条) and on both the hospital plan's sections and its annexed task table."""
        places = Counter(
            g.get("article") for r in rows if r["category"] == "lookup" for g in r["gold"]
        )
        for article in ("第八条", "第十八条", "第二十二条", "第三十条"):
            assert places[article] >= 3, article
        assert places["第10项"] and places["第1项"] and places["四、（十）"]
