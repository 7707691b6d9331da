"""The routing comparison's scoring (evaluation/intent_knn.py) on hand-made records: no model."""

from __future__ import annotations

from evaluation.intent_knn import (
    Record,
    Setting,
    choose,
    knn_declines,
    knn_intent,
    knn_rescues,
    rules,
    score,
    verdict,
)

DECLINE = [("out_of_scope", "", 0.95)] * 11
ANSWER = [("answer", "list", 0.95)] * 11


def _record(decision, rules_status, hard, neighbours, intent="", rules_intent="lookup", i=0):
    return Record(
        f"r{i}",
        "heldout",
        "c",
        "问",
        decision,
        intent,
        rules_status,
        rules_intent,
        hard,
        neighbours,
    )


def test_a_confident_decline_vote_overrides_only_a_soft_answer():
    soft = _record("out_of_scope", "answered", False, DECLINE)
    hard = _record("answer", "calculated", True, DECLINE)
    assert knn_declines(soft, Setting(5, 1.0)) == (True, "lookup")
    assert knn_declines(hard, Setting(5, 1.0)) == (False, "lookup")
    split = _record("out_of_scope", "answered", False, DECLINE[:3] + ANSWER[:8])
    assert knn_declines(split, Setting(5, 0.8)) == (False, "lookup")  # 3 of 5 < 0.8


def test_a_soft_decline_is_rescued_and_a_hard_one_kept():
    soft = _record("answer", "out_of_scope", False, ANSWER)
    hard = _record("out_of_scope", "out_of_scope", True, ANSWER)
    assert knn_rescues(soft, Setting(3, 1.0))[0] is False
    assert knn_rescues(hard, Setting(3, 1.0))[0] is True


def test_the_vote_replaces_only_the_fallback_intent():
    assert knn_intent(_record("answer", "answered", False, ANSWER), Setting(3, 0.6))[1] == "list"
    calc = _record("answer", "answered", False, ANSWER, rules_intent="calculate")
    assert knn_intent(calc, Setting(3, 0.6))[1] == "calculate"


def test_scores_count_declines_false_declines_and_intents():
    records = [
        _record("out_of_scope", "out_of_scope", True, DECLINE, i=1),
        _record("off_topic", "answered", False, DECLINE, i=2),
        _record("answer", "out_of_scope", False, ANSWER, intent="list", i=3),
        _record("answer", "answered", False, ANSWER, intent="lookup", i=4),
    ]
    s = score(records, rules, Setting())
    assert (s.oos, s.off, s.false, s.intent) == ([1, 1], [0, 1], [1, 2], [1, 2])
    assert s.objective() == -(1 + 2 * 1)


def test_ties_choose_the_setting_that_changes_least_and_rules_are_kept_without_a_gain():
    records = [_record("answer", "answered", False, ANSWER, intent="lookup", i=n) for n in range(3)]
    assert choose(records, knn_declines) == Setting(11, 1.0)
    kept, lines = verdict(records, {name: Setting(11, 1.0) for name in ("knn", *NAMES)})
    assert kept == "rules" and len(lines) == 5


NAMES = ("rules", "knn-declines", "knn-rescues", "knn-both", "knn-intent")


def test_a_method_better_by_two_rows_is_kept():
    records = [
        _record("off_topic", "answered", False, DECLINE, i=n, rules_intent="lookup")
        for n in range(2)
    ]
    kept, _ = verdict(records, {name: Setting(5, 0.6) for name in ("knn", *NAMES)})
    assert kept in ("knn", "knn-declines", "knn-both")
