"""quiz13: a closing limit with a subject of its own is a rule (the custodians' 协议期限), and
each rule's form is favoured by the seed so that seeds ask the same rule in different forms."""

from __future__ import annotations

import random

from assistant.quiz import check_bank
from assistant.quiz import facts as F
from assistant.quiz.generator import Generator, favoured_forms, pool, resolve_documents
from corpus import Corpus


def test_a_closing_limit_is_a_rule_said_with_its_document(corpus: Corpus) -> None:
    unit = corpus.unit_by_id("relic-custodians/art-13")
    limits = [r for c in F.clauses(unit) for r in F._limit_rules(unit, c.text, 0)]
    assert [r.text for r in limits] == ["《野外文物保护单位看管协议书》的协议期限不得超过一年。"]
    items = [i for i in pool(corpus) if i.unit_id == unit.id]
    assert {i.type for i in items} >= {"单选", "填空", "判断"}
    assert all(check_bank([i.to_dict()], corpus, ["relic-custodians"]) == [] for i in items)


def test_a_limit_needs_a_subject_and_a_figure(corpus: Corpus) -> None:
    unit = corpus.unit_by_id("relic-custodians/art-13")
    # no figure in the limit, or no comma piece before it: no rule
    assert F._limit_rules(unit, "签订《某协议书》，协议期限不得超过规定。", 0) == []
    assert F._limit_rules(unit, "协议期限不得超过一年。", 0) == []


def test_each_rule_has_one_favoured_form_that_depends_on_the_seed(corpus: Corpus) -> None:
    generator = Generator(corpus, resolve_documents(corpus, None))
    candidates = generator.candidates(random.Random("quiz:0"))
    rules = {tuple(sorted(c.item.rule_keys)) for c in candidates}
    first = favoured_forms(list(candidates), random.Random("a"))
    again = favoured_forms(list(reversed(candidates)), random.Random("a"))
    other = favoured_forms(list(candidates), random.Random("b"))
    assert len(first) == len(rules) and first == again  # one per rule, whatever the order
    assert first != other
