"""The eighteenth held-out phrasing table (evaluation/phrasings18): well formed, all heldout18,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings16)."""

from __future__ import annotations

import statistics
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings.runner import load_rows
from evaluation.phrasings18 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
# every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
# every table before the parallel tuning table phrasings17 (phrasings … phrasings16)
EARLIER_TABLES = tables.tables_before(HERE, 17)
SHAPE = tables.Shape(
    split="heldout18",
    prefix="h18",
    minimum={
        "calculation": 60,
        "fact_absent": 55,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 45,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 36,
        "in_scope_detail": 30,
    },
    lookups=90,
    declined=60,
    look_alikes=30,
    turns=120,
    per_document=6,
    missing_one=6,
)


class TestPhrasings18(tables.LaterTableChecks):
    generate = generate
    name = "phrasings18"
    earlier = EARLIER_TABLES
    shape = SHAPE

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        """A length of time, deadline, frequency, charge, form or channel, count or payer that the
        gazette states: answered with its clause and the stated figure or body, never declined."""
        details = [r for r in rows if r["category"] == "in_scope_detail"]
        assert len(details) >= 30
        assert all(
            r["status"] == "answered" and r["gold"] and r["answer_contains"] for r in details
        )
        kinds = {r["detail"] for r in details}
        assert kinds == {
            "period",
            "deadline",
            "frequency",
            "charge",
            "who_pays",
            "channel",
            "form",
            "count",
        }
        assert {g["doc"] for r in details for g in r["gold"]} == set(tables.SEVEN_DOCS)

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

    def test_the_runner_scores_an_in_scope_detail_like_a_lookup(self) -> None:
        """A made-up row (never one of this table's): the category needs no change to the scoring —
        answered with the clause and term it is right; declined it is wrong and a false decline."""
        from evaluation.phrasings.runner import run, tally

        row = {
            "id": "x",
            "category": "in_scope_detail",
            "split": "heldout18",
            "question": "q",
            "detail": "period",
            "status": "answered",
            "gold": [{"doc": "城乡居民基本医疗保险实施办法", "article": "第二十二条"}],
            "answer_contains": ["180天"],
        }
        cited = {"doc_title": "阿里地区城乡居民基本医疗保险实施办法", "article": "第二十二条"}
        good = {"status": "answered", "answer": "每180天结算一次", "citations": [cited]}
        declined = {"status": "out_of_scope", "answer": "公报没有写", "citations": []}
        answers = iter([good, declined])
        table = tally(run([row, row], lambda text, state: next(answers), dict))["in_scope_detail"]
        assert (table.items, table.right, table.answerable, table.false_declines) == (2, 1, 2, 1)
