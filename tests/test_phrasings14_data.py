"""The fourteenth held-out phrasing table (evaluation/phrasings14): well formed, all heldout14,
regenerated identically, weighted toward the weakest categories, every gold place and
expected term found in the gazette, every figure the independent reference's, every
fact-absent row typed (the bare ones naming nothing), and no sentence taken or closely
paraphrased from the development set or any earlier table (phrasings … phrasings12)."""

from __future__ import annotations

from evaluation.phrasings14 import generate
from tests import phrasing_tables as tables


class TestPhrasings14(tables.LaterTableChecks):
    generate = generate
    name = "phrasings14"
    # every earlier table, tuning and held-out alike: a new row must not be one of their phrasings
    earlier = tables.tables_before(generate.HERE, 14)
    shape = tables.shaped(tables.LATER_SIZES, "heldout14", "h14", declined=60)

    def test_in_scope_details_are_answered_with_gold_across_kinds_and_documents(self, rows) -> None:
        """A length of time, deadline, frequency, charge, form or channel, count or payer that the
        gazette states: answered with its clause and the stated figure or body, never declined."""
        tables.assert_details_across_kinds_and_documents(rows)
