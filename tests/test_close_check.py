"""The close-paraphrase check (evaluation.phrasings.checks.copied_or_close) compares only pairs
that share a rare bigram (prefix filtering) so that every table's data test stays fast; these
tests hold it to the plain all-pairs reading of "bigram Jaccard at or above CLOSE"."""

from __future__ import annotations

import random

from evaluation.phrasings import checks


def _all_pairs(users: list[str], earlier: list[str]) -> list[str]:
    grams = [g for g in map(checks.bigrams, earlier) if g]
    return [
        u
        for u in users
        if (a := checks.bigrams(u)) and any(len(a & g) / len(a | g) >= checks.CLOSE for g in grams)
    ]


def _rows(users: list[str]) -> list[dict]:
    return [{"id": f"x-{n}", "question": u} for n, u in enumerate(users)]


def test_prefix_filtering_flags_exactly_what_all_pairs_flag() -> None:
    """Random edits of earlier sentences, some just above and some just below the threshold."""
    rng = random.Random(35)
    alphabet = "医保住院报销多少起付线门诊文物看管员培训公路毕业生阿里县乡镇一二三四五六七八九十"
    earlier = ["".join(rng.choice(alphabet) for _ in range(rng.randint(6, 30))) for _ in range(300)]
    users = []
    for text in earlier[:200]:
        chars = list(text)
        for _ in range(rng.randint(0, 6)):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        users.append(
            "".join(chars) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        )
    users += ["".join(rng.choice(alphabet) for _ in range(12)) for _ in range(50)]
    _, close = checks.copied_or_close(_rows(users), earlier)
    expected = _all_pairs(users, earlier)
    assert close == expected
    assert 0 < len(expected) < len(users)  # both kinds of row are present


def test_a_bigram_no_earlier_text_has_does_not_hide_a_close_pair() -> None:
    earlier = ["二级医院住院起付线是多少钱"]
    users = ["二级医院住院起付线是多少钱呀", "今天天气怎么样"]
    assert checks.copied_or_close(_rows(users), earlier)[1] == ["二级医院住院起付线是多少钱呀"]
