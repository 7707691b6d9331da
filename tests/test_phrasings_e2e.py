"""Five rows of the phrasing table through the real Assistant: the runner's plumbing with
real responses (the whole table is a benchmark: python -m evaluation.phrasings)."""

from __future__ import annotations

from assistant.response import STATUSES
from evaluation.phrasings.runner import load_rows, report, run, tally


def test_five_rows_end_to_end(assistant) -> None:
    from assistant.state import State

    rows = {r["id"]: r for r in load_rows()}
    # a lookup, a calculation, a decline, an symbols-only input and a two-turn dialogue
    picked = [rows[i] for i in ("q-070", "calc-001", "scope-001", "hostile-026", "dlg-001")]
    outcomes = run(picked, lambda text, state: assistant.ask(text, state).to_dict(), State)
    assert len(outcomes) == 4 + len(rows["dlg-001"]["turns"])
    assert all(o.got_status in STATUSES for o in outcomes)
    symbols = next(o for o in outcomes if o.row_id == "hostile-026")
    assert symbols.got_status == "error" and symbols.verdict.ok
    totals = tally(outcomes)["全部"]
    assert totals.items == len(outcomes)
    text = report(outcomes, "e2e")
    for o in outcomes:
        assert (o.row_id in text) == (not o.verdict.ok)
