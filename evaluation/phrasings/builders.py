"""Adding a held-out table's rows from its gen_* modules' data, shared by every later table.

Each table's gen_* modules hold only its sentences and their expectations (tuples or
expectation dicts); these functions turn them into rows the same way for every table, so
a table's build() says which of its lists go in, in what order, and nothing else. The key
order of a row follows the arguments, so regenerated files stay byte-identical.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from evaluation.phrasings.expect import Expect, turns
from evaluation.phrasings.rows import Table

Place = dict[str, str]


def places(gold: Place | list[Place]) -> list[Place]:
    """A row's gold places: one place, or a list of them when a rule stands in several."""
    return gold if isinstance(gold, list) else [gold]


def with_status(rows: Iterable[tuple], status: Any) -> list[tuple]:
    """Rows written without a status (all answered alike): the status put before the question."""
    return [(*row[:-1], status, row[-1]) for row in rows]


def add_each(t: Table, category: str, *groups: Iterable[tuple[str, Expect]]) -> None:
    """(question, expectation) pairs, group after group."""
    for group in groups:
        for question, expect in group:
            t.add(category, question, **expect)


def add_zipped(t: Table, category: str, questions: list[str], expects: list[Expect]) -> None:
    """Questions and their expectations kept in two lists of one length."""
    add_each(t, category, zip(questions, expects, strict=True))


def add_answered(t: Table, category: str, rows: Iterable[tuple], *, key: str = "fact_type") -> None:
    """(kind, gold, terms, question): answered from the gold place(s) with those terms; the
    kind is stored under `key` (a lookup's fact type, an in-scope detail's kind)."""
    for kind, gold, terms, question in rows:
        t.add(
            category,
            question,
            **{key: kind},
            status="answered",
            gold=places(gold),
            answer_contains=terms,
        )


def add_eligibility(t: Table, rows: Iterable[tuple]) -> None:
    """(gold, terms, status, question): a yes/no answered from its rule (or also computed)."""
    for gold, terms, status, question in rows:
        t.add("eligibility", question, status=status, gold=places(gold), answer_contains=terms)


def add_fact_absent(t: Table, rows: Iterable[tuple]) -> None:
    """(related, question): a detail the gazette does not state, declined; `related` is the
    nearest rule."""
    for related, question in rows:
        t.add("fact_absent", question, status="out_of_scope", gold=[], related=[related])


def add_typed_fact_absent(t: Table, rows: Iterable[tuple]) -> None:
    """(fact_type, related, question): as add_fact_absent, with the kind of detail asked."""
    for fact_type, related, question in rows:
        t.add(
            "fact_absent",
            question,
            fact_type=fact_type,
            status="out_of_scope",
            gold=[],
            related=[related],
        )


def add_not_about(t: Table, questions: Iterable[str]) -> None:
    """Questions about nothing in the documents: declined, nothing cited."""
    for question in questions:
        t.add("not_about_documents", question, status="out_of_scope", gold=[])


def add_multi_part(t: Table, rows: Iterable[tuple]) -> None:
    """(gold places, terms, question): two or more questions in one, every part answered."""
    for gold, terms, question in rows:
        t.add("multi_part", question, status="answered", gold=gold, answer_contains=terms)


def add_declines(
    t: Table,
    other_places: Iterable[tuple],
    other_schemes: Iterable[tuple],
    other_years: Iterable[tuple],
) -> None:
    """(question, related or None) about another place, scheme or year: declined."""
    for category, items in (
        ("out_of_scope_place", other_places),
        ("out_of_scope_scheme", other_schemes),
        ("out_of_scope_year", other_years),
    ):
        for question, related in items:
            t.add(
                category,
                question,
                status="out_of_scope",
                gold=[],
                related=[related] if related else None,
            )


def add_look_alikes(t: Table, rows: Iterable[tuple]) -> None:
    """(category, gold, terms, status, question): an Ngari place, scheme alias or year that
    looks out of scope but is answered."""
    for category, gold, terms, status, question in rows:
        t.add(category, question, status=status, gold=places(gold), answer_contains=terms)


def _error_fields(field: str | tuple[str, ...] | list[str]) -> list[str]:
    """The words an error must name: one field, or several."""
    return [field] if isinstance(field, str) else list(field)


def add_malformed(t: Table, category: str, rows: Iterable[tuple]) -> None:
    """(field or fields, question): a malformed input whose error must name the field."""
    for field, question in rows:
        t.add(category, question, status="error", error_contains=_error_fields(field))


def add_errors_or_answers(t: Table, category: str, rows: Iterable[tuple]) -> None:
    """(status, fields or gold, terms, question): with no terms, an error naming the fields
    (or a refusal); with terms, answered from the gold place."""
    for status, extra, terms, question in rows:
        if terms is None:
            t.add(category, question, status=status, error_contains=extra)
        else:
            t.add(category, question, status=status, gold=[extra], answer_contains=terms)


def _add_answer_or_decline(
    t: Table, category: str, status: Any, gold: Place | list[Place] | None, terms, question: str
) -> None:
    """One row: declined (no gold) or answered from its gold place(s) with those terms."""
    if gold is None:
        t.add(category, question, status=status, gold=[])
    else:
        t.add(category, question, status=status, gold=places(gold), answer_contains=terms)


def add_english(t: Table, rows: Iterable[tuple]) -> None:
    """(gold or None, terms, status, question): English questions."""
    for gold, terms, status, question in rows:
        _add_answer_or_decline(t, "english", status, gold, terms, question)


def add_titles(t: Table, category: str, rows: Iterable[tuple]) -> None:
    """(status, gold or None, terms, question): titles in the style of Q&A sites."""
    for status, gold, terms, question in rows:
        _add_answer_or_decline(t, category, status, gold, terms, question)


def reworded(rows: Iterable[tuple], questions: Iterable[str]) -> list[tuple]:
    """An earlier table's rows (question last) asked again in new words: same expectations."""
    return [(*row[:-1], question) for row, question in zip(rows, questions, strict=True)]


def add_dialogue(t: Table, *pairs: tuple[str, Expect]) -> dict[str, Any]:
    """One dialogue: (user text, expectation) turns, answered in order in one conversation."""
    return t.add("dialogue", turns=turns(*pairs))
