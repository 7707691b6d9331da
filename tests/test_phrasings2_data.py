"""The second held-out phrasing table (evaluation/phrasings2): well formed, all heldout2,
regenerated identically, every gold place and expected term found in the gazette, every
figure the independent reference's, and no sentence taken from the development set or
from the first phrasing table."""

from __future__ import annotations

from evaluation.phrasings2 import generate
from tests import phrasing_tables as tables

HERE = generate.HERE
EARLIER_TABLES = tables.tables_before(HERE, 2)
SHAPE = tables.Shape(
    split="heldout2",
    prefix=None,  # the second table's ids are not checked for a prefix
    minimum={
        "calculation": 55,
        "lookup": 55,
        "eligibility": 25,
        "fact_absent": 20,
        "out_of_scope_place": 30,
        "out_of_scope_scheme": 10,
        "out_of_scope_year": 10,
        "not_about_documents": 15,
        "hostile_malformed": 20,
        "english": 10,
        "user_titles": 35,
        "dialogue": 12,
    },
    rows=380,
    look_alikes=25,
    turns=55,
)


class TestPhrasings2(tables.TableChecks):
    generate = generate
    name = "phrasings2"
    earlier = EARLIER_TABLES
    figures = 70

    def test_size_categories_and_split(self, rows) -> None:
        tables.assert_sizes(rows, SHAPE)
        tables.assert_split_ids_and_coverage(rows, SHAPE, EARLIER_TABLES)
