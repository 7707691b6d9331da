"""quiz42: the floor of two seeds' stem overlap (evaluation.quiz_overlap)."""

from __future__ import annotations

from evaluation.quiz_overlap import even_pairs


def test_even_pairs_spreads_a_facts_stems_over_the_banks() -> None:
    assert even_pairs(12, 1) == 66  # one stem: every pair of banks prints it
    assert even_pairs(12, 2) == 30  # six banks a stem
    assert even_pairs(12, 3) == 18
    assert even_pairs(7, 3) == 5  # 3 + 2 + 2 banks: 3 + 1 + 1 pairs
    assert even_pairs(2, 5) == 0
