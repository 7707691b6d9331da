"""The fifteenth phrasing table (evaluation/phrasings15, a tuning table): well formed, all
tune15, regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings14)."""

from __future__ import annotations

from evaluation.phrasings15 import generate
from tests import phrasing_tables as tables


class TestPhrasings15(tables.LaterTableChecks):
    generate = generate
    name = "phrasings15"
    # every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
    earlier = tables.tables_before(generate.HERE, 15)
    shape = tables.shaped(tables.LATER_SIZES, "tune15", "t15")

    def test_in_scope_details_are_answered_from_the_text(self, rows) -> None:
        """A length of time, deadline, frequency, charge, form, channel, count or payer the
        gazette states: answered with its gold place, never declined (these catch false
        declines)."""
        tables.assert_details_by_fact_type(rows)
